#!/usr/bin/env node
// `npm run dist:check`: packages the app with electron-builder's `--dir` target (linux x64 and
// win x64) against stand-in Electron distributions, because the real binary cannot be downloaded on
// the project's machines, then inspects the result: app.asar holds only what runs, nothing is
// downloaded, no updater is shipped, the fuses in electron-builder.yml are flipped in the executable,
// and the Windows exe carries the asar integrity hash that the integrity fuse enforces.
//
//   node scripts/dist-check.mjs [--skip-build] [--keep]
//     --skip-build  package the existing out/ instead of running `electron-vite build` first
//     --keep        keep the temporary folder with the packaged apps
//
// Where a real Electron binary is present (ELECTRON_BINARY, or node_modules/electron/path.txt with
// its dist/), the app is also packaged against it and its fuse wire is read back and checked.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
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
// electron-builder edits Windows resources with resedit; read them back with the same library.
const ResEdit = createRequire(require.resolve('app-builder-lib/package.json'))('resedit')

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
/** Electron's own fuse defaults: the stand-ins start from these so every flip is observable. */
const ELECTRON_DEFAULT_FUSES = '10110001'
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const fuseWire = () =>
  Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)])

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
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  })
  if (r.status !== 0) {
    console.error('electron-vite build failed; nothing to package.')
    console.log('dist:check: 0 ok, 1 failed (nothing packaged)')
    process.exit(1)
  }
}
for (const entry of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
  if (!existsSync(join(root, entry))) {
    console.error(`${entry} is missing: run without --skip-build.`)
    console.log('dist:check: 0 ok, 1 failed (nothing packaged)')
    process.exit(1)
  }
}

const work = mkdtempSync(join(tmpdir(), 'anslutningsguiden-dist-'))

/** Locale packs (to see electronLanguages prune them), licence files and a version file. */
function standInCommon(dir) {
  mkdirSync(join(dir, 'locales'), { recursive: true })
  mkdirSync(join(dir, 'resources'), { recursive: true })
  for (const locale of ['sv', 'en-US', 'de', 'fi']) writeFileSync(join(dir, 'locales', `${locale}.pak`), locale)
  writeFileSync(join(dir, 'LICENSE'), 'Electron licence (stand-in)\n')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>Chromium licences (stand-in)</p>\n')
  writeFileSync(join(dir, 'version'), electronVersion)
  return dir
}

/** Linux: a non-runnable `electron` shell script that carries a fuse wire with Electron's defaults. */
function makeLinuxStandIn(dir) {
  standInCommon(dir)
  const script = '#!/bin/sh\necho "Stand-in for Electron (dist:check); it cannot run the app." >&2\nexit 1\n# '
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from(script), fuseWire(), Buffer.from('\n')]))
  chmodSync(join(dir, 'electron'), 0o755)
  return dir
}

/**
 * Windows: an empty but valid PE `electron.exe` with a version resource (electron-builder adds the
 * asar integrity resource, version strings and the icon to it) and the fuse wire in a resource.
 */
function makeWindowsStandIn(dir) {
  standInCommon(dir)
  const exe = ResEdit.NtExecutable.createEmpty(false, false)
  const resources = ResEdit.NtExecutableResource.from(exe)
  const lang = { lang: 1033, codepage: 1200 }
  const versionInfo = ResEdit.Resource.VersionInfo.createEmpty()
  versionInfo.lang = lang.lang
  versionInfo.setStringValues(lang, { ProductName: 'Electron', FileDescription: 'Electron' })
  const [major, minor, patch] = electronVersion.split('.').map(Number)
  versionInfo.setFileVersion(major, minor, patch, 0)
  versionInfo.outputToResourceEntries(resources.entries)
  resources.entries.push({ type: 'FUSEWIRE', id: 1, ...lang, bin: fuseWire() })
  resources.outputResource(exe)
  writeFileSync(join(dir, 'electron.exe'), Buffer.from(exe.generate()))
  return dir
}

const PLATFORMS = {
  linux: { platform: builder.Platform.LINUX, unpacked: 'linux-unpacked', executable: 'anslutningsguiden' },
  win: { platform: builder.Platform.WINDOWS, unpacked: 'win-unpacked', executable: 'Anslutningsguiden.exe' }
}

