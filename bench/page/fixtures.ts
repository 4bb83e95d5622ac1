/** Generated inputs for the benchmark scenarios: the same every run. */

export async function signaturePng(): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(600, 200)
  const ctx = canvas.getContext('2d')!
  ctx.lineWidth = 3
  ctx.strokeStyle = '#102040'
  ctx.beginPath()
  for (let x = 20; x < 580; x += 4) ctx.lineTo(x, 100 + Math.sin(x / 25) * 60)
  ctx.stroke()
  const blob = await canvas.convertToBlob({ type: 'image/png' })
  return new Uint8Array(await blob.arrayBuffer())
}

export async function makeAgreementInput() {
  return {
    municipality: { name: 'Göteborgs stad', organisationsnummer: '212000-1355' },
    board: 'Socialnämnden Nordost',
    address: { street: 'Box 1234', postalCode: '404 82', city: 'Göteborg' },
    adminContact: { name: 'Åsa Öberg-Ärlig', title: 'Förvaltningsstrateg', email: 'asa.oberg@goteborg.se', phone: '031-123 45 67' },
    technicalContact: { name: 'Łukasz Żółć', title: 'Systemförvaltare', email: 'lukasz.zolc@goteborg.se', phone: '031-765 43 21' },
    caseSystem: { product: 'Lifecare', vendor: 'Tieto Evry' },
    place: 'Göteborg',
    date: '2026-11-26',
    signatories: [
      {
        name: 'Nguyễn Thị Minh Khai',
        title: 'Ordförande',
        signature: { kind: 'drawn' as const, png: await signaturePng() },
        signedAt: '2026-11-26T10:00:00.000Z'
      },
      {
        name: 'Karl-Åke Sjögren',
        title: 'Förvaltningschef',
        signature: { kind: 'typed' as const, text: 'Karl-Åke Sjögren' },
        signedAt: '2026-11-26T10:05:00.000Z'
      }
    ]
  }
}

const PATHS = [
  'municipality.name',
  'municipality.organisationsnummer',
  'board',
  'address.street',
  'address.postalCode',
  'address.city',
  'adminContact.name',
  'adminContact.title',
  'adminContact.email',
  'adminContact.phone',
  'technicalContact.name',
  'technicalContact.title',
  'technicalContact.email',
  'technicalContact.phone',
  'caseSystem.product',
  'caseSystem.vendor',
  'place',
  'date',
  'signatories.0.name',
  'signatories.0.title',
  'signatories.1.name',
  'signatories.1.title'
]

/** 40 text fields over 3 pages, mapped onto agreement paths (repeating where the form repeats). */
export const FORM_FIELD_PATHS: Record<string, string> = Object.fromEntries(
  Array.from({ length: 40 }, (_, i) => [`falt_${String(i + 1).padStart(2, '0')}`, PATHS[i % PATHS.length]!])
)

let template: Uint8Array | null = null

export async function makeFormTemplate(): Promise<Uint8Array> {
  if (template) return template
  const { PDFDocument, StandardFonts } = await import('@cantoo/pdf-lib')
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const form = doc.getForm()
  const names = Object.keys(FORM_FIELD_PATHS)
  for (let p = 0; p < 3; p++) {
    const page = doc.addPage([595.28, 841.89])
    page.drawText(`Anslutningsavtal – sida ${p + 1}`, { x: 50, y: 800, size: 14, font })
    const onPage = names.slice(p * 14, p * 14 + 14)
    onPage.forEach((name, i) => {
      const field = form.createTextField(name)
      field.addToPage(page, { x: 200, y: 740 - i * 48, width: 320, height: 22 })
      page.drawText(name, { x: 50, y: 746 - i * 48, size: 10, font })
    })
  }
  template = await doc.save()
  return template
}

export function makeCaseworkerCsv(rows: number): Uint8Array {
  const lines = ['Namn;E-post;Enhet;Roll;Anställningsnummer;Startdatum']
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Handläggare Åström ${i};handlaggare${i}@kommun.se;Enhet ${i % 40};handläggare;A${100000 + i};2024-0${(i % 9) + 1}-1${i % 10}`
    )
  }
  const text = '\uFEFF' + lines.join('\r\n') + '\r\n'
  return new TextEncoder().encode(text)
}
