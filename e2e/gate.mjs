// A switch between the console proxy and the playground: it passes requests through,
// or plays an upstream that is down (connections closed) or failing (500). Tests flip it
// through its control port.
import http from 'node:http';

export function startGate({ listenPort, controlPort, target }) {
  let mode = 'pass';
  const gate = http.createServer((req, res) => {
    if (mode === 'down') { req.socket.destroy(); return; }
    if (mode === 'error') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
      return;
    }
    const url = new URL(req.url, target);
    const up = http.request(url, { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    up.on('error', () => req.socket.destroy());
    req.pipe(up);
  });
  gate.keepAliveTimeout = 1000;
  const control = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      if (req.method === 'POST') {
        mode = JSON.parse(body).mode;
        // Kept-alive connections would carry on regardless; close them.
        gate.closeIdleConnections?.();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ mode }));
    });
  });
  return Promise.all([
    new Promise((r) => gate.listen(listenPort, '127.0.0.1', r)),
    new Promise((r) => control.listen(controlPort, '127.0.0.1', r)),
  ]).then(() => ({ close: () => { gate.close(); control.close(); } }));
}
