import type { Plugin } from 'vite'

/**
 * Issue 19: the first screen waits for nothing it does not show. This plugin, in every renderer
 * build (`npm run build`, and so `npm test`):
 *  - fails the build when a library the first screen does not need reaches the code it loads
 *    (the entry chunk and the first area's chunk, with everything they import statically);
 *  - names the first area's chunks in index.html as modulepreload hints (and its CSS), so they
 *    download while the start-up code runs instead of after it.
 */

/** The area shown at start (app/routes.tsx: the first area, "anslutning"). */
export const FIRST_AREA_MODULE = 'src/renderer/src/features/connection/ConnectionArea.tsx'

/** Packages that must never be in the start path: schema, PDF, zip, CSV, widget and database libraries. */
export const NOT_AT_START = [
  'zod',
  '@cantoo/pdf-lib',
  'pdf-lib',
  '@pdf-lib/fontkit',
  '@cantoo/fontkit',
  'pdfjs-dist',
  'fflate',
  'papaparse',
  'react-aria',
  'react-aria-components',
  '@react-aria',
  '@react-stately',
  'signature_pad',
  '@tanstack/react-virtual',
  // The first screen's data is read straight from IndexedDB (db/firstView.ts).
  'dexie'
]

/** The parts of a Rollup output chunk this needs (also built by hand in tests/unit/build/startPath.test.ts). */
export type ChunkLike = {
  fileName: string
  isEntry: boolean
  imports: string[]
  facadeModuleId: string | null
  moduleIds: string[]
  viteMetadata?: { importedCss: Set<string> }
}

export type StartPath = {
  /** Files loaded before the first screen shows: the entry's, then the first area's. */
  entryFiles: string[]
  areaFiles: string[]
  css: string[]
  /** Offending package → the chunk files it was found in. */
  offenders: Map<string, string[]>
}

export function packageOf(moduleId: string): string | null {
  const at = moduleId.lastIndexOf('/node_modules/')
  if (at < 0) return null
  const parts = moduleId.slice(at + '/node_modules/'.length).split('/')
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
}

const banned = (pkg: string) => NOT_AT_START.some((b) => pkg === b || (b.startsWith('@') && !b.includes('/') && pkg.startsWith(`${b}/`)))

export function startPathOf(chunks: readonly ChunkLike[], firstAreaModule = FIRST_AREA_MODULE): StartPath {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (start: string | undefined, into: Set<string>, skip = new Set<string>()) => {
    const walk = (f: string) => {
      if (into.has(f) || skip.has(f)) return
      into.add(f)
      for (const i of byFile.get(f)?.imports ?? []) walk(i)
    }
    if (start) walk(start)
    return into
  }
  const entry = closure(chunks.find((c) => c.isEntry)?.fileName, new Set())
  const areaChunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(firstAreaModule))
  const area = closure(areaChunk?.fileName, new Set(), entry)
  const offenders = new Map<string, string[]>()
  for (const file of [...entry, ...area]) {
    for (const id of byFile.get(file)?.moduleIds ?? []) {
      const pkg = packageOf(id.replaceAll('\\', '/'))
      if (pkg && banned(pkg)) {
        const list = offenders.get(pkg) ?? []
        if (!list.includes(file)) list.push(file)
        offenders.set(pkg, list)
      }
    }
  }
  const css = [...area].flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])])
  return { entryFiles: [...entry], areaFiles: [...area], css, offenders }
}

export function startPath(): Plugin {
  let found: StartPath | null = null
  return {
    name: 'anslutningsguiden:start-path',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk') as unknown as ChunkLike[]
      if (!chunks.some((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith('src/renderer/index.html'))) return // not the app
      found = startPathOf(chunks)
      if (!found.areaFiles.length) this.error(`start-path: the first area's chunk (${FIRST_AREA_MODULE}) is missing`)
      if (found.offenders.size) {
        const byFile = new Map(chunks.map((c) => [c.fileName, c]))
        const atStart = new Set([...found.entryFiles, ...found.areaFiles].flatMap((f) => byFile.get(f)?.moduleIds ?? []))
        const lines = [...found.offenders].map(([pkg, files]) => {
          // The app's own modules in the start path that import the package: where to make it lazy.
          const importers = new Set<string>()
          for (const id of this.getModuleIds()) {
            if (packageOf(id.replaceAll('\\', '/')) !== pkg) continue
            for (const by of this.getModuleInfo(id)?.importers ?? [])
              if (atStart.has(by) && !packageOf(by.replaceAll('\\', '/'))) importers.add(by)
          }
          return `  ${pkg} in ${files.join(', ')} (imported by ${[...importers].join(', ') || 'another library'})`
        })
        this.error(
          `start-path: the first screen would load libraries it does not show (issue 19). Import them lazily (await import(...)) where they are used:\n${lines.join('\n')}`
        )
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!found) return
        return [
          ...found.css.map((href) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const
          })),
          ...found.areaFiles.map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const
          }))
        ]
      }
    }
  }
}
