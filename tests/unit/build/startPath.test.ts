import { describe, expect, it } from 'vitest'
import { FIRST_AREA_MODULE, START_MODULES, bootChunkOf, isReact, packageOf, startPathOf, type ChunkLike } from '../../../vite.startPath.mts'

// Every renderer build (`npm run build`, part of `npm test`) fails when a library the first
// screen does not show reaches the code it loads. These tests prove the check sees what it must.
const nm = (p: string) => `/repo/node_modules/${p}`
const src = (p: string) => `/repo/src/renderer/src/${p}`
const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], extra: Partial<ChunkLike> = {}): ChunkLike => ({
  fileName,
  isEntry: false,
  imports,
  facadeModuleId: null,
  moduleIds,
  ...extra
})

const SIDEBAR_MODULE = START_MODULES.find((m) => m.endsWith('SidebarBoards.tsx'))!

function app(areaDeps: ChunkLike[], entryDeps: ChunkLike[] = [], sidebarDeps: ChunkLike[] = []): ChunkLike[] {
  return [
    chunk('index.js', [nm('react-dom/index.js'), src('main.tsx')], ['react.js', ...entryDeps.map((c) => c.fileName)], {
      isEntry: true,
      facadeModuleId: '/repo/src/renderer/index.html'
    }),
    chunk('react.js', [nm('react/index.js')]),
    chunk(
      'ConnectionArea.js',
      [src('features/connection/ConnectionArea.tsx')],
      areaDeps.map((c) => c.fileName),
      {
        facadeModuleId: `/repo/${FIRST_AREA_MODULE}`,
        viteMetadata: { importedCss: new Set(['ConnectionArea.css']) }
      }
    ),
    // Lazily loaded, but rendered by the frame at once.
    chunk(
      'SidebarBoards.js',
      [src('features/connection/SidebarBoards.tsx')],
      sidebarDeps.map((c) => c.fileName),
      {
        facadeModuleId: `/repo/${SIDEBAR_MODULE}`
      }
    ),
    ...sidebarDeps,
    // Loaded only by other areas: never in the start path, whatever it holds.
    chunk('AgreementArea.js', [src('features/agreement/AgreementArea.tsx'), nm('@cantoo/pdf-lib/index.js')], ['zod.js']),
    chunk('zod.js', [nm('zod/v4/index.js')]),
    ...areaDeps,
    ...entryDeps
  ]
}

