// Starts the stack the end-to-end tests run against, and stops it afterwards:
//   playground (debug build, its own SQLite file, demo data)
//   → gate (passes through, or plays an upstream that is down or failing)
//   → console proxy (debug build) serving the release build of the console.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { stack } from './stack.mjs';
import { startGate } from './gate.mjs';

function start(name, cmd, args, readyUrl, env = {}) {
  const log = fs.openSync(`target/e2e/${name}.log`, 'w');
  const child = spawn(cmd, args, { stdio: ['ignore', log, log], env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (code) console.error(`${name} exited with ${code}${signal ? ` (${signal})` : ''}; see target/e2e/${name}.log`);
  });
  return waitFor(readyUrl, name).then(() => child);
}

async function waitFor(url, name) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not come up at ${url}; see target/e2e/${name}.log`);
}

export default async function globalSetup() {
  // Anything that already answers on the stack's addresses (processes left by a run that
  // was killed) would pass for the process started there while that one fails to listen,
  // and the tests would run against it: refuse, before anything is started.
  for (const url of [stack.consoleUrl, stack.playgroundUrl, stack.documentedUrl, stack.documentedPlaygroundUrl,
    stack.signInUrl, stack.providerUrl, stack.hostUrl, stack.gateControl]) {
    if (await fetch(url).then(() => true, () => false)) {
      throw new Error(`something already answers at ${url}, left from an earlier run? Stop it (or set E2E_BASE_PORT) and run again.`);
    }
  }
  fs.rmSync('target/e2e', { recursive: true, force: true });
  fs.mkdirSync(stack.dataDir, { recursive: true });
  const playground = await start('playground', 'target/debug/playground', [
    '--listen', stack.playgroundUrl.replace('http://', ''),
    '--db', `${stack.dataDir}/playground.sqlite`, '--seed', 'demo',
  ], `${stack.playgroundUrl}/healthz`);
  const gate = await startGate({ listenPort: stack.gatePort, controlPort: Number(stack.gateControl.split(':')[2]), target: stack.playgroundUrl });
  const proxy = await start('proxy', 'target/debug/device-console', [
    '--playground-url', `http://127.0.0.1:${stack.gatePort}`,
    '--listen', `127.0.0.1:${stack.consolePort}`, '--dist', 'dist',
    '--token-secret', stack.tokenSecret,
    '--frame-ancestors', stack.hostUrl,
    '--upstream-timeout-ms', '3000',
    // An expired token is refused at once, so a save that succeeds after its token's
    // expiry proves the console fetched a new one.
    '--token-leeway-secs', '0',
    // What tests make at the playground (as the POS app or another console would)
    // reaches the fleet index within a second.
    '--index-refresh-secs', '1',
    '--data-dir', `${stack.dataDir}/console`,
    '--log-format', 'json',
  ], `${stack.consoleUrl}/healthz`);
  const documentedPlayground = await start('playground-documented', 'target/debug/playground', [
    '--listen', stack.documentedPlaygroundUrl.replace('http://', ''),
    '--db', `${stack.dataDir}/documented.sqlite`, '--seed', 'demo', '--documented-only',
  ], `${stack.documentedPlaygroundUrl}/healthz`);
  const documentedProxy = await start('proxy-documented', 'target/debug/device-console', [
    '--playground-url', stack.documentedPlaygroundUrl,
    '--listen', stack.documentedUrl.replace('http://', ''), '--dist', 'dist', '--log-format', 'json',
    '--index-refresh-secs', '1',
    '--data-dir', `${stack.dataDir}/console-documented`,
  ], `${stack.documentedUrl}/healthz`);
  // A merchant's identity provider, with users in different groups, and a console that
  // signs in with it (standalone, live mode, the first playground as Kustom).
  const [firstStore] = (await (await fetch(`${stack.playgroundUrl}/ipp/v1/locations`, {
    headers: { authorization: `Basic ${stack.demoKey}` },
  })).json()).content;
  const idp = await start('oidc-provider', process.execPath, ['e2e/oidc/provider.mjs'], `${stack.providerUrl}/.well-known/openid-configuration`, {
    PORT: stack.providerUrl.split(':')[2], CONSOLE_URL: stack.signInUrl, CLIENT_SECRET: stack.oidcSecret,
    USERS: JSON.stringify({
      maja: { name: 'Maja Manager', groups: ['store-managers'], locations: [firstStore.id] },
      olle: { name: 'Olle Outsider', groups: ['canteen'], locations: [firstStore.id] },
      sune: { name: 'Sune Svensson', groups: ['store-managers'], locations: [firstStore.id], locale: 'sv-SE' },
    }),
  });
  const signIn = await start('proxy-sign-in', 'target/debug/device-console', [
    '--upstream', stack.playgroundUrl, '--upstream-get-by-id',
    '--api-key', stack.demoKey, '--merchant-id', stack.demoMerchant,
    '--listen', stack.signInUrl.replace('http://', ''), '--dist', 'dist', '--log-format', 'json',
    '--public-url', stack.signInUrl,
    '--oidc-issuer', stack.providerUrl, '--oidc-client-id', 'device-console',
    '--oidc-provider-name', 'Example Corp', '--oidc-help', 'the Example Corp IT desk',
    '--oidc-role-map', 'console-admins=admin,store-managers=operator,staff=viewer',
    '--oidc-locations-claim', 'locations',
    '--index-refresh-secs', '1',
    '--data-dir', `${stack.dataDir}/console-sign-in`,
  ], `${stack.signInUrl}/healthz`, { OIDC_CLIENT_SECRET: stack.oidcSecret });
  // The example host portal, on another origin than the console.
  const host = await start('host', process.execPath, ['examples/host-portal/server.mjs'], `${stack.hostUrl}/`, {
    PORT: String(stack.hostPort), CONSOLE_URL: stack.consoleUrl, TOKEN_SECRET: stack.tokenSecret,
    TOKEN_LIFETIME_SECS: String(stack.hostTokenSecs), USER_NAME: 'Portal User', USER_ROLES: 'admin',
  });
  // Another site: it tries to frame the console and to talk to it.
  const other = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url.startsWith('/frame-console')
      ? `<!doctype html><title>Other site</title><iframe id="c" title="console" src="${stack.consoleUrl}/enrollments"></iframe>`
      : '<!doctype html><title>Other site</title><p>other</p>');
  });
  await new Promise((r) => other.listen(stack.otherPort, '127.0.0.1', r));
  return async () => {
    host.kill('SIGTERM');
    signIn.kill('SIGTERM');
    idp.kill('SIGTERM');
    other.close();
    documentedProxy.kill('SIGTERM');
    documentedPlayground.kill('SIGTERM');
    proxy.kill('SIGTERM');
    playground.kill('SIGTERM');
    gate.close();
    // Nothing the proxies logged may hold the API key, a client secret or a token.
    for (const name of ['proxy', 'proxy-sign-in']) {
      const log = fs.readFileSync(`target/e2e/${name}.log`, 'utf8');
      for (const secret of [stack.demoKey, stack.tokenSecret, stack.oidcSecret]) {
        if (log.includes(secret)) throw new Error(`a secret appears in target/e2e/${name}.log`);
      }
      if (/eyJhbGciOi/.test(log)) throw new Error(`a JWT appears in target/e2e/${name}.log`);
    }
  };
}
