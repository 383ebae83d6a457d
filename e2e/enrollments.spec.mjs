// Enrollments as a new user meets them: create a code, hand it over, see it used; let one
// expire and make a new one; cancel one; a double click; an upstream that is down.
import { test, expect } from '@playwright/test';
import { expectAccessible, gate, locations, pg, tag, watchConsole } from './helpers.mjs';

test.afterEach(async () => { await gate('pass'); });

async function fillNewCode(page, { location, metadata }) {
  await page.goto('/enrollments/new');
  await page.getByLabel('Location (required)').selectOption({ label: location });
  for (const [key, value] of Object.entries(metadata)) {
    await page.getByRole('button', { name: 'Add a key' }).click();
    const rows = page.getByTestId('metadata-row');
    const row = rows.last();
    await row.getByLabel(/^Key/).fill(key);
    await row.getByLabel(/^Value/).fill(value);
  }
}

test('create a code, hand it over, and see the phone paired', async ({ page }) => {
  const problems = watchConsole(page);
  const run = tag();
  const [, goteborg] = await locations();
  await fillNewCode(page, { location: 'Göteborg Nordstan', metadata: { run, till: '7' } });
  await page.getByRole('radio', { name: '8 hours' }).check();
  await expectAccessible(page, 'the create form');
  await page.getByRole('button', { name: 'Create code' }).click();

  // The card: the code large and grouped, a QR code, the expiry and the location.
  await expect(page).toHaveURL(/\/enrollments\/[0-9a-f-]{36}$/);
  const code = page.getByTestId('code');
  await expect(code).toBeVisible();
  const value = await code.getAttribute('data-code');
  expect(value).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
  await expect(code.locator('[aria-hidden=true]')).toHaveText(`${value.slice(0, 4)} ${value.slice(4)}`);
  await expect(code).toContainText(`Code: ${value.slice(0, 4).split('').join(' ')}, ${value.slice(4).split('').join(' ')}`);
  await expect(page.getByTestId('qr').locator('svg')).toBeVisible();
  await expect(page.getByText('For Göteborg Nordstan', { exact: true })).toBeVisible();
  await expect(page.getByTestId('countdown')).toHaveText(/7 h 5\d min left|8 h left/);
  await expectAccessible(page, 'the pairing card');

  // The code is what the playground issued, with the metadata and location asked for.
  const listed = await pg(`/ipp/v1/enrollments?metadata=run%3A${run}`);
  expect(listed.body.content).toHaveLength(1);
  expect(listed.body.content[0]).toMatchObject({ enrollment_code: value, status: 'PENDING', location_id: goteborg.id, metadata: { run, till: '7' } });

  // The clerk enters it (played by the playground); the card turns to Paired.
  await page.getByRole('radio', { name: 'Android' }).check();
  await page.getByLabel('Device name (optional)').fill(`Till 7 ${run}`);
  await page.getByRole('button', { name: 'Simulate the clerk entering this code' }).click();
  const paired = page.getByTestId('paired');
  await expect(paired).toContainText(`Till 7 ${run} (Android) was paired just now.`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paired');
  // The heading says the state and the card its store, each once.
  await expect(page.locator('.page-head .status')).toHaveCount(0);
  await expect(paired).not.toContainText('Göteborg Nordstan');
  await expect(page.getByText('For Göteborg Nordstan', { exact: true })).toBeVisible();
  // The next phone of the store: a new code with the same store and details.
  const another = new URL(await page.getByTestId('pair-another').getAttribute('href'), 'http://x');
  expect(another.pathname).toBe('/enrollments/new');
  expect(another.searchParams.get('location')).toBe(goteborg.id);

  // The device is in the fleet with the enrollment's metadata and location.
  await paired.getByRole('link', { name: 'Open the device' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Till 7 ${run}`);
  await expect(page.getByTestId('device-location')).toHaveText('Göteborg Nordstan');
  const devices = await pg(`/ipp/v1/devices?metadata=run%3A${run}`);
  expect(devices.body.content).toHaveLength(1);
  expect(devices.body.content[0]).toMatchObject({ name: `Till 7 ${run}`, platform: 'ANDROID', location_id: goteborg.id, metadata: { run, till: '7' } });
  expect(problems).toEqual([]);
});

test('a code used by the clerk shows up as paired on its own', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const e = await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run } } });
  await page.goto(`/enrollments/${e.body.enrollment_id}`);
  await expect(page.getByTestId('code')).toBeVisible();
  // The POS app registers, outside the console: the card notices within its polling.
  await pg('/ipp/v1/devices/register', { method: 'POST', body: { enrollment_code: e.body.enrollment_code, hardware_id: 'E2E-POLL', platform: 'IOS', name: `Phone ${run}` } });
  await expect(page.getByTestId('paired')).toContainText(`Phone ${run} (iPhone) was paired`, { timeout: 5000 });
});

test('a short-lived code expires, and a new one starts with the same details', async ({ page }) => {
  const run = tag();
  await fillNewCode(page, { location: 'Malmö Centrum', metadata: { run } });
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByLabel('Amount').fill('5');
  await page.getByRole('button', { name: 'Create code' }).click();
  await expect(page.getByTestId('code')).toBeVisible();
  await expect(page.getByTestId('countdown')).toHaveText(/^4 min 5\d s left$/);
  const id = page.url().split('/').pop();

  // Let it run out (the playground moves its expiry to now, as if five minutes passed).
  expect((await pg(`/ipp/v1/dev/enrollments/${id}/expire`, { method: 'POST', body: {} })).status).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This code has expired', { timeout: 5000 });
  await expect(page.getByTestId('expired')).toContainText('nobody can use it any more');

  await page.getByTestId('new-code').click();
  await expect(page).toHaveURL(/\/enrollments\/new\?/);
  await expect(page.getByLabel('Location (required)')).toHaveValue((await locations())[0].id);
  const row = page.getByTestId('metadata-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByLabel(/^Key/)).toHaveValue('run');
  await expect(row.getByLabel(/^Value/)).toHaveValue(run);
  await expect(page.getByRole('radio', { name: 'Custom' })).toBeChecked();
  await expect(page.getByLabel('Amount')).toHaveValue('5');
});

test('a pending code is cancelled after a confirmation and leaves the list', async ({ page }) => {
  const run = tag();
  const [, , stockholm] = await locations();
  const e = await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: stockholm.id, metadata: { run } } });
  const code = e.body.enrollment_code;
  await page.goto(`/enrollments?metadata=run:${run}`);
  const row = page.locator(`[data-testid=enrollment-row][data-code="${code}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Stockholm Drottninggatan');
  await expectAccessible(page, 'the enrollment list');

  await row.getByRole('button', { name: /Cancel/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this code?' });
  await expect(dialog).toContainText(`${code.slice(0, 4)} ${code.slice(4)} at Stockholm Drottninggatan`);
  // Changing one's mind keeps it.
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: /Cancel/ }).click();
  await dialog.getByRole('button', { name: 'Cancel the code' }).click();
  await expect(page.getByTestId('notice')).toContainText('was cancelled');
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('no-match')).toBeVisible();
  expect((await pg(`/ipp/v1/enrollments/${e.body.enrollment_id}`)).body.status).toBe('CANCELLED');
});

test('a double click creates exactly one code', async ({ page }) => {
  const run = tag();
  await fillNewCode(page, { location: 'Malmö Centrum', metadata: { run } });
  const creates = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/enrollments')) creates.push(r.url()); });
  await page.getByRole('button', { name: 'Create code' }).dblclick();
  await page.keyboard.press('Enter');
  // The card replaced the form: no further create can be sent from it.
  await expect(page.getByTestId('code')).toBeVisible();
  expect(creates).toHaveLength(1);
  const listed = await pg(`/ipp/v1/enrollments?metadata=run%3A${run}`);
  expect(listed.body.total_elements).toBe(1);
});

test('with the upstream down, a failed create keeps the form and can be retried', async ({ page }) => {
  const run = tag();
  await fillNewCode(page, { location: 'Göteborg Nordstan', metadata: { run, department: 'Returns' } });
  await page.getByRole('radio', { name: '24 hours' }).check();
  await gate('down');
  await page.getByRole('button', { name: 'Create code' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not reach Kustom');
  await expect(alert).toContainText('Nothing you entered was lost');
  // Everything typed is still there.
  await expect(page).toHaveURL(/\/enrollments\/new$/);
  await expect(page.getByLabel('Location (required)')).toHaveValue((await locations())[1].id);
  await expect(page.getByRole('radio', { name: '24 hours' })).toBeChecked();
  const rows = page.getByTestId('metadata-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByLabel(/^Value/)).toHaveValue(run);
  await expect(rows.nth(1).getByLabel(/^Value/)).toHaveValue('Returns');
  expect((await pg(`/ipp/v1/enrollments?metadata=run%3A${run}`)).body.total_elements).toBe(0);

  await gate('pass');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('code')).toBeVisible();
  expect((await pg(`/ipp/v1/enrollments?metadata=run%3A${run}`)).body.total_elements).toBe(1);
});

test('field errors from the form appear beside their fields', async ({ page }) => {
  await page.goto('/enrollments/new');
  await page.getByRole('button', { name: 'Add a key' }).click();
  await page.getByLabel(/^Key/).fill('store id');
  await page.getByRole('button', { name: 'Create code' }).click();
  await expect(page.getByText('Choose the store this code is for.')).toBeVisible();
  await expect(page.getByLabel('Location (required)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/remove a space/)).toBeVisible();
  await expect(page.getByText('Enter a value (or remove the row).')).toBeVisible();
  await expect(page.getByLabel('Location (required)')).toBeFocused();
});
