// The console's first load and its budget: brotli (quality 11) of every file index.html
// loads before the first screen (the files it links, and the scripts those import),
// figure by file. Fails when the total is over the budget or the JS is not minified.
// Also prints what each area's screens fetch when first shown (their chunks, and what
// those screens say in English).
// Usage: node scripts/first-load.mjs [DIST]   (make test runs it on the release build)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// The first load's budget in KiB: what the diet reached (249.8 KiB), rounded up to the
// next 5 KiB. Only ever lowered.
const BUDGET_KIB = 250;

const dist = process.argv[2] || 'dist';
const brotli = (bytes) => zlib.brotliCompressSync(bytes, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
}).length;
const read = (name) => fs.readFileSync(path.join(dist, name));

const html = read('index.html').toString();
const first = new Set(
  [...html.matchAll(/(?:href|src)=["']?\/?([^"'\s>?#]+\.(?:wasm|js|css))/g),
    ...html.matchAll(/['"]\/?([^'"\s]+\.(?:wasm|js))['"]/g)].map((m) => m[1]),
);
// Static imports of the scripts (the glue imports the chunk loader).
for (const js of [...first].filter((f) => f.endsWith('.js'))) {
  for (const m of read(js).toString().matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) first.add(m[1]);
}

let total = 0;
const rows = [];
for (const name of [...first].sort()) {
  if (!fs.existsSync(path.join(dist, name))) {
    console.error(`FAIL index.html loads ${name}, which is not in ${dist}`);
    process.exit(1);
  }
  const raw = read(name);
  const br = brotli(raw);
  total += br;
  rows.push([name, raw.length, br]);
}
const htmlBr = brotli(Buffer.from(html));
total += htmlBr;
rows.push(['index.html', html.length, htmlBr]);
for (const [name, raw, br] of rows) console.log(`  ${name}: ${raw} B raw, ${br} B brotli`);

// What each area's screens fetch when first shown: its file (and any other chunk the
// loader lists for it), and what those screens say in English (the screens' catalog, once
// for all areas), beyond the first load.
const loader = [...first].find((f) => /^split-.*\.js$/.test(f));
const words = fs.readdirSync(dist).find((f) => /^screens-en-[0-9a-f]+\.ftl$/.test(f));
if (words) console.log(`  the screens' words in English (${words}): ${brotli(read(words))} B brotli, with the first of them shown`);
if (loader) {
  const text = read(loader).toString();
  const chunkVars = new Map(
    [...text.matchAll(/(\w+)=\w+\(\(\)=>\{const \w+=\w+\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  for (const m of text.matchAll(/export const __wasm_split_load_(\w+)=\w+\(\w+\(\(\)=>\{const \w+=\w+\(new URL\("\.\/([^"]+)"[^]*?\},\[([^\]]*)\]/g)) {
    const files = [m[2], ...m[3].split(',').filter(Boolean).map((v) => chunkVars.get(v))];
    const bytes = files.reduce((sum, f) => sum + brotli(read(f)), 0);
    console.log(`  area ${m[1]}: ${files.length} files, ${bytes} B brotli when first shown`);
  }
}

const js = [...first].filter((f) => f.endsWith('.js')).map((f) => read(f).toString()).join('\n');
const lines = js.split('\n').length;
const minified = js.length / Math.max(lines, 1) > 200;
console.log(`${minified ? 'PASS' : 'FAIL'} JS minified (${lines} lines, ${js.length} chars)`);
const budget = BUDGET_KIB * 1024;
const within = total <= budget;
console.log(`${within ? 'PASS' : 'FAIL'} first load ${total} B brotli (${(total / 1024).toFixed(1)} KiB), budget ${budget} B (${BUDGET_KIB} KiB)`);
process.exit(within && minified ? 0 : 1);
