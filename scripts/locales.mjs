// Run by scripts/post-build.mjs (trunk's post-build hook): writes each language's catalogs
// (the files of locales/<code>/, one per screen, joined in name order, without comments)
// beside the console under names that carry a hash of their content, so they can be
// cached for good like the rest of the build:
// - locale-<code>-<hash>.ftl: what every screen says (the frame, the overview, problems:
//   the CORE files), fetched when the language is first shown; English is built in
//   (build.rs), and not written;
// - screens-<code>-<hash>.ftl: what the screens beyond the first load say (every other
//   file, English too), fetched with those screens' code (src/pages/lazy.rs).
// The proxy lists what it finds in the page's runtime configuration.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The files of a language that the first screen needs (build.rs builds English's in). */
const CORE = ['main.ftl', 'problems.ftl'];

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const write = (prefix, code, from, files) => {
  // Without comments (notes for translators; a line that starts with `#`).
  const text = files.map((f) => fs.readFileSync(path.join(from, f), 'utf8').split('\n')
    .filter((l) => !l.startsWith('#')).join('\n')).join('\n');
  const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
  const out = `${prefix}-${code}-${hash}.ftl`;
  fs.writeFileSync(path.join(dir, out), text);
  console.log(`catalog ${from}/ (${files.join(', ')}) → ${out}: ${Buffer.byteLength(text)} B`);
};
for (const code of fs.readdirSync('locales').sort()) {
  const from = path.join('locales', code);
  if (!/^[a-z]+$/.test(code) || !fs.statSync(from).isDirectory()) continue;
  const files = fs.readdirSync(from).filter((f) => f.endsWith('.ftl')).sort();
  const missing = CORE.filter((f) => !files.includes(f));
  if (missing.length) throw new Error(`locales: ${from}/ lacks ${missing.join(', ')}`);
  if (code !== 'en') write('locale', code, from, files.filter((f) => CORE.includes(f)));
  write('screens', code, from, files.filter((f) => !CORE.includes(f)));
}
