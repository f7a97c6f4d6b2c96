// Trunk's post-build hook (Trunk.toml). Trunk writes an inline loader script
// into index.html; this hook moves it into a file of its own, made from
// tools/boot.js, so that the page runs under a Content-Security-Policy
// without 'unsafe-inline', and so that the wasm module is fetched with its
// integrity hash. In release builds it also puts the policy in a <meta> tag,
// for hosts that cannot send headers (the same policy is in public/_headers).
// Last, it copies index.html to 404.html for hosts that serve 404.html for
// unknown paths. One script does all of it because Trunk runs the hooks of
// one stage at the same time.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');

const here = fileURLToPath(new URL('.', import.meta.url));
const policy = readFileSync(join(here, '../public/_headers'), 'utf8').match(/Content-Security-Policy: (.*)/)[1];

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const loader = html.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';[\s\S]*?module_or_path: '([^']+)'[\s\S]*?<\/script>/);
if (!loader) throw new Error('Trunk\'s loader script was not found in index.html');
const [inline, appJs, appWasm] = loader;

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const wasmFile = join(staging, appWasm.slice(publicUrl.length));
const boot = readFileSync(join(here, 'boot.js'), 'utf8')
  .replace('APP_JS', appJs)
  .replace('APP_WASM', appWasm)
  .replace('WASM_INTEGRITY', sri(readFileSync(wasmFile)));
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, bootName), boot);

const tag = `<script type="module" async src="${publicUrl}${bootName}" integrity="${sri(boot)}" crossorigin="anonymous"></script>`;
html = html.replace(inline, '');
if (!html.includes('<!-- boot -->')) throw new Error('index.html has no <!-- boot --> marker for the loader');
html = html.replace('<!-- boot -->', tag);
if (release) {
  // frame-ancestors has no effect in a <meta> policy (browsers warn): headers only.
  const meta = policy.split(';').map((d) => d.trim()).filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${meta}" />`);
}
writeFileSync(indexPath, html);
writeFileSync(join(staging, '404.html'), html);
