// The console inside the example host portal, on another origin (the host on
// http://localhost, the console on http://127.0.0.1): sign-in by handoff, work, token
// refresh mid-edit, resize and navigation messages, forged messages, framing by a site
// that is not allowed, and no token anywhere it could leak.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { locations, pairedDevice, pg, tag } from './helpers.mjs';
import { stack } from './stack.mjs';

const consoleFrame = (page) => page.frameLocator('#console');
const messages = (page, type) => page.evaluate((t) => window.consoleMessages.filter((m) => m.type === t), type);

/** The host portal with the console signed in; `chrome` asks for the console's own top
 * bar (content only is the default). */
async function openHost(page, hash = '', { chrome = false } = {}) {
  await page.goto(`${stack.hostUrl}/${hash}`);
  const frame = consoleFrame(page);
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  if (chrome) {
    await page.getByRole('button', { name: "Console's own navigation" }).click();
    await expect(frame.getByTestId('signed-in')).toContainText('Portal User');
  }
  return frame;
}

test('signed in by the host, the console creates a code and renames a device', async ({ page }) => {
  const run = tag();
  const frame = await openHost(page, '', { chrome: true });
  await expect(frame.getByTestId('signed-in')).toContainText('Admin');
  // The console asked, the host answered.
  expect((await messages(page, 'ready')).length).toBe(1);

  await frame.getByRole('link', { name: 'Create pairing code' }).click();
  await frame.getByLabel('Location (required)').selectOption({ label: 'Malmö Centrum' });
  await frame.getByRole('button', { name: 'Add a key' }).click();
  await frame.getByLabel(/^Key/).fill('run');
  await frame.getByLabel(/^Value/).fill(run);
  await frame.getByRole('button', { name: 'Create code' }).click();
  await expect(frame.getByTestId('code')).toBeVisible();
  expect((await pg(`/ipp/v1/enrollments?metadata=run%3A${run}`)).body.total_elements).toBe(1);

  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Embedded ${run}`, location: malmo.id, metadata: { run } });
  // The host's navigate message takes the console there.
  await page.evaluate(([origin, path]) => document.getElementById('console').contentWindow.postMessage(
    { source: 'kustom-device-console', v: 1, type: 'navigate', path }, origin), [stack.consoleUrl, `/devices/${d.id}`]);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`Embedded ${run}`);
  await frame.getByRole('button', { name: 'Rename' }).click();
  await frame.getByLabel('Name', { exact: true }).fill(`Renamed ${run}`);
  await frame.getByLabel('Name', { exact: true }).press('Enter');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`Renamed ${run}`);
  expect((await pg(`/ipp/v1/devices/${d.id}`)).body.name).toBe(`Renamed ${run}`);
  // The audit trail names the portal's user.
  const audit = fs.readFileSync('target/e2e/proxy.log', 'utf8').split('\n')
    .filter((l) => l.includes('"target":"audit"') && l.includes(d.id));
  expect(audit.length).toBe(1);
  expect(JSON.parse(audit[0])).toMatchObject({ action: 'device.update', sub: 'portal-user-42', name: 'Portal User', outcome: 'applied' });
});

test('a token that expires mid-edit is replaced, and the save succeeds with the edit intact', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Slow edit ${run}`, location: malmo.id, metadata: { run, till: '1' } });
  const frame = await openHost(page, `#/devices/${d.id}`);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`Slow edit ${run}`);
  const before = (await messages(page, 'token_request')).length;
  await frame.locator('[data-testid=metadata-row][data-key="till"]').getByLabel(/^Value/).fill('2');
  // Sit on the edit until the token has been replaced (it lives stack.hostTokenSecs).
  await expect.poll(async () => (await messages(page, 'token_request')).length, {
    timeout: (stack.hostTokenSecs + 10) * 1000,
  }).toBeGreaterThan(before);
  await frame.getByRole('button', { name: 'Save changes' }).click();
  await expect(frame.getByTestId('saved')).toContainText('Metadata till: 1 → 2');
  expect((await pg(`/ipp/v1/devices/${d.id}`)).body.metadata.till).toBe('2');
  expect((await messages(page, 'token_request')).length).toBeGreaterThanOrEqual(1);
});

