// An example host portal: a page that embeds Device Console from another origin and a
// few lines of server code that sign the operator's short-lived token (HS256, with the
// secret the console proxy is configured with). No dependencies beyond Node.
//
//   CONSOLE_URL=http://127.0.0.1:8080 TOKEN_SECRET=… PORT=5173 node examples/host-portal/server.mjs
//
// Then open http://localhost:5173/ and run the proxy with
//   --frame-ancestors http://localhost:5173 --token-secret … (--token-issuer/--token-audience to match)
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const env = (name, fallback) => process.env[name] ?? fallback;
const config = {
  port: Number(env('PORT', 5173)),
  consoleUrl: env('CONSOLE_URL', 'http://127.0.0.1:8080'),
  secret: env('TOKEN_SECRET', ''),
  issuer: env('TOKEN_ISSUER', 'device-console-playground'),
  audience: env('TOKEN_AUDIENCE', 'device-console'),
  lifetime: Number(env('TOKEN_LIFETIME_SECS', 120)),
  // Who is signed in to the portal (a real portal takes this from its own session).
  user: {
    sub: env('USER_SUB', 'portal-user-42'),
    name: env('USER_NAME', 'Portal User'),
    merchant_id: env('MERCHANT_ID', 'DM10000001'),
    roles: env('USER_ROLES', 'admin').split(','),
    locale: env('USER_LOCALE', 'sv-SE'),
  },
};
if (config.secret.length < 32) {
  console.error('TOKEN_SECRET must be the console proxy\'s operator token secret (32 bytes or more)');
  process.exit(2);
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');

/** Signs a token for the signed-in user: short-lived, for the console's audience only. */
function sign() {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const claims = b64url(JSON.stringify({
    iss: config.issuer, aud: config.audience, iat: now, nbf: now, exp: now + config.lifetime, ...config.user,
  }));
  const signature = b64url(crypto.createHmac('sha256', config.secret).update(`${header}.${claims}`).digest());
  return `${header}.${claims}.${signature}`;
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const page = fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replaceAll('{{CONSOLE_URL}}', config.consoleUrl);
const script = fs.readFileSync(path.join(dir, 'host.js'), 'utf8');

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://host');
  if (req.method === 'POST' && url.pathname === '/token') {
    // A real portal checks its own session cookie here before signing anything.
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    return res.end(JSON.stringify({ token: sign() }));
  }
  if (req.method === 'GET' && url.pathname === '/host.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    return res.end(script);
  }
  if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'self'; frame-src ${config.consoleUrl}; script-src 'self'; style-src 'self' 'unsafe-inline'`,
    });
    return res.end(page);
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found\n');
}).listen(config.port, () => console.log(`host portal at http://localhost:${config.port}/ embedding ${config.consoleUrl}`));
