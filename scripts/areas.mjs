// One file per area, for scripts/post-build.mjs. wasm-split-cli gives each area (a group
// of lazy routes, src/pages/lazy.rs) its own chunk plus one shared chunk for every set of
// areas that share code, so the device table fetched eight files: over HTTP/1.1's six
// connections the first reads queued behind them, and each was compiled and instantiated
// on its own. Here each area's chunk and the shared chunks it needs are merged into one
// module (binaryen's wasm-merge), which wasm-opt then optimizes as a whole.
//
// Code that two areas share is then in both files, and a browser that shows both areas
// instantiates it twice. That is only sound because a chunk holds no state of its own: it
// imports the main module's memory, table and stack global, and its own parts are
// functions, the table slots they fill (the same slots, with the same code, each time) and
// data segments. A data segment is written again on each instantiation, so a shared chunk
// may only carry read-only data (the cargo module's `.rodata`; its zero-filled statics'
// segments are dropped, below): a mutable static written again would lose its value.
// `sharedDataProblems` checks that, and the build fails when it does not hold.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import binaryen from 'binaryen';

// The module name the merged files' imports use inside the merge; the loader provides the
// main module's exports under it too.
const HUB = '__wasm_split_main';
// What rustc's wasm32 target uses by default, for binaryen's tools, which would otherwise
// assume less of a module that, like wasm-split-cli's, has no features section.
export const FEATURES = ['--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-sign-ext', '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-multivalue'];

/** The data segments of a wasm module: `{ name, offset, length }` each (offset null: passive). */
export function dataSegments(bytes) {
  const module = binaryen.readBinary(bytes);
  try {
    const segments = [];
    for (let i = 0; i < module.getNumDataSegments(); i++) {
      const s = module.getDataSegmentInfo(module.getDataSegmentByIndex(i));
      segments.push({ name: s.name, offset: s.passive ? null : s.offset, length: s.data.byteLength });
    }
    return segments;
  } finally {
    module.dispose();
  }
}

/**
 * Why a chunk's data would not survive being written again: one line per segment that is
 * not inside `readOnly` (`{ start, end }`, the cargo module's `.rodata`); empty when it
 * would. `chunk` names the chunk in the lines.
 */
export function sharedDataProblems(chunk, segments, readOnly) {
  return segments
    .filter((s) => s.length > 0)
    .filter((s) => s.offset === null || s.offset < readOnly.start || s.offset + s.length > readOnly.end)
    .map((s) => `${chunk}: data segment ${s.name} (${s.length} B at ${s.offset ?? 'passive'}) is outside the read-only data ${readOnly.start}..${readOnly.end}`);
}

/** Where the cargo module's read-only data lies (its `.rodata` segment). */
export function readOnlyRange(cargoModule) {
  const rodata = dataSegments(cargoModule).find((s) => s.name === '.rodata' && s.offset !== null);
  if (!rodata) throw new Error('the cargo module has no .rodata segment by that name: was it linked without names?');
  return { start: rodata.offset, end: rodata.offset + rodata.length };
}

// A module that only passes the main module's memory, table and global on, as the chunks
// import them (the same limits), so that the merged module imports each once.
function hubText(chunk) {
  const module = binaryen.readBinary(chunk);
  try {
    const memory = module.getMemoryInfo();
    const table = module.getNumTables() === 1 ? binaryen.getTableInfo(module.getTableByIndex(0)) : null;
    const global = module.getNumGlobals() >= 1 ? binaryen.getGlobalInfo(module.getGlobalByIndex(0)) : null;
    const imported = [memory, table, global].every((i) => i?.module === '__wasm_split');
    if (!imported || global.type !== binaryen.i32 || !global.mutable) {
      throw new Error('a chunk does not import the main module\'s memory, table and stack global: has wasm-split-cli changed its output?');
    }
    const limits = (i) => `${i.initial}${i.max === undefined ? '' : ` ${i.max}`}`;
    const items = [
      [memory.base, 'memory', limits(memory)],
      [table.base, 'table', `${limits(table)} funcref`],
      [global.base, 'global', '(mut i32)'],
    ];
    const lines = items.map(([name, kind, type], i) =>
      ` (import "${HUB}" "${name}" (${kind} $i${i} ${type}))\n (export "${name}" (${kind} $i${i}))`);
    return `(module\n${lines.join('\n')}\n)\n`;
  } finally {
    module.dispose();
  }
}

