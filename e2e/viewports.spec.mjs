// Phones and tablets: at 390 px no screen scrolls sideways (a list scrolls inside its own
// box, if at all), and axe finds nothing serious; the lists, the pairing card and the
// device page also at 768 and 1280 px; nothing moves as a screen's data arrives.
import { test, expect } from '@playwright/test';
import { consoleToken, expectAccessible, locations, pairedDevice, pg, tag } from './helpers.mjs';
import { stack } from './stack.mjs';

/** How far the page is wider than the window (0 when it fits), and when it is not, the
 * elements without which it would be narrower. */
async function overflow(page) {
  return page.evaluate(() => {
    const html = document.documentElement;
    const by = html.scrollWidth - html.clientWidth;
    if (by <= 0) return 0;
    const culprits = [];
    for (const e of document.querySelectorAll('body *')) {
      const old = e.style.display;
      e.style.display = 'none';
      const sw = html.scrollWidth;
      e.style.display = old;
      if (sw - html.clientWidth < by) culprits.push(`${e.tagName.toLowerCase()}.${e.className}`);
      if (culprits.length > 5) break;
    }
    return `${by} px (${culprits.join(', ')})`;
  });
}

async function screens() {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Phone ${run} with a long name`, location: malmo.id, metadata: { run, department: 'Fitting rooms' } });
  const e = (await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: malmo.id, metadata: { run } } })).body;
  const token = await consoleToken('operator');
  const started = await fetch(`${stack.consoleUrl}/api/jobs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'set_metadata', targets: [d.id], key: 'aisle', value: '4', idempotency_key: `viewport-${run}` }),
  });
  const job = (await started.json()).id;
  return {
    all: [
      ['/', 'Overview'],
      ['/enrollments', 'Pairing codes'],
      ['/enrollments/new', 'New pairing code'],
      [`/enrollments/${e.enrollment_id}`, 'Pairing code'],
      ['/devices', 'Devices'],
      [`/devices/${d.id}`, d.name],
      ['/activity', 'Activity'],
      ['/jobs', 'Bulk changes'],
      [`/jobs/${job}`, 'Set a metadata value · 1 device'],
      ['/dev/sign-in', 'Playground sign-in'],
      ['/no/such/page', 'Page not found'],
    ],
    wider: [
      ['/enrollments', 'Pairing codes'],
      [`/enrollments/${e.enrollment_id}`, 'Pairing code'],
      ['/devices', 'Devices'],
      [`/devices/${d.id}`, d.name],
    ],
  };
}

test('at 390 px no screen scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { all } = await screens();
  for (const [path, heading] of all) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    // The lists have their rows in.
    await page.waitForLoadState('networkidle');
    expect(await overflow(page), `${path} is wider than 390 px`).toBe(0);
    // A list's first row is on the first screen.
    const first = page.locator('[data-testid=device-row], [data-testid=enrollment-row]').first();
    if (await first.count()) {
      expect((await first.boundingBox()).y, `${path}: the first row is below the fold`).toBeLessThan(844);
    }
    await expectAccessible(page, `${path} at 390 px`);
  }
});

test('on a phone the filters fold behind a button that counts them', async ({ page }) => {
  const [malmo] = await locations();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/devices?location=${malmo.id}`);
  const bar = page.getByRole('search', { name: 'Filter devices' });
  await expect(page.getByTestId('device-row').first()).toBeVisible();
  await expect(bar).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Filters · 1' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(bar).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // Wide, no button: the filters are simply there.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(toggle).toBeHidden();
  await page.reload();
  await expect(bar).toBeVisible();
});

for (const width of [768, 1280]) {
  test(`at ${width} px the lists, the pairing card and the device page fit`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const { wider } = await screens();
    for (const [path, heading] of wider) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
      await page.waitForLoadState('networkidle');
      expect(await overflow(page), `${path} is wider than ${width} px`).toBe(0);
    }
  });
}

/** Notes the page's layout shifts (`window.__shifted`: value and what moved) from its start. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shifted = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) window.__shifted.push([e.value, ...e.sources.map((s) => s.node?.className ?? s.node?.nodeName)]);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Holds each answer whose path matches `pattern` back for `ms`. */
async function holdBack(page, pattern, ms) {
  await page.route(pattern, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

async function expectNothingMoved(page, what) {
  await page.waitForLoadState('networkidle');
  const shifted = await page.evaluate(() => window.__shifted);
  const total = shifted.reduce((sum, [value]) => sum + value, 0);
  expect(total, `${what}: ${JSON.stringify(shifted)}`).toBeLessThan(0.01);
}

test('nothing on the page moves as the session, the locations and the list arrive, on a phone and wide', async ({ page }) => {
  // Each held back so that the page is painted before it arrives: what comes late must
  // land in a place kept for it (who is signed in, the location picker's width, the
  // page's actions, the list's freshness line), not push what is shown.
  await watchShifts(page);
  await holdBack(page, /\/api\/session$/, 700);
  await holdBack(page, /\/api\/locations\?/, 1000);
  await holdBack(page, /\/api\/devices\?/, 400);
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    await page.setViewportSize({ width, height });
    await page.goto('/devices');
    await expect(page.getByTestId('signed-in')).toContainText('Admin');
    await expect(page.getByTestId('device-row').first()).toBeVisible();
    // (Folded away on a phone, but there.)
    await expect(page.locator('#filter-location option', { hasText: 'Malmö' }).first()).toBeAttached();
    await expectNothingMoved(page, `/devices at ${width} px`);

    // A new code's form: its location picker is there before the locations are.
    await page.goto('/enrollments/new');
    await expect(page.locator('#location option', { hasText: 'Malmö' }).first()).toBeAttached();
    await expectNothingMoved(page, `/enrollments/new at ${width} px`);
  }
});