/** Runs electron-builder's `--dir` target for x64 with electron-builder.yml plus these overrides. */
async function packageDir(os, electronDist, output) {
  const { platform, unpacked, executable } = PLATFORMS[os]
  await builder.build({
    projectDir: root,
    targets: platform.createTarget('dir', builder.Arch.x64),
    publish: 'never',
    config: { electronDist, electronVersion, npmRebuild: false, directories: { output } }
  })
  const appOutDir = join(output, unpacked)
  return { appOutDir, executable: join(appOutDir, executable), archive: join(appOutDir, 'resources', 'app.asar') }
}

/** Every file in an asar archive with its size, from the header (paths use `/`). */
function asarFiles(archive) {
  const files = []
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name
      if (entry.files) walk(entry, path)
      else files.push({ path, size: Number(entry.size ?? 0) })
    }
  }
  walk(asar.getRawHeader(archive).header, '')
  return files
}

/** The hash Electron compares against the exe's integrity resource: SHA-256 of the header JSON. */
const asarHeaderHash = (archive) => createHash('sha256').update(asar.getRawHeader(archive).headerString).digest('hex')

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) =>
      relative(root, join(d.parentPath ?? d.path, d.name))
        .split('\\')
        .join('/')
    )
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

async function checkFuses(executable, label) {
  const wire = await getCurrentFuseWire(executable)
  for (const [name, expected] of Object.entries(EXPECTED_FUSES)) {
    const raw = wire[FuseV1Options[name]]
    const actual = raw === 49 ? true : raw === 48 ? false : raw === undefined ? 'absent' : `state ${raw}`
    check(`${label}: fuse ${name} = ${expected ? 'on' : 'off'}`, actual === expected, `read ${actual}`)
  }
}

function checkUnpacked({ appOutDir, executable, archive }, label) {
  check(`${label}: executable is ${relative(appOutDir, executable)}`, existsSync(executable))
  check(`${label}: resources/app.asar exists (asar: true)`, existsSync(archive))
  check(`${label}: no unpacked resources/app folder`, !existsSync(join(appOutDir, 'resources', 'app')))
  check(`${label}: no app-update.yml (no update provider)`, !existsSync(join(appOutDir, 'resources', 'app-update.yml')))
  const locales = readdirSync(join(appOutDir, 'locales')).sort()
  check(`${label}: electronLanguages keeps only sv and en-US locale packs`, locales.join(',') === 'en-US.pak,sv.pak', locales.join(', '))
  // Electron's and Chromium's licences must travel with every distributable.
  const licences = ['LICENSE.electron.txt', 'LICENSES.chromium.html'].filter((f) => !existsSync(join(appOutDir, f)))
  check(
    `${label}: Electron and Chromium licence files kept`,
    licences.length === 0,
    licences.length ? `missing: ${licences.join(', ')}` : ''
  )
}

