#!/usr/bin/env node
// `npm run dist:check`: packages the app with electron-builder's `--dir` target for linux x64 against
// a stand-in Electron (the real binary cannot be downloaded on the project's machines), then
// inspects the result: app.asar holds only what runs, nothing is downloaded, no updater is shipped,
// and the fuses in electron-builder.yml are flipped in the executable.
//
//   node scripts/dist-check.mjs [--skip-build] [--keep]
//     --skip-build  package the existing out/ instead of running `electron-vite build` first
//     --keep        keep the temporary folder with the packaged app
//
// Where a real Electron binary is present (ELECTRON_BINARY, or node_modules/electron/path.txt with
// its dist/), the app is packaged against it too and its fuse wire is read back and checked.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire, isBuiltin } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const asar = require('@electron/asar')
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses')
const builder = require('electron-builder')

const args = new Set(process.argv.slice(2))
const started = Date.now()
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version

/** Fuse values the issue asks for, written out here on purpose rather than read from the config. */
const EXPECTED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false
}
/** Electron's own fuse defaults: the stand-in starts from these so every flip is observable. */
const ELECTRON_DEFAULT_FUSES = '10110001'
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

const results = []
function check(name, ok, detail = '') {
  results.push({ name, ok: Boolean(ok), detail })
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? ` — ${detail}` : ''}`)
}
const section = (title) => console.log(`\n=== dist:check: ${title}`)
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`

// 1. Build main, preload and renderer into out/.
if (args.has('--skip-build')) {
  section('build skipped (--skip-build), packaging the existing out/')
} else {
  section('electron-vite build')
  const r = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NO_COLOR: '1' }
  })
  if (r.status !== 0) {
    console.error('electron-vite build failed; nothing to package.')
    process.exit(1)
  }
}
for (const entry of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
  if (!existsSync(join(root, entry))) {
    console.error(`${entry} is missing: run without --skip-build.`)
    process.exit(1)
  }
}

const work = mkdtempSync(join(tmpdir(), 'anslutningsguiden-dist-'))

/**
 * A folder shaped like an unpacked Electron for linux x64: a non-runnable `electron` carrying a fuse
 * wire with Electron's defaults, locale packs (to see electronLanguages prune them) and licence files.
 */
function makeStandInElectron(dir) {
  mkdirSync(join(dir, 'locales'), { recursive: true })
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const script = '#!/bin/sh\necho "Stand-in for Electron (dist:check); it cannot run the app." >&2\nexit 1\n'
  const wire = Buffer.concat([Buffer.from(`# ${FUSE_SENTINEL}`), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(`${ELECTRON_DEFAULT_FUSES}\n`)])
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from(script), wire]))
  chmodSync(join(dir, 'electron'), 0o755)
  for (const locale of ['sv', 'en-US', 'de', 'fi']) writeFileSync(join(dir, 'locales', `${locale}.pak`), locale)
  writeFileSync(join(dir, 'LICENSE'), 'Electron licence (stand-in)\n')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>Chromium licences (stand-in)</p>\n')
  writeFileSync(join(dir, 'version'), electronVersion)
  return dir
}

/** Runs electron-builder's `--dir` target for linux x64 with electron-builder.yml plus these overrides. */
async function packageDir(electronDist, output) {
  const outputs = await builder.build({
    projectDir: root,
    targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
    publish: 'never',
    config: { electronDist, electronVersion, npmRebuild: false, directories: { output } }
  })
  return { outputs, appOutDir: join(output, 'linux-unpacked') }
}

/** Every file in an asar archive with its size, from the header (paths use `/`). */
function asarFiles(archive) {
  const files = []
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name
      if (entry.files) walk(entry, path)
      else files.push({ path, size: Number(entry.size ?? 0), unpacked: Boolean(entry.unpacked) })
    }
  }
  walk(asar.getRawHeader(archive).header, '')
  return files
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath ?? d.path, d.name)).split('\\').join('/'))
}

/** Production dependency closure of package.json, as installed in node_modules. */
function productionDependencies() {
  const seen = new Set()
  const visit = (name) => {
    if (seen.has(name)) return
    seen.add(name)
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'))
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      if (existsSync(join(root, 'node_modules', dep, 'package.json'))) visit(dep)
    }
  }
  for (const name of Object.keys(pkg.dependencies ?? {})) visit(name)
  return seen
}

const packageName = (nodeModulesPath) => {
  const parts = nodeModulesPath.split('/')
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
}

