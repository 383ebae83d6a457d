// Benchmark: navigation → the first page of the device table rendered, in headless
// Chromium through the proxy, with 10,000 devices (BENCH_DEVICES) in the playground;
// median of 10 runs (BENCH_RUNS). Reference in the same run: the same measurement with
// only the demo fleet (12 devices). Cold = a new browser context each run (nothing
// cached), once Chromium has set it up (common.mjs, quietPage); again = opening /devices once more in the same context (the browser's cache
// holds the console's immutable assets, as for someone who used it before); in-app =
// clicking "Devices" from the enrollments screen. The cold runs are also
// broken down into milestones (medians, from the start of the navigation): index.html
// received, the app's wasm received, the operator token received (the playground's
// sign-in), the first API call sent, the device page received. The cold runs are
// repeated with each upstream answer held 150 ms (BENCH_LATENCY_MS), as from a
// far-away Kustom: the console starts its first reads before it builds the screen, and
// this shows what that is worth.
//
//   make bench-devices
import { browser, percentile, quietPage, reportSteal, startStack, stealMeter, untilShown, watchFor } from './common.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 10);
const fleet = Number(process.env.BENCH_DEVICES ?? 10_000);
const latency = Number(process.env.BENCH_LATENCY_MS ?? 150);

const ROW = '[data-testid=device-row]';

async function measure(b, base, { coldOnly = false } = {}) {
  const cold = [];
  const inApp = [];
  const again = [];
  const milestones = {};
  for (let i = 0; i < runs; i++) {
    const { context, page } = await quietPage(b, watchFor, ROW);
    // From the start of the navigation (time origin) to the first row in the DOM.
    cold.push((await untilShown(page, () => page.goto(`${base}/devices`, { waitUntil: 'commit' }))).at);
    const m = await page.evaluate(() => {
      const res = performance.getEntriesByType('resource');
      const end = (re) => res.find((r) => re.test(r.name))?.responseEnd ?? NaN;
      const api = res.filter((r) => r.name.includes('/api/'));
      return {
        html: performance.getEntriesByType('navigation')[0].responseEnd,
        wasm: end(/\.wasm$/),
        token: end(/\/dev\/sign-in$/),
        firstApi: Math.min(...api.map((r) => r.startTime)),
        devices: end(/\/api\/devices(\?|$)/),
      };
    });
    for (const [k, v] of Object.entries(m)) (milestones[k] ??= []).push(v);
    if (coldOnly) {
      await context.close();
      continue;
    }
    await page.goto(`${base}/enrollments`);
    await page.waitForSelector('h1');
    // In-app: from the click on "Devices" to the first row.
    let started;
    const shown = await untilShown(page, async () => {
      started = await page.evaluate(() => {
        const t = performance.now();
        document.querySelector('nav[aria-label=Main] a[href="/devices"]').click();
        return t;
      });
    });
    inApp.push(shown.at - started);
    again.push((await untilShown(page, () => page.goto(`${base}/devices`, { waitUntil: 'commit' }))).at);
    await context.close();
  }
  const steps = Object.entries(milestones).map(([k, v]) => `${k} ${percentile(v, 0.5).toFixed(0)}`);
  const median = (xs) => (xs.length ? percentile(xs, 0.5) : NaN);
  return { cold: median(cold), again: median(again), inApp: median(inApp), steps: steps.join(', ') };
}

const b = await browser();
const steal = stealMeter();
try {
  const big = await startStack({ port: 18620, seedDevices: fleet, dir: 'target/bench-devices/big' });
  const withFleet = await measure(b, big.console);
  big.stop();
  const far = await startStack({ port: 18640, seedDevices: fleet, dir: 'target/bench-devices/far', latencyMs: latency });
  const afar = await measure(b, far.console, { coldOnly: true });
  far.stop();
  const small = await startStack({ port: 18630, dir: 'target/bench-devices/small' });
  const reference = await measure(b, small.console);
  small.stop();
  reportSteal(steal());
  console.log(`navigation → first page of the device table, median of ${runs} runs (target <= 300 ms):`);
  console.log(`  ${fleet + 12} devices: cold ${withFleet.cold.toFixed(0)} ms, again ${withFleet.again.toFixed(0)} ms, in-app ${withFleet.inApp.toFixed(0)} ms`);
  console.log(`  ${fleet + 12} devices, each upstream answer held ${latency} ms: cold ${afar.cold.toFixed(0)} ms (milestones: ${afar.steps})`);
  console.log(`  reference, 12 devices: cold ${reference.cold.toFixed(0)} ms, again ${reference.again.toFixed(0)} ms, in-app ${reference.inApp.toFixed(0)} ms`);
  console.log(`  cold milestones, ms from navigation start (${fleet + 12} devices): ${withFleet.steps}, first row ${withFleet.cold.toFixed(0)}`);
  console.log(`  ratio to reference: cold ${(withFleet.cold / reference.cold).toFixed(2)}x, again ${(withFleet.again / reference.again).toFixed(2)}x, in-app ${(withFleet.inApp / reference.inApp).toFixed(2)}x`);
} finally {
  await b.close();
}
