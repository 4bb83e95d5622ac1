import { describe, expect, it } from 'vitest'
import { loadFont } from '@renderer/pdf'

describe('bundled fonts', () => {
  it('load from resources/ in Node without any network', async () => {
    const sans = await loadFont('sans')
    // TrueType files start with 0x00010000.
    expect([...sans.slice(0, 4)]).toEqual([0, 1, 0, 0])
    expect(sans.byteLength).toBeGreaterThan(100_000)
    expect((await loadFont('sans-bold')).byteLength).toBeGreaterThan(100_000)
  })
})
