// trunk's post-build hook (the only one: trunk runs a stage's hooks at the same time, and
// these steps depend on each other). In the staging directory trunk is about to publish:
//
// 1. Split the wasm by route. trunk has no step between cargo and wasm-bindgen, so this
//    replaces what trunk's wasm-bindgen wrote: wasm-split-cli cuts cargo's module (linked
//    with --emit-relocs, .cargo/config.toml) at the lazy routes (src/pages/lazy.rs) into a
//    main module and chunks, plus the JS that fetches the chunks; each area's chunks are
//    then merged into one file (scripts/areas.mjs); wasm-bindgen makes the main module's
//    glue, as trunk would have.
// 2. Release builds: wasm-opt -Oz on the main module and every chunk (trunk's own wasm-opt
//    is off in index.html: it would optimize a module that is thrown away here), and terser
//    minifies the JS.
// 3. Names every file by its content's hash, so the console proxy can cache it for good,
//    and rewrites index.html to load them with subresource integrity. The glue and the
//    chunk loader import each other, so those two share one hash of everything built.
// 4. Writes the languages' catalogs (scripts/locales.mjs), then the brotli and gzip copies
//    of everything (scripts/precompress.mjs), in that order.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { FEATURES, oneFilePerArea } from './areas.mjs';

const staging = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';
const bin = path.resolve('node_modules/.bin');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
// Appended to the chunk loader (a function declaration: hoisted above its callers).
const FETCH_AGAIN = `
async function __fetchAgain(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok || response.status === 404 || attempt === 3) return response;
    } catch (e) {
      if (attempt === 3) throw e;
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}
`;
// Thrown, not exited: the temporary directory below is removed on the way out.
const fail = (why) => { throw new Error(`post-build: ${why}`); };