function checkAsar(archive) {
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
  check(
    'asar contains every built file in out/',
    missingBuilt.length === 0,
    missingBuilt.length ? `missing: ${missingBuilt.slice(0, 5).join(', ')}` : `${builtFiles.length} files`
  )

  const none = (what, predicate) => {
    const found = files.filter((f) => predicate(f.path)).map((f) => f.path)
    check(`asar has no ${what}`, found.length === 0, found.length ? `${found.length}: ${found.slice(0, 5).join(', ')}` : '')
  }
  none('source maps (*.map)', (p) => p.endsWith('.map'))
  none('top-level src/, tests/, scripts/, build/ or reports/', (p) =>
    /^(src|tests?|scripts|build|bench|reports|test-results|dist)\//.test(p)
  )
  none('test or spec files', (p) => /(^|\/)(__tests__|tests?|spec)\/|\.(test|spec)\.[cm]?[jt]sx?$/.test(p))
  none('TypeScript sources or declarations', (p) => /\.([cm]?tsx?)$/.test(p))
  none('project config or lockfiles', (p) =>
    /^(package-lock\.json|tsconfig.*\.json|.*\.config\.[cm]?[jt]s|.*vite.*\.mts|electron-builder\.yml|\.npmrc|\.gitignore)$/.test(p)
  )
  none('icons (build resources, not app data)', (p) => p.startsWith('resources/icons/'))

  const allowed = productionDependencies()
  const shippedModules = [
    ...new Set(files.filter((f) => f.path.startsWith('node_modules/')).map((f) => packageName(f.path.slice('node_modules/'.length))))
  ].sort()
  const unexpected = shippedModules.filter((m) => !allowed.has(m))
  check(
    'asar node_modules holds only the production dependency closure',
    unexpected.length === 0,
    `shipped: ${shippedModules.join(', ') || 'none'}; allowed: ${[...allowed].join(', ') || 'none'}${unexpected.length ? `; unexpected: ${unexpected.join(', ')}` : ''}`
  )
  const devShipped = Object.keys(pkg.devDependencies ?? {}).filter((d) => shippedModules.includes(d))
  check('asar has no devDependencies (react, dexie, vite, electron, @playwright/test, …)', devShipped.length === 0, devShipped.join(', '))
  check('asar has no electron-updater', !shippedModules.includes('electron-updater'))

  // What the main process and preload load at run time must be loadable in the package.
  // A sandboxed preload (sandbox: true) gets a polyfilled require that loads only these; anything
  // else throws when the window opens, and window.bridge never appears.
  const SANDBOXED_PRELOAD_MODULES = new Set(['electron', 'events', 'timers', 'url', 'node:events', 'node:timers', 'node:url'])
  const bareImports = (code) =>
    [
      ...code.matchAll(
        /\brequire\(\s*["']([^"'./][^"']*)["']\s*\)|\bfrom\s*["']([^"'./][^"']*)["']|\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/g
      )
    ].map((m) => m[1] ?? m[2] ?? m[3])
  const unresolvedMain = []
  const unresolvedPreload = []
  for (const file of files.filter((f) => /^out\/(main|preload)\/.+\.[cm]?js$/.test(f.path))) {
    const code = asar.extractFile(archive, file.path).toString('utf8')
    for (const spec of bareImports(code)) {
      if (file.path.startsWith('out/preload/')) {
        if (!SANDBOXED_PRELOAD_MODULES.has(spec)) unresolvedPreload.push(`${file.path} → ${spec}`)
        continue
      }
      if (spec === 'electron' || isBuiltin(spec)) continue
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]
      if (!has(`node_modules/${name}/package.json`)) unresolvedMain.push(`${file.path} → ${spec}`)
    }
  }
  check('every package the main process imports is shipped in the asar', unresolvedMain.length === 0, unresolvedMain.join('; '))
  check(
    'the sandboxed preload imports only electron, events, timers, url (bundle anything else into it)',
    unresolvedPreload.length === 0,
    unresolvedPreload.join('; ')
  )

  const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'))
  check(
    'packaged package.json points main at a file in the asar',
    Boolean(manifest.main) && has(manifest.main.replace(/^\.\//, '')),
    manifest.main
  )
  check(
    'packaged package.json keeps productName (userData folder …\\Anslutningsguiden)',
    manifest.productName === 'Anslutningsguiden',
    manifest.productName
  )
  check('packaged package.json has no scripts', manifest.scripts === undefined)
  return files
}

function checkWindowsExe({ appOutDir, executable, archive }) {
  const exe = ResEdit.NtExecutable.from(readFileSync(executable))
  const entries = ResEdit.NtExecutableResource.from(exe).entries
  const integrity = entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR')
  let records
  try {
    records = integrity ? JSON.parse(Buffer.from(integrity.bin).toString('utf8')) : []
  } catch {
    records = []
  }
  const record = records.find((r) => r.file === 'resources\\app.asar')
  const hash = asarHeaderHash(archive)
  check(
    'win: exe carries the asar integrity hash (EnableEmbeddedAsarIntegrityValidation would refuse to start without it)',
    record?.alg === 'SHA256' && record.value === hash,
    record ? `${record.value.slice(0, 16)}… vs header ${hash.slice(0, 16)}…` : 'no INTEGRITY/ELECTRONASAR resource'
  )
  const [versionInfo] = ResEdit.Resource.VersionInfo.fromEntries(entries)
  const strings = versionInfo ? versionInfo.getStringValues({ lang: 1033, codepage: 1200 }) : {}
  check(
    'win: exe version resource names Anslutningsguiden',
    strings.ProductName === 'Anslutningsguiden' && strings.FileVersion === pkg.version,
    `${strings.ProductName} ${strings.FileVersion}`
  )
  const icons = ResEdit.Resource.IconGroupEntry.fromEntries(entries).flatMap((g) => g.icons.map((i) => i.width || 256))
  check('win: exe icon replaced by resources/icons/icon.ico (16–256 px)', icons.includes(16) && icons.includes(256), icons.join(', '))
  check('win: no elevate.exe next to the app', !existsSync(join(appOutDir, 'resources', 'elevate.exe')))
}

function findElectronBinary() {
  const fromEnv = process.env.ELECTRON_BINARY
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : null
  const pathTxt = join(root, 'node_modules/electron/path.txt')
  if (!existsSync(pathTxt)) return null
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathTxt, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

try {
  // 2. Package against the stand-ins.
  section(`electron-builder --linux dir --x64 against a stand-in Electron ${electronVersion}`)
  let t = Date.now()
  const linux = await packageDir('linux', makeLinuxStandIn(join(work, 'electron-linux')), join(work, 'linux'))
  const linuxSeconds = (Date.now() - t) / 1000

  section(`electron-builder --win dir --x64 against a stand-in Electron ${electronVersion}`)
  t = Date.now()
  const win = await packageDir('win', makeWindowsStandIn(join(work, 'electron-win')), join(work, 'win'))
  const winSeconds = (Date.now() - t) / 1000

  section('checks')
  checkUnpacked(linux, 'linux')
  checkUnpacked(win, 'win')
  const files = checkAsar(linux.archive)
  check('win and linux ship the same app.asar', asarHeaderHash(win.archive) === asarHeaderHash(linux.archive))
  checkWindowsExe(win)
  // Fuses on the stand-in wires: proves electron-builder flips them from electron-builder.yml.
  await checkFuses(linux.executable, 'linux stand-in')
  await checkFuses(win.executable, 'win stand-in')

  section('asar contents')
  const asarBytes = statSync(linux.archive).size
  console.log(
    `app.asar: ${mb(asarBytes)} (${asarBytes} bytes), ${files.length} files; packaging took ${linuxSeconds.toFixed(1)} s (linux) + ${winSeconds.toFixed(1)} s (win)`
  )
  const byPart = {}
  for (const f of files) {
    const key = f.path.startsWith('node_modules/')
      ? `node_modules/${packageName(f.path.slice(13))}`
      : f.path.split('/').slice(0, 2).join('/')
    byPart[key] = (byPart[key] ?? 0) + f.size
  }
  for (const [key, size] of Object.entries(byPart).sort((a, b) => b[1] - a[1])) console.log(`  ${mb(size).padStart(9)}  ${key}`)

  // 3. A real Electron binary, where one exists.
  section('real Electron binary')
  const realBinary = findElectronBinary()
  if (!realBinary) {
    console.log(
      'No Electron binary here (ELECTRON_BINARY unset, node_modules/electron/dist missing): the Electron\n' +
        'download host is unreachable from this machine. Layout, fuse flipping and the Windows integrity\n' +
        'resource were checked on stand-ins; a runnable package (npm run dist:win / dist:linux) needs a\n' +
        'machine that can download Electron.'
    )
  } else if (process.platform !== 'linux') {
    console.log(`Found ${realBinary}, but this check packages against a real binary on linux only; skipped on ${process.platform}.`)
  } else {
    console.log(`Packaging against ${realBinary}`)
    const real = await packageDir('linux', dirname(realBinary), join(work, 'real'))
    check('real Electron: executable and app.asar exist', existsSync(real.executable) && existsSync(real.archive))
    await checkFuses(real.executable, 'real Electron')
  }
} catch (error) {
  console.error(error)
  check('packaging ran without errors', false, error instanceof Error ? error.message.split('\n')[0] : String(error))
} finally {
  if (args.has('--keep')) console.log(`\nKept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}

const failed = results.filter((r) => !r.ok)
section('summary')
for (const r of failed) console.log(`FAIL  ${r.name}${r.detail ? ` — ${r.detail}` : ''}`)
// Worded apart from the `N passed, N failed` closing line that CI reads from `npm test`.
console.log(
  `dist:check: ${results.length - failed.length} ok, ${failed.length} failed (of ${results.length} checks) in ${((Date.now() - started) / 1000).toFixed(1)} s`
)
process.exit(failed.length > 0 ? 1 : 0)
