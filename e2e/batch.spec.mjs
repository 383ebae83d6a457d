// A store rollout: a sheet of 50 codes with 3 bad rows pasted, the problems shown by row
// and fixed in place, the batch created, printed (one card per code, pages as expected,
// no card cut), then 10 codes used by the simulated clerk and shown paired with their
// devices.
import { test, expect } from '@playwright/test';
import { expectAccessible, locations, pg, tag, watchConsole } from './helpers.mjs';

const MM = 96 / 25.4;

test('a rollout of 50 codes: fix, create, print, pair 10', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  const run = tag();
  const [store] = await locations();
  // Row n+1 is till n; row 6 names no store, row 13 has no validity a person can read,
  // row 31 repeats row 2.
  const lines = ['location,valid_for,till,run'];
  for (let till = 1; till <= 50; till++) {
    const row = till + 1;
    const location = row === 6 ? `${store.name}x` : store.name;
    const validity = row === 13 ? '2 weeks' : '8h';
    lines.push(`${location},${validity},${row === 31 ? 1 : till},${run}`);
  }
  await page.goto('/enrollments');
  await page.getByTestId('create-many').click();
  await expect(page).toHaveURL(/\/enrollments\/batch$/);
  await page.getByTestId('way-sheet').check();
  await page.getByLabel('Or paste the sheet here').fill(lines.join('\n'));
  await page.getByTestId('rollout-check').click();

  // Every row previewed; the 3 problems beside their rows, by number.
  await expect(page.getByTestId('rollout-row')).toHaveCount(50);
  await expect(page.getByTestId('rollout-summary')).toHaveText('3 rows need a fix: change them here or remove them.');
  const row = (n) => page.locator(`[data-testid=rollout-row][data-row="${n}"]`);
  await expect(row(6).getByTestId('rollout-problem')).toContainText(`Row 6, column location: No location is called "${store.name}x"`);
  await expect(row(13).getByTestId('rollout-problem')).toContainText('Row 13, column valid_for:');
  await expect(row(31).getByTestId('rollout-problem')).toContainText('Row 31: This row repeats row 2');
  await expect(page.locator('[data-testid=rollout-row][data-flawed=true]')).toHaveCount(3);
  await expect(page.getByTestId('rollout-create')).toBeDisabled();
  await expectAccessible(page, 'the preview with problems');

  // Fixed in place: the closest name offered, a validity typed, another till.
  await row(6).getByTestId('rollout-use-name').first().click();
  await row(13).getByLabel('Row 13, valid_for').fill('8h');
  await row(13).getByLabel('Row 13, valid_for').press('Enter');
  await row(13).getByLabel('Row 13, valid_for').blur();
  await row(31).getByLabel('Row 31, till').fill('30');
  await row(31).getByLabel('Row 31, till').blur();
  await expect(page.getByTestId('rollout-summary')).toHaveText('Every row is ready.');

  // Created once, as a job; the batch's page shows 50 codes waiting.
  await page.getByTestId('rollout-create').dblclick();
  await expect(page).toHaveURL(/\/enrollments\/batch\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('batch-count-waiting')).toHaveAttribute('data-count', '50', { timeout: 30_000 });
  await expect(page.getByTestId('batch-code')).toHaveCount(50, { timeout: 30_000 });
  const made = (await pg(`/ipp/v1/enrollments?metadata=run%3A${run}&page_size=100`)).body;
  expect(made.total_elements).toBe(50);
  await expectAccessible(page, 'the batch');

  // Printed: one card per code, four to a page, no card across a page's edge.
  await page.emulateMedia({ media: 'print' });
  const cards = page.getByTestId('print-card');
  await expect(cards).toHaveCount(50);
  await expect(cards.first()).toBeVisible();
  await expect(page.getByTestId('batch-items')).toBeHidden();
  const boxes = await page.locator('.rollout-print-page').evaluateAll((pages) => pages.map((p) => ({
    page: p.getBoundingClientRect().toJSON(),
    cards: [...p.querySelectorAll('[data-testid=print-card]')].map((c) => c.getBoundingClientRect().toJSON()),
  })));
  expect(boxes).toHaveLength(13);
  // The printable height of Letter (the shorter of the two) with 12 mm margins.
  const printable = (279.4 - 24) * MM;
  for (const { page: p, cards: cs } of boxes) {
    expect(p.height).toBeLessThanOrEqual(printable);
    for (const c of cs) {
      expect(c.top).toBeGreaterThanOrEqual(p.top - 0.5);
      expect(c.bottom).toBeLessThanOrEqual(p.bottom + 0.5);
    }
  }
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length, format).toBe(13);
  }
  const codes = await cards.evaluateAll((cs) => cs.map((c) => c.dataset.code));
  // The clerk's lines in the store's language (Malmö: Swedish), its time with its zone.
  await expect(cards.first().getByTestId('print-steps')).toHaveAttribute('lang', 'sv');
  await expect(cards.first().getByTestId('print-steps')).toContainText('Öppna Kustom POS-appen');
  await expect(cards.first().getByTestId('print-steps')).toContainText(/Giltig till .* CET/);
  await expect(cards.first()).toContainText(`run: ${run} · till: 1`);
  await page.screenshot({ path: 'target/e2e/results/batch-print.png' });
  await page.emulateMedia({ media: 'screen' });

  // The simulated clerk uses 10 of them; the batch shows them paired, each with its device.
  const devices = [];
  for (const code of codes.slice(0, 10)) {
    const d = await pg('/ipp/v1/devices/register', {
      method: 'POST',
      body: { enrollment_code: code, hardware_id: `E2E-${Math.random().toString(16).slice(2, 10)}`, platform: 'ANDROID', name: `Till ${run} ${code}` },
    });
    expect(d.status).toBe(201);
    devices.push(d.body.id);
  }
  await expect(page.getByTestId('batch-count-paired')).toHaveAttribute('data-count', '10', { timeout: 30_000 });
  await expect(page.getByTestId('batch-count-waiting')).toHaveAttribute('data-count', '40');
  const links = await page.getByTestId('batch-device').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.sort()).toEqual(devices.map((id) => `/devices/${id}`).sort());
  expect(problems).toEqual([]);
});
