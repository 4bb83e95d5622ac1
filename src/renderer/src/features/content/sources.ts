import sourcesJson from '@resources/content/sources.json'
import type { Source } from '@renderer/domain/content/statement'

/** The sources shipped with the app (resources/content/sources.json), checked by tests/unit/content. */
export const SOURCES: readonly Source[] = sourcesJson.sources

const byId = new Map(SOURCES.map((s) => [s.id, s]))
export const sourceById = (id: string): Source | undefined => byId.get(id)
