// Shared by the browser benchmarks: release builds of the playground and the proxy on
// loopback, Debian's Chromium, and a few statistics.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { chromium } from 'playwright-core';

export const KEY = 'kco_test_api_DemoMerchantPlaygroundKey';

/**
 * The playground, and the console proxy in front of it. With `latencyMs`, the proxy's
 * upstream is a forwarder that holds each answer that long, as a far-away Kustom would.
 */
export async function startStack({ port, seedDevices = 0, seedLocations = 0, dir, latencyMs = 0, proxyArgs = [], dist = 'dist' }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const pg = `http://127.0.0.1:${port + 1}`;
  const procs = [];
  const run = (name, cmd, args) => {
    const log = fs.openSync(`${dir}/${name}.log`, 'w');
    const p = spawn(cmd, args, { stdio: ['ignore', log, log] });
    procs.push(p);
    return p;
  };
  const args = ['--listen', `127.0.0.1:${port + 1}`, '--db', `${dir}/playground.sqlite`, '--seed', 'demo'];
  if (seedDevices) args.push('--seed-devices', String(seedDevices));
  if (seedLocations) args.push('--seed-locations', String(seedLocations));
  run('playground', 'target/release/playground', args);
  await waitFor(`${pg}/healthz`, 120_000);
  let upstream = pg;
  let slow = null;
  if (latencyMs) {
    slow = await delayed(port + 2, port + 1, latencyMs);
    upstream = `http://127.0.0.1:${port + 2}`;
  }
  const proxy = run('proxy', 'target/release/device-console', ['--playground-url', upstream, '--listen', `127.0.0.1:${port}`, '--dist', dist, '--data-dir', dir, ...proxyArgs]);
  await waitFor(`http://127.0.0.1:${port}/healthz`, 60_000);
  return {
    console: `http://127.0.0.1:${port}`,
    playground: pg,
    proxyPid: proxy.pid,
    stop: () => {
      procs.forEach((p) => p.kill('SIGTERM'));
      slow?.close();
    },
  };
}

/** Forwards `port` to `to` on loopback, each answer held `ms` before it is sent on. */
function delayed(port, to, ms) {
  const server = http.createServer({ keepAlive: true }, (req, res) => {
    const up = http.request({ host: '127.0.0.1', port: to, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      const body = [];
      answer.on('data', (c) => body.push(c));
      answer.on('end', () => setTimeout(() => {
        res.writeHead(answer.statusCode, answer.headers);
        res.end(Buffer.concat(body));
      }, ms));
    });
    up.on('error', () => { res.writeHead(502); res.end(); });
    req.pipe(up);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not up: ${url}`);
}

export async function pg(base, path, { method = 'GET', body } = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Basic ${KEY}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.json();
}

/**
 * The other builds to measure in the same rounds as the console's `dist/`: the dists
 * named in BENCH_BEFORE_DIST, comma-separated (`scripts/bench-variant.sh` builds one from a
 * revision and patches), each with its own ports from `port` on, ten apart.
 */
export function otherBuilds(port) {
  return (process.env.BENCH_BEFORE_DIST ?? '').split(',').filter(Boolean)
    .map((dist, k) => ({ name: `console (${dist})`, dist, port: port + 10 * k }));
}

/**
 * Debian's Chromium, headless. BENCH_CHROMIUM_ARGS (space-separated) adds switches, for
 * experiments a page cannot make itself, e.g. `--js-flags=--no-wasm-lazy-compilation`
 * (every function compiled before it runs, instead of when first called).
 */
export function browser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(process.env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean)],
  });
}

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))];
}

/** The first-load transfer of the console: index.html, JS, wasm and CSS as served (brotli). */
export async function firstLoad(base) {
  const index = await fetch(`${base}/`, { headers: { accept: 'text/html', 'accept-encoding': 'br' } });
  const html = await index.text();
  const assets = [...html.matchAll(/(?:href|src)=["']?(\/[^"' >]+\.(?:js|wasm|css))/g)].map((m) => m[1]);
  const sizes = { html: Number(index.headers.get('content-length')) };
  for (const a of new Set(assets)) {
    const r = await fetch(`${base}${a}`, { headers: { 'accept-encoding': 'br' } });
    await r.arrayBuffer();
    const kind = a.endsWith('.wasm') ? 'wasm' : a.endsWith('.js') ? 'js' : 'css';
    sizes[kind] = (sizes[kind] ?? 0) + Number(r.headers.get('content-length'));
    if (r.headers.get('content-encoding') !== 'br') throw new Error(`${a} was not served with brotli`);
  }
  return sizes;
}

// The machine's CPU time so far, from /proc/stat (clock ticks of all CPUs): idle (with
// I/O wait), stolen by the host and in all; null where there is no /proc/stat.
function cpuTimes() {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    return { idle: f[3] + f[4], steal: f[7], total: f.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

// CPU time the host gives to other machines while we measure (a virtual machine's
// "steal"): call at the start, and the returned function at the end gives the share of
// the run, in percent, or null where there is no /proc/stat.
export function stealMeter() {
  const start = cpuTimes();
  return () => {
    const end = cpuTimes();
    if (!start || !end || end.total === start.total) return null;
    return (100 * (end.steal - start.steal)) / (end.total - start.total);
  };
}

/**
 * A new browser context with one page, once Chromium has finished setting it up. Each new
 * context of headless Chromium 156 builds its own window UI (about 400 internal requests
 * and 0.6 s of CPU, seen in a trace), which a person's browser does once per window, not
 * per page; measured straight away, a cold load would share the 2 cores with that work.
 * Waits until the machine is quiet (under 15% busy over 100 ms), at most 3 s.
 */
export async function quietPage(b, init, arg) {
  const context = await b.newContext();
  if (init) await context.addInitScript(init, arg);
  const page = await context.newPage();
  const until = Date.now() + 3000;
  while (Date.now() < until) {
    const a = cpuTimes();
    await new Promise((r) => setTimeout(r, 100));
    const z = cpuTimes();
    if (!a || !z) break;
    if (z.total > a.total && 1 - (z.idle - a.idle) / (z.total - a.total) < 0.15) break;
  }
  return { context, page };
}

/**
 * Runs in the page: notes when an element matching `selector` first enters the DOM, as
 * `window.__shown` (`at`: performance.now(), from the start of the navigation; `epoch`:
 * Date.now()), and says so on the console. Benchmarks wait for that message (untilShown)
 * rather than with Playwright's own waiting, which polls as seldom as every 500 ms and
 * injects Playwright's script into the page, whose parsing (about 80 ms of main-thread
 * time, seen in a Chromium trace) would fall inside a measured start-up.
 */
export function watchFor(selector) {
  window.__shown = null;
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      window.__shown = { at: performance.now(), epoch: Date.now() };
      observer.disconnect();
      console.log('device-console-bench:shown');
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Runs `action` and resolves, once the page reports the watched element, to `window.__shown`. */
export async function untilShown(page, action) {
  const seen = page.waitForEvent('console', {
    predicate: (m) => m.text() === 'device-console-bench:shown',
    timeout: 30_000,
  });
  await action();
  await seen;
  return page.evaluate(() => window.__shown);
}

export function reportSteal(percent) {
  if (percent !== null) {
    console.log(`CPU stolen by the host during the run: ${percent.toFixed(1)}%${percent > 5 ? ' (above a few percent, the figures describe the host more than the console)' : ''}`);
  }
}
