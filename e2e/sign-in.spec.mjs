// Standalone sign-in with a real OpenID provider (oidc-provider, its own login and
// consent pages): deep links survive it, the scope comes from the user's claims, the
// activity names the user, sign-out ends the session at both ends, and a session that
// ends mid-edit loses nothing.
import { test, expect } from '@playwright/test';
import { stack } from './stack.mjs';
import { atProvider, locations, pg, pairedDevice, expectAccessible, tag } from './helpers.mjs';

test.use({ baseURL: stack.signInUrl });

test('sign in at the provider, land on the deep link, see one store, be named in the activity, sign out', async ({ page }) => {
  const [malmo] = await locations();
  await page.goto('/devices?sort=name');
  // Signed out: the sign-in page, which remembers where we were going.
  await expect(page).toHaveURL(/\/sign-in\?return_to=%2Fdevices%3Fsort%3Dname$/);
  await expect(page).toHaveTitle('Sign in · Device Console');
  await expectAccessible(page, 'the sign-in page');
  await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
  await expect(page).toHaveURL(new RegExp(`^${stack.providerUrl}/`));
  await atProvider(page, 'maja');

  await expect(page).toHaveURL(`${stack.signInUrl}/devices?sort=name`);
  const signedIn = page.getByTestId('signed-in');
  await expect(signedIn).toContainText('Maja Manager');
  await expect(signedIn).toContainText('1 location');
  // Only her store's devices.
  const rows = page.getByTestId('device-row');
  await expect(rows.first()).toBeVisible();
  const listed = await page.evaluate(async () => (await (await fetch('/api/devices?page_size=100')).json()).content);
  expect(listed.length).toBeGreaterThan(0);
  expect(new Set(listed.map((d) => d.location_id))).toEqual(new Set([malmo.id]));
  await expect(rows.first()).toContainText(malmo.name);

  // A change, attributed to her.
  const run = tag();
  await page.goto(`/enrollments/new?metadata=run:${run}`);
  await page.getByRole('button', { name: 'Create code' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pairing code');
  await page.goto('/activity');
  const entry = page.getByRole('row').filter({ hasText: 'Created a pairing code' }).first();
  await expect(entry).toContainText('Maja Manager');

  // Signing out ends the session here and at the provider.
  await page.getByTestId('sign-out').click();
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(`${stack.signInUrl}/sign-in?signed_out=1`);
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.goto('/devices');
  await expect(page).toHaveURL(/\/sign-in\?return_to=%2Fdevices$/);
  const session = await page.evaluate(async () => (await fetch('/api/session')).status);
  expect(session).toBe(401);
});

test('a user in no mapped group is refused with a page that says whom to ask', async ({ page }) => {
  // On a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
  await atProvider(page, 'olle');
  await expect(page).toHaveURL(`${stack.signInUrl}/sign-in?error=no_role`);
  await expect(page.getByTestId('sign-in-problem')).toContainText('none of your groups gives access');
  await expect(page.getByTestId('sign-in-problem')).toContainText('Ask the Example Corp IT desk');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'a refused sign-in at 390 px');
  const session = await page.evaluate(async () => (await fetch('/api/session')).status);
  expect(session).toBe(401);
});

test('a session that ends mid-edit keeps what was typed; signed in again in a new tab, the save goes through', async ({ page, context }) => {
  const [malmo] = await locations();
  const run = tag();
  const d = await pairedDevice({ name: `Mid-edit ${run}`, location: malmo.id, metadata: { run } });
  await page.goto(`/devices/${d.id}`);
  await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
  await atProvider(page, 'maja');
  await expect(page).toHaveURL(`${stack.signInUrl}/devices/${d.id}`);

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Name', { exact: true }).fill(`Renamed ${run}`);
  // The session ends (as after 30 idle minutes): its cookie is gone.
  await context.clearCookies({ name: '__Host-console-session' });
  await page.getByLabel('Name', { exact: true }).press('Enter');
  const again = page.getByTestId('device-form').getByTestId('sign-in-again');
  await expect(again).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`Renamed ${run}`);
  expect((await pg(`/ipp/v1/devices/${d.id}`)).body.name).toBe(`Mid-edit ${run}`);

  // Signing in again beside it (the provider still knows her: no login page this time).
  const [tab] = await Promise.all([context.waitForEvent('page'), again.click()]);
  await tab.waitForURL(`${stack.signInUrl}/`);
  await tab.close();
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Renamed ${run}`);
  expect((await pg(`/ipp/v1/devices/${d.id}`)).body.name).toBe(`Renamed ${run}`);
});
