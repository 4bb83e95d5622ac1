import { crc32, deflateSync } from 'node:zlib'
import type { AgreementInput } from '@renderer/domain/agreement/types'

/** A transparent PNG with a dark-blue diagonal scribble, encoded here so no binary fixture is needed. */
export function scribblePng(width = 120, height = 40): Uint8Array {
  const raw = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0
    for (let x = 0; x < width; x++) {
      const onLine = Math.abs(y - (height / 2 + Math.sin(x / 8) * (height / 3))) < 2
      const o = y * (width * 4 + 1) + 1 + x * 4
      if (onLine) raw.set([20, 30, 110, 255], o)
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(td))
    return Buffer.concat([len, td, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ])
  return new Uint8Array(png)
}

export function sampleAgreement(overrides: Partial<AgreementInput> = {}): AgreementInput {
  return {
    municipality: { name: 'Göteborgs stad', organisationsnummer: '212000-1355' },
    board: 'Socialnämnden Nordost',
    address: { street: 'Box 5043', postalCode: '402 21', city: 'Göteborg' },
    adminContact: { name: 'Łukasz Żółć', title: 'Förvaltningsstrateg', email: 'lukasz.zolc@goteborg.se', phone: '031-365 00 00' },
    technicalContact: {
      name: 'Nguyễn Thị Minh Khai',
      title: 'Systemförvaltare',
      email: 'minh.khai@goteborg.se',
      phone: '+46 31 365 10 10'
    },
    caseSystem: { product: 'Lifecare', vendor: 'Tietoevry Sverige AB' },
    place: 'Göteborg',
    date: '2026-11-26',
    signatories: [
      {
        name: 'Åsa Öberg-Ärlig',
        title: 'Ordförande i socialnämnden',
        signature: { kind: 'drawn', png: scribblePng() },
        signedAt: '2026-11-26T09:15:00.000Z'
      },
      {
        name: 'Miloš Dvořák Szőke',
        title: 'Förvaltningschef',
        signature: { kind: 'typed', text: 'Miloš Dvořák Szőke' },
        signedAt: '2026-11-26T09:20:00.000Z'
      }
    ],
    ...overrides
  }
}
