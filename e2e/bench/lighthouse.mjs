// Benchmark: Lighthouse (npm, pinned in package.json) on the console's /devices with its
// default mobile settings: a mid-range phone's screen, simulated slow 4G and a CPU slowed
// 4x. Debian's Chromium, the release proxy and the playground (BENCH_DEVICES devices,
// default 10,000). BENCH_RUNS runs (default 3); prints each run and the medians of the
// performance score, largest contentful paint, total blocking time, layout shift, speed
// index and the bytes fetched.
// With BENCH_BEFORE_DIST=<a dist/>[,<another>…] those builds are measured in the same run,
// their runs interleaved with the current build's (`otherBuilds` in common.mjs).
//
//   make bench-lighthouse
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { otherBuilds, percentile, startStack } from './common.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const fleet = Number(process.env.BENCH_DEVICES ?? 10_000);
const builds = [{ name: 'console', dist: 'dist', port: 18750 }, ...otherBuilds(18760)];

const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const build of builds) {
    build.stack = await startStack({ port: build.port, seedDevices: fleet, dir: `target/bench-lighthouse/${build.port}`, dist: build.dist });
    build.results = [];
  }
  for (let i = 0; i < runs; i++) {
    for (const build of builds) {
      const { lhr } = await lighthouse(`${build.stack.console}/devices`, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'],
      });
      const a = lhr.audits;
      const r = {
        score: Math.round(lhr.categories.performance.score * 100),
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        // The rest of the score: layout shift and how soon the page looks done.
        cls: a['cumulative-layout-shift'].numericValue,
        si: a['speed-index'].numericValue,
        bytes: a['total-byte-weight'].numericValue,
      };
      build.results.push(r);
      console.log(`  ${build.name} run ${i + 1}: performance ${r.score}, LCP ${(r.lcp / 1000).toFixed(2)} s, FCP ${(r.fcp / 1000).toFixed(2)} s, TBT ${r.tbt.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, SI ${(r.si / 1000).toFixed(2)} s, ${(r.bytes / 1024).toFixed(0)} KiB fetched`);
    }
  }
  console.log(`Lighthouse ${lighthouse.version ?? '12.2.3'}, mobile (simulated slow 4G, 4x CPU), /devices with ${fleet + 12} devices, median of ${runs}:`);
  for (const build of builds) {
    const m = (k) => percentile(build.results.map((r) => r[k]), 0.5);
    console.log(`  ${build.name}: performance ${m('score')}, LCP ${(m('lcp') / 1000).toFixed(2)} s, FCP ${(m('fcp') / 1000).toFixed(2)} s, TBT ${m('tbt').toFixed(0)} ms, CLS ${m('cls').toFixed(3)}, SI ${(m('si') / 1000).toFixed(2)} s, ${(m('bytes') / 1024).toFixed(0)} KiB fetched`);
  }
} finally {
  for (const build of builds) build.stack?.stop();
  await chrome.kill();
}
