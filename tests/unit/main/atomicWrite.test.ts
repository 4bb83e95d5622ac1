import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicFs } from '../../../src/main/fs/atomicWrite'

type Fault = 'open' | 'write' | 'short-write' | 'disk-full' | 'sync' | 'close' | 'rename' | 'none'

/** An in-memory folder whose calls fail on demand, the way a full or vanished disk does. */
function memoryFs(fault: Fault) {
  const files = new Map<string, Uint8Array>()
  const fs: AtomicFs = {
    async open(path, flags) {
      if (fault === 'open') throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
      if (flags === 'wx' && files.has(path)) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' })
      files.set(path, new Uint8Array(0))
      return {
        async write(data, offset, length) {
          if (fault === 'write') throw Object.assign(new Error('EIO'), { code: 'EIO' })
          // A full disk accepts part of the data, then nothing more.
          const room = fault === 'disk-full' ? Math.max(0, 3 - files.get(path)!.byteLength) : fault === 'short-write' ? 1 : length
          const n = Math.min(room, length)
          if (fault === 'disk-full' && n === 0) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
          const old = files.get(path)!
          const next = new Uint8Array(old.byteLength + n)
          next.set(old)
          next.set(data.subarray(offset, offset + n), old.byteLength)
          files.set(path, next)
          return { bytesWritten: n }
        },
        async sync() {
          if (fault === 'sync') throw Object.assign(new Error('EIO'), { code: 'EIO' })
        },
        async close() {
          if (fault === 'close') throw Object.assign(new Error('EIO'), { code: 'EIO' })
        }
      }
    },
    async rename(from, to) {
      if (fault === 'rename') throw Object.assign(new Error('EPERM'), { code: 'EPERM' })
      files.set(to, files.get(from)!)
      files.delete(from)
    },
    async unlink(path) {
      files.delete(path)
    }
  }
  return { fs, files }
}

const OLD = new TextEncoder().encode('old backup, still good')
const NEW = new TextEncoder().encode('the new backup, much longer than three bytes')
const target = '/backups/Anslutningsguiden säkerhetskopia.json'

describe('writeFileAtomic with a failing disk', () => {
  for (const fault of ['open', 'write', 'disk-full', 'sync', 'close', 'rename'] as const) {
    it(`keeps the old file byte for byte and leaves no temp file when ${fault} fails`, async () => {
      const { fs, files } = memoryFs(fault)
      files.set(target, OLD)
      await expect(writeFileAtomic(target, NEW, fs)).rejects.toThrow()
      expect([...files.keys()]).toEqual([target])
      expect(files.get(target)).toEqual(OLD)
    })
  }

  it('replaces the file only after everything is written and flushed', async () => {
    const { fs, files } = memoryFs('short-write')
    files.set(target, OLD)
    await writeFileAtomic(target, NEW, fs)
    expect([...files.keys()]).toEqual([target])
    expect(files.get(target)).toEqual(NEW)
  })

  it('creates a new file and writes an empty one', async () => {
    const { fs, files } = memoryFs('none')
    await writeFileAtomic(target, new Uint8Array(0), fs)
    expect(files.get(target)).toEqual(new Uint8Array(0))
    expect(files.size).toBe(1)
  })

  it('writes the temp file in the same folder as the target (rename must not cross disks)', async () => {
    const seen: string[] = []
    const { fs } = memoryFs('none')
    const spy: AtomicFs = { ...fs, open: (p, f, m) => (seen.push(p), fs.open(p, f, m)) }
    await writeFileAtomic(target, NEW, spy)
    expect(seen).toHaveLength(1)
    expect(seen[0]!.startsWith('/backups/.')).toBe(true)
    expect(seen[0]!.endsWith('.tmp')).toBe(true)
  })
})

describe('writeFileAtomic on the real disk', () => {
  let dir = ''
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('overwrites an existing file and leaves only that file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'atomic-'))
    const file = join(dir, 'a.pdf')
    await writeFile(file, OLD)
    await writeFileAtomic(file, NEW)
    expect(new Uint8Array(await readFile(file))).toEqual(NEW)
    expect(await readdir(dir)).toEqual(['a.pdf'])
  })

  it('fails cleanly when the target is a folder and keeps everything else', async () => {
    dir = await mkdtemp(join(tmpdir(), 'atomic-'))
    const folder = join(dir, 'x.pdf')
    await (await import('node:fs/promises')).mkdir(folder)
    await expect(writeFileAtomic(folder, NEW)).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['x.pdf'])
  })
})
