// Where the console's wasm bytes are: code bytes per crate (and per page of the app), read
// from the function names that the linker leaves in cargo's output (wasm-opt strips them
// later). Usage: node scripts/wasm-composition.mjs FILE.wasm [ROWS]
// Sizes are before wasm-opt and before compression: they rank, they do not add up to dist/.
import fs from 'node:fs';

const file = process.argv[2];
const rows = Number(process.argv[3] || 25);
const show = process.env.SHOW_CRATE; // also list that crate's biggest functions
const shown = [];
const bytes = fs.readFileSync(file);
let at = 8;
const leb = () => {
  let value = 0, shift = 0, byte;
  do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return value;
};
const skipName = () => { const n = leb(); at += n; };

let imported = 0; const bodies = []; const names = new Map(); const sections = {};
const kinds = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
while (at < bytes.length) {
  const id = bytes[at++]; const size = leb(); const start = at;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      skipName(); skipName();
      const kind = bytes[at++];
      if (kind === 0) { leb(); imported++; }
      else if (kind === 1) { at++; const flags = bytes[at++]; leb(); if (flags & 1) leb(); }
      else if (kind === 2) { const flags = bytes[at++]; leb(); if (flags & 1) leb(); }
      else if (kind === 3) at += 2;
      else if (kind === 4) { at++; leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) { const body = leb(); bodies.push(body); at += body; }
  } else if (id === 0) {
    const len = leb(); const name = bytes.subarray(at, at + len).toString(); at += len;
    sections[`custom ${name}`] = size;
    if (name === 'name') {
      while (at < start + size) {
        const sub = bytes[at++]; const subSize = leb(); const subStart = at;
        if (sub === 1) for (let n = leb(); n > 0; n--) { const index = leb(); const l = leb(); names.set(index, bytes.subarray(at, at + l).toString()); at += l; }
        at = subStart + subSize;
      }
    }
  }
  if (id !== 0) sections[kinds[id] ?? id] = size;
  at = start + size;
}

// Rust's legacy mangling: _ZN <len><segment>... 17h<hash> E, with $LT$-style escapes.
const escapes = { SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')', C: ',' };
function demangle(symbol) {
  const m = /^_ZN(.*)E$/.exec(symbol);
  if (!m) return symbol;
  const parts = []; let s = m[1];
  while (s.length) {
    const len = /^\d+/.exec(s); if (!len) break;
    const n = Number(len[0]); let part = s.slice(len[0].length, len[0].length + n); s = s.slice(len[0].length + n);
    if (/^h[0-9a-f]{16}$/.test(part)) continue;
    part = part.replace(/^_\$/, '$').replace(/\$([A-Z]+|u[0-9a-f]+)\$/g, (_, e) => e[0] === 'u' ? String.fromCharCode(parseInt(e.slice(1), 16)) : (escapes[e] ?? e)).replace(/\.\./g, '::');
    parts.push(part);
  }
  return parts.join('::');
}
// The crate a function's bytes are charged to: the implementing type's crate, or the trait's
// when the type is a bare generic (`<F as tachys::view::Render>` is tachys' code).
function crateOf(name) {
  const v0 = /^_R.*?C(?:s[0-9a-zA-Z]*_)?(\d+)/.exec(name); // v0 mangling (std)
  if (v0) return name.substr(v0.index + v0[0].length, Number(v0[1]));
  const impl = /^<(?:&mut |&)?([^ ]+) as ([^ >]+)/.exec(name);
  const path = impl ? (/^[a-z_]+::/.test(impl[1]) ? impl[1] : impl[2]) : name;
  const crate = path.replace(/^[<&*( ]+|^(mut|const|dyn) /g, '').split('::')[0];
  return /^[a-z_][a-z0-9_]*$/.test(crate) ? crate : '(other)';
}
function pageOf(name) {
  const m = /app::(pages::[a-z_]+|components|i18n|api|embed|logic|[a-z_]+)/.exec(name);
  return m ? m[1] : null;
}

const byCrate = new Map(); const byPart = new Map(); let code = 0;
bodies.forEach((size, k) => {
  const name = demangle(names.get(k + imported) ?? '?'); code += size;
  const crate = crateOf(name); if (crate === show) shown.push([size, name]); byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  if (crate === 'app') { const part = pageOf(name) ?? '(app, other)'; byPart.set(part, (byPart.get(part) ?? 0) + size); }
});
const pct = n => `${(100 * n / code).toFixed(1)}%`;
const table = (title, map) => {
  console.log(`\n| ${title} | code bytes | share of code |\n|---|---:|---:|`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`| ${k} | ${v} | ${pct(v)} |`);
};
console.log(`${file}: ${bytes.length} B; code ${code} B in ${bodies.length} functions; data ${sections.data ?? 0} B`);
table('crate', byCrate);
table('part of the app', byPart);
if (show) {
  console.log(`\n${show}'s biggest functions:`);
  for (const [size, name] of shown.sort((a, b) => b[0] - a[0]).slice(0, rows)) console.log(`${size} ${name.slice(0, 200)}`);
}
