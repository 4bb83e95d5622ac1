// Proves the layer rules in eslint.config.mjs bite: real files are written into the source tree
// (where the rules look), linted with the project's own config, and removed again. Only the layer
// rules run here (ruleFilter) and without type information, so the test stays fast.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const root = resolve(import.meta.dirname, '../../..')
const LAYER_RULES = new Set(['boundaries/dependencies', 'import-x/no-cycle', 'no-restricted-imports'])
const dir = (layer: string) => join(root, 'src/renderer/src', layer, `lint-fixture-${process.pid}`)
const created: string[] = []

let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId)
  })
})
afterAll(() => {
  for (const d of created) rmSync(d, { recursive: true, force: true })
})

function write(layer: string, files: Record<string, string>): string[] {
  const d = dir(layer)
  mkdirSync(d, { recursive: true })
  created.push(d)
  return Object.entries(files).map(([name, text]) => {
    const path = join(d, name)
    writeFileSync(path, text)
    return path
  })
}

async function layerErrors(paths: string[]): Promise<string[]> {
  const results = await eslint.lintFiles(paths)
  return results.flatMap((r) => r.messages.map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`))
}

describe('layer rules', { timeout: 180_000 }, () => {
  it('a domain file may import base and domain (the control case: the rules do not reject everything)', async () => {
    const paths = write('domain', {
      'allowed.ts':
        "import { todayIso } from '@renderer/base/calendarDate'\nimport { addWorkingDays } from '../workingDays'\nexport const f = () => addWorkingDays(todayIso(), 1)\n"
    })
    expect(await layerErrors(paths)).toEqual([])
  })

  it('a domain file importing dexie fails', async () => {
    const paths = write('domain', { 'withDexie.ts': "import Dexie from 'dexie'\nexport const d = Dexie\n" })
    expect(await layerErrors(paths)).toEqual([expect.stringMatching(/^no-restricted-imports: .*dexie/)])
  })

  it('a domain file importing react fails', async () => {
    const paths = write('domain', { 'withReact.ts': "import { useState } from 'react'\nexport const u = useState\n" })
    expect(await layerErrors(paths)).toEqual([expect.stringMatching(/^no-restricted-imports: .*react/)])
  })

  it('a domain file importing i18n or db fails', async () => {
    const paths = write('domain', {
      'withI18n.ts': "import { sv } from '@renderer/i18n/sv'\nimport { db } from '@renderer/db/database'\nexport const x = [sv, db]\n"
    })
    const errors = await layerErrors(paths)
    expect(errors).toHaveLength(2)
    expect(errors.every((e) => e.startsWith('boundaries/dependencies: '))).toBe(true)
  })

  it('i18n may take domain types, not domain code', async () => {
    const paths = write('i18n', {
      'texts.ts':
        "import type { UndertakingStatus } from '@renderer/domain/caseworkers/status'\nimport { addWorkingDays } from '@renderer/domain/workingDays'\nexport const t = (s: UndertakingStatus) => [s, addWorkingDays]\n"
    })
    expect(await layerErrors(paths)).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"i18n".*"domain"/)])
  })

  it('a feature importing dexie fails', async () => {
    const paths = write('features', { 'withDexie.ts': "import Dexie from 'dexie'\nexport const d = Dexie\n" })
    expect(await layerErrors(paths)).toEqual([expect.stringMatching(/^no-restricted-imports: .*dexie/)])
  })

  it('two files that import each other (a cycle) fail', async () => {
    const paths = write('domain', {
      'cycleA.ts': "import { b } from './cycleB'\nexport const a = (): number => b() + 1\n",
      'cycleB.ts': "import { a } from './cycleA'\nexport const b = (): number => (Math.random() > 2 ? a() : 0)\n"
    })
    const errors = await layerErrors(paths)
    expect(errors).toEqual([expect.stringMatching(/^import-x\/no-cycle: /), expect.stringMatching(/^import-x\/no-cycle: /)])
  })
})
