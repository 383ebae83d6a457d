// Every screen in the pseudo-locale, where each text of the catalogs is marked ⟦…⟧: any
// letter outside a mark (or data marked translate="no") escaped the catalogs; axe on
// each of them. And the main screens in every language through axe.
import { test, expect } from '@playwright/test';
import { consoleToken, escapedText, expectAccessible, gate, locations, pairedDevice, pg, tag } from './helpers.mjs';
import { stack } from './stack.mjs';

/** A device of its own, a pending code, and a finished bulk change of that device. */
async function fixtures() {
  const run = tag();
  const [malmo] = await locations();
  const device = await pairedDevice({ name: `Screens ${run}`, location: malmo.id, metadata: { run } });
  const code = (await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run } } })).body;
  const token = await consoleToken('admin');
  const start = async (path, body) => {
    const res = await fetch(`${stack.consoleUrl}${path}`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    expect(res.status, path).toBe(202);
    return res.json();
  };
  const job = (await start('/api/jobs', { action: 'set_metadata', targets: [device.id], key: 'audit', value: run, idempotency_key: run })).id;
  const items = [1, 2].map((till) => ({ location_id: malmo.id, metadata: { run, till: `${till}` } }));
  const batch = (await start('/api/jobs', { action: 'create_enrollments', items, idempotency_key: `batch-${run}` })).id;
  return { run, device, code, job, batch, store: malmo };
}

/** Fails with what escaped the catalogs on the page as it is now, and with what axe
 * finds serious there: every screen through axe in one language. */
async function nothingEscaped(page, what) {
  expect(await page.evaluate(escapedText, ['body']), what).toEqual([]);
  expect(await page.title(), `${what}: the title`).toMatch(/^⟦/);
  await expectAccessible(page, what);
}

test('in the pseudo-locale, no text of any screen escapes the catalogs', async ({ page }) => {
  test.setTimeout(120_000);
  const f = await fixtures();
  await page.addInitScript(() => sessionStorage.setItem('device-console.pseudo-locale', '1'));

  await page.goto('/');
  await expect(page.getByTestId('stores')).toBeVisible();
  await nothingEscaped(page, 'the overview');

  // The new-code form, with what is wrong in it said.
  await page.goto('/enrollments/new');
  await page.getByRole('button', { name: /Add a key/ }).click();
  const row = page.getByTestId('metadata-row').last();
  await row.getByLabel(/Key/).fill('store id');
  await page.getByTestId('create-code').click();
  await expect(page.locator('.field-error').first()).toBeVisible();
  await nothingEscaped(page, 'the new-code form with errors');

  await page.goto(`/enrollments/${f.code.enrollment_id}`);
  await expect(page.getByTestId('pairing-card')).toBeVisible();
  await nothingEscaped(page, 'the pairing card');

  // The device list, a selection, and the preview of a bulk change.
  await page.goto(`/devices?metadata=run%3A${f.run}`);
  await expect(page.getByTestId('device-row')).toHaveCount(1);
  await page.getByTestId('select-row').first().check();
  await expect(page.getByTestId('bulk-bar')).toBeVisible();
  await nothingEscaped(page, 'the device list with a selection');
  await page.getByTestId('bulk-action').selectOption('set_metadata');
  await page.getByTestId('bulk-bar').getByLabel(/Key/).fill('till');
  await page.getByTestId('bulk-bar').getByLabel(/Value/).fill('9');
  await page.getByTestId('bulk-preview').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await nothingEscaped(page, 'the preview of a bulk change');

  // A device's page, with an error and the deregistration asked about.
  await page.goto(`/devices/${f.device.id}`);
  await expect(page.getByTestId('device-form')).toBeVisible();
  await page.getByRole('button', { name: /Rename/ }).click();
  await page.locator('#device-name').fill('');
  await page.locator('#device-name').press('Enter');
  await expect(page.locator('.field-error').first()).toBeVisible();
  await nothingEscaped(page, 'a device with an error');
  await page.getByTestId('deregister').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await nothingEscaped(page, 'deregistering a device');

  await page.goto('/jobs');
  await expect(page.getByTestId('job-row').first()).toBeVisible();
  await nothingEscaped(page, 'the bulk changes');
  await page.goto(`/jobs/${f.job}`);
  await expect(page.getByTestId('job-status')).toBeVisible();
  await expect(page.getByTestId('job-item')).toHaveCount(1);
  await nothingEscaped(page, 'a bulk change');

  await page.goto(`/activity?device=${f.device.id}`);
  await expect(page.getByTestId('activity-what').first()).toBeVisible();
  await nothingEscaped(page, 'the activity of a device');

  // A store rollout: a sheet with a problem previewed, and a batch made.
  await page.goto('/enrollments/batch');
  await page.getByTestId('way-sheet').check();
  await page.locator('textarea').fill(`location,valid_for,till,run\nNowhere,8h,1,${f.run}\n${f.store.name},8h,2,${f.run}`);
  await page.getByTestId('rollout-check').click();
  await expect(page.getByTestId('rollout-problem').first()).toBeVisible();
  await nothingEscaped(page, 'a rollout previewed with a problem');
  await page.goto(`/enrollments/batch/${f.batch}`);
  await expect(page.getByTestId('batch-code')).toHaveCount(2, { timeout: 30_000 });
  await nothingEscaped(page, 'a batch of codes');

  await page.goto('/dev/sign-in');
  await expect(page.getByTestId('back-to-console')).toBeVisible();
  await nothingEscaped(page, 'the playground sign-in');

  // The sign-in page with a refusal, and a list whose read failed.
  await page.goto('/sign-in?error=no_role');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await nothingEscaped(page, 'the sign-in page with a refusal');
  await gate('error');
  try {
    await page.goto('/enrollments');
    await expect(page.getByRole('alert').first()).toBeVisible();
    await nothingEscaped(page, 'a list that could not be read');
  } finally {
    await gate('pass');
  }

  await page.goto('/no-such-screen');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await nothingEscaped(page, 'a screen that does not exist');
});

for (const [lang, codeHeading] of [['sv', 'Parkopplingskod'], ['nb', null], ['da', 'Parringskode'], ['fi', 'Yhdistämiskoodi']]) {
  test(`the main screens in ${lang} have no serious accessibility finding`, async ({ page }) => {
    const f = await fixtures();
    await page.addInitScript((l) => localStorage.setItem('device-console.language', l), lang);
    await page.goto('/enrollments');
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
    await expect(page.getByTestId('enrollment-row').first()).toBeVisible();
    await expectAccessible(page, `the code list in ${lang}`);
    await page.goto('/enrollments/new');
    await expect(page.getByTestId('new-enrollment')).toBeVisible();
    await expectAccessible(page, `the new-code form in ${lang}`);
    await page.goto(`/enrollments/${f.code.enrollment_id}`);
    await expect(page.getByTestId('pairing-card')).toBeVisible();
    if (codeHeading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(codeHeading);
    await expectAccessible(page, `the pairing card in ${lang}`);
    await page.goto(`/devices?metadata=run%3A${f.run}`);
    await expect(page.getByTestId('device-row')).toHaveCount(1);
    await expectAccessible(page, `the device list in ${lang}`);
    await page.goto(`/devices/${f.device.id}`);
    await expect(page.getByTestId('device-form')).toBeVisible();
    await expectAccessible(page, `a device in ${lang}`);
  });
}
