import { crc32 as zlibCrc32 } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { crc32 } from '@renderer/domain/backup/zip'

/** The zip checksum, computed eight bytes at a time, against Node's zlib and the standard check value. */
describe('crc32', () => {
  it('gives the standard check value and zero for nothing', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })

  it('agrees with zlib for any bytes, at any length and offset', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(7), (bytes, skip) => {
        const view = bytes.subarray(Math.min(skip, bytes.length))
        expect(crc32(view)).toBe(zlibCrc32(view) >>> 0)
      }),
      { numRuns: 500 }
    )
  })
})
