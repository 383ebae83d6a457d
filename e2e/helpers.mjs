// What the end-to-end tests share: the playground's API (to check what really happened),
// the gate (to make the upstream fail), signing in as a role, and axe-core.
import fs from 'node:fs';
import { expect } from '@playwright/test';
import { stack } from './stack.mjs';

/** Calls the playground directly, with the demo merchant's key. */
export async function pg(path, { method = 'GET', body, token } = {}) {
  const headers = { authorization: token ? `Bearer ${token}` : `Basic ${stack.demoKey}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${stack.playgroundUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

export async function locations() {
  return (await pg('/ipp/v1/locations')).body.content;
}

/** A simulated device of its own for a test, registered with a code as the POS app does. */
export async function pairedDevice({ name, location, metadata = {} }) {
  const e = await pg('/ipp/v1/enrollments', { method: 'POST', body: { location_id: location, metadata } });
  const d = await pg('/ipp/v1/devices/register', {
    method: 'POST',
    body: { enrollment_code: e.body.enrollment_code, hardware_id: `E2E-${Math.random().toString(16).slice(2, 10)}`, platform: 'ANDROID', name },
  });
  expect(d.status).toBe(201);
  await listed(d.body.id);
  return d.body;
}

/** A token of the development sign-in of the console (playground mode). */
export async function consoleToken(role = 'admin', base = stack.consoleUrl) {
  const res = await fetch(`${base}/api/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) });
  return (await res.json()).token;
}

/** Waits until the console's device list has this device (its next read of the fleet). */
export async function listed(id, base = stack.consoleUrl) {
  const token = await consoleToken('admin', base);
  await expect.poll(async () => {
    const res = await fetch(`${base}/api/devices?q=${id}`, { headers: { authorization: `Bearer ${token}` } });
    return (await res.json()).total_elements;
  }, { timeout: 10_000 }).toBe(1);
}

/** Makes the upstream behind the proxy pass, go down (connections closed) or fail (500). */
export async function gate(mode) {
  await fetch(stack.gateControl, { method: 'POST', body: JSON.stringify({ mode }) });
}

/** Signs in through the playground's sign-in as this role (and scope) for the next page. */
export async function signInAs(page, role, { locations: scope = null, name = null } = {}) {
  await page.addInitScript(([choice]) => {
    sessionStorage.setItem('device-console.dev-sign-in', JSON.stringify(choice));
  }, [{ role, locations: scope, name }]);
}

/** A string unique to one test run, for metadata that finds its own data. */
export function tag() {
  return `e2e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

const axeSource = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Runs axe-core on the page; no serious or critical violation may remain. */
export async function expectAccessible(page, what) {
  // Evaluated through the browser's debugging protocol, so the console's CSP (which
  // rightly refuses injected scripts) does not stop it.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(bad, `axe on ${what}`).toEqual([]);
}

/** Fails the test on any console error or CSP violation of the console itself. */
export function watchConsole(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of (4|5)\d\d/.test(text)) problems.push(text);
    if (/Content Security Policy/i.test(text)) problems.push(text);
  });
  return problems;
}

/** Signs in at the provider's own pages as `login` (any password does there). */
export async function atProvider(page, login) {
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  // Consent, the first time this user meets the console.
  const consent = page.getByRole('button', { name: 'Continue' });
  if (await consent.isVisible({ timeout: 2_000 }).catch(() => false)) await consent.click();
}

/** Text under `selectors` that did not come from a catalog: in the pseudo-locale every
 * catalog text is marked ⟦…⟧; data (names, codes, metadata) is marked translate="no". */
export function escapedText(selectors) {
  // Marks nest (a message inside a message's value): strip the innermost first.
  const unmarked = (text) => {
    let s = text;
    while (/⟦[^⟦⟧]*⟧/.test(s)) s = s.replace(/⟦[^⟦⟧]*⟧/g, '');
    return s;
  };
  const out = [];
  for (const sel of selectors) {
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement.closest('[translate=no], script, style')) continue;
        const left = unmarked(n.textContent);
        if (/\p{L}/u.test(left)) out.push(`${sel}: ${n.textContent.trim()}`);
      }
      for (const el of root.querySelectorAll('[aria-label], [title]')) {
        for (const attr of ['aria-label', 'title']) {
          const v = el.getAttribute(attr);
          // A time's title is its date, as Intl writes it in the language shown.
          if (attr === 'title' && el.tagName === 'TIME') continue;
          if (v && /\p{L}/u.test(unmarked(v)) && !el.closest('[translate=no]')) out.push(`${sel} [${attr}]: ${v}`);
        }
      }
    }
  }
  return out;
}
