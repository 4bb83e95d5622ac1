import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import type { Page } from '@playwright/test'
import { completeFirstRun, expect, expectAccessible, publishFirstUndertakingVersion, test } from './fixtures'
import { editFirstPageText, fillWithPypdf, pypdfMissing } from '../unit/caseworkers/formTools'

const sub = (page: Page) => page.getByRole('navigation', { name: 'Handläggare – undersidor' })
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date())

const CSV = [
  'Namn;E-post;Enhet;Roll;Anställningsnummer;Startdatum',
  'Åsa Öberg;asa.oberg@kiruna.example;Försörjningsstöd;handläggare;101;2026-01-01',
  'Bo Ek;bo.ek@kiruna.example;Mottagning;handläggare;102;2026-01-01',
  'Łukasz Nowak;lukasz.nowak@kiruna.example;Mottagning;handläggare;103;2026-01-01'
].join('\r\n')

/** The app's own bundled pdf.js and its worker, as the built renderer serves them. */
function bundledPdfJs(): { module: string; worker: string } {
  const dir = join(process.env.RENDERER_OUT ?? 'out/renderer', 'assets')
  const files = readdirSync(dir)
  const module = files.find((f) => /^pdf-.*\.js$/.test(f) && readFileSync(join(dir, f), 'utf8').includes('GlobalWorkerOptions'))
  const worker = files.find((f) => /^pdf\.worker\.min-.*\.mjs$/.test(f))
  if (!module || !worker) throw new Error('pdf.js is not in the built renderer: run npm run build first')
  return { module: `/assets/${module}`, worker: `/assets/${worker}` }
}

test.skip(!!pypdfMissing, `fills forms outside the app with pypdf: ${pypdfMissing}`)

