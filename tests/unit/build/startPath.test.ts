import { describe, expect, it } from 'vitest'
import { FIRST_AREA_MODULE, packageOf, startPathOf, type ChunkLike } from '../../../vite.startPath.mts'

// Issue 19: every renderer build (`npm run build`, part of `npm test`) fails when a library the first
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

function app(areaDeps: ChunkLike[], entryDeps: ChunkLike[] = []): ChunkLike[] {
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
    expect(found.areaFiles.sort()).toEqual(['ConnectionArea.js', 'content.js'])
    expect(found.css).toEqual(['ConnectionArea.css'])
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

  it('reads package names from paths, scoped or not, on any platform', () => {
    expect(packageOf('/a/node_modules/zod/v4/core.js')).toBe('zod')
    expect(packageOf('/a/node_modules/@cantoo/pdf-lib/x.js')).toBe('@cantoo/pdf-lib')
    expect(packageOf('/a/node_modules/x/node_modules/fflate/y.js')).toBe('fflate')
    expect(packageOf('/repo/src/renderer/src/main.tsx')).toBeNull()
  })
})