// cargo's module: the profile Trunk.toml names, in cargo's target directory.
const profile = /^\s*cargo_profile\s*=\s*"([^"]+)"/m.exec(fs.readFileSync('Trunk.toml', 'utf8'))?.[1];
if (!profile) fail('Trunk.toml names no cargo_profile');
const input = path.join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown', profile, 'app.wasm');
if (!fs.existsSync(input)) fail(`${input} is missing: trunk should have built it`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'console-split-'));
try {
  // 1. Split, then the glue for the main module.
  const split = path.join(work, 'split');
  const glue = path.join(work, 'bindgen');
  run('wasm-split-cli', [input, split, '--out-name', 'app']);
  // One file per area: its chunk and the shared chunks it needs (scripts/areas.mjs).
  oneFilePerArea({ split, cargoModule: fs.readFileSync(input), work, bin });
  run('wasm-bindgen', ['--target=web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
    '--out-name=app', `--out-dir=${glue}`, path.join(split, 'app.wasm')]);

  const chunks = fs.readdirSync(split).filter((f) => f.endsWith('.wasm') && f !== 'app.wasm').sort();
  const files = new Map([['app_bg.wasm', path.join(glue, 'app_bg.wasm')],
    ...chunks.map((c) => [c, path.join(split, c)])]);

  // 2. Optimize and minify (release).
  if (release) {
    for (const file of files.values()) run(path.join(bin, 'wasm-opt'), ['-Oz', ...FEATURES, ...(process.env.WASM_KEEP_NAMES ? ['-g'] : []), file, '-o', file]);
  }
  let appJs = fs.readFileSync(path.join(glue, 'app.js'), 'utf8');
  let loaderJs = fs.readFileSync(path.join(split, '__wasm_split.js'), 'utf8');

  // 3. Content names. Chunks first: the loader names them.
  const digest = (...parts) => {
    const h = crypto.createHash('sha256');
    for (const p of parts) h.update(p);
    return h.digest('hex').slice(0, 16);
  };
  const replaceAll = (text, from, to, what) => {
    if (!text.includes(from)) fail(`${what} does not contain ${from}: has wasm-split-cli or wasm-bindgen changed its output?`);
    return text.split(from).join(to);
  };
  const out = new Map(); // name in staging -> bytes
  for (const chunk of chunks) {
    const bytes = fs.readFileSync(files.get(chunk));
    const named = `${chunk.slice(0, -5)}-${digest(bytes)}.wasm`;
    loaderJs = replaceAll(loaderJs, `"./${chunk}"`, `"./${named}"`, 'the chunk loader');
    out.set(named, bytes);
  }
  const wasm = fs.readFileSync(files.get('app_bg.wasm'));
  // (This script's own text too: it rewrites what it hashes.)
  const hash = digest(wasm, appJs, loaderJs, ...out.values(), fs.readFileSync(new URL(import.meta.url)));
  const names = { js: `app-${hash}.js`, wasm: `app-${hash}_bg.wasm`, loader: `split-${hash}.js` };
  // Only the glue's imports of the loader: the module's own import name stays.
  appJs = replaceAll(appJs, 'from "./__wasm_split.js"', `from "./${names.loader}"`, 'the glue');
  appJs = appJs.split("'app_bg.wasm'").join(`'${names.wasm}'`);
  loaderJs = replaceAll(loaderJs, '"./app.js"', `"./${names.js}"`, 'the chunk loader');
  // A chunk that fails to arrive (a shop's connection drops) is fetched again, three times
  // in all, before the screen gives up; the loader itself only reports the failure.
  loaderJs = replaceAll(loaderJs, 'fetch(new URL(', '__fetchAgain(new URL(', 'the chunk loader')
    + FETCH_AGAIN;
  if (release) {
    appJs = minify(appJs, 'app.js');
    loaderJs = minify(loaderJs, '__wasm_split.js');
  }
  out.set(names.wasm, wasm);
  out.set(names.js, Buffer.from(appJs));
  out.set(names.loader, Buffer.from(loaderJs));

  // Replace trunk's glue and module with these, and point index.html at them.
  const htmlPath = path.join(staging, 'index.html');
  let html = fs.readFileSync(htmlPath, 'utf8');
  const old = /\/(app-[0-9a-f]+)\.js/.exec(html)?.[1];
  if (!old) fail('index.html loads no app-<hash>.js: has trunk changed its loader?');
  for (const f of [`${old}.js`, `${old}_bg.wasm`]) fs.rmSync(path.join(staging, f), { force: true });
  for (const [name, bytes] of out) fs.writeFileSync(path.join(staging, name), bytes);
  const sri = (name) => `sha384-${crypto.createHash('sha384').update(out.get(name)).digest('base64')}`;
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    for (const [from, to] of [[`/${old}.js`, names.js], [`/${old}_bg.wasm`, names.wasm]]) {
      if (tag.includes(from)) {
        return tag.replace(from, `/${to}`).replace(/integrity=("?)sha384-[^"\s>]+\1/, `integrity=$1${sri(to)}$1`);
      }
    }
    return tag;
  });
  html = replaceAll(html, `/${old}.js`, `/${names.js}`, 'index.html');
  html = replaceAll(html, `/${old}_bg.wasm`, `/${names.wasm}`, 'index.html');
  // The loader is imported by the glue: preload it beside the glue, not after it.
  html = replaceAll(html, '</head>',
    `<link rel="modulepreload" crossorigin href="/${names.loader}" integrity="${sri(names.loader)}"></head>`, 'index.html');
  fs.writeFileSync(htmlPath, html);
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`split: main module ${kib(wasm.length)}, ${chunks.length} chunks ${kib([...out].filter(([n]) => n.endsWith('.wasm') && n !== names.wasm).reduce((s, [, b]) => s + b.length, 0))} (raw)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

// 4. Catalogs, then compressed copies of everything.
run(process.execPath, ['scripts/locales.mjs']);
run(process.execPath, ['scripts/precompress.mjs']);

function minify(code, name) {
  const input = path.join(work, `min-in-${name}`);
  const output = path.join(work, `min-out-${name}`);
  fs.writeFileSync(input, code);
  run(path.join(bin, 'terser'), [input, '--module', '--compress', '--mangle', '--ecma', '2020', '-o', output]);
  return fs.readFileSync(output, 'utf8');
}
