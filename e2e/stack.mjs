// Where the end-to-end stack listens. One place for every port and secret the tests
// share with the processes global-setup starts.
const base = Number(process.env.E2E_BASE_PORT ?? 18400);

export const stack = {
  consolePort: base,
  consoleUrl: `http://127.0.0.1:${base}`,
  dataDir: 'target/e2e/data',
};
