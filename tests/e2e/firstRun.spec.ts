import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'

/**
 * axe on the page while the municipality list is open. react-aria's ComboBox hides everything but
 * the field and its list from screen readers while the list is open (aria-hidden, by design: the
 * list is portalled to the end of the page), which axe reports as aria-hidden-focus for the other
 * fields; the list closes as soon as focus leaves the field. Known upstream
 * (adobe/react-spectrum#4937); every other rule is checked, and the page with the list closed gets
 * the full check.
 */
async function expectAccessibleWithListOpen(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .disableRules(['aria-hidden-focus'])
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations on ${what}`
  ).toEqual([])
}

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
  await expectAccessibleWithListOpen(page, 'first run with the municipality list open')
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

test('first run: the municipality list filters by name or code, ignores accents and case, and says when nothing matches', async ({
  page
}) => {
  await page.goto('/index.html')
  const municipality = page.getByRole('combobox', { name: /^Kommun/ })
  // Codes 2580–2584 are Luleå, Piteå, Boden, Haparanda and Kiruna.
  await municipality.pressSequentially('258')
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(5)
  await expect(page.getByRole('option', { name: /^Kiruna/ })).toBeVisible()
  // A full code (or name) is a municipality: the list closes and the match is shown.
  await municipality.pressSequentially('4')
  await expect(page.getByRole('listbox')).toHaveCount(0)
  await expect(page.getByText('Kiruna, kommunkod 2584')).toBeVisible()
  await municipality.fill('')
  await municipality.pressSequentially('ostersu')
  await expect(page.getByRole('option', { name: /^Östersund/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await municipality.fill('')
  await municipality.pressSequentially('Atlantis')
  // Said under the field, not in an empty list (which would hide the rest of the form from screen readers).
  await expect(page.getByRole('status').filter({ hasText: 'Ingen kommun matchar sökningen.' })).toBeVisible()
  await expect(page.getByRole('listbox')).toHaveCount(0)
  await expectAccessible(page, 'first run with no matching municipality')
  // Typing a full name closes the list too, so the next field can be filled straight away (as the shared fixture does).
  await municipality.fill('Göteborg')
  await expect(page.getByRole('listbox')).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: /^Nämnd/ })).toBeVisible()
})
