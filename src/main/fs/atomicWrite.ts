import { randomBytes } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The few file-system calls an atomic write needs, so tests can make each one fail. */
export type AtomicFs = {
  open: (
    path: string,
    flags: string,
    mode?: number
  ) => Promise<{
    write: (data: Uint8Array, offset: number, length: number, position: number | null) => Promise<{ bytesWritten: number }>
    sync: () => Promise<void>
    close: () => Promise<void>
  }>
  rename: (from: string, to: string) => Promise<void>
  unlink: (path: string) => Promise<void>
}

const nodeFs: AtomicFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: fsp.rename,
  unlink: fsp.unlink
}

/** A hidden sibling of the target, unique per write; `wx` below refuses to reuse an existing one. */
export const tempPathFor = (target: string): string => join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)

/**
 * Writes all of `bytes` to a temp file in the target's folder, flushes it to disk and renames it
 * over the target. A rename within one folder replaces the file in one step, so a crash or a full
 * disk leaves either the old file or the new one, never a half-written mix. On any failure the
 * temp file is removed and the old file is untouched.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, fs: AtomicFs = nodeFs): Promise<void> {
  const temp = tempPathFor(target)
  let created = false
  try {
    const handle = await fs.open(temp, 'wx', 0o644)
    created = true
    try {
      let offset = 0
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, null)
        // A zero-byte write would loop for ever; the disk is full or the device gone.
        if (bytesWritten <= 0) throw new Error('Filen kunde inte skrivas klart (disken kan vara full).')
        offset += bytesWritten
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, target)
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined)
    throw error
  }
}
