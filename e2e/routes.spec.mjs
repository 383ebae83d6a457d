// Every screen loads by its address and survives a reload; the sign-in link the proxy
// prints at start works; an operator limited to several stores can go everywhere; a
// viewer never sees a pairing code.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { locations, pairedDevice, pg, signInAs, tag } from './helpers.mjs';
import { stack } from './stack.mjs';

/** Fails the test on any API answer that is a client error (400–499 but 404). */
function watchApi(page) {
  const bad = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/') && r.status() >= 400 && r.status() !== 404) {
      bad.push(`${r.request().method()} ${url.pathname}${url.search} → ${r.status()}`);
    }
  });
  return bad;
}

test('every screen loads by its address and after a reload', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Route ${run}`, location: malmo.id, metadata: { run } });
  const e = (await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run } } })).body;
  const screens = [
    ['/', /^Overview$/],
    ['/enrollments', /^Pairing codes$/],
    ['/enrollments?location=' + malmo.id, /^Pairing codes$/],
    ['/enrollments/new', /^New pairing code$/],
    [`/enrollments/${e.enrollment_id}`, /^Pairing code$/],
    ['/devices', /^Devices$/],
    [`/devices/${d.id}`, new RegExp(`^Route ${run}$`)],
    ['/dev/sign-in', /^Playground sign-in$/],
    ['/no/such/page', /^Page not found$/],
  ];
  for (const [path, heading] of screens) {
    const response = await page.goto(path);
    expect(response.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    const again = await page.reload();
    expect(again.status(), `${path} reloaded`).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), `${path} reloaded`).toHaveText(heading);
  }
});

test('the sign-in address the proxy prints at start opens the sign-in page', async ({ page }) => {
  const log = fs.readFileSync('target/e2e/proxy.log', 'utf8');
  const printed = log.match(/Sign in as any role at (http:\/\/\S+)/);
  expect(printed, 'the start banner names the sign-in page').not.toBeNull();
  const url = printed[1];
  expect(url).toBe(`${stack.consoleUrl}/dev/sign-in`);
  const response = await page.goto(url);
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playground sign-in');
});

test('an operator limited to two stores goes everywhere and creates a code', async ({ page }) => {
  const run = tag();
  const [malmo, goteborg] = await locations();
  await pairedDevice({ name: `Scoped ${run}`, location: malmo.id, metadata: { run } });
  await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run } } });
  await signInAs(page, 'operator', { locations: [malmo.id, goteborg.id], name: 'Scoped Sam' });
  const bad = watchApi(page);
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.goto('/enrollments');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pairing codes');
  // The first of their stores, without a bounce through the address.
  await expect(page).toHaveURL(/\/enrollments$/);
  await expect(page.getByLabel(/^Location/)).toHaveValue(malmo.id);
  await expect(page.getByTestId('enrollment-row').first()).toBeVisible();

  // A code of the list opens its card.
  await page.getByTestId('enrollment-row').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/enrollments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pairing code');

  await nav.getByRole('link', { name: 'Devices' }).click();
  await expect(page).toHaveURL(/\/devices$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devices');
  const row = page.getByTestId('device-row').filter({ hasText: `Scoped ${run}` });
  await expect(row).toBeVisible();
  // One list of both their stores, and of nothing else.
  for (const text of await page.getByTestId('device-row').allInnerTexts()) expect(text).toMatch(/Malmö Centrum|Göteborg Nordstan/);
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scoped ${run}`);

  await nav.getByRole('link', { name: 'Pairing codes' }).click();
  await expect(page).toHaveURL(/\/enrollments$/);
  await page.getByRole('link', { name: 'Create pairing code' }).click();
  await expect(page).toHaveURL(/\/enrollments\/new$/);
  await page.getByLabel('Location (required)').selectOption({ label: 'Göteborg Nordstan' });
  await page.getByRole('button', { name: 'Create code' }).click();
  await expect(page).toHaveURL(/\/enrollments\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('code')).toBeVisible();
  await expect(page.getByText('For Göteborg Nordstan', { exact: true })).toBeVisible();

  expect(bad, 'no API call was refused along the way').toEqual([]);
});

test('a viewer sees that codes exist, never a code', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const e = (await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run } } })).body;
  await signInAs(page, 'viewer');
  const codes = [];
  page.on('response', async (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/enrollments')) codes.push(await r.text());
  });
  await page.goto(`/enrollments?metadata=run%3A${run}`);
  const row = page.getByTestId('enrollment-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('code-hidden')).toBeVisible();
  await expect(row.getByRole('link')).toHaveCount(0);
  await expect(page.getByText(e.enrollment_code)).toHaveCount(0);
  // By its address: what it is, not the code; no QR, no copy, no print.
  await page.goto(`/enrollments/${e.enrollment_id}`);
  await expect(page.getByTestId('code-hidden')).toBeVisible();
  await expect(page.getByTestId('qr')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print' })).toHaveCount(0);
  await expect(page.getByText('For Malmö Centrum', { exact: true })).toBeVisible();
  for (const body of codes) expect(body).not.toContain(e.enrollment_code);
});
