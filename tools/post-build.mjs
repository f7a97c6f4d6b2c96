// Trunk's post-build hook (Trunk.toml). It turns the one wasm module cargo
// built into the parts the app loads, and the page that loads them:
//
// 1. Splits the module (wasm-split-cli) at the `wasm_split` functions of
//    src/split.rs: the first download keeps what the list needs; the drafts
//    area and the seminar page become parts fetched on demand. Trunk cannot
//    run a step between cargo and wasm-bindgen (trunk-rs/trunk#1022), so its
//    own wasm-bindgen output, made from the unsplit module, is replaced:
//    wasm-bindgen and (in release builds) wasm-opt run here on every part.
// 2. Names every file by its content's hash and gives every fetch an
//    integrity hash: the parts' fetches in the split loader, and the loader
//    of the page itself, made from tools/boot.js, which replaces Trunk's
//    inline script so that the page runs under a strict
//    Content-Security-Policy (public/_headers; in release builds also a
//    <meta> tag, for hosts that cannot send headers).
// 3. Copies index.html to 404.html for hosts that serve 404.html for unknown
//    paths.
// 4. Writes the service worker (tools/sw.js) with the list of the build's
//    files it keeps for offline use.
// One script does all of it because Trunk runs the hooks of one stage at the
// same time.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');

const root = fileURLToPath(new URL('..', import.meta.url));
const policy = readFileSync(join(root, 'public/_headers'), 'utf8').match(/Content-Security-Policy: (.*)/)[1];
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const short = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
};
// Release builds minify the JavaScript (esbuild, npm, pinned): 3 KB gzip
// less for the home page.
const minify = (code) => (release ? transformSync(code, { minify: true, format: 'esm' }).code : code);
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });

