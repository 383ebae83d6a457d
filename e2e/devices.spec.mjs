// The fleet as an ops person runs it: find, rename, move, tag, deregister; each checked
// afterwards at the playground, where nothing else may have changed.
import { test, expect } from '@playwright/test';
import { expectAccessible, gate, locations, pairedDevice, pg, signInAs, tag, watchConsole } from './helpers.mjs';

test.afterEach(async () => { await gate('pass'); });

async function device(id) {
  return (await pg(`/ipp/v1/devices/${id}`)).body;
}

test('a rename by Enter changes the name and nothing else', async ({ page }) => {
  const problems = watchConsole(page);
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Till 3 ${run}`, location: malmo.id, metadata: { run, store: '104', till: '3' } });
  await page.goto(`/devices/${d.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Till 3 ${run}`);
  await expectAccessible(page, 'the device detail');

  await page.getByRole('button', { name: 'Rename' }).click();
  const input = page.getByLabel('Name', { exact: true });
  await expect(input).toBeFocused();
  // Esc cancels.
  await input.fill('Typo');
  await input.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Till 3 ${run}`);
  // Enter saves.
  await page.getByRole('button', { name: 'Rename' }).click();
  await input.fill(`Till 4 ${run}`);
  await input.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Till 4 ${run}`);
  await expect(page.getByTestId('saved')).toContainText(`Name: Till 3 ${run} → Till 4 ${run}`);

  const after = await device(d.id);
  expect(after.name).toBe(`Till 4 ${run}`);
  expect(after.metadata).toEqual({ run, store: '104', till: '3' });
  expect(after.location_id).toBe(malmo.id);
  expect(problems).toEqual([]);
});

test('a move changes the location and nothing else', async ({ page }) => {
  const run = tag();
  const [malmo, goteborg] = await locations();
  const d = await pairedDevice({ name: `Floor ${run}`, location: malmo.id, metadata: { run, department: 'Sales' } });
  await page.goto(`/devices/${d.id}`);
  await page.getByLabel('Location', { exact: true }).selectOption({ label: 'Göteborg Nordstan' });
  await expect(page.getByTestId('change-summary')).toContainText('Location: Malmö Centrum → Göteborg Nordstan');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();
  await expect(page.getByTestId('device-location')).toHaveText('Göteborg Nordstan');

  const after = await device(d.id);
  expect(after.location_id).toBe(goteborg.id);
  expect(after.name).toBe(`Floor ${run}`);
  expect(after.metadata).toEqual({ run, department: 'Sales' });
});

test('a metadata edit changes exactly the keys edited', async ({ page }) => {
  const run = tag();
  const [, , stockholm] = await locations();
  const d = await pairedDevice({ name: `Till ${run}`, location: stockholm.id, metadata: { run, department: 'Checkout', store: '101', till: '1' } });
  await page.goto(`/devices/${d.id}`);
  const rows = page.getByTestId('metadata-row');
  await expect(rows).toHaveCount(4);
  // department → Sales, till removed, region added; run and store untouched.
  await page.locator('[data-testid=metadata-row][data-key="department"]').getByLabel(/^Value/).fill('Sales');
  await page.locator('[data-testid=metadata-row][data-key="till"]').getByRole('button', { name: /Remove/ }).click();
  await page.getByRole('button', { name: 'Add a key' }).click();
  await rows.last().getByLabel(/^Key/).fill('region');
  await rows.last().getByLabel(/^Value/).fill('North');
  const summary = page.getByTestId('change-summary');
  await expect(summary.locator('li')).toHaveText([
    'Metadata department: Checkout → Sales',
    'Metadata region: added North',
    'Metadata till: removed (was 1)',
  ]);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();

  const after = await device(d.id);
  expect(after.metadata).toEqual({ run, department: 'Sales', store: '101', region: 'North' });
  expect(after.name).toBe(`Till ${run}`);
  expect(after.location_id).toBe(stockholm.id);
});

test('a save is built from the freshest copy, so a change made elsewhere meanwhile stays', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Shared ${run}`, location: malmo.id, metadata: { run, till: '1' } });
  await page.goto(`/devices/${d.id}`);
  await expect(page.getByTestId('metadata-row')).toHaveCount(2);
  // Someone else tags it while this page is open.
  await pg(`/ipp/v1/devices/${d.id}`, { method: 'PUT', body: { name: d.name, location_id: malmo.id, metadata: { run, till: '1', tagged: 'elsewhere' } } });
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Name', { exact: true }).fill(`Renamed ${run}`);
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Renamed ${run}`);
  const after = await device(d.id);
  expect(after.metadata).toEqual({ run, till: '1', tagged: 'elsewhere' });
});

test('with the upstream failing, a save shows the error and keeps every edit', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Flaky ${run}`, location: malmo.id, metadata: { run, till: '2' } });
  await page.goto(`/devices/${d.id}`);
  await page.getByLabel('Location', { exact: true }).selectOption({ label: 'Stockholm Drottninggatan' });
  const rows = page.getByTestId('metadata-row');
  await page.locator('[data-testid=metadata-row][data-key="till"]').getByLabel(/^Value/).fill('9');
  await gate('error');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Kustom answered with an error (500)');
  await expect(alert).toContainText('Nothing you entered was lost');
  // Every edit is still on screen, with the summary of what a save will do.
  await expect(page.getByLabel('Location', { exact: true })).toHaveValue((await locations())[2].id);
  await expect(page.locator('[data-testid=metadata-row][data-key="till"]').getByLabel(/^Value/)).toHaveValue('9');
  await expect(page.getByTestId('change-summary')).toContainText('Metadata till: 2 → 9');
  expect((await device(d.id)).metadata.till).toBe('2');
  // And it goes through once the upstream is back.
  await gate('pass');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();
  expect((await device(d.id)).metadata.till).toBe('9');
});

