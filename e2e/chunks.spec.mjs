// The screens outside the first load: each area's code and what those screens say (the
// screens' catalog) arrive when one of them is first shown (or, opened by address, at
// once beside the first reads), a chunk whose first fetch fails is fetched again, and the
// first load itself carries neither.
import { test, expect } from '@playwright/test';
import { signInAs } from './helpers.mjs';

const chunk = /\/(split_|chunk_)[\w]+-[0-9a-f]{16}\.wasm$|\/screens-[a-z]+-[0-9a-f]{16}\.ftl$/;

test('the overview fetches no area; going to the devices fetches the fleet area once', async ({ page }) => {
  await signInAs(page, 'admin');
  const fetched = [];
  page.on('request', (r) => { if (chunk.test(new URL(r.url()).pathname)) fetched.push(new URL(r.url()).pathname); });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Devices' }).click();
  await expect(page.getByTestId('device-row').first()).toBeVisible();
  // The area is one file: its own code and what it shares with other areas.
  expect(fetched.filter((p) => p.endsWith('.wasm')).map((p) => p.replace(/-[0-9a-f]+\.wasm$/, ''))).toEqual(['/split_fleet']);
  expect(fetched.filter((p) => p.startsWith('/screens-')).map((p) => p.slice(0, 11))).toEqual(['/screens-en']);
  // Its words came with it: the table's heading (devices.ftl), not the message's key.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devices');
  await expect(page.getByRole('columnheader', { name: /^Paired/ })).toBeVisible();
  const once = fetched.length;
  // Back and forth: nothing fetched again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Devices' }).click();
  await expect(page.getByTestId('device-row').first()).toBeVisible();
  expect(fetched.length).toBe(once);
});

test('areas that share code work one after another, each fetched once', async ({ page }) => {
  // The device table's file and a device's both hold the code they share, which the
  // second one's arrival sets up again; the codes and records areas share some of it too.
  await signInAs(page, 'admin');
  const fetched = [];
  page.on('request', (r) => { if (chunk.test(new URL(r.url()).pathname)) fetched.push(new URL(r.url()).pathname); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.goto('/devices');
  const first = page.getByTestId('device-name').first();
  const name = (await first.textContent()).trim();
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await nav.getByRole('link', { name: 'Pairing codes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pairing codes');
  await nav.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity');
  // Back to the table, which works as before: sorting by name reorders it.
  await nav.getByRole('link', { name: 'Devices' }).click();
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByTestId('device-row').first()).toBeVisible();
  await page.getByTestId('device-name').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Devices');
  const areas = fetched.filter((p) => p.endsWith('.wasm')).map((p) => p.replace(/-[0-9a-f]+\.wasm$/, ''));
  expect(areas.sort()).toEqual(['/split_codes', '/split_device', '/split_fleet', '/split_records']);
  expect(errors).toEqual([]);
});

test('a chunk whose first fetch is cut off is fetched again and the screen shows', async ({ page }) => {
  await signInAs(page, 'admin');
  let cut = 0;
  await page.route(chunk, async (route) => {
    if (new URL(route.request().url()).pathname.startsWith('/split_records-') && cut === 0) {
      cut += 1;
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/activity');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity');
  expect(cut).toBe(1);
  expect(errors).toEqual([]);
});

test('a chunk that never arrives leaves a page that says so, and trying again loads it', async ({ page }) => {
  await signInAs(page, 'admin');
  let down = true;
  await page.route(chunk, (route) => (down ? route.abort('connectionreset') : route.continue()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/jobs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page did not arrive');
  await expect(page.getByRole('alert')).toContainText('Check the connection');
  // The shell is still there: another screen of the main module works.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page did not arrive');
  down = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bulk changes');
  expect(errors).toEqual([]);
});

test('a screen whose words do not arrive says so rather than show their keys', async ({ page }) => {
  await signInAs(page, 'admin');
  let down = true;
  await page.route(/\/screens-[a-z]+-[0-9a-f]{16}\.ftl$/, (route) => (down ? route.abort('connectionreset') : route.continue()));
  await page.goto('/jobs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page did not arrive');
  down = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bulk changes');
  // A text of the screens' words (jobs.ftl), not of the built-in ones.
  await expect(page.getByText('Select devices in the device list to move, tag or deregister many at once.')).toBeVisible();
});
