// Where the end-to-end stack listens, and what the tests share with the processes that
// global-setup starts: ports, the token secret, the playground's demo key.
const base = Number(process.env.E2E_BASE_PORT ?? 18400);

export const stack = {
  consolePort: base,
  consoleUrl: `http://127.0.0.1:${base}`,
  playgroundUrl: `http://127.0.0.1:${base + 1}`,
  gatePort: base + 2,
  gateControl: `http://127.0.0.1:${base + 3}`,
  hostPort: base + 4,
  hostUrl: `http://localhost:${base + 4}`,
  // Another site, allowed nowhere.
  otherPort: base + 5,
  otherUrl: `http://127.0.0.1:${base + 5}`,
  // A second proxy, in front of a playground that serves only what Kustom documents
  // (no get-by-id, no enrollment → device link).
  documentedUrl: `http://127.0.0.1:${base + 6}`,
  documentedPlaygroundUrl: `http://127.0.0.1:${base + 7}`,
  // A console with standalone sign-in (live mode, in front of the first playground) and
  // the identity provider it signs in with.
  signInUrl: `http://127.0.0.1:${base + 8}`,
  providerUrl: `http://127.0.0.1:${base + 9}`,
  oidcSecret: 'e2e-client-secret-of-the-console-at-the-provider',
  // The host signs short-lived tokens, so refreshing happens within a test.
  hostTokenSecs: 12,
  dataDir: 'target/e2e/data',
  tokenSecret: 'e2e-secret-of-the-device-console-0123456789',
  demoKey: 'kco_test_api_DemoMerchantPlaygroundKey',
  demoMerchant: 'DM10000001',
};
