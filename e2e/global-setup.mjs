// Starts the real console proxy (release build of the console, debug build of the
// servers) for the end-to-end tests, and stops it afterwards.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { stack } from './stack.mjs';

function start(name, cmd, args, readyUrl) {
  const log = fs.openSync(`target/e2e/${name}.log`, 'w');
  const child = spawn(cmd, args, { stdio: ['ignore', log, log] });
  child.on('exit', (code) => { if (code) console.error(`${name} exited with ${code}; see target/e2e/${name}.log`); });
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
  fs.rmSync('target/e2e', { recursive: true, force: true });
  fs.mkdirSync(stack.dataDir, { recursive: true });
  const proxy = await start('proxy', 'target/debug/device-console', [
    '--playground', '--data-dir', stack.dataDir,
    '--listen', `127.0.0.1:${stack.consolePort}`, '--dist', 'dist', '--log-format', 'json',
  ], `${stack.consoleUrl}/healthz`);
  return async () => { proxy.kill('SIGTERM'); };
}