test('deregistering asks for the name, revokes the token and leaves the list', async ({ page }) => {
  const run = tag();
  const [, goteborg] = await locations();
  const d = await pairedDevice({ name: `Stolen ${run}`, location: goteborg.id, metadata: { run } });
  const token = d.credentials.bearer_token;
  expect((await pg('/ipp/v1/devices/me', { token })).status).toBe(200);
  await page.goto(`/devices/${d.id}`);
  await page.getByTestId('deregister').click();
  const dialog = page.getByRole('dialog', { name: 'Deregister this device?' });
  await expect(dialog).toContainText('loses its access right away');
  await expect(dialog).toContainText('enroll it again');
  const confirm = dialog.getByRole('button', { name: 'Deregister' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type .* to confirm/).fill('Stolen');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type .* to confirm/).fill(`Stolen ${run}`);
  await confirm.click();

  await expect(page).toHaveURL(/\/devices$/);
  await expect(page.getByTestId('notice')).toContainText(`Stolen ${run} was deregistered`);
  await expect(page.locator(`[data-testid=device-row][data-id="${d.id}"]`)).toHaveCount(0);
  const me = await pg('/ipp/v1/devices/me', { token });
  expect(me.status).toBe(401);
  expect(me.body.detail).toContain('deregistered');
});

test('filters live in the address and survive a reload', async ({ page }) => {
  const run = tag();
  const [malmo, goteborg] = await locations();
  await pairedDevice({ name: `A ${run}`, location: goteborg.id, metadata: { run, department: 'Sales' } });
  await pairedDevice({ name: `B ${run}`, location: goteborg.id, metadata: { run, department: 'Café' } });
  await pairedDevice({ name: `C ${run}`, location: malmo.id, metadata: { run, department: 'Sales' } });
  await page.goto('/devices');
  await page.getByLabel('Location', { exact: true }).selectOption({ label: 'Göteborg Nordstan' });
  await page.getByLabel('Metadata key').fill('run');
  await page.getByLabel('Value').fill(run);
  await page.getByRole('button', { name: 'Add filter' }).click();
  await page.getByLabel('Metadata key').fill('department');
  await page.getByLabel('Value').fill('Sales');
  await page.getByRole('button', { name: 'Add filter' }).click();
  const rows = page.getByTestId('device-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`A ${run}`);
  await expect(page).toHaveURL(new RegExp(`location=${goteborg.id}.*metadata=run:${run}.*metadata=department:Sales`));
  await expectAccessible(page, 'the device list');

  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`A ${run}`);
  await expect(page.getByTestId('filter-chip')).toHaveCount(2);
  await expect(page.getByLabel('Location', { exact: true })).toHaveValue(goteborg.id);

  // Removing a chip widens the view.
  await page.getByRole('link', { name: 'Remove filter department:Sales' }).click();
  await expect(rows).toHaveCount(2);
  // Sorting the whole list is in the address too, and announced.
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.locator('th[aria-sort=ascending]')).toContainText('Name');
  await expect(rows.first()).toContainText(`A ${run}`);
  await page.getByTestId('sort-name').click();
  await expect(page.locator('th[aria-sort=descending]')).toContainText('Name');
  await expect(rows.first()).toContainText(`B ${run}`);
  await page.reload();
  await expect(rows.first()).toContainText(`B ${run}`);
});

