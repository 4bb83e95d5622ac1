// Reads electron-builder.yml through electron-builder's own loader, schema validator and file matcher,
// so the assertions hold for what electron-builder will actually do, not for a re-parse of the YAML.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const require = createRequire(join(root, 'package.json'))

type Target = { target: string; arch?: string[] }
type Config = Record<string, any>
type Filter = (file: string, stat: { isDirectory(): boolean; isFile(): boolean }) => boolean

let config: Config
let includes: (relativePath: string) => boolean

beforeAll(async () => {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js')
  const { getFileMatchers } = require('app-builder-lib/out/fileMatcher.js')
  const { DebugLogger } = require('builder-util')
  config = await getConfig(root, null, null)
  await validateConfiguration(config, new DebugLogger(false))
  const matchers = getFileMatchers(config, 'files', '/app', {
    macroExpander: (pattern: string) => pattern,
    customBuildOptions: {},
    globalOutDir: join(root, 'dist'),
    defaultSrc: root
  })
  const filter: Filter = matchers[0].createFilter()
  const asFile = { isDirectory: () => false, isFile: () => true }
  includes = (relativePath) => filter(join(root, relativePath), asFile)
})

const targetsOf = (platform: Config) => (platform.target as Target[]).map((t) => t.target)

describe('electron-builder.yml', () => {
  it('is the file electron-builder loads and passes its schema', () => {
    expect(existsSync(join(root, 'electron-builder.yml'))).toBe(true)
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).build).toBeUndefined()
    expect(config.appId).toBe('se.anslutningsguiden.app')
    expect(config.productName).toBe('Anslutningsguiden')
  })

  it('pins electronVersion to the installed electron package', () => {
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
    expect(config.electronVersion).toBe(installed)
  })

  it('builds a per-user NSIS installer that never asks for elevation', () => {
    expect(targetsOf(config.win)).toContain('nsis')
    expect(config.nsis.perMachine).toBe(false)
    expect(config.nsis.allowElevation).toBe(false)
    // One-click + per-user: no install-mode page offering "for all users" (which would need admin).
    expect(config.nsis.oneClick).toBe(true)
    expect(config.nsis.packElevateHelper).toBe(false)
    expect(config.win.requestedExecutionLevel).toBe('asInvoker')
    // Uninstalling must not delete the user's IndexedDB.
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false)
  })

  it('builds a Windows portable exe that runs as the user', () => {
    expect(targetsOf(config.win)).toContain('portable')
    expect(config.portable.requestExecutionLevel).toBe('user')
  })

  it('builds Linux AppImage and deb for x64', () => {
    expect(targetsOf(config.linux)).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    for (const target of config.linux.target as Target[]) expect(target.arch).toContain('x64')
  })

  it('gives the deb target what electron-builder checks before building it', () => {
    // FpmTarget refuses to start without a homepage and a maintainer (or an author e-mail).
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    expect(config.extraMetadata?.homepage ?? pkg.homepage).toMatch(/^https:\/\//)
    expect(config.linux.maintainer ?? pkg.author?.email).toBeTruthy()
    // Window association on Linux: the .desktop name matches Electron's app id.
    expect(config.extraMetadata?.desktopName).toBe(`${config.linux.executableName}.desktop`)
    expect(config.linux.syncDesktopName).toBe(true)
  })

  it('has no publish provider and no updater', () => {
    expect(config.publish).toBeNull()
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('electron-updater')
    expect(config.nsis.differentialPackage).toBe(false)
  })

  it('flips every fuse to the hardened value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('covers every fuse this @electron/fuses knows, so an upgrade cannot add one silently', () => {
    const { FuseV1Options } = require('@electron/fuses')
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)))
    const configured = Object.keys(config.electronFuses).map((k) => k.charAt(0).toUpperCase() + k.slice(1))
    expect(configured.sort()).toEqual(known.sort())
  })

  it('packs the app into an asar without rebuilding native modules', () => {
    expect(config.asar).toBe(true)
    expect(config.npmRebuild).toBe(false)
    expect(config.extraResources).toBeUndefined()
  })

  it('includes only the build output, shipped resources and package.json', () => {
    for (const shipped of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc.js',
      'resources/fonts/DejaVuSans.ttf',
      'resources/content/kommuner.csv'
    ]) {
      expect(includes(shipped), shipped).toBe(true)
    }
    for (const left of [
      'src/main/index.ts',
      'src/renderer/src/App.tsx',
      'tests/unit/packaging/config.test.ts',
      'tests/e2e/shell.spec.ts',
      'out/renderer/assets/index-abc.js.map',
      'out/main/index.js.map',
      'out/main/foo.test.js',
      'package-lock.json',
      'README.md',
      'electron-builder.yml',
      'scripts/dist-check.mjs',
      'build/installer.nsh',
      'resources/icons/icon.ico',
      'node_modules/zod/src/index.ts',
      'node_modules/zod/README.md'
    ]) {
      expect(includes(left), left).toBe(false)
    }
  })

  it('names artifacts without spaces and keeps installer and portable apart', () => {
    const names = [config.nsis.artifactName, config.portable.artifactName, config.appImage.artifactName, config.deb.artifactName]
    for (const name of names) {
      expect(name).not.toMatch(/\s/)
      expect(name).toContain('${version}')
    }
    expect(new Set(names).size).toBe(names.length)
    expect(config.nsis.artifactName).toContain('installation')
    expect(config.portable.artifactName).toContain('portabel')
  })
})

describe('icons', () => {
  const pngSize = (file: string) => {
    const png = readFileSync(file)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    return [png.readUInt32BE(16), png.readUInt32BE(20)]
  }

  it('Linux icon folder holds square PNGs named by size', () => {
    const dir = join(root, config.linux.icon)
    for (const size of [256, 512]) expect(pngSize(join(dir, `${size}x${size}.png`))).toEqual([size, size])
  })

  it('Windows icon is an ICO with 16 to 256 px images', () => {
    const ico = readFileSync(join(root, config.win.icon))
    expect(ico.readUInt16LE(0)).toBe(0)
    expect(ico.readUInt16LE(2)).toBe(1)
    const count = ico.readUInt16LE(4)
    // In an ICO directory a width byte of 0 means 256.
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256)
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]))
  })

  it('keeps the SVG source beside the generated icons', () => {
    expect(readFileSync(join(root, 'resources/icons/icon.svg'), 'utf8')).toContain('<svg')
  })
})

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

  it('keeps renderer libraries out of runtime dependencies (Vite bundles them)', () => {
    const runtime = Object.keys(pkg.dependencies ?? {})
    for (const lib of ['react', 'react-dom', 'dexie', 'zustand', '@cantoo/pdf-lib', 'pdfjs-dist', 'papaparse', 'electron', 'vite']) {
      expect(runtime, lib).not.toContain(lib)
    }
  })

  it('has the packaging scripts', () => {
    expect(pkg.scripts['dist:check']).toBe('node scripts/dist-check.mjs')
    for (const script of ['dist', 'dist:win', 'dist:linux']) expect(pkg.scripts[script], script).toMatch(/electron-builder/)
  })
})
