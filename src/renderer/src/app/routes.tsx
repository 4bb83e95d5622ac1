import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { sv } from '@renderer/i18n/sv'
import { mark } from '@renderer/db/firstView'
import type { AreaProps } from '@renderer/ui/areaProps'
import ConnectionArea from '@renderer/features/connection/ConnectionArea'

export type Area = {
  /** The hash path segment, e.g. "anslutning". */
  path: string
  label: string
  component: ComponentType<AreaProps> | LazyExoticComponent<ComponentType<AreaProps>>
}

type AreaModule = { default: ComponentType<AreaProps> }

const FIRST_AREA = 'anslutning'

// The first area (the board list) is part of the start-up code, which the build puts in one chunk
// (vite.startPath.mts): measured, a lazily loaded first area cost the window a second round of
// requests before it could show anything. Every other area loads on first visit, so PDF and
// signature code never load until they are needed. Every build fails if a heavy library reaches
// the start-up code.
const loaders: Record<string, () => Promise<AreaModule>> = {
  [FIRST_AREA]: () => Promise.resolve({ default: ConnectionArea }),
  avtal: () => import('@renderer/features/agreement/AgreementArea'),
  handlaggare: () => import('@renderer/features/caseworkers/CaseworkersArea'),
  sakerhetskopiering: () => import('@renderer/features/backup/BackupArea'),
  innehall: () => import('@renderer/features/content/ContentArea'),
  installningar: () => import('@renderer/features/settings/SettingsArea')
}

/** Marks when the first area's code has arrived (read by `npm run bench`). */
const loaded = (path: string) => () =>
  loaders[path]!().then((m) => {
    mark(`area-loaded`)
    return m
  })

const area = (path: string, label: string): Area => ({ path, label, component: path === FIRST_AREA ? ConnectionArea : lazy(loaded(path)) })

/** The first-run screen is shown once per installation: its code (and the municipality list) loads only then. */
export const FirstRun = lazy(() => import('@renderer/features/firstRun/FirstRun').then((m) => ({ default: m.FirstRun })))

export const areas: Area[] = [
  area('anslutning', sv.nav.connection),
  area('avtal', sv.nav.agreement),
  area('handlaggare', sv.nav.caseworkers),
  area('sakerhetskopiering', sv.nav.backup),
  area('innehall', sv.nav.content),
  area('installningar', sv.nav.settings)
]

/**
 * Starts fetching an area's code without rendering it: at start-up the first screen's code then
 * downloads while the database opens, instead of after. The module cache makes it load once.
 */
export function preloadArea(path: string): void {
  void (loaders[path] ?? loaders[areas[0]!.path]!)().catch(() => undefined)
}

export const defaultArea = areas[0]!

export function findArea(path: string): Area {
  return areas.find((a) => a.path === path) ?? defaultArea
}

/** The areas safe mode opens: enough to save or restore a backup, nothing that reads the rest. */
export const safeModeAreas: Area[] = areas.filter((a) => a.path === 'sakerhetskopiering' || a.path === 'installningar')

export function findSafeModeArea(path: string): Area {
  return safeModeAreas.find((a) => a.path === path) ?? safeModeAreas[0]!
}