test('a pasted link reads the session, the locations and its page once each', async ({ page }) => {
  // The console starts these reads before it builds the screen; the screen must pick
  // them up rather than ask again.
  const run = tag();
  const [malmo] = await locations();
  await pairedDevice({ name: `Link ${run}`, location: malmo.id, metadata: { run } });
  const reads = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    // The development sign-in (which mints the token) is not a read of the console's data.
    if (url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/dev/')) reads.push(`${r.method()} ${url.pathname}`);
  });
  await page.goto(`/devices?location=${malmo.id}&metadata=run:${run}`);
  await expect(page.getByTestId('device-row')).toHaveCount(1);
  await expect(page.getByTestId('device-row')).toContainText(`Link ${run}`);
  await expect(page.getByLabel('Location', { exact: true })).toHaveValue(malmo.id);
  // (Who made the page's devices is read once the page is in.)
  expect(reads.sort()).toEqual(['GET /api/activity/creators', 'GET /api/devices', 'GET /api/locations', 'GET /api/session']);
});

test('viewers see no editing controls and operators cannot deregister', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Roles ${run}`, location: malmo.id, metadata: { run } });
  await signInAs(page, 'viewer');
  await page.goto(`/devices/${d.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Roles ${run}`);
  await expect(page.getByRole('button', { name: 'Rename' })).toHaveCount(0);
  await expect(page.getByTestId('device-form')).toHaveCount(0);
  await expect(page.getByTestId('deregister')).toHaveCount(0);
  await expect(page.getByText('Your role can view devices')).toBeVisible();

  const operator = await page.context().newPage();
  await signInAs(operator, 'operator');
  await operator.goto(`/devices/${d.id}`);
  await expect(operator.getByRole('button', { name: 'Rename' })).toBeVisible();
  await expect(operator.getByTestId('device-form')).toBeVisible();
  await expect(operator.getByTestId('deregister')).toHaveCount(0);
  // The proxy refuses it anyway, whatever the page shows.
  const session = await operator.evaluate(async () => (await fetch('/api/dev/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'operator' }) })).json());
  const refused = await operator.evaluate(async ([id, t]) => (await fetch(`/api/devices/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${t}` } })).status, [d.id, session.token]);
  expect(refused).toBe(403);
});

test('an operator limited to two stores sees both in one list, and only theirs', async ({ page }) => {
  const [malmo, goteborg, stockholm] = await locations();
  await signInAs(page, 'operator', { locations: [malmo.id, goteborg.id], name: 'Scoped Sam' });
  await page.goto('/devices?size=100');
  const rows = page.getByTestId('device-row');
  await expect(rows.first()).toBeVisible();
  const texts = await rows.allInnerTexts();
  expect(texts.some((t) => t.includes('Malmö Centrum'))).toBe(true);
  expect(texts.some((t) => t.includes('Göteborg Nordstan'))).toBe(true);
  for (const text of texts) expect(text).not.toContain('Stockholm');
  const picker = page.getByLabel(/^Location/);
  await expect(picker.locator('option')).toHaveText(['All locations', 'Malmö Centrum', 'Göteborg Nordstan']);
  await picker.selectOption({ label: 'Göteborg Nordstan' });
  await expect(page).toHaveURL(new RegExp(`location=${goteborg.id}`));
  await expect(rows.first()).toContainText('Göteborg');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Göteborg Nordstan');
  // Stockholm's devices are out of reach even by address.
  const sthlm = (await pg(`/ipp/v1/devices?location_id=${stockholm.id}&page_size=1`)).body.content[0];
  await page.goto(`/devices/${sthlm.id}`);
  await expect(page.getByTestId('gone')).toContainText('no such device in your locations');
});