test('after a refused token the console asks for another and retries, keeping the edit', async ({ page }) => {
  const run = tag();
  const [malmo] = await locations();
  const d = await pairedDevice({ name: `Retry ${run}`, location: malmo.id, metadata: { run } });
  const frame = await openHost(page, `#/devices/${d.id}`);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`Retry ${run}`);
  // The portal hands over a token the proxy refuses (as after a key rotation): well
  // formed and not expired, so the console uses it, and the proxy answers 401.
  const now = Math.floor(Date.now() / 1000);
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const refused = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'device-console-playground', aud: 'device-console', sub: 'x', iat: now, exp: now + 60, merchant_id: 'DM10000001', roles: ['admin'] })}.${'A'.repeat(43)}`;
  const before = (await messages(page, 'token_request')).length;
  await page.evaluate(([origin, token]) => document.getElementById('console').contentWindow.postMessage(
    { source: 'kustom-device-console', v: 1, type: 'session', token }, origin), [stack.consoleUrl, refused]);
  await frame.getByRole('button', { name: 'Rename' }).click();
  await frame.getByLabel('Name', { exact: true }).fill(`Kept ${run}`);
  await frame.getByLabel('Name', { exact: true }).press('Enter');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`Kept ${run}`);
  expect((await pg(`/ipp/v1/devices/${d.id}`)).body.name).toBe(`Kept ${run}`);
  // It asked the host again after the 401, and the save went through on the new token.
  expect((await messages(page, 'token_request')).length).toBeGreaterThan(before);
});

test('the host hears resize and navigated, and can move the console', async ({ page }) => {
  const frame = await openHost(page);
  await expect(frame.getByRole('heading', { level: 1, name: 'Pairing codes' })).toBeVisible();
  await expect.poll(async () => (await messages(page, 'resize')).length).toBeGreaterThan(0);
  const height = (await messages(page, 'resize')).at(-1).height;
  expect(height).toBeGreaterThan(200);
  expect(await page.locator('#console').evaluate((f) => f.style.height)).toBe(`${height}px`);

  await page.getByRole('button', { name: 'Devices' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  await expect.poll(async () => (await messages(page, 'navigated')).map((m) => m.path)).toContain('/devices');
  expect(page.url()).toContain('#/devices');
  // The device table is taller: the host hears the new height.
  await expect.poll(async () => (await messages(page, 'resize')).at(-1).height).not.toBe(height);

  // The host's theme and locale reach the console.
  await page.getByRole('button', { name: 'Dark' }).click();
  const consoleDoc = page.frames().find((f) => f.url().startsWith(stack.consoleUrl));
  await expect.poll(() => consoleDoc.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await consoleDoc.evaluate(() => document.documentElement.style.getPropertyValue('--color-accent'))).toBe('#7bd4a0');
  expect(await consoleDoc.evaluate(() => document.documentElement.lang)).toBe(await page.evaluate(() => navigator.language));

  // A deep link into the portal opens that page of the console.
  await page.goto('about:blank');
  await page.goto(`${stack.hostUrl}/#/enrollments/new`);
  await expect(consoleFrame(page).getByRole('heading', { level: 1 })).toHaveText('New pairing code');
});

