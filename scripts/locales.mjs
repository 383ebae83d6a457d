// Run by scripts/post-build.mjs (trunk's post-build hook): writes each language's catalog
// (the files of locales/<code>/, one per screen, joined in name order, without comments)
// beside the console under a name that carries a hash of its content
// (locale-<code>-<hash>.ftl), so it can be cached for good like the rest of the build.
// English is built into the console and is not written. The proxy lists what it finds in
// the page's runtime configuration; the console fetches a language when it is first shown.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
for (const code of fs.readdirSync('locales').sort()) {
  const from = path.join('locales', code);
  if (code === 'en' || !/^[a-z]+$/.test(code) || !fs.statSync(from).isDirectory()) continue;
  const files = fs.readdirSync(from).filter((f) => f.endsWith('.ftl')).sort();
  // Without comments (notes for translators; a line that starts with `#`), as build.rs
  // builds English in.
  const text = files.map((f) => fs.readFileSync(path.join(from, f), 'utf8').split('\n')
    .filter((l) => !l.startsWith('#')).join('\n')).join('\n');
  const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
  const out = `locale-${code}-${hash}.ftl`;
  fs.writeFileSync(path.join(dir, out), text);
  console.log(`catalog ${from}/ (${files.length} files) → ${out}: ${Buffer.byteLength(text)} B`);
}
