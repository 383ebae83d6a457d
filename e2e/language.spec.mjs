// The console's language: the browser's, unless the token says another, unless the host
// portal does; standalone, the switcher wins and is remembered; a switch keeps what is
// typed. The store's printout is in the store's language.
import { test, expect } from '@playwright/test';
import { stack } from './stack.mjs';
import { atProvider, escapedText, expectAccessible, locations, pg, tag } from './helpers.mjs';

const card = async () => {
  const [malmo] = await locations();
  return (await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run: tag() } } })).body;
};

test.describe('a Finnish browser', () => {
  test.use({ locale: 'fi-FI' });

  test('reads the console in Finnish; the switcher changes it, keeps what is typed, and is remembered', async ({ page }) => {
    const e = await card();
    await page.goto(`/enrollments/${e.enrollment_id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yhdistämiskoodi');
    await expect(page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Laitteet' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi-FI');
    await expect(page.getByRole('button', { name: 'Kopioi koodi' })).toBeVisible();
    await expectAccessible(page, 'the pairing card in Finnish');

    // Mid-edit: what is typed stays through a change of language.
    await page.goto('/enrollments/new');
    await page.getByRole('button', { name: 'Lisää avain' }).click();
    // By its place, not its label: the label changes with the language.
    const value = page.getByTestId('metadata-row').last().locator('input').nth(1);
    await value.fill(`typed ${e.enrollment_id.slice(0, 4)}`);
    await page.getByTestId('language').selectOption('sv');
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Enheter' })).toBeVisible();
    await expect(value).toHaveValue(`typed ${e.enrollment_id.slice(0, 4)}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv-SE');

    // Remembered in this browser.
    await page.goto(`/enrollments/${e.enrollment_id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parkopplingskod');
    await expect(page.getByTestId('valid-until')).toBeVisible();
    await expectAccessible(page, 'the pairing card in Swedish');
  });
});

test('the token\'s language wins over the browser\'s', async ({ page }) => {
  await page.goto(`${stack.signInUrl}/`);
  await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
  await atProvider(page, 'sune');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expect(page.getByTestId('signed-in')).toContainText('Operatör · 1 butik');
  await expect(page.getByTestId('sign-out')).toHaveText('Logga ut');
  // A sign-out that fails says so in the language shown too (worded after the request,
  // outside the component that asked).
  await page.route('**/auth/sign-out', (route) => route.fulfill({ status: 503, body: '' }));
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('signed-in').getByRole('alert')).toHaveText('Tjänsten är inte tillgänglig just nu. Försök igen om en stund.');
  await expect(page.getByTestId('sign-out')).toBeEnabled();
});

test.describe('a portal in Danish', () => {
  test.use({ locale: 'da-DK' });

  test('the host\'s language wins over the token\'s (Swedish) and the browser\'s', async ({ page }) => {
    const e = await card();
    await page.goto(`${stack.hostUrl}/#/enrollments/${e.enrollment_id}`);
    const frame = page.frameLocator('#console');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Parringskode');
    await expect(frame.getByRole('button', { name: 'Kopiér koden' })).toBeVisible();
    const consoleFrame = page.frames().find((f) => f.url().startsWith(stack.consoleUrl));
    await expectAccessible(consoleFrame, 'the pairing card in Danish');
  });
});

test('the printout speaks the store\'s language, whatever the operator reads', async ({ page }) => {
  const e = await card();
  await page.goto(`/enrollments/${e.enrollment_id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pairing code');
  await page.emulateMedia({ media: 'print' });
  const steps = page.getByTestId('print-steps');
  await expect(steps).toHaveCount(1);
  await expect(steps).toHaveAttribute('lang', 'sv');
  await expect(steps).toContainText('Öppna Kustom POS-appen på telefonen');
  await expect(steps).toContainText('Giltig till');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Copy code' })).toBeVisible();
});

test('in the pseudo-locale, nothing on the translated screens escapes the catalogs', async ({ page }) => {
  await page.addInitScript(() => sessionStorage.setItem('device-console.pseudo-locale', '1'));
  const e = await card();
  await page.goto(`/enrollments/${e.enrollment_id}`);
  await expect(page.getByTestId('pairing-card')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('⟦Pairing code⟧');
  const frame = ['header.topbar', '.skip-link'];
  const pairingCard = ['.page-head', '.card-location', '.card-metadata', '[data-testid=pairing-card]', '.pairing .actions', '.pairing > .hint'];
  expect(await page.evaluate(escapedText, [...frame, ...pairingCard])).toEqual([]);
  expect(await page.title()).toContain('⟦');

  // The code list, with a code in it, a filter set, and the used codes shown.
  const [malmo] = await locations();
  await page.goto(`/enrollments?location=${malmo.id}&metadata=run:${e.metadata.run}&used=1`);
  await expect(page.getByTestId('enrollment-row')).toHaveCount(1);
  expect(await page.evaluate(escapedText, ['main'])).toEqual([]);
  // …and with nothing to show.
  await page.goto(`/enrollments?location=${malmo.id}&metadata=run:nothing-${e.metadata.run}`);
  await expect(page.getByTestId('no-match')).toBeVisible();
  expect(await page.evaluate(escapedText, ['main'])).toEqual([]);
});
