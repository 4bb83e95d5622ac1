import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isPdf, sniffScanType } from '@renderer/base/fileType'

const bytes = (...b: (number | string)[]) =>
  Uint8Array.from(b.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x])))
const PNG = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF')
const PDF = bytes('%PDF-1.7\n%âãÏÓ\n')

describe('sniffScanType (what an attached scan is, by its bytes, not its name)', () => {
  it('knows PDF, PNG and JPEG', () => {
    expect(sniffScanType(PDF)).toBe('application/pdf')
    expect(sniffScanType(PNG)).toBe('image/png')
    expect(sniffScanType(JPEG)).toBe('image/jpeg')
  })
  it('finds a PDF header within the first 1024 bytes, as readers do, but not later', () => {
    const late = (at: number) => {
      const b = new Uint8Array(at + PDF.length)
      b.set(PDF, at)
      return b
    }
    expect(isPdf(late(1019))).toBe(true)
    expect(isPdf(late(1020))).toBe(false)
  })
  it('refuses anything else: empty, too short, a Word file, a text that mentions %PDF later', () => {
    expect(sniffScanType(new Uint8Array())).toBeNull()
    expect(sniffScanType(bytes('%PDF'))).toBeNull()
    expect(sniffScanType(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBeNull()
    expect(sniffScanType(bytes(`${'x'.repeat(2000)}%PDF-1.4`))).toBeNull()
  })
  it('names a type only for bytes that start with a signature or hold %PDF- (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        const text = String.fromCharCode(...b)
        const signed = text.startsWith('\x89PNG') || text.startsWith('\xff\xd8\xff') || text.includes('%PDF-')
        if (!signed) expect(sniffScanType(b)).toBeNull()
        else expect(sniffScanType(b) !== null || text.length <= 8).toBe(true)
      })
    )
  })
})
