// trunk post-build hook: writes each language's catalog (locales/<code>.ftl) beside the
// console under a name that carries a hash of its content (locale-<code>-<hash>.ftl),
// so it can be cached for good like the rest of the build. English is built into the
// console and is not written. The proxy lists what it finds in the page's runtime
// configuration; the console fetches a language when it is first shown.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
for (const name of fs.readdirSync('locales')) {
  const m = /^([a-z]+)\.ftl$/.exec(name);
  if (!m || m[1] === 'en') continue;
  const text = fs.readFileSync(path.join('locales', name));
  const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
  const out = `locale-${m[1]}-${hash}.ftl`;
  fs.writeFileSync(path.join(dir, out), text);
  console.log(`catalog ${name} → ${out}: ${text.length} B`);
}
