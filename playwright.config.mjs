// End-to-end tests: Debian's Chromium (never a downloaded browser) driving the real
// console proxy, serving the real release build, in front of the real playground.
import { defineConfig } from '@playwright/test';
import { stack } from './e2e/stack.mjs';

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.mjs',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  outputDir: 'target/e2e/results',
  globalSetup: './e2e/global-setup.mjs',
  use: {
    baseURL: stack.consoleUrl,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
