// Run last by scripts/post-build.mjs (trunk's post-build hook): writes a brotli (.br) and
// a gzip (.gz) copy beside every file of the build that compresses, so the console proxy
// serves them as they are (tower-http ServeDir, precompressed) and no request pays for
// compression. index.html is left out: the proxy adds its runtime configuration to it and
// serves it from memory. Release builds get the best compression; others a fast one.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';
const compressible = /\.(wasm|js|css|svg|json|txt|html|ftl)$/;

for (const name of fs.readdirSync(dir)) {
  const file = path.join(dir, name);
  if (name === 'index.html' || !compressible.test(name) || !fs.statSync(file).isFile()) continue;
  const raw = fs.readFileSync(file);
  const br = zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: release ? 11 : 4,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gz = zlib.gzipSync(raw, { level: release ? 9 : 1 });
  fs.writeFileSync(`${file}.br`, br);
  fs.writeFileSync(`${file}.gz`, gz);
  console.log(`precompressed ${name}: ${raw.length} B, br ${br.length} B, gzip ${gz.length} B`);
}