test('forms go out to three people, two come back filled in a PDF reader, an altered one and one for the wrong person are refused', async ({
  page
}) => {
  test.setTimeout(300_000)
  await completeFirstRun(page, 'Kiruna')
  await page.goto('/index.html#/handlaggare/forsakran')
  await publishFirstUndertakingVersion(page)
  await expect(page.getByText('Version 1 är publicerad.')).toBeVisible()
  await sub(page).getByRole('link', { name: 'Importera CSV' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Välj CSV-fil…' }).click()
  await (await chooser).setFiles({ name: 'handlaggare.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') })
  await page.getByRole('button', { name: 'Importera 3 personer' }).click()
  await expect(page.getByText('3 personer importerades.')).toBeVisible()

  // Send out from the overview: the people selected there are offered first; here, everyone who must act.
  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await page.getByRole('checkbox', { name: 'Välj Bo Ek' }).check()
  await page.getByRole('link', { name: 'Skicka försäkran som PDF-formulär' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Skicka försäkran som PDF-formulär' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'De du valde i översikten (1)' })).toBeChecked()
  await expect(page.getByTestId('cw-send-row')).toHaveText([/Bo Ek/])
  await page.getByRole('radio', { name: 'Alla som behöver underteckna eller förnya (3)' }).check()
  await expect(page.getByTestId('cw-send-row')).toHaveCount(3)
  await expect(page.getByRole('row', { name: /Łukasz Nowak/ })).toContainText('Försäkran v1 – Łukasz Nowak.pdf')
  await expectAccessible(page, 'send forms screen')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Skapa 3 formulär (zip-fil)' }).click()
  const zipFile = await download
  expect(zipFile.suggestedFilename()).toBe(`Försäkran att fylla i ${today} (3 personer).zip`)
  const zip = unzipSync(new Uint8Array(readFileSync(await zipFile.path())))
  expect(Object.keys(zip).sort()).toEqual(
    [
      `Utskickslista ${today}.csv`,
      `Utskickslista ${today}.pdf`,
      'Försäkran v1 – Bo Ek.pdf',
      'Försäkran v1 – Åsa Öberg.pdf',
      'Försäkran v1 – Łukasz Nowak.pdf'
    ].sort()
  )
  await expect(page.getByText(/Den innehåller ett formulär per person och en utskickslista/)).toBeVisible()
  await expect(page.getByText('E-postprogrammet kan inte bifoga filer automatiskt.', { exact: false })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Öppna utkast till Bo Ek' })).toBeVisible()
  await expect(page.getByText('Bifoga: Försäkran v1 – Bo Ek.pdf')).toBeVisible()
  await expectAccessible(page, 'send forms screen after the zip is saved')

  // pdf.js (the app's own bundle) shows the three fields as editable widgets.
  const form = zip['Försäkran v1 – Åsa Öberg.pdf']!
  const pdfjs = bundledPdfJs()
  const widgets = await page.evaluate(
    async ({ bytes, module, worker }) => {
      const lib = await import(/* @vite-ignore */ module)
      lib.GlobalWorkerOptions.workerSrc = worker
      const doc = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
      const out: { fieldName: string; fieldType: string; checkBox: boolean; readOnly: boolean }[] = []
      for (let i = 1; i <= doc.numPages; i++)
        for (const a of await (await doc.getPage(i)).getAnnotations())
          if (a.subtype === 'Widget')
            out.push({ fieldName: a.fieldName, fieldType: a.fieldType, checkBox: !!a.checkBox, readOnly: !!a.readOnly })
      await doc.destroy()
      return out
    },
    { bytes: [...form], ...pdfjs }
  )
  expect(widgets.sort((a, b) => a.fieldName.localeCompare(b.fieldName))).toEqual([
    { fieldName: 'bekraftat', fieldType: 'Btn', checkBox: true, readOnly: false },
    { fieldName: 'datum', fieldType: 'Tx', checkBox: false, readOnly: false },
    { fieldName: 'namn', fieldType: 'Tx', checkBox: false, readOnly: false }
  ])

  // Outside the app: two filled in properly, one altered in an editor, one filled in by someone else.
  const asa = fillWithPypdf(form, 'incremental', { name: 'Åsa Öberg', date: today, tick: true }).bytes
  const bo = fillWithPypdf(zip['Försäkran v1 – Bo Ek.pdf']!, 'rewrite', { name: 'Bo Ek', date: today, tick: true }).bytes
  const lukaszForm = zip['Försäkran v1 – Łukasz Nowak.pdf']!
  const altered = editFirstPageText(fillWithPypdf(lukaszForm, 'rewrite', { name: 'Łukasz Nowak', date: today, tick: true }).bytes)
  const wrongPerson = fillWithPypdf(lukaszForm, 'rewrite', { name: 'Åsa Öberg', date: today, tick: true }).bytes

  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await page.getByRole('link', { name: 'Ta emot ifyllda formulär' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ta emot ifyllda formulär' })).toBeVisible()
  await expectAccessible(page, 'receive forms screen')
  const pdf = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) })
  await page
    .getByLabel('Välj PDF-filer…')
    .setInputFiles([pdf('asa.pdf', asa), pdf('bo.pdf', bo), pdf('lukasz-andrad.pdf', altered), pdf('lukasz-fel-person.pdf', wrongPerson)])
  await expect(page.getByTestId('cw-receive-counts')).toHaveText('2 filer är godkända, 2 behöver åtgärd.')
  const row = (file: string) => page.getByTestId('cw-receive-row').filter({ hasText: file })
  await expect(row('asa.pdf')).toContainText('Godkänd')
  await expect(row('bo.pdf')).toContainText('Godkänd')
  await expect(row('lukasz-andrad.pdf')).toContainText('Behöver åtgärd')
  await expect(row('lukasz-andrad.pdf')).toContainText('Sidorna i formuläret har ändrats efter att det skickades ut')
  await expect(row('lukasz-fel-person.pdf')).toContainText('Det skrivna namnet stämmer inte med namnet i registret.')
  await expectAccessible(page, 'receive preview')
  await page.getByRole('button', { name: 'Registrera 2 underskrifter' }).click()
  await expect(page.getByText('2 underskrifter är registrerade som undertecknade i PDF-läsare.')).toBeVisible()
  await expect(row('asa.pdf')).toContainText('Redan mottagen')
  await expect(page.getByRole('button', { name: 'Registrera 0 underskrifter' })).toBeDisabled()

  // The same file again, dropped this time: already received, nothing changes.
  await page.getByRole('button', { name: 'Börja om med andra filer' }).click()
  const transfer = await page.evaluateHandle(
    (bytes) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(bytes)], 'asa igen.pdf', { type: 'application/pdf' }))
      return dt
    },
    [...asa]
  )
  await page.getByRole('group', { name: 'Släpp ifyllda PDF-formulär här' }).dispatchEvent('drop', { dataTransfer: transfer })
  await expect(page.getByTestId('cw-receive-counts')).toHaveText('0 filer är godkända, 0 behöver åtgärd, 1 är redan mottagna.')

  // The dashboard and the person page show the method.
  await sub(page).getByRole('link', { name: 'Översikt' }).click()
  await expect(page.getByRole('row', { name: /Åsa Öberg/ })).toContainText(`v1 ${today} (i pdf-läsare)`)
  await expect(page.getByRole('row', { name: /Bo Ek/ })).toContainText('Undertecknad')
  await expect(page.getByRole('row', { name: /Łukasz Nowak/ })).toContainText('Ej undertecknad')
  await page.getByRole('link', { name: 'Åsa Öberg', exact: true }).click()
  const history = page.getByRole('row', { name: /I PDF-läsare/ })
  await expect(history).toContainText(today)
  // The returned file is stored with the signature and can be saved from the history.
  await expect(history.getByRole('button', { name: /^Spara/ })).toBeVisible()
  await expectAccessible(page, 'person page signed in a PDF reader')
})