function fuseReport(binary) {
  return getCurrentFuseWire(binary).then((wire) =>
    Object.entries(EXPECTED_FUSES).map(([name, expected]) => {
      const raw = wire[FuseV1Options[name]]
      const actual = raw === 49 ? true : raw === 48 ? false : raw === undefined ? 'absent' : `state ${raw}`
      return { name, expected, actual }
    })
  )
}

function checkApp(appOutDir, label) {
  const executable = join(appOutDir, 'anslutningsguiden')
  check(`${label}: executable renamed to anslutningsguiden`, existsSync(executable))
  const archive = join(appOutDir, 'resources', 'app.asar')
  check(`${label}: resources/app.asar exists (asar: true)`, existsSync(archive))
  check(`${label}: no unpacked resources/app folder`, !existsSync(join(appOutDir, 'resources', 'app')))
  check(`${label}: no app-update.yml (no update provider)`, !existsSync(join(appOutDir, 'resources', 'app-update.yml')))
  return { executable, archive }
}

let exitCode = 0
try {
  // 2. Package against the stand-in.
  section(`electron-builder --linux dir --x64 against a stand-in Electron ${electronVersion}`)
  const standIn = makeStandInElectron(join(work, 'electron-dist'))
  const packStarted = Date.now()
  const { appOutDir } = await packageDir(standIn, join(work, 'stand-in'))
  const packSeconds = ((Date.now() - packStarted) / 1000).toFixed(1)

  section('checks')
  const { executable, archive } = checkApp(appOutDir, 'package')
  const localeFiles = readdirSync(join(appOutDir, 'locales')).sort()
  check('electronLanguages keeps only sv and en-US locale packs', localeFiles.join(',') === 'en-US.pak,sv.pak', localeFiles.join(', '))

  const files = asarFiles(archive)
  const paths = new Set(files.map((f) => f.path))
  const has = (p) => paths.has(p)

  for (const required of ['package.json', 'out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
    check(`asar contains ${required}`, has(required))
  }
  const rendererScripts = files.filter((f) => /^out\/renderer\/assets\/.+\.js$/.test(f.path))
  check('asar contains the renderer bundle (out/renderer/assets/*.js)', rendererScripts.length > 0, `${rendererScripts.length} scripts`)

  const shippedResources = ['resources/fonts', 'resources/content'].flatMap((dir) => listFiles(join(root, dir)))
  const missingResources = shippedResources.filter((p) => !has(p))
  check(
    'asar contains every file in resources/fonts and resources/content',
    shippedResources.length > 0 && missingResources.length === 0,
    missingResources.length ? `missing: ${missingResources.join(', ')}` : `${shippedResources.length} files`
  )
  const builtFiles = listFiles(join(root, 'out'))
  const missingBuilt = builtFiles.filter((p) => !p.endsWith('.map') && !has(p))
  check('asar contains every built file in out/', missingBuilt.length === 0, missingBuilt.length ? `missing: ${missingBuilt.slice(0, 5).join(', ')}` : `${builtFiles.length} files`)

  const bad = (what, predicate) => {
    const found = files.filter((f) => predicate(f.path)).map((f) => f.path)
    check(`asar has no ${what}`, found.length === 0, found.length ? `${found.length}: ${found.slice(0, 5).join(', ')}` : '')
  }
  bad('source maps (*.map)', (p) => p.endsWith('.map'))
  bad('top-level src/, tests/, scripts/, build/ or reports/', (p) => /^(src|tests?|scripts|build|reports|test-results|dist)\//.test(p))
  bad('test or spec files', (p) => /(^|\/)(__tests__|tests?|spec)\/|\.(test|spec)\.[cm]?[jt]sx?$/.test(p))
  bad('TypeScript sources or declarations', (p) => /\.([cm]?tsx?)$/.test(p))
  bad('project config or lockfiles', (p) => /^(package-lock\.json|tsconfig.*\.json|vite.*\.mts|vitest\.config\.mts|playwright\.config\.ts|electron\.vite\.config\.ts|electron-builder\.yml|\.npmrc|\.gitignore)$/.test(p))
  bad('icons (build resources, not app data)', (p) => p.startsWith('resources/icons/'))

  const allowed = productionDependencies()
  const shippedModules = [...new Set(files.filter((f) => f.path.startsWith('node_modules/')).map((f) => packageName(f.path.slice('node_modules/'.length))))].sort()
  const unexpected = shippedModules.filter((m) => !allowed.has(m))
  check(
    'asar node_modules holds only the production dependency closure',
    unexpected.length === 0,
    `shipped: ${shippedModules.join(', ') || 'none'}; allowed: ${[...allowed].join(', ') || 'none'}${unexpected.length ? `; unexpected: ${unexpected.join(', ')}` : ''}`
  )
  const devShipped = Object.keys(pkg.devDependencies ?? {}).filter((d) => shippedModules.includes(d))
  check('asar has no devDependencies (react, dexie, vite, electron, @playwright/test, …)', devShipped.length === 0, devShipped.join(', '))
  check('asar has no electron-updater', !shippedModules.includes('electron-updater'))
  bad('nested node_modules outside the allowed packages', (p) => /node_modules\/.+\/node_modules\//.test(p) && !allowed.has(packageName(p.split('/node_modules/').pop())))

  // What the main process and preload load at run time must be in the package.
  const bareImports = (code) =>
    [...code.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)|\bfrom\s*["']([^"'./][^"']*)["']|\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? m[3]
    )
  const unresolved = []
  for (const file of files.filter((f) => /^out\/(main|preload)\/.+\.[cm]?js$/.test(f.path))) {
    const code = asar.extractFile(archive, file.path).toString('utf8')
    for (const spec of bareImports(code)) {
      if (spec === 'electron' || isBuiltin(spec)) continue
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]
      if (file.path.startsWith('out/preload/') || !has(`node_modules/${name}/package.json`)) unresolved.push(`${file.path} → ${spec}`)
    }
  }
  check('every package main/preload import is shipped (preload imports only electron)', unresolved.length === 0, unresolved.join('; '))

  const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'))
  check('packaged package.json points main at a file in the asar', manifest.main && has(manifest.main.replace(/^\.\//, '')), manifest.main)
  check('packaged package.json keeps productName (userData folder %APPDATA%\\Anslutningsguiden)', manifest.productName === 'Anslutningsguiden', manifest.productName)
  check('packaged package.json has no scripts', manifest.scripts === undefined)

  // Fuses on the stand-in wire: proves electron-builder flips them from electron-builder.yml.
  const standInFuses = await fuseReport(executable)
  for (const { name, expected, actual } of standInFuses) {
    check(`fuse ${name} = ${expected ? 'on' : 'off'} (stand-in wire)`, actual === expected, `read ${actual}`)
  }

  const asarBytes = statSync(archive).size
  const byTop = {}
  for (const f of files) {
    const key = f.path.startsWith('node_modules/') ? `node_modules/${packageName(f.path.slice(13))}` : f.path.split('/').slice(0, 2).join('/')
    byTop[key] = (byTop[key] ?? 0) + f.size
  }
  section('asar contents')
  console.log(`app.asar: ${mb(asarBytes)} (${asarBytes} bytes), ${files.length} files; packaging took ${packSeconds} s`)
  for (const [key, size] of Object.entries(byTop).sort((a, b) => b[1] - a[1])) console.log(`  ${mb(size).padStart(9)}  ${key}`)

  // 3. A real Electron binary, where one exists.
  section('real Electron binary')
  const realBinary = findElectronBinary()
  if (!realBinary) {
    console.log(
      'No Electron binary here (ELECTRON_BINARY unset, node_modules/electron/dist missing): the Electron\n' +
        'download host is unreachable from this machine. The layout and fuse flipping were checked on a\n' +
        'stand-in; a runnable package (npm run dist:win / dist:linux) needs a machine that can download Electron.'
    )
  } else if (process.platform !== 'linux') {
    console.log(`Found ${realBinary}, but this check packages the linux target only; skipped on ${process.platform}.`)
  } else {
    console.log(`Packaging against ${realBinary}`)
    const real = await packageDir(dirname(realBinary), join(work, 'real'))
    const { executable: realExecutable } = checkApp(real.appOutDir, 'real package')
    for (const { name, expected, actual } of await fuseReport(realExecutable)) {
      check(`fuse ${name} = ${expected ? 'on' : 'off'} (real Electron binary)`, actual === expected, `read ${actual}`)
    }
  }
} catch (error) {
  console.error(error)
  check('packaging ran without errors', false, error instanceof Error ? error.message.split('\n')[0] : String(error))
} finally {
  if (args.has('--keep')) console.log(`\nKept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}

function findElectronBinary() {
  const fromEnv = process.env.ELECTRON_BINARY
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : null
  const pathTxt = join(root, 'node_modules/electron/path.txt')
  if (!existsSync(pathTxt)) return null
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathTxt, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const failed = results.filter((r) => !r.ok)
section('summary')
for (const r of failed) console.log(`FAIL  ${r.name}${r.detail ? ` — ${r.detail}` : ''}`)
console.log(`dist:check: ${results.length - failed.length} passed, ${failed.length} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
if (failed.length > 0) exitCode = 1
process.exit(exitCode)
