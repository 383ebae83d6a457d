// Who changed what: a device renamed, moved and deregistered in the console, then found
// in the activity view (filtered, in plain words) and on the device's own page.
import { test, expect } from '@playwright/test';
import { expectAccessible, locations, pairedDevice, tag } from './helpers.mjs';

test('a rename, a move and a deregistration show in the activity and on the device', async ({ page }) => {
  const run = tag();
  const [malmo, goteborg] = await locations();
  const d = await pairedDevice({ name: `Act ${run}`, location: malmo.id, metadata: { run } });
  await page.goto(`/devices/${d.id}`);
  // Rename.
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Name', { exact: true }).fill(`Act ${run} B`);
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Act ${run} B`);
  // Move.
  await page.getByLabel('Location', { exact: true }).selectOption({ label: 'Göteborg Nordstan' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('device-location')).toHaveText('Göteborg Nordstan');
  // The device's own history, newest first.
  const history = page.getByTestId('history');
  await expect(history).toContainText(`Moved Act ${run} B from Malmö Centrum to Göteborg Nordstan`);
  await expect(history).toContainText(`Renamed Act ${run} to Act ${run} B`);
  await expectAccessible(page, 'a device with its history');

  // Deregister.
  await page.getByTestId('deregister').click();
  const dialog = page.getByRole('dialog', { name: 'Deregister this device?' });
  await dialog.getByLabel(/Type .* to confirm/).fill(`Act ${run} B`);
  await dialog.getByRole('button', { name: 'Deregister' }).click();
  await expect(page).toHaveURL(/\/devices$/);

  // The activity view, filtered to the device (in the address), says all three.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity');
  await page.getByLabel(/^Device/).fill(d.id);
  await page.getByLabel(/^Device/).press('Enter');
  await expect(page).toHaveURL(new RegExp(`device=${d.id}`));
  const what = page.getByTestId('activity-what');
  await expect(what).toHaveText([
    `Deregistered Act ${run} B`,
    `Moved Act ${run} B from Malmö Centrum to Göteborg Nordstan`,
    `Renamed Act ${run} to Act ${run} B`,
  ]);
  await expectAccessible(page, 'the activity view');
  // By location: the move is seen from either store.
  await page.goto(`/activity?device=${d.id}&location=${goteborg.id}`);
  await expect(what).toHaveCount(2);
  await page.goto(`/activity?device=${d.id}&location=${malmo.id}&action=device.update`);
  await expect(what).toHaveText([
    `Moved Act ${run} B from Malmö Centrum to Göteborg Nordstan`,
    `Renamed Act ${run} to Act ${run} B`,
  ]);
  await page.reload();
  await expect(what).toHaveCount(2);
});
