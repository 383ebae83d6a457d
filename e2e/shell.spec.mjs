// The shell as a person sees it: signed in, navigating by keyboard, a clear page for a
// wrong address.
import { test, expect } from '@playwright/test';

test('opens on the overview with the signed-in operator shown', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const who = page.getByTestId('signed-in');
  await expect(who).toContainText('Development Operator');
  await expect(who).toContainText('Playground');
});

test('main navigation works by keyboard', async ({ page }) => {
  await page.goto('/enrollments');
  await expect(page.getByRole('heading', { level: 1, name: 'Pairing codes' })).toBeVisible();
  // Skip link first, then the product name, then the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const devices = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Devices' });
  for (let i = 0; i < 5 && !(await devices.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(devices).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/devices$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  await expect(devices).toHaveAttribute('aria-current', 'page');
});

test('a deep link opens its page and an unknown address says so', async ({ page }) => {
  await page.goto('/devices');
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