/**
 * Merges, in `split` (wasm-split-cli's output), each area's chunk with the shared chunks
 * it needs, removes the shared chunks, and rewrites the loader (`__wasm_split.js`) to
 * fetch one file per area. Throws when a shared chunk carries data that is not read-only.
 */
export function oneFilePerArea({ split, cargoModule, work, bin }) {
  const loaderPath = path.join(split, '__wasm_split.js');
  let loader = fs.readFileSync(loaderPath, 'utf8');
  const shared = new Map(
    [...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)]
      .map((m) => [m[1], m[2]]),
  );
  const areas = [...loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[^]*?\n, \[([^\]]*)\]\)\);/g)]
    .map((m) => ({ area: m[1], own: m[2], deps: m[3].split(',').map((d) => d.trim()).filter(Boolean), text: m[0] }));
  if (areas.length === 0) throw new Error('the chunk loader names no area: has wasm-split-cli changed its output?');

  // A shared chunk's zero-filled data (its statics' `.bss`) goes: the memory there is
  // still zero when the first area that holds the chunk is instantiated (the statics are
  // the chunk's alone, and nothing else writes there), and written again it would reset
  // them. Then all that is left must be read-only.
  const readOnly = readOnlyRange(cargoModule);
  const problems = [...shared.values()].flatMap((file) => {
    const chunk = path.join(split, file);
    execFileSync(path.join(bin, 'wasm-opt'), [...FEATURES, '--zero-filled-memory', '--memory-packing', chunk, '-o', chunk], { stdio: 'inherit' });
    return sharedDataProblems(file, dataSegments(fs.readFileSync(chunk)), readOnly);
  });
  if (problems.length) throw new Error(`a shared chunk would be instantiated once per area that needs it, and its data is not read-only:\n${problems.join('\n')}`);

  const hub = path.join(work, 'hub.wasm');
  fs.writeFileSync(path.join(work, 'hub.wat'), hubText(fs.readFileSync(path.join(split, areas[0].own))));
  execFileSync(path.join(bin, 'wasm-as'), [...FEATURES, path.join(work, 'hub.wat'), '-o', hub], { stdio: 'inherit' });
  for (const { area, own, deps, text } of areas) {
    const files = [own, ...deps.map((d) => {
      if (!shared.has(d)) throw new Error(`area ${area} needs ${d}, which the loader does not define`);
      return shared.get(d);
    })];
    const merged = path.join(work, `merged-${own}`);
    // Each input is named for the merge; the chunks' imports name `__wasm_split`, the
    // hub's exports stand for it.
    execFileSync(path.join(bin, 'wasm-merge'), [...FEATURES, hub, '__wasm_split', ...files.flatMap((f, i) => [path.join(split, f), `m${i}`]), '-o', merged], { stdio: 'inherit' });
    fs.renameSync(merged, path.join(split, own));
    loader = loader.replace(text, text.replace(/\n, \[[^\]]*\]\)\);$/, '\n, []));'));
  }
  for (const file of shared.values()) fs.rmSync(path.join(split, file));
  // The shared chunks' loaders go; the merged files' imports are served under the hub's name.
  loader = loader.replace(/\/\* [^*]*\*\/\nconst __chunk_\d+ = makeLoad\(\(\) => \{[^]*?\n\}\n, \[\]\);\n/g, '');
  if (loader.includes('__chunk_')) throw new Error('the chunk loader still names a shared chunk: has wasm-split-cli changed its output?');
  const from = 'sharedImports = { __wasm_split: {  } };';
  if (!loader.includes(from)) throw new Error(`the chunk loader does not contain ${from}: has wasm-split-cli changed its output?`);
  loader = loader.replace(from, `${from}\n        sharedImports.${HUB} = sharedImports.__wasm_split;`);
  fs.writeFileSync(loaderPath, loader);
  return areas.map((a) => a.area);
}
