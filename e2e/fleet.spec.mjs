// The whole fleet: search, sort over every page, suggestions and the near miss of the
// filter bar, the overview's links, and CSV exports, through the real proxy's fleet index.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { consoleToken, locations, signInAs, tag } from './helpers.mjs';
import { stack } from './stack.mjs';

async function api(path, { method = 'GET', body, role = 'admin' } = {}) {
  const token = await consoleToken(role);
  const headers = { authorization: `Bearer ${token}` };
  if (body) headers['content-type'] = 'application/json';
  const res = await fetch(`${stack.consoleUrl}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  return res.json();
}

/** A device paired through the console (so its index has it at once). */
async function consoleDevice({ name, location, metadata }) {
  const e = await api('/api/enrollments', { method: 'POST', body: { location_id: location, metadata } });
  return api('/api/playground/pair', { method: 'POST', body: { enrollment_code: e.enrollment_code, platform: 'IOS', name } });
}

function csvRows(text) {
  expect(text.charCodeAt(0), 'a UTF-8 byte order mark').toBe(0xfeff);
  // Enough for these exports: no cell holds a comma, a quote or a line break.
  return text.slice(1).trim().split('\r\n').map((line) => line.split(','));
}

test('search finds devices across the fleet, and the address keeps it', async ({ page }) => {
  const run = tag();
  const [malmo, goteborg] = await locations();
  await consoleDevice({ name: `Find ${run} A`, location: malmo.id, metadata: { run } });
  await consoleDevice({ name: `Find ${run} B`, location: goteborg.id, metadata: { run } });
  await page.goto('/devices');
  await expect(page.getByTestId('device-row').first()).toBeVisible();
  // `/` from anywhere but a field goes to the search box.
  await page.locator('body').press('/');
  const search = page.getByRole('searchbox');
  await expect(search).toBeFocused();
  await search.pressSequentially(run.toUpperCase());
  const rows = page.getByTestId('device-row');
  await expect(rows).toHaveCount(2);
  await expect(page).toHaveURL(new RegExp(`q=${run.toUpperCase()}`));
  await expect(page.getByTestId('count')).toHaveText('1–2 of 2 devices');
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('searchbox')).toHaveValue(run.toUpperCase());
  await expect(rows.filter({ hasText: 'Malmö Centrum' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Göteborg Nordstan' })).toHaveCount(1);
  // Paired from codes made in the console: who made them.
  await expect(rows.first().getByTestId('created-by')).toHaveText(/\S/);
});

test('sorting by name orders every page, not just the one shown', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  // Made in an order unlike the names' order.
  const order = [7, 2, 11, 0, 9, 4, 1, 10, 5, 3, 8, 6];
  for (const k of order) {
    await consoleDevice({ name: `${run} n${String(k).padStart(2, '0')}`, location: malmo.id, metadata: { run } });
  }
  await page.goto(`/devices?metadata=run:${run}&sort=name&size=10`);
  const names = page.getByTestId('device-row').getByTestId('device-name');
  await expect(names).toHaveCount(10);
  await expect(names.first()).toContainText(`${run} n00`);
  await expect(names.last()).toContainText(`${run} n09`);
  await expect(page.getByTestId('count')).toHaveText('1–10 of 12 devices');
  await page.getByRole('link', { name: 'Next ›' }).click();
  await expect(names).toHaveCount(2);
  await expect(names.first()).toContainText(`${run} n10`);
  // The other way: Z–A from the first page.
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(page.locator('th[aria-sort=descending]')).toContainText('Name');
  await expect(names.first()).toContainText(`${run} n11`);
  // A page by its number.
  await page.getByTestId('page-jump').fill('2');
  await page.getByTestId('page-jump').press('Enter');
  await expect(names).toHaveCount(2);
  await expect(names.last()).toContainText(`${run} n00`);
});

test('the filter bar suggests from the whole fleet and offers the near miss', async ({ page }) => {
  const checkout = (await api('/api/devices?metadata=department:Checkout')).total_elements;
  expect(checkout).toBeGreaterThan(1);
  await page.goto('/devices');
  await page.getByLabel('Metadata key').focus();
  await expect(page.locator('datalist option[value=department]')).toHaveCount(1);
  await page.getByLabel('Metadata key').fill('department');
  await expect(page.locator('datalist option[value=Checkout]')).toHaveCount(1);
  await page.getByLabel('Value').fill('checkout');
  await page.getByRole('button', { name: 'Add filter' }).click();
  const miss = page.getByTestId('near-miss');
  await expect(miss).toContainText(`did you mean Checkout (${checkout})?`);
  await miss.getByRole('link').click();
  await expect(page).toHaveURL(/metadata=department:Checkout/);
  await expect(page.getByTestId('count')).toHaveText(`1–${Math.min(checkout, 20)} of ${checkout} devices`);
  // Any case, when asked.
  await page.goto('/devices?metadata=department:CHECKOUT');
  await expect(page.getByTestId('near-miss')).toBeVisible();
  await page.getByTestId('any-case').check();
  await expect(page).toHaveURL(/metadata_match=ci/);
  await expect(page.getByTestId('count')).toHaveText(`1–${Math.min(checkout, 20)} of ${checkout} devices`);
});

test('each number of the overview opens the list it counts', async ({ page }) => {
  const [malmo] = await locations();
  const overview = await api('/api/overview');
  const store = overview.locations.find((s) => s.location_id === malmo.id);
  await page.goto('/');
  const card = page.locator(`[data-testid=store][data-id="${malmo.id}"]`);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Malmö Centrum');
  await card.getByRole('link', { name: `devices at Malmö Centrum` }).first().click();
  await expect(page).toHaveURL(new RegExp(`/devices\\?location=${malmo.id}$`));
  await expect(page.getByTestId('count')).toContainText(`of ${store.devices} devices`);
  await page.goBack();
  const iphones = store.platforms.find((p) => p.platform === 'IOS').count;
  await card.getByRole('link', { name: 'iPhone devices at Malmö Centrum' }).click();
  await expect(page).toHaveURL(/platform=IOS/);
  await expect(page.getByTestId('count')).toContainText(`of ${iphones} devices`);
  for (const text of await page.getByTestId('device-row').allInnerTexts()) expect(text).toContain('iPhone');
  await expect(page.getByTestId('filter-chip')).toHaveCount(1);
  await page.goBack();
  await card.getByRole('link', { name: 'pending codes at Malmö Centrum' }).click();
  await expect(page).toHaveURL(new RegExp(`/enrollments\\?location=${malmo.id}$`));
  await page.goBack();
  await card.getByRole('link', { name: 'devices added at Malmö Centrum this week' }).click();
  await expect(page).toHaveURL(/created_after=/);
  await expect(page.getByTestId('count')).toContainText(`of ${store.added_this_week} devices`);
});

test('export writes what the filters select, with codes only for operators', async ({ page }) => {
  const run = tag();
  const [malmo, goteborg] = await locations();
  await consoleDevice({ name: `Export ${run} A`, location: malmo.id, metadata: { run, till: '1' } });
  await consoleDevice({ name: `Export ${run} B`, location: goteborg.id, metadata: { run, till: '2' } });
  await page.goto(`/devices?metadata=run:${run}`);
  await expect(page.getByTestId('device-row')).toHaveCount(2);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  expect(file.suggestedFilename()).toMatch(/^devices-\d{8}-\d{6}\.csv$/);
  const rows = csvRows(fs.readFileSync(await file.path(), 'utf8'));
  const [header, ...body] = rows;
  expect(header.slice(0, 3)).toEqual(['name', 'hardware_id', 'platform']);
  expect(header).toContain('metadata: till');
  expect(body.map((r) => r[0]).sort()).toEqual([`Export ${run} A`, `Export ${run} B`]);
  expect(body.map((r) => r[header.indexOf('location')]).sort()).toEqual(['Göteborg Nordstan', 'Malmö Centrum']);
  await expect(page.getByTestId('export-status')).toContainText('Exported 2 rows');

  // The code list: the codes themselves for an operator, not for a viewer.
  await api('/api/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run } } });
  await page.goto(`/enrollments?location=${malmo.id}&metadata=run:${run}`);
  await expect(page.getByTestId('enrollment-row')).toHaveCount(1);
  const [codes] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const [codeHeader, codeRow] = csvRows(fs.readFileSync(await codes.path(), 'utf8'));
  expect(codeHeader[0]).toBe('code');
  expect(codeRow[0]).toMatch(/^[A-Z0-9]{4,}/);

  const viewer = await page.context().browser().newPage();
  await signInAs(viewer, 'viewer');
  await viewer.goto(`${stack.consoleUrl}/enrollments?location=${malmo.id}&metadata=run:${run}`);
  await expect(viewer.getByTestId('enrollment-row')).toHaveCount(1);
  const [seen] = await Promise.all([viewer.waitForEvent('download'), viewer.getByTestId('export').click()]);
  const [viewerHeader] = csvRows(fs.readFileSync(await seen.path(), 'utf8'));
  expect(viewerHeader).not.toContain('code');
  await viewer.close();
});
