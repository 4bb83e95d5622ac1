import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import Papa from 'papaparse'
import type { Download, Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, publishFirstUndertakingVersion, test } from './fixtures'

const tmp = mkdtempSync(join(tmpdir(), 'hardening-e2e-'))
async function saveDownload(download: Download): Promise<{ path: string; bytes: Buffer }> {
  const path = join(tmp, download.suggestedFilename())
  await download.saveAs(path)
  return { path, bytes: readFileSync(path) }
}
const sub = (page: Page) => page.getByRole('navigation', { name: 'Handläggare – undersidor' })

test('overlong fields are refused in Swedish; a unit named ".." and a formula-like name stay harmless in the zip and the CSV', async ({
  page
}) => {
  await completeFirstRun(page)
  await page.goto('/index.html#/handlaggare')
  await sub(page).getByRole('link', { name: 'Försäkrans text' }).click()
  await publishFirstUndertakingVersion(page)
  await expect(page.getByText('Version 1 är publicerad.')).toBeVisible()

  // A pasted document instead of a name.
  await sub(page).getByRole('link', { name: 'Lägg till person' }).click()
  await page.getByRole('textbox', { name: /^Namn/ }).fill('Bo '.repeat(100))
  await page.getByRole('textbox', { name: /^E-post/ }).fill(`${'b'.repeat(250)}@k.se`)
  await page.getByRole('combobox', { name: /^Enhet/ }).fill('..')
  await page.getByRole('button', { name: 'Lägg till' }).click()
  await expect(page.getByText('Namnet är längre än 200 tecken. Korta det.')).toBeVisible()
  await expect(page.getByText('E-postadressen är längre än 254 tecken. Korta det.')).toBeVisible()
  await expectAccessible(page, 'add person with overlong fields')

  await page.getByRole('textbox', { name: /^Namn/ }).fill('Bo,=1+1')
  await page.getByRole('textbox', { name: /^E-post/ }).fill('bo@kommun.example')
  await page.getByRole('button', { name: 'Lägg till' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bo,=1+1' })).toBeVisible()

  // A paper signature with its scan, so the zip has a file inside the unit's folder.
  const printed = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Skriv ut för underskrift på papper (PDF)' }).click()
  const blank = await saveDownload(await printed)
  const scanChooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Bifoga inskannad kopia (frivilligt)' }).click()
  await (await scanChooser).setFiles(blank.path)
  await page.getByRole('button', { name: 'Registrera underskrift' }).click()
  await expect(page.getByText('Underskriften är registrerad.')).toBeVisible()

  await sub(page).getByRole('link', { name: 'Rapporter' }).click()
  const zipDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera alla undertecknade försäkringar (zip)' }).click()
  const names = Object.keys(unzipSync(new Uint8Array((await saveDownload(await zipDownload)).bytes)))
  expect(names).toContain('förteckning.csv')
  const pdfs = names.filter((n) => n.endsWith('.pdf'))
  expect(pdfs).toHaveLength(1)
  expect(pdfs[0]).toMatch(/^namnlös\/Försäkran SSBTEK Bo,=1\+1 v1\.pdf$/)
  for (const n of names) expect(n.split('/')).not.toContain('..')

  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportera register som CSV' }).click()
  const csv = (await saveDownload(await csvDownload)).bytes.subarray(3).toString('utf8')
  // Read as Excel with a comma list separator would: the name is one text cell, never a formula.
  const asComma = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true }).data
  for (const row of asComma) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/)
  const asSemicolon = Papa.parse<string[]>(csv, { delimiter: ';', skipEmptyLines: true }).data
  expect(asSemicolon[1]![0]).toBe('Bo,=1+1')
  expect(asSemicolon[1]![2]).toBe('..')
})

test('an attached file of a type that could run when opened is saved inside a zip, nothing lost', async ({ page }) => {
  await completeFirstRun(page)
  await page.getByRole('link', { name: 'Gå till Socialnämnden' }).click()
  const card = page.getByRole('article', { name: 'Kontrollera att verksamhetssystemet stödjer SSBTEK' })
  await expect(card).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await card.getByRole('button', { name: /Bifoga fil/ }).click()
  await (
    await chooser
  ).setFiles({ name: 'svar från leverantören.docm', mimeType: 'application/octet-stream', buffer: Buffer.from('makro-innehåll') })
  await expect(card.getByText('svar från leverantören.docm (')).toBeVisible()
  await expectAccessible(page, 'task with an attachment')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Öppna svar från leverantören.docm' }).click()
  const file = await saveDownload(await download)
  expect(file.path.endsWith('svar från leverantören.docm.zip')).toBe(true)
  const inside = unzipSync(new Uint8Array(file.bytes))
  expect(Object.keys(inside)).toEqual(['svar från leverantören.docm'])
  expect(Buffer.from(inside['svar från leverantören.docm']!).toString('utf8')).toBe('makro-innehåll')
})
