import { completeFirstRun, expect, test } from './fixtures'

// The guard that keeps every other spec honest about the offline promise must itself be able to
// fail: this test sends the page to another host on purpose and is expected to fail because of it.
// (A fetch() from the app would not do: the app's CSP stops it before any request exists.)
test('the network guard fails a test whose page reaches for another host', async ({ page }) => {
  test.fail(true, 'expected: the fixture must reject the off-origin request below')
  await completeFirstRun(page)
  const reached = await page.goto('http://example.com/telemetry').then(
    () => true,
    () => false
  )
  // The request never leaves the machine (the fixture aborts it)…
  expect(reached).toBe(false)
  // …and the fixture's teardown then fails the test for trying.
})

test('the app itself cannot fetch another host (CSP)', async ({ page }) => {
  await completeFirstRun(page)
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/telemetry').then(
      () => 'reached',
      () => 'blocked'
    )
  )
  expect(outcome).toBe('blocked')
})