describe('the start-path check', () => {
  it('passes a start path of React and the app’s own code, and lists the first area’s files and CSS to preload', () => {
    const found = startPathOf(app([chunk('content.js', [src('features/connection/content.ts')])]))
    expect(found.offenders.size).toBe(0)
    expect(found.entryFiles.sort()).toEqual(['index.js', 'react.js'])
    expect(found.areaFiles.sort()).toEqual(['ConnectionArea.js', 'SidebarBoards.js', 'content.js'])
    expect(found.css).toEqual(['ConnectionArea.css'])
    expect(found.missing).toEqual([])
  })

  it('fails the database library reached from a lazily loaded module the frame renders at start (the sidebar)', () => {
    const found = startPathOf(
      app([], [], [chunk('boards.js', [src('db/boards.ts')], ['dexie.js']), chunk('dexie.js', [nm('dexie/dist/dexie.mjs')])])
    )
    expect([...found.offenders.keys()]).toEqual(['dexie'])
    expect(found.offenders.get('dexie')).toEqual(['dexie.js'])
  })

  it('reports a start module that no chunk holds, so a rename cannot silently switch the check off', () => {
    const found = startPathOf(app([]), [...START_MODULES, 'src/renderer/src/features/connection/Renamed.tsx'])
    expect(found.missing).toEqual(['src/renderer/src/features/connection/Renamed.tsx'])
  })

  it('accepts a start module bundled into the entry chunk itself', () => {
    const found = startPathOf(app([], [chunk('first.js', [src('features/extra/Banner.tsx')])]), [
      FIRST_AREA_MODULE,
      'src/renderer/src/features/extra/Banner.tsx'
    ])
    expect(found.missing).toEqual([])
  })

  it('fails zod, pdf-lib and fflate reached statically from the first area, however deep', () => {
    const found = startPathOf(
      app([chunk('a.js', [src('domain/x.ts')], ['b.js']), chunk('b.js', [nm('fflate/esm/browser.js')], ['zod.js', 'pdf.js'])]).concat(
        chunk('pdf.js', [nm('@cantoo/pdf-lib/es/index.js')])
      )
    )
    expect([...found.offenders.keys()].sort()).toEqual(['@cantoo/pdf-lib', 'fflate', 'zod'])
    expect(found.offenders.get('zod')).toEqual(['zod.js'])
  })

  it('fails a library in the entry chunk itself (papaparse, dexie, react-aria)', () => {
    const found = startPathOf(
      app([], [chunk('first.js', [nm('papaparse/papaparse.min.js'), nm('dexie/dist/dexie.mjs'), nm('@react-aria/focus/dist/main.js')])])
    )
    expect([...found.offenders.keys()].sort()).toEqual(['@react-aria/focus', 'dexie', 'papaparse'])
  })

  it('puts React, React DOM and its scheduler in the React chunk, and nothing that only starts with "react"', () => {
    expect(isReact(nm('react/index.js'))).toBe(true)
    expect(isReact(nm('react-dom/cjs/react-dom-client.production.js'))).toBe(true)
    expect(isReact('C:\\repo\\node_modules\\scheduler\\index.js')).toBe(true)
    expect(isReact(nm('react-aria/dist/main.js'))).toBe(false)
    expect(isReact(nm('@react-aria/focus/dist/main.js'))).toBe(false)
    expect(isReact(src('app/AppShell.tsx'))).toBe(false)
  })

  it('reads package names from paths, scoped or not, on any platform', () => {
    expect(packageOf('/a/node_modules/zod/v4/core.js')).toBe('zod')
    expect(packageOf('/a/node_modules/@cantoo/pdf-lib/x.js')).toBe('@cantoo/pdf-lib')
    expect(packageOf('/a/node_modules/x/node_modules/fflate/y.js')).toBe('fflate')
    expect(packageOf('/repo/src/renderer/src/main.tsx')).toBeNull()
  })
})

describe('the boot chunk', () => {
  const boot = (moduleIds: string[] = [src('app/boot.ts'), src('db/firstView.ts')], imports: string[] = ['runtime.js']) =>
    chunk('boot.js', moduleIds, imports)
  const entry = chunk('index.js', [nm('react-dom/index.js'), src('main.tsx')], ['boot.js', 'runtime.js'], {
    isEntry: true,
    facadeModuleId: '/repo/src/renderer/index.html'
  })
  const runtime = chunk('runtime.js', [])

  it('is the chunk of its own that holds app/boot.ts and imports nothing but helpers', () => {
    expect(bootChunkOf([entry, boot(), runtime])).toBe('boot.js')
  })

  it('is refused when app/boot.ts was bundled into the entry: nothing could run ahead of it', () => {
    const merged = { ...entry, moduleIds: [...entry.moduleIds, src('app/boot.ts')], imports: ['runtime.js'] }
    expect(bootChunkOf([merged, runtime])).toBeNull()
  })

  it('is refused when it imports, however indirectly, the start-up chunk it should run ahead of', () => {
    const shared = chunk('shared.js', [src('base/calendarDate.ts')], ['index.js'])
    expect(bootChunkOf([entry, boot(undefined, ['shared.js']), shared, runtime])).toBeNull()
  })

  it('is refused when a library slipped into it', () => {
    expect(bootChunkOf([entry, boot([src('app/boot.ts'), nm('dexie/dist/dexie.mjs')]), runtime])).toBeNull()
  })

  it('is refused when two chunks hold app/boot.ts', () => {
    expect(bootChunkOf([entry, boot(), { ...boot(), fileName: 'boot2.js' }, runtime])).toBeNull()
  })
})
