import { completeFirstRun, expect, test } from './fixtures'

// The guard that keeps every other spec honest about the offline promise must itself be able to
// fail: this test makes an off-origin request on purpose and is expected to fail because of it.
test('the network guard fails a test whose page reaches for another host', async ({ page }) => {
  test.fail(true, 'expected: the fixture must reject the off-origin request below')
  await completeFirstRun(page)
  const outcome = await page.evaluate(() => fetch('https://example.com/telemetry').then(() => 'reached', () => 'blocked'))
  // The request never leaves the machine either way…
  expect(outcome).toBe('blocked')
  // …and the fixture's teardown then fails the test for trying.
})
