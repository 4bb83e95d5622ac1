import fc from 'fast-check'
import { deflateSync, inflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { deflateRaw, inflateRaw } from '@renderer/domain/backup/deflate'

/** The platform's zlib writes what fflate (the earlier writer) reads, and reads what fflate wrote. */
describe('deflateRaw / inflateRaw', () => {
  it('round-trip through fflate both ways, for any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.string().map((s) => new TextEncoder().encode(s.repeat(20)))
        ),
        async (data) => {
          expect([...inflateSync(await deflateRaw(data))]).toEqual([...data])
          expect([...(await inflateRaw(deflateSync(data, { level: 6 }), data.length))]).toEqual([...data])
        }
      ),
      { numRuns: 100 }
    )
  })

  it('refuses data that inflates to more or less than its entry declares (a zip bomb stops there)', async () => {
    const data = new Uint8Array(100_000).fill(7)
    const packed = await deflateRaw(data)
    expect(packed.length).toBeLessThan(1000)
    await expect(inflateRaw(packed, 99_999)).rejects.toThrow()
    await expect(inflateRaw(packed, 100_001)).rejects.toThrow()
    expect((await inflateRaw(packed, 100_000)).length).toBe(100_000)
  })

  it('refuses a truncated or damaged stream', async () => {
    const data = new TextEncoder().encode('Handläggare Åström;'.repeat(500))
    const packed = await deflateRaw(data)
    await expect(inflateRaw(packed.subarray(0, packed.length - 5), data.length)).rejects.toThrow()
    const flipped = packed.slice()
    flipped[2] = flipped[2]! ^ 0xff
    const back = await inflateRaw(flipped, data.length).catch(() => null)
    // A flipped bit either breaks the stream or changes the bytes (the entry's CRC-32 then refuses it).
    if (back) expect([...back]).not.toEqual([...data])
  })
})
