// What the UX review asked for, one behaviour at a time: the 404 page inside the frame, a
// thing that is gone said plainly, dialogs that open on the safe choice, deregistering
// by hardware id, what Kustom does not report, one tab stop per row.
import { test, expect } from '@playwright/test';
import { locations, pairedDevice, pg, tag } from './helpers.mjs';

test('an unknown address is a page of the console, with its navigation', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Device Console');
});

test('the device page: what Kustom reports, dialogs that open safe, deregistering by hardware id', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Malmö Kassa ${run}`, location: malmo.id, metadata: { run } });
  await page.goto(`/devices/${d.id}`);
  await expect(page).toHaveTitle(`Malmö Kassa ${run} · Devices · Device Console`);
  await expect(page.getByTestId('not-reported')).toContainText('does not report whether a phone is online');
  await expect(page.getByTestId('cash-register')).toHaveText('None open');

  await page.getByTestId('deregister').click();
  const dialog = page.getByRole('dialog', { name: 'Deregister this device?' });
  // Focus starts on "Keep it": Enter keeps the device.
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect((await pg(`/ipp/v1/devices/${d.id}`)).status).toBe(200);
  // The hardware id is accepted as well as the name (no "ö" to type).
  await page.getByTestId('deregister').click();
  await expect(dialog.getByLabel(/or its hardware id/)).toBeVisible();
  await dialog.getByLabel(/to confirm/).fill(d.hardware_id);
  await dialog.getByRole('button', { name: 'Deregister' }).click();
  await expect(page).toHaveURL(/\/devices$/);

  // Its address now says plainly that it is gone: no error styling, no reference.
  await page.goto(`/devices/${d.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such device');
  await expect(page.getByTestId('gone')).toContainText('deregistered');
  await expect(page.locator('.notice-error')).toHaveCount(0);
});

test('a row of the device list is one tab stop per link or box, times are not', async ({ page }) => {
  await page.goto('/devices');
  await expect(page.getByTestId('device-row').first()).toBeVisible();
  await expect(page.locator('[data-testid=device-row] time[tabindex]')).toHaveCount(0);
});