// Trunk's inline loader names the files it wrote; they are replaced below.
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const loader = html.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';[\s\S]*?module_or_path: '([^']+)'[\s\S]*?<\/script>/);
if (!loader) throw new Error("Trunk's loader script was not found in index.html");
const [inline, trunkJs, trunkWasm] = loader;

// 1. Split, bind, optimise.
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const input = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'seminars.wasm');
const work = mkdtempSync(join(tmpdir(), 'seminars-split-'));
try {
  const split = join(work, 'split');
  const bound = join(work, 'bound');
  run('wasm-split-cli', [input, split, '--out-name', 'seminars']);
  run('wasm-bindgen', ['--target=web', `--out-dir=${bound}`, '--out-name=seminars', '--no-typescript', '--keep-lld-exports', join(split, 'seminars.wasm')]);
  const partFiles = readdirSync(split).filter((f) => f.endsWith('.wasm') && f !== 'seminars.wasm');
  // KEEP_NAMES=1 keeps function names, for reading a profile or twiggy.
  const optimise = (path, extra = []) =>
    release && run('wasm-opt', [`--output=${path}`, '-Oz', '--strip-debug', '--strip-producers', ...extra, ...(process.env.KEEP_NAMES ? ['-g'] : []), path]);
  // The main module owns the memory, which starts zeroed and leaves its
  // first kilobyte unused (Rust's data starts at 1 MiB): 1.7 KB gzip less.
  // `--converge` runs -Oz again until the module stops shrinking: 601
  // bytes gzip less, for about five seconds of release build.
  optimise(join(bound, 'seminars_bg.wasm'), ['--low-memory-unused', '--zero-filled-memory', '--converge']);
  partFiles.forEach((f) => optimise(join(split, f)));

  // 2. Content-hashed names and integrity hashes.
  const parts = partFiles.map((file) => {
    const bytes = readFileSync(join(split, file));
    const name = `${file.replace(/\.wasm$/, '')}-${short(bytes)}.wasm`;
    writeFileSync(join(staging, name), bytes);
    return { file, name, integrity: sri(bytes) };
  });
  const mainWasm = readFileSync(join(bound, 'seminars_bg.wasm'));
  let glue = readFileSync(join(bound, 'seminars.js'), 'utf8');
  let splitJs = readFileSync(join(split, '__wasm_split.js'), 'utf8');
  for (const part of parts) {
    const fetchOf = `fetch(new URL("./${part.file}", import.meta.url))`;
    if (!splitJs.includes(fetchOf)) throw new Error(`the split loader does not fetch ${part.file} as expected`);
    splitJs = splitJs.replaceAll(fetchOf, `fetch(new URL("./${part.name}", import.meta.url), { integrity: "${part.integrity}" })`);
  }
  // The glue and the split loader import each other, so one hash of the
  // whole build names both: any change anywhere renames them.
  const build = short(glue, splitJs, mainWasm);
  const names = { glue: `seminars-${build}.js`, wasm: `seminars-${build}_bg.wasm`, split: `wasm_split-${build}.js` };
  if (!splitJs.includes('from "./seminars.js"')) throw new Error('the split loader does not import the glue as expected');
  splitJs = splitJs.replace('from "./seminars.js"', `from "./${names.glue}"`);
  // Only the import statements: the wasm module's own import names stay.
  if (!glue.includes('from "./__wasm_split.js"')) throw new Error('the glue does not import the split loader as expected');
  glue = minify(glue.replaceAll('from "./__wasm_split.js"', `from "./${names.split}"`));
  splitJs = minify(splitJs);
  writeFileSync(join(staging, names.glue), glue);
  writeFileSync(join(staging, names.wasm), mainWasm);
  writeFileSync(join(staging, names.split), splitJs);
  for (const old of [trunkJs, trunkWasm]) unlinkSync(join(staging, old.slice(publicUrl.length)));

  // The page: Trunk's preloads point at the new files, and the loader is a
  // file of its own.
  const url = (name) => `${publicUrl}${name}`;
  // The worker's registration, fetched by the loader once the first page
  // is shown.
  const offline = minify(readFileSync(join(root, 'tools/offline.js'), 'utf8'));
  const offlineName = `offline-${short(offline)}.js`;
  writeFileSync(join(staging, offlineName), offline);
  const bootSource = readFileSync(join(root, 'tools/boot.js'), 'utf8');
  if (!bootSource.includes('if (SEMINARS_OFFLINE && navigator.serviceWorker)')) throw new Error('tools/boot.js has no SEMINARS_OFFLINE to fill in');
  const boot = minify(
    bootSource
      .replace('APP_JS', url(names.glue))
      .replace('APP_WASM', url(names.wasm))
      .replace('WASM_INTEGRITY', sri(mainWasm))
      .replaceAll('OFFLINE_JS', url(offlineName))
      .replace('OFFLINE_INTEGRITY', sri(offline))
      .replace('if (SEMINARS_OFFLINE && navigator.serviceWorker)', `if (${release} && navigator.serviceWorker)`),
  );
  const bootName = `boot-${short(boot)}.js`;
  writeFileSync(join(staging, bootName), boot);
  html = html.replace(inline, '');
  html = html.replace(/<link rel="modulepreload" href="[^"]+" crossorigin="anonymous" integrity="[^"]+">/, () =>
    [names.glue, names.split]
      .map((name) => `<link rel="modulepreload" href="${url(name)}" crossorigin="anonymous" integrity="${sri(name === names.glue ? glue : splitJs)}">`)
      .join(''),
  );
  html = html.replace(
    /<link rel="preload" href="[^"]+_bg\.wasm" crossorigin="anonymous" integrity="[^"]+"/,
    `<link rel="preload" href="${url(names.wasm)}" crossorigin="anonymous" integrity="${sri(mainWasm)}"`,
  );
  const tag = `<script type="module" async src="${url(bootName)}" integrity="${sri(boot)}" crossorigin="anonymous"></script>`;
  if (!html.includes('<!-- boot -->')) throw new Error('index.html has no <!-- boot --> marker for the loader');
  html = html.replace('<!-- boot -->', tag);
  if (release) {
    // The stylesheet, minified (esbuild): its comments and spacing are for
    // whoever edits style/main.css. 856 bytes gzip of the first download.
    const sheet = html.match(/<link rel="stylesheet" href="([^"]+\.css)"([^>]*) integrity="[^"]+"/);
    if (!sheet) throw new Error('index.html has no stylesheet link with an integrity hash');
    const oldCss = sheet[1].slice(publicUrl.length);
    const css = transformSync(readFileSync(join(staging, oldCss), 'utf8'), { loader: 'css', minify: true }).code;
    const cssName = `main-${short(css)}.css`;
    unlinkSync(join(staging, oldCss));
    writeFileSync(join(staging, cssName), css);
    html = html.replace(sheet[0], `<link rel="stylesheet" href="${url(cssName)}"${sheet[2]} integrity="${sri(css)}"`);
    // frame-ancestors has no effect in a <meta> policy (browsers warn): headers only.
    const meta = policy.split(';').map((d) => d.trim()).filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${meta}" />`);
    // The page's comments are for whoever reads index.html: release builds
    // leave them out, with the blank lines Trunk leaves where its tags were
    // (351 bytes gzip of the first download).
    html = html.replace(/<!--[\s\S]*?-->/g, '').replace(/\n\s*\n/g, '\n');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 3. The page, and its copy for hosts that serve 404.html.
writeFileSync(indexPath, html);
writeFileSync(join(staging, '404.html'), html);

// 4. The service worker. It keeps every file of the build but the page
// (kept as the scope's address), its copy for 404 hosts, the catalogue and
// its schema (data an operator replaces, not code), the headers file and
// itself; it passes navigations to those to the host. The build's id
// hashes every file it keeps, so any change makes a new worker.
const unkept = ['index.html', '404.html', '_headers', 'seminars.json', 'seminars.schema.json', 'sw.js'];
const stagedFiles = readdirSync(staging).sort();
const files = stagedFiles.filter((f) => !unkept.includes(f));
const id = short(html, ...files.flatMap((f) => [f, readFileSync(join(staging, f))]));
const bootFile = html.match(/src="[^"]*\/(boot-[0-9a-f]+\.js)"/);
if (!bootFile) throw new Error('index.html does not load a boot-*.js loader');
const description = { id, offline: release, page: bootFile[1], files, others: unkept.filter((f) => f !== 'index.html') };
const worker = readFileSync(join(root, 'tools/sw.js'), 'utf8');
if (!worker.includes('const BUILD = SEMINARS_BUILD;')) throw new Error('tools/sw.js has no SEMINARS_BUILD to fill in');
writeFileSync(join(staging, 'sw.js'), minify(worker.replace('const BUILD = SEMINARS_BUILD;', `const BUILD = ${JSON.stringify(description)};`)));
