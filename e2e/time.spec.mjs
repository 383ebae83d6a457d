// Store-local time: the pairing card and its printout show when a code expires as the
// store's clock says, naming the zone when the viewer is elsewhere; the lists and a
// device's page give when a phone was paired the same way.
import { test, expect } from '@playwright/test';
import { locations, pairedDevice, pg, tag } from './helpers.mjs';

/** How the browser writes `iso` in `zone` (with its name) in the language `tag`, and
 * in its own zone. */
async function inZones(page, iso, zone, tag = 'en-US') {
  return page.evaluate(([iso, zone, tag]) => {
    const d = new Date(iso);
    const store = new Intl.DateTimeFormat(tag, {
      year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone: zone,
    }).format(d);
    const own = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
    return { store, own };
  }, [iso, zone, tag]);
}

test.describe('viewed from New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('a Malmö code expires at Malmö time, on the card and on paper', async ({ page }) => {
    const run = tag();
    const [malmo] = await locations();
    expect(malmo.country).toBe('SE');
    const e = (await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run } } })).body;
    await page.goto(`/enrollments/${e.enrollment_id}`);
    const { store, own } = await inZones(page, e.expires_at, 'Europe/Stockholm');
    expect(store).not.toBe(own);
    await expect(page.getByTestId('valid-until')).toHaveText(store);
    // On paper, in the store's language (Swedish) and at its time.
    const swedish = (await inZones(page, e.expires_at, 'Europe/Stockholm', 'sv-SE')).store;
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.clerk-steps')).toContainText(`före ${swedish}.`);
    await page.emulateMedia({ media: 'screen' });
    // The list gives the same, on hover.
    await page.goto(`/enrollments?location=${malmo.id}&metadata=run:${run}`);
    await expect(page.getByTestId('enrollment-row').locator('time')).toHaveAttribute('title', store);
  });

  test('a Malmö phone was paired at Malmö time, in the device list and on its page', async ({ page }) => {
    const run = tag();
    const [malmo] = await locations();
    const d = await pairedDevice({ name: `Time ${run}`, location: malmo.id, metadata: { run } });
    await page.goto(`/devices?metadata=run%3A${run}`);
    const { store } = await inZones(page, d.created_at, 'Europe/Stockholm');
    await expect(page.getByTestId('device-row').locator('time')).toHaveAttribute('data-absolute', store);
    await page.goto(`/devices/${d.id}`);
    await expect(page.locator('.facts time')).toHaveAttribute('data-absolute', store);
  });
});

test.describe('viewed in Stockholm', () => {
  test.use({ timezoneId: 'Europe/Stockholm' });

  test('the store\'s zone is the viewer\'s: no zone named', async ({ page }) => {
    const [malmo] = await locations();
    const e = (await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run: tag() } } })).body;
    await page.goto(`/enrollments/${e.enrollment_id}`);
    const { own } = await inZones(page, e.expires_at, 'Europe/Stockholm');
    await expect(page.getByTestId('valid-until')).toHaveText(own);
  });
});