test('unsaved edits are not left without asking; "Saved" shows by the button and fades', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Edit ${run}`, location: malmo.id, metadata: { run, department: 'Checkout' } });
  await page.goto(`/devices/${d.id}`);
  await page.locator('[data-testid=metadata-row][data-key="department"]').getByLabel(/^Value/).fill('Sales');
  const nav = page.getByRole('navigation', { name: 'Main' });
  // Declined: the page and the edit stay.
  page.once('dialog', (dialog) => dialog.dismiss());
  await nav.getByRole('link', { name: 'Devices' }).click();
  await expect(page).toHaveURL(new RegExp(`/devices/${d.id}$`));
  await expect(page.locator('[data-testid=metadata-row][data-key="department"]').getByLabel(/^Value/)).toHaveValue('Sales');
  // Saved: the notice is in the form, by the button, and goes away by itself.
  await page.getByRole('button', { name: 'Save changes' }).click();
  const saved = page.getByTestId('device-form').getByTestId('saved');
  await expect(saved).toContainText('Metadata department: Checkout → Sales');
  await expect(saved).toBeHidden({ timeout: 12_000 });
  // Nothing left to lose: no question.
  await nav.getByRole('link', { name: 'Devices' }).click();
  await expect(page).toHaveURL(/\/devices$/);
});

test('filters: one link clears them all; a link with filters that cannot be used says so, briefly', async ({ page }) => {
  const [malmo] = await locations();
  await page.goto(`/devices?location=${malmo.id}&metadata=department:Checkout&metadata=bad%20key:x`);
  const notice = page.getByTestId('ignored');
  await expect(notice).toContainText('Some filters in this link could not be used');
  await notice.getByText('Which, and why').click();
  await expect(notice.locator('li')).toHaveCount(1);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await page.getByTestId('clear-filters').click();
  await expect(page).toHaveURL(/\/devices$/);
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);
});

test('the printed card has no countdown, and says which till it is for', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const e = (await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run, till: '4' } } })).body;
  await page.goto(`/enrollments/${e.enrollment_id}`);
  await expect(page.getByTestId('code')).toBeVisible();
  const countdown = page.getByTestId('countdown');
  await expect(countdown).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(countdown).toBeHidden();
  await expect(page.getByTestId('print-steps')).toBeVisible();
  await expect(page.getByTestId('print-steps').getByTestId('countdown')).toHaveCount(0);
  await expect(page.getByTestId('print-metadata')).toBeVisible();
  await expect(page.getByTestId('print-metadata')).toContainText('till: 4');
  await page.emulateMedia({ media: 'screen' });
});

test('a code is cancelled from its card; ids have copy buttons', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const e = (await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run } } })).body;
  await page.goto(`/enrollments/${e.enrollment_id}`);
  await page.getByTestId('cancel-code').click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this code?' });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel the code' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This code was cancelled');
  expect((await pg(`/ipp/v1/enrollments/${e.enrollment_id}`)).body.status).toBe('CANCELLED');

  const d = await pairedDevice({ name: `Copy ${run}`, location: malmo.id, metadata: { run } });
  await page.goto(`/devices/${d.id}`);
  await page.getByRole('button', { name: 'Copy the device id' }).click();
  await expect(page.locator('.facts .copied').filter({ hasText: /Copied|Ctrl\+C/ })).toHaveCount(1);
});

test('renaming saves the name alone; other edits stay pending, and the page keeps its heading', async ({ page }) => {
  const run = tag();
  const [malmo, goteborg] = await locations();
  const d = await pairedDevice({ name: `Alone ${run}`, location: malmo.id, metadata: { run } });
  await page.goto(`/devices/${d.id}`);
  // Nothing to save yet: no summary, no "No changes yet." box.
  await expect(page.getByTestId('change-summary')).toHaveText('');
  await page.getByLabel('Location', { exact: true }).selectOption({ label: goteborg.name });
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Alone ${run}`);
  await page.getByLabel('Name', { exact: true }).fill(`Alone ${run} B`);
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Alone ${run} B`);
  const now = (await pg(`/ipp/v1/devices/${d.id}`)).body;
  expect(now.name).toBe(`Alone ${run} B`);
  expect(now.location_id).toBe(malmo.id);
  await expect(page.getByTestId('change-summary')).toContainText(`Location: ${malmo.name} → ${goteborg.name}`);
});

test('a used code says when and which phone it paired; short lists offer no page sizes; metadata labels once', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Used ${run}`, location: malmo.id, metadata: { run, till: '2' } });
  await page.goto(`/enrollments?metadata=run:${run}&used=1`);
  const row = page.getByTestId('enrollment-row');
  await expect(row).toHaveCount(1);
  // When, and which phone: the fleet's name for it, linked.
  await expect(row).toContainText(`Paired just now → Used ${run}`);
  await expect(row.getByTestId('used-by')).toHaveAttribute('href', `/devices/${d.id}`);
  await expect(row.locator('time')).toHaveAttribute('datetime', d.created_at);
  // One row: nothing to choose a page size for.
  await expect(page.getByText('Per page:')).toHaveCount(0);

  await page.goto(`/devices/${d.id}`);
  const rows = page.getByTestId('metadata-row');
  await expect(rows).toHaveCount(2);
  expect((await rows.nth(0).locator('label').first().boundingBox()).width).toBeGreaterThan(10);
  expect((await rows.nth(1).locator('label').first().boundingBox()).width).toBeLessThanOrEqual(1);
  await expect(rows.nth(1).getByLabel(/^Key/)).toHaveValue('till');
});

test('removing a filter chip by keyboard leaves the focus in the filter bar', async ({ page }) => {
  const [malmo] = await locations();
  await page.goto(`/devices?location=${malmo.id}&metadata=department:Checkout`);
  const remove = page.getByRole('link', { name: 'Remove filter department:Checkout' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);
  await expect(page.locator('#filter-key')).toBeFocused();
});
