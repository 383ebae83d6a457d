// Against exactly what Kustom documents: the playground with its extensions off (no
// get-by-id, no link from a used code to its device). The console must work the same.
import { test, expect } from '@playwright/test';
import { tag } from './helpers.mjs';
import { stack } from './stack.mjs';

async function pg(path, { method = 'GET', body } = {}) {
  const res = await fetch(`${stack.documentedPlaygroundUrl}${path}`, {
    method,
    headers: { authorization: `Basic ${stack.demoKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

test('the extensions really are off', async () => {
  const [d] = (await pg('/ipp/v1/devices?page_size=1')).body.content;
  expect((await pg(`/ipp/v1/devices/${d.id}`)).status).toBe(405);
});

test('a device opens by its link, renames, and a used code shows its device', async ({ page }) => {
  const run = tag();
  const [location] = (await pg('/ipp/v1/locations')).body.content;
  const e = await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: location.id, metadata: { run } } });
  expect(e.body.location_id).toBeUndefined();
  // The card, by its address: found through the list.
  await page.goto(`${stack.documentedUrl}/enrollments/${e.body.enrollment_id}`);
  await expect(page.getByTestId('code')).toHaveAttribute('data-code', e.body.enrollment_code);
  // The POS app redeems it; the card finds the device by location, metadata and time.
  const d = (await pg('/ipp/v1/devices/register', { method: 'POST', body: { enrollment_code: e.body.enrollment_code, hardware_id: 'DOC-1', platform: 'IOS', name: `Doc ${run}` } })).body;
  await expect(page.getByTestId('paired')).toContainText(`Doc ${run} (iPhone) was paired`, { timeout: 5000 });

  // A link straight to the device opens it, and a rename keeps the rest.
  await page.goto(`${stack.documentedUrl}/devices/${d.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Doc ${run}`);
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Name', { exact: true }).fill(`Doc renamed ${run}`);
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Doc renamed ${run}`);
  const [after] = (await pg(`/ipp/v1/devices?metadata=run%3A${run}`)).body.content;
  expect(after).toMatchObject({ id: d.id, name: `Doc renamed ${run}`, location_id: location.id, metadata: { run } });
});
