import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Finds a real Electron binary without `require('electron')`, which would try to download it.
 * Returns null on machines where it could not be downloaded (such as this project's CI).
 */
export function findElectronBinary(root = process.cwd()): string | null {
  const fromEnv = process.env.ELECTRON_BINARY
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}
