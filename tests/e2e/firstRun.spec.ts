import { expect, expectAccessible, test } from './fixtures'

test('first run: after an empty submit, choosing Kiruna in the list and filling the name clears both messages', async ({ page }) => {
  await page.goto('/index.html')
  await page.getByRole('button', { name: 'Börja' }).click()
  await expect(page.getByText('Välj en kommun i listan.')).toBeVisible()
  await expect(page.getByText('Ange kommunens officiella namn.')).toBeVisible()

  const municipality = page.getByRole('combobox', { name: /^Kommun/ })
  await municipality.pressSequentially('kir')
  // The list is filtered as you type: Kiruna is offered, Göteborg is not.
  const list = page.getByRole('listbox')
  await expect(list.getByRole('option', { name: /^Kiruna/ })).toBeVisible()
  await expect(list.getByRole('option', { name: /^Göteborg/ })).toHaveCount(0)
  await expectAccessible(page, 'first run with the municipality list open')
  await list.getByRole('option', { name: /^Kiruna/ }).click()
  await expect(municipality).toHaveValue('Kiruna')
  await expect(page.getByText('Kiruna, kommunkod 2584')).toBeVisible()

  const official = page.getByRole('textbox', { name: /officiella namn/ })
  await official.fill('Kiruna kommun')
  await expect(page.getByText('Välj en kommun i listan.')).toHaveCount(0)
  await expect(page.getByText('Ange kommunens officiella namn.')).toHaveCount(0)
  await expect(municipality).not.toHaveAttribute('aria-invalid', 'true')
  await expect(official).not.toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page, 'first run with Kiruna chosen')
})

test('first run: the municipality list filters by name or code, ignores accents and case, and says when nothing matches', async ({ page }) => {
  await page.goto('/index.html')
  const municipality = page.getByRole('combobox', { name: /^Kommun/ })
  await municipality.pressSequentially('2584')
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1)
  await expect(page.getByRole('option', { name: /^Kiruna/ })).toBeVisible()
  await municipality.fill('')
  await municipality.pressSequentially('ostersund')
  await expect(page.getByRole('option', { name: /^Östersund/ })).toBeVisible()
  await municipality.fill('')
  await municipality.pressSequentially('Atlantis')
  await expect(page.getByText('Ingen kommun matchar sökningen.')).toBeVisible()
  await expectAccessible(page, 'first run with no matching municipality')
})
