import type { Plugin } from 'vite'

/**
 * The first screen waits for nothing it does not show. This plugin, in every renderer
 * build (`npm run build`, and so `npm test`):
 *  - fails the build when a library the first screen does not need reaches the code it loads
 *    (the entry chunk and the chunks of START_MODULES, with everything they import statically);
 *  - names those chunks in index.html as modulepreload hints (and its CSS), so they
 *    download while the start-up code runs instead of after it.
 */

/** The area shown at start (app/routes.tsx: the first area, "anslutning"). */
export const FIRST_AREA_MODULE = 'src/renderer/src/features/connection/ConnectionArea.tsx'

/**
 * Every lazily loaded module the frame renders at once, next to the first area: their chunks load
 * before the first screen is complete, so they are guarded and preloaded like the area. A module
 * the frame shows at start must be listed here (the sidebar once slipped the database library into
 * start-up because only the area was guarded).
 */
export const START_MODULES = [FIRST_AREA_MODULE, 'src/renderer/src/features/connection/SidebarBoards.tsx']

/**
 * Starts the first screen's database read (app/boot.ts). Built into a chunk of its own that
 * index.html loads first, asynchronously: see startPath().
 */
export const BOOT_MODULE = 'src/renderer/src/app/boot.ts'

/**
 * The boot chunk's file, or null when the build broke what makes it worth loading first: it must be
 * the only chunk that holds BOOT_MODULE, not the entry, hold no library, and import nothing that
 * leads to the entry (it would then wait for the big chunk it is meant to run ahead of).
 */
export function bootChunkOf(chunks: readonly ChunkLike[]): string | null {
  const holds = chunks.filter((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(BOOT_MODULE)))
  if (holds.length !== 1 || holds[0]!.isEntry) return null
  const boot = holds[0]!
  if (boot.moduleIds.some((id) => packageOf(id.replaceAll('\\', '/')) !== null)) return null
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const seen = new Set<string>()
  const reachesEntry = (file: string): boolean => {
    if (seen.has(file)) return false
    seen.add(file)
    const c = byFile.get(file)
    return !!c && (c.isEntry || c.imports.some(reachesEntry))
  }
  return boot.imports.some(reachesEntry) ? null : boot.fileName
}

/** React's own packages: the start-up chunk's larger half (see startPath()). */
export const REACT_PACKAGES = ['react', 'react-dom', 'scheduler']

export const isReact = (moduleId: string): boolean => REACT_PACKAGES.includes(packageOf(moduleId.replaceAll('\\', '/')) ?? '')

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
  /** Start modules found in no chunk (renamed or moved): the check would no longer see them. */
  missing: string[]
}

export function packageOf(moduleId: string): string | null {
  const at = moduleId.lastIndexOf('/node_modules/')
  if (at < 0) return null
  const parts = moduleId.slice(at + '/node_modules/'.length).split('/')
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
}

const banned = (pkg: string) => NOT_AT_START.some((b) => pkg === b || (b.startsWith('@') && !b.includes('/') && pkg.startsWith(`${b}/`)))

export function startPathOf(chunks: readonly ChunkLike[], startModules: readonly string[] = START_MODULES): StartPath {
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
  const area = new Set<string>()
  const missing: string[] = []
  const inEntry = (module: string) =>
    [...entry].some((f) => byFile.get(f)?.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(module)))
  for (const module of startModules) {
    const lazyChunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(module))
    if (lazyChunk) closure(lazyChunk.fileName, area, entry)
    else if (!inEntry(module)) missing.push(module)
  }
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
  return { entryFiles: [...entry], areaFiles: [...area], css, offenders, missing }
}

export function startPath(): Plugin {
  let found: StartPath | null = null
  let bootFile: string | null = null
  // Every module the app's entry imports statically, and those of the boot module, known once the
  // module graph is complete.
  const atStart = new Set<string>()
  const atBoot = new Set<string>()
  return {
    name: 'anslutningsguiden:start-path',
    apply: 'build',
    // The start-up code as three chunks, not a score: by default the bundler splits every module the
    // first screen shares with a later area into a small chunk of its own, and the window then waits
    // for all those requests before it can show anything. The three:
    //  - boot: small, so it can run (and start reading the database) while the others compile;
    //  - react: React itself, and start: the app's own start-up code. Chromium compiles each script
    //    on a thread of its own while it arrives, so two halves are ready sooner than one whole
    //    (measured: the scripts had run 8-10 ms sooner).
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { name: 'boot', test: (id: string) => atBoot.has(id), priority: 3 },
                { name: 'react', test: (id: string) => atStart.has(id) && isReact(id), priority: 2 },
                { name: 'start', test: (id: string) => atStart.has(id), priority: 1 }
              ]
            }
          }
        }
      }
    }),
    buildEnd() {
      const ids = [...this.getModuleIds()]
      const entry = ids.find((id) => id.replaceAll('\\', '/').endsWith('src/renderer/index.html'))
      if (!entry) return // not the app (the bench pages)
      const walk = (id: string, into: Set<string>) => {
        if (into.has(id)) return
        into.add(id)
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) walk(next, into)
      }
      walk(entry, atStart)
      const boot = ids.find((id) => id.replaceAll('\\', '/').endsWith(BOOT_MODULE))
      if (!boot) this.error(`start-path: ${BOOT_MODULE} is not in the build; update BOOT_MODULE in vite.startPath.mts`)
      walk(boot, atBoot)
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk') as unknown as ChunkLike[]
      if (!chunks.some((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith('src/renderer/index.html'))) return // not the app
      found = startPathOf(chunks)
      bootFile = bootChunkOf(chunks)
      if (!bootFile)
        this.error(
          `start-path: ${BOOT_MODULE} must be built into a chunk of its own, with no library, that does not import the start-up chunk`
        )
      if (found.missing.length)
        this.error(`start-path: no chunk holds ${found.missing.join(', ')}; update START_MODULES in vite.startPath.mts`)
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
          `start-path: the first screen would load libraries it does not show. Import them lazily (await import(...)) where they are used:\n${lines.join('\n')}`
        )
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!found) return
        const tags = [
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
        // Runs as soon as it has arrived, while the start-up chunk is still being compiled: the
        // first screen's data is read meanwhile. The start-up chunk imports the same file, so it is
        // evaluated once, whichever asks first. Placed before that chunk's tag.
        const at = html.indexOf('<script type="module"')
        if (!bootFile || at < 0) throw new Error('start-path: index.html has no module script to load the boot chunk before')
        const boot = `<script type="module" async crossorigin src="./${bootFile}"></script>\n    `
        return { html: html.slice(0, at) + boot + html.slice(at), tags }
      }
    }
  }
}
