// Bulk changes: twelve phones of one run selected across pages ("select all matching"),
// previewed, moved to another store as a job whose progress the job page follows, then
// undone from that page; the moves show in the activity view with a link to the job, and
// the undo is undone from there.
import { test, expect } from '@playwright/test';
import { expectAccessible, locations, pairedDevice, pg, signInAs, tag } from './helpers.mjs';

test('select all matching, preview, run, watch, undo', async ({ page }) => {
  const run = tag();
  const [malmo, goteborg] = await locations();
  const devices = await Promise.all(
    Array.from({ length: 12 }, (_, i) => pairedDevice({ name: `Bulk ${run} ${i + 1}`, location: malmo.id, metadata: { run } })),
  );
  await page.goto(`/devices?metadata=run%3A${run}&size=10`);
  await expect(page.getByTestId('device-row')).toHaveCount(10);
  // One row, then the page, then every match across pages.
  await page.getByTestId('select-row').first().check();
  await expect(page.getByTestId('bulk-bar')).toContainText('1 selected');
  await page.getByTestId('select-page').check();
  await expect(page.getByTestId('bulk-bar')).toContainText('10 selected');
  await page.getByTestId('select-all-matching').click();
  await expect(page.getByTestId('bulk-bar')).toContainText('12 selected');
  // The selection survives paging.
  await page.getByRole('link', { name: /next/i }).first().click();
  await expect(page.getByTestId('device-row')).toHaveCount(2);
  await expect(page.getByTestId('bulk-bar')).toContainText('12 selected');

  await page.getByTestId('bulk-action').selectOption('relocate');
  await page.getByLabel('To location').selectOption({ label: goteborg.name });
  await page.getByTestId('bulk-preview').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('12 will change');
  await expect(dialog).toContainText(`Location: ${malmo.name} → ${goteborg.name}`);
  await expectAccessible(page, 'the preview of a bulk change');
  await dialog.getByRole('button', { name: 'Run the change' }).click();

  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('job-status')).toContainText('Finished', { timeout: 20_000 });
  await expect(page.getByTestId('count-done')).toHaveText('Changed: 12');
  await expect(page.getByTestId('job-progress-text')).toHaveText('12 of 12 devices');
  await expect(page.getByTestId('job-item')).toHaveCount(12);
  await expectAccessible(page, 'a finished bulk change');
  for (const d of devices) {
    expect((await pg(`/ipp/v1/devices/${d.id}`)).body.location_id).toBe(goteborg.id);
  }
  const first = page.url();

  // The activity view names the job beside each move.
  await page.goto(`/activity?device=${devices[0].id}`);
  await expect(page.getByTestId('activity-what').first()).toHaveText(`Moved Bulk ${run} 1 from ${malmo.name} to ${goteborg.name}`);
  await expect(page.getByTestId('activity-job').first()).toHaveAttribute('href', new URL(first).pathname);

  // Undo, from the job's page: a job of its own that puts every device back.
  await page.goto(first);
  await page.getByTestId('job-undo').click();
  await expect(page).not.toHaveURL(first);
  await expect(page.getByTestId('job-status')).toContainText('Finished', { timeout: 20_000 });
  await expect(page.getByTestId('count-done')).toHaveText('Changed: 12');
  for (const d of devices) {
    expect((await pg(`/ipp/v1/devices/${d.id}`)).body.location_id).toBe(malmo.id);
  }
  // From the activity view: the newest change of a device is the undo's move back;
  // undoing that bulk change there moves every device again.
  await page.goto(`/activity?device=${devices[0].id}`);
  await expect(page.getByTestId('activity-what').first()).toHaveText(`Moved Bulk ${run} 1 from ${goteborg.name} to ${malmo.name}`);
  await page.getByTestId('activity-undo').first().click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('job-status')).toContainText('Finished', { timeout: 20_000 });
  await expect(page.getByTestId('count-done')).toHaveText('Changed: 12');
  for (const d of devices) {
    expect((await pg(`/ipp/v1/devices/${d.id}`)).body.location_id).toBe(goteborg.id);
  }
  // The list of bulk changes has all three, the newest first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bulk changes' }).click();
  await expect(page.getByTestId('job-row').first()).toContainText('Undo of a bulk change');
});

test('viewers see no selection', async ({ page }) => {
  await signInAs(page, 'viewer');
  await page.goto('/devices');
  await expect(page.getByTestId('device-row').first()).toBeVisible();
  await expect(page.getByTestId('select-row')).toHaveCount(0);
  await expect(page.getByTestId('select-page')).toHaveCount(0);
});
