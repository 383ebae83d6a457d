// Benchmark: navigation → the device table's first row, against a minimal Leptos app's
// first render (../shared/bench-reference, built by `make bench-first-render` into
// target/minimal-app/dist with the console's profile, tools and target/), measured in the
// same run. Each of the BENCH_RUNS rounds (default 15) opens, in a new browser context
// each (nothing cached), the console's /devices (BENCH_DEVICES devices in the playground,
// default 10,000) and the minimal app's /devices, in alternating order, each served by the
// release proxy with its precompressed files. Prints the medians and the median of the
// rounds' ratios. With BENCH_BEFORE_DIST=<a dist/ of another build>[,<another>…] those
// builds are measured in the same rounds too, so that a change is seen against the same
// reference (`otherBuilds` in common.mjs).
//
//   make bench-first-render
import fs from 'node:fs';
import { browser, otherBuilds, percentile, quietPage, reportSteal, startStack, stealMeter, untilShown, watchFor } from './common.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const fleet = Number(process.env.BENCH_DEVICES ?? 10_000);
const reference = 'target/minimal-app/dist';
if (!fs.existsSync(`${reference}/index.html`)) {
  console.error(`${reference} is missing: run make bench-first-render`);
  process.exit(1);
}

const apps = [
  { name: 'console', dist: 'dist', port: 18700, shown: '[data-testid=device-row]', seedDevices: fleet },
  { name: 'minimal app (reference)', dist: reference, port: 18710, shown: '[data-testid=ready]' },
];
for (const build of otherBuilds(18720)) apps.push({ ...build, shown: '[data-testid=device-row]', seedDevices: fleet });

async function open(b, app) {
  const { context, page } = await quietPage(b, watchFor, app.shown);
  const { at } = await untilShown(page, () => page.goto(`${app.stack.console}/devices`, { waitUntil: 'commit' }));
  await context.close();
  return at;
}

const b = await browser();
const steal = stealMeter();
try {
  for (const app of apps) {
    app.stack = await startStack({ port: app.port, seedDevices: app.seedDevices ?? 0, dir: `target/bench-first-render/${app.port}`, dist: app.dist });
    app.times = [];
    await open(b, app); // the first open warms the proxy and the playground, not counted
  }
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [...apps].reverse() : apps;
    for (const app of order) app.times.push(await open(b, app));
  }
  reportSteal(steal());
  const [main, ref] = apps;
  console.log(`navigation → first render, cold, median of ${runs} interleaved rounds:`);
  for (const app of apps) {
    const ratios = app.times.map((t, k) => t / ref.times[k]);
    console.log(`  ${app.name}: ${percentile(app.times, 0.5).toFixed(0)} ms` +
      (app === ref ? '' : `, ${percentile(ratios, 0.5).toFixed(2)}x the reference (median of the rounds' ratios; range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`));
  }
  console.log(`  target: the console at most 1.7x the reference (aim 1.4x); ${main.name} ${(percentile(main.times.map((t, k) => t / ref.times[k]), 0.5)).toFixed(2)}x`);
} finally {
  for (const app of apps) app.stack?.stop();
  await b.close();
}
