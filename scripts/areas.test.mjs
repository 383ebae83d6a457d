// Tests of scripts/areas.mjs on small modules shaped like wasm-split-cli's output: two
// areas, each with a chunk of its own, sharing a third. `make test` runs them
// (`node --test scripts/`).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';

import binaryen from 'binaryen';

import { dataSegments, oneFilePerArea, readOnlyRange, sharedDataProblems } from './areas.mjs';

const bin = path.resolve('node_modules/.bin');
// The cargo module's layout: read-only data at 1024..2048, then a mutable static, then
// zero-filled ones.
const RODATA = { start: 1024, end: 2048 };
// Keep the segments' names in the modules written, as cargo's module has them.
binaryen.setDebugInfo(true);

/** A module with the given named data segments `[name, offset, bytes]` (and, as a chunk, the split imports and a table slot). */
function module(segments, { chunk = false } = {}) {
  const m = new binaryen.Module();
  m.setFeatures(binaryen.Features.MVP | binaryen.Features.MutableGlobals | binaryen.Features.ReferenceTypes | binaryen.Features.BulkMemory);
  if (chunk) {
    m.addTableImport('table', '__wasm_split', '__indirect_function_table');
    m.addGlobalImport('sp', '__wasm_split', '__wasm_split_shared0', binaryen.i32, true);
    m.addFunction('f', binaryen.none, binaryen.i32, [], m.i32.load(0, 4, m.i32.const(segments[0]?.[1] ?? 0), 'mem'));
    m.addActiveElementSegment('table', 'slots', ['f'], m.i32.const(chunk));
  }
  m.setMemory(1, 1, null, segments.map(([name, offset, bytes]) => ({ name, offset: m.i32.const(offset), data: new Uint8Array(bytes), passive: false })), false, false, 'mem');
  if (chunk) m.addMemoryImport('mem', '__wasm_split', 'memory');
  const bytes = m.emitBinary();
  m.dispose();
  return bytes;
}

const cargo = () => module([['.rodata', RODATA.start, new Array(1024).fill(1)], ['.data', 2048, [7, 0, 0, 0]], ['.bss', 2052, [0, 0, 0, 0]]]);

// The loader wasm-split-cli writes, for areas a and b sharing chunk_1.
const LOADER = `import { initSync } from "./app.js";

let sharedImports = undefined;
function getSharedImports() {
    if (sharedImports === undefined) {
        sharedImports = { __wasm_split: {  } };
    }
    return sharedImports;
}
/* a, b */
const __chunk_1 = makeLoad(() => {
    const src = fetch(new URL("./chunk_1.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
export const __wasm_split_load_a = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_a.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1]));
export const __wasm_split_load_b = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_b.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1]));
`;

function splitOutput(shared) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-areas-test-'));
  const split = path.join(dir, 'split');
  fs.mkdirSync(split);
  fs.mkdirSync(path.join(dir, 'work'));
  fs.writeFileSync(path.join(split, '__wasm_split.js'), LOADER);
  fs.writeFileSync(path.join(split, 'split_a.wasm'), module([['.data', 2048, [9, 0, 0, 0]]], { chunk: 1 }));
  fs.writeFileSync(path.join(split, 'split_b.wasm'), module([['.rodata', 1500, [2, 2]]], { chunk: 2 }));
  fs.writeFileSync(path.join(split, 'chunk_1.wasm'), module(shared, { chunk: 3 }));
  return { dir, split, work: path.join(dir, 'work') };
}

test('the read-only data is the cargo module\'s .rodata', () => {
  assert.deepEqual(readOnlyRange(cargo()), RODATA);
  assert.throws(() => readOnlyRange(module([['.data', 2048, [1]]])), /no \.rodata/);
});

test('a shared chunk may carry read-only data only', () => {
  const segments = [
    { name: '.rodata', offset: 1024, length: 1024 },
    { name: '.data', offset: 2048, length: 0 },
    { name: '.data', offset: 2040, length: 16 },
    { name: 'passive', offset: null, length: 4 },
  ];
  assert.deepEqual(sharedDataProblems('chunk_1.wasm', segments, RODATA), [
    'chunk_1.wasm: data segment .data (16 B at 2040) is outside the read-only data 1024..2048',
    'chunk_1.wasm: data segment passive (4 B at passive) is outside the read-only data 1024..2048',
  ]);
});

test('each area becomes one file with the shared code, and the loader fetches only those', () => {
  // The shared chunk's read-only text and a zero-filled static: the static's segment goes.
  const { dir, split, work } = splitOutput([['.rodata', 1100, [3, 3, 3]], ['.bss', 2052, [0, 0, 0, 0]]]);
  try {
    assert.deepEqual(oneFilePerArea({ split, cargoModule: cargo(), work, bin }), ['a', 'b']);
    assert.deepEqual(fs.readdirSync(split).sort(), ['__wasm_split.js', 'split_a.wasm', 'split_b.wasm']);
    for (const [area, own] of [['a', [2048, 4]], ['b', [1500, 2]]]) {
      const bytes = fs.readFileSync(path.join(split, `split_${area}.wasm`));
      const wasm = new WebAssembly.Module(bytes);
      // One memory, table and global from the main module; no zero-filled segment.
      assert.deepEqual(WebAssembly.Module.imports(wasm).map((i) => `${i.module}.${i.name}:${i.kind}`).sort(), [
        '__wasm_split_main.__indirect_function_table:table', '__wasm_split_main.__wasm_split_shared0:global', '__wasm_split_main.memory:memory']);
      const segments = dataSegments(bytes).map((s) => [s.offset, s.length]).sort((x, y) => x[0] - y[0]);
      assert.deepEqual(segments, [[1100, 3], own].sort((x, y) => x[0] - y[0]));
    }
    const loader = fs.readFileSync(path.join(split, '__wasm_split.js'), 'utf8');
    assert.ok(!loader.includes('__chunk_') && !loader.includes('chunk_1.wasm'), loader);
    assert.equal((loader.match(/\n, \[\]\)\);/g) ?? []).length, 2);
    assert.ok(loader.includes('sharedImports.__wasm_split_main = sharedImports.__wasm_split;'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a shared chunk with a mutable static fails the build, naming it', () => {
  const { dir, split, work } = splitOutput([['.rodata', 1100, [3]], ['.data', 2048, [7, 0, 0, 0]]]);
  try {
    assert.throws(() => oneFilePerArea({ split, cargoModule: cargo(), work, bin }),
      /chunk_1\.wasm: data segment .* \(\d+ B at 2048\) is outside the read-only data 1024\.\.2048/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
