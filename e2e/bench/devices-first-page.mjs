// Benchmark: navigation → the first page of the device table rendered, in headless
// Chromium through the proxy, with 10,000 devices (BENCH_DEVICES) in the playground;
// median of 10 runs (BENCH_RUNS). Reference in the same run: the same measurement with
// only the demo fleet (12 devices). Cold = a new browser context each run (nothing
// cached); in-app = clicking "Devices" from the enrollments screen.
//
//   make bench-devices
import { browser, percentile, startStack } from './common.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 10);
const fleet = Number(process.env.BENCH_DEVICES ?? 10_000);

// Records, in the page, when the first row of the device table enters the DOM.
function watchRows() {
  window.__firstRow = null;
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid=device-row]')) {
      window.__firstRow = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function measure(b, base) {
  const cold = [];
  const inApp = [];
  for (let i = 0; i < runs; i++) {
    const context = await b.newContext();
    await context.addInitScript(watchRows);
    const page = await context.newPage();
    await page.goto(`${base}/devices`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-testid=device-row]');
    // From the start of the navigation (time origin) to the first row in the DOM.
    cold.push(await page.evaluate(() => window.__firstRow));
    await page.goto(`${base}/enrollments`);
    await page.waitForSelector('h1');
    // In-app: from the click on "Devices" to the first row.
    const started = await page.evaluate(() => {
      const t = performance.now();
      document.querySelector('nav[aria-label=Main] a[href="/devices"]').click();
      return t;
    });
    await page.waitForSelector('[data-testid=device-row]');
    inApp.push((await page.evaluate(() => window.__firstRow)) - started);
    await context.close();
  }
  return { cold: percentile(cold, 0.5), inApp: percentile(inApp, 0.5) };
}

const b = await browser();
try {
  const big = await startStack({ port: 18620, seedDevices: fleet, dir: 'target/bench-devices/big' });
  const withFleet = await measure(b, big.console);
  big.stop();
  const small = await startStack({ port: 18630, dir: 'target/bench-devices/small' });
  const reference = await measure(b, small.console);
  small.stop();
  console.log(`navigation → first page of the device table, median of ${runs} runs (target <= 300 ms):`);
  console.log(`  ${fleet + 12} devices: cold ${withFleet.cold.toFixed(0)} ms, in-app ${withFleet.inApp.toFixed(0)} ms`);
  console.log(`  reference, 12 devices: cold ${reference.cold.toFixed(0)} ms, in-app ${reference.inApp.toFixed(0)} ms`);
  console.log(`  ratio to reference: cold ${(withFleet.cold / reference.cold).toFixed(2)}x, in-app ${(withFleet.inApp / reference.inApp).toFixed(2)}x`);
} finally {
  await b.close();
}