test('embedded, the console draws content only, and the portal shows its titles', async ({ page }) => {
  const frame = await openHost(page);
  await expect(frame.getByRole('heading', { level: 1, name: 'Pairing codes' })).toBeVisible();
  // One navigation: the portal's. No brand bar, no signed-in block in the frame.
  await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(frame.getByTestId('signed-in')).toHaveCount(0);
  await expect(page.locator('#portal-title')).toHaveText('Pairing codes');
  await expect(page).toHaveTitle('Pairing codes · Example Portal');
  await page.getByRole('button', { name: 'Devices' }).click();
  await expect(page.locator('#portal-title')).toHaveText('Devices');
  const last = (await messages(page, 'navigated')).at(-1);
  expect(last).toMatchObject({ path: '/devices', title: 'Devices' });
  // A device's page is named after the device.
  await frame.getByTestId('device-name').first().getByRole('link').click();
  await expect.poll(async () => (await messages(page, 'navigated')).at(-1).title).toMatch(/ · Devices$/);
  // The host may ask for the console's own chrome, and take it away again.
  await page.getByRole('button', { name: "Console's own navigation" }).click();
  await expect(frame.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('button', { name: 'Content only' }).click();
  await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
});

test('messages from another origin, or not from the parent, are ignored', async ({ page }) => {
  const frame = await openHost(page);
  await expect(frame.getByRole('heading', { level: 1, name: 'Pairing codes' })).toBeVisible();
  const forgedNavigate = { source: 'kustom-device-console', v: 1, type: 'navigate', path: '/enrollments/new' };
  // Another site, holding a reference to the console's window (a popup of the host
  // page), posts to it; then a window of the host's own origin that is not the console's
  // parent does the same.
  const post = async (url, messages) => {
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate((u) => { window.open(u, '_blank'); }, url),
    ]);
    await popup.waitForLoadState();
    for (const m of messages) {
      await popup.evaluate(([msg, origin]) => window.opener.frames[0].postMessage(msg, origin), [m, stack.consoleUrl]);
    }
    await popup.close();
  };
  const forgedSession = { source: 'kustom-device-console', v: 1, type: 'session', token: 'forged' };
  await post(`${stack.otherUrl}/intruder`, [forgedNavigate, forgedSession]);
  await post(`${stack.hostUrl}/nothing-here`, [forgedNavigate, forgedSession]);
  // The real host still can; its message comes after the forged ones, so once it has
  // taken effect they have all been heard.
  await page.getByRole('button', { name: 'Devices' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  const visited = (await messages(page, 'navigated')).map((m) => m.path);
  expect(visited).not.toContain('/enrollments/new');
  // Still signed in as the portal's user (its name shows once the host asks for the chrome).
  await page.getByRole('button', { name: "Console's own navigation" }).click();
  await expect(frame.getByTestId('signed-in')).toContainText('Portal User');
});

test('a site not in frame-ancestors cannot show the console', async ({ page }) => {
  const refused = [];
  page.on('console', (m) => { if (/frame-ancestors|Refused to frame/i.test(m.text())) refused.push(m.text()); });
  await page.goto(`${stack.otherUrl}/frame-console`);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  // Chromium refused to render it: no console document in the frame.
  const rendered = frame ? await frame.evaluate(() => document.title).catch(() => '') : '';
  expect(rendered).not.toBe('Device Console');
  expect(refused.join('\n')).toMatch(/frame-ancestors/);
});

test('the token is in no storage, cookie or address', async ({ page, context }) => {
  const frame = await openHost(page, '', { chrome: true });
  await frame.getByRole('link', { name: 'Devices' }).click();
  await expect(frame.getByTestId('device-row').first()).toBeVisible();
  const consoleFrameObj = page.frames().find((f) => f.url().startsWith(stack.consoleUrl));
  // (Storage a browser denies to a cross-site frame holds nothing either.)
  const stored = await consoleFrameObj.evaluate(() => {
    const read = (f) => { try { return f(); } catch (e) { return `denied: ${e.name}`; } };
    return JSON.stringify({
      local: read(() => Object.entries(localStorage)),
      session: read(() => Object.entries(sessionStorage)),
      cookie: read(() => document.cookie),
      url: location.href,
      history: history.state,
    });
  });
  expect(stored).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  const cookies = await context.cookies();
  expect(JSON.stringify(cookies)).not.toMatch(/eyJ/);
  expect(page.url()).not.toMatch(/eyJ/);
  expect(consoleFrameObj.url()).not.toMatch(/eyJ/);
});

test('a portal that never answers gets a clear message, not a spinner forever', async ({ page }) => {
  // The host page, with its script replaced by one that frames the console and says nothing.
  await page.route('**/host.js', (route) => route.fulfill({
    contentType: 'text/javascript',
    body: `const f = document.getElementById('console'); f.src = new URL('/enrollments', f.dataset.consoleUrl).href;`,
  }));
  await page.goto(`${stack.hostUrl}/`);
  const frame = consoleFrame(page);
  await expect(frame.getByText('Connecting to your portal…')).toBeVisible();
  const problem = frame.getByTestId('session-problem');
  await expect(problem).toBeVisible({ timeout: 15_000 });
  await expect(problem).toContainText(`Your portal (${stack.hostUrl}) did not send a sign-in within 10 seconds`);
});
