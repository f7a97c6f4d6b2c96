// The benchmark: the release build against the plain-JavaScript baseline in
// headless Chromium. Each figure is the median of RUNS runs, the app and the
// baseline alternating. Prints a table and writes bench/out/results.json.
//
// Expects: dist/ built, bench/out/catalogue-{1000,10000,100000}.json
// generated (bench/run does both).
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import os from 'node:os';

const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = (process.env.SIZES ?? '1000,10000,100000').split(',').map(Number);
const APP = 'http://127.0.0.1:4186';
const BASE = 'http://127.0.0.1:4187';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'];
const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

// Starts the static server; `ready` settles once it listens, and fails if it
// exits first (its port taken by another process, say), so the benchmark
// never measures whatever else answers on that port.
function serve(args) {
  const child = spawn('node', ['tests/e2e/serve.mjs', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (data) => String(data).includes('serving') && resolve());
    child.on('exit', (code) => reject(new Error(`the server (${args.join(' ')}) exited with ${code}: is its port in use?`)));
  });
  child.ready.catch(() => {});
  child.gone = new Promise((resolve) => child.on('exit', resolve));
  return child;
}

// --- Transfer size of the app shell -------------------------------------
// Every file, and two totals: what the home page fetches before its first
// listing (all but the parts loaded on demand), and everything.
const isPart = (f) => /^(split|chunk)_.*\.wasm$/.test(f);
function shellSize() {
  const files = readdirSync('dist').filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== '404.html');
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const home = { raw: 0, gzip: 0, brotli: 0 };
  const rows = files.map((f) => {
    const bytes = readFileSync(join('dist', f));
    const row = {
      file: f,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    for (const k of ['raw', 'gzip', 'brotli']) {
      total[k] += row[k];
      if (!isPart(f)) home[k] += row[k];
    }
    return row;
  });
  return { files: rows, total, home };
}

// Timing helpers installed in every page before it loads.
const INIT = () => {
  window.__firstListing = null;
  const seen = () => document.querySelector('article');
  new MutationObserver((_, observer) => {
    if (window.__firstListing === null && seen()) {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__firstListing = performance.now()), 0));
    }
  }).observe(document, { childList: true, subtree: true });
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm));
  // Time from an input event to the next painted frame.
  window.__toPaint = (act) =>
    new Promise((resolve) => {
      const start = performance.now();
      act();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
};

async function load(context, url) {
  const page = await context.newPage();
  await page.addInitScript(INIT);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstListing !== null, null, { timeout: 600_000 });
  return page;
}

async function measureList(browser, which, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const url = which === 'app' ? `${APP}/?when=all` : `${BASE}/`;
  const page = await load(context, url);
  const r = { firstListing: await page.evaluate(() => window.__firstListing) };
  r.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const filterMs = () => page.evaluate(() => performance.getEntriesByName('filter').pop()?.duration ?? null);
  // One keystroke: "carbo" is typed, then "n".
  await page.evaluate(() => {
    const input = document.getElementById('search');
    input.value = 'carbo';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForTimeout(300);
  r.keystroke = await page.evaluate(() =>
    window.__toPaint(() => {
      const input = document.getElementById('search');
      input.value = 'carbon';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }),
  );
  r.filterSearch = await filterMs();
  // Clear the search, then a topic click.
  await page.evaluate(() => {
    const input = document.getElementById('search');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForTimeout(300);
  r.topicClick = await page.evaluate(() => window.__toPaint(() => document.getElementById('topic-1').click()));
  r.filterTopic = await filterMs();
  await page.evaluate(() => document.getElementById('topic-1').click());
  await page.waitForTimeout(300);
  // Typing a word, key by key: the longest task.
  await page.evaluate(() => (window.__longTasks = []));
  await page.focus('#search');
  await page.keyboard.type('market', { delay: 80 });
  await page.waitForTimeout(500);
  r.longestTask = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  r.domNodesTyping = await page.evaluate(() => document.getElementsByTagName('*').length);
  if (size === 10000) {
    r.memoryMB = await page.evaluate(() => {
      const heap = performance.memory?.usedJSHeapSize ?? 0;
      const wasm = window.__wasm?.memory?.buffer?.byteLength ?? 0;
      return (heap + wasm) / 1048576;
    });
  }
  await context.close();
  return r;
}

async function measureDrafts(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${APP}/drafts`);
  await page.waitForSelector('h1');
  await page.evaluate(() => {
    localStorage.clear();
    for (let i = 0; i < 500; i++) {
      const id = `bench-${String(i).padStart(3, '0')}`;
      const form = { title: `Benchmark draft ${i}`, summary: 'A draft for the benchmark.', start: '2027-01-01', end: '2027-01-02', time_zone: 'Asia/Shanghai', venue_name: 'Hall', city: 'Wuhan', topics: ['energy-transition'], source: 'bench', id };
      localStorage.setItem(`seminars:draft:${id}`, JSON.stringify({ version: 2, draft: { id, origin: { type: 'new' }, form, saved_at: Date.now(), revision: 1 } }));
    }
  });
  await page.goto(`${APP}/drafts`);
  await page.waitForFunction(() => document.querySelectorAll('article.draft-row').length === 500, null, { timeout: 120_000 });
  const listMs = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))));
  // From the home page, idle 2 s (the parts fetched ahead of time), to the
  // drafts heading.
  await page.goto(`${APP}/?when=all`);
  await page.waitForSelector('article.seminar-card');
  await page.waitForTimeout(2000);
  const openDraftsMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if ([...document.querySelectorAll('h1')].some((h) => h.textContent === 'Your drafts')) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          }
        }).observe(document.body, { childList: true, subtree: true });
        document.querySelector('nav a[href$="drafts"]').click();
      }),
  );
  await page.goto(`${APP}/drafts/bench-000`);
  await page.getByLabel('Title', { exact: true }).fill('Benchmark draft 0, edited');
  await page.waitForSelector('text=Saved at', { timeout: 10_000 });
  const saveMs = await page.evaluate(() => performance.getEntriesByName('draft-save').pop()?.duration ?? null);
  await context.close();
  return { draftsList500: listMs, draftSave: saveMs, openDrafts: openDraftsMs };
}

function lighthouse() {
  const bin = 'bench/node_modules/.bin/lighthouse';
  if (!existsSync(bin)) return null;
  const out = execFileSync(bin, [`${APP}/`, '--only-categories=performance', '--form-factor=mobile', '--output=json', '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], {
    env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(out.toString());
  const audit = (id) => report.audits[id]?.numericValue;
  return { score: Math.round(report.categories.performance.score * 100), lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift') };
}

// The catalogue under test is served by the static server itself, as a host
// would: no browser-side interception of a 135 MB body.
let servers = [];
const startServers = async (catalogue) => {
  servers.forEach((s) => s.kill());
  await Promise.all(servers.map((s) => s.gone));
  // Compressed, as any static host serves files; each server compresses
  // every file before it listens.
  const extra = ['--compress', ...(catalogue ? ['--catalogue', catalogue] : [])];
  servers = [serve(['--root', 'dist', '--port', '4186', ...extra]), serve(['--root', 'bench/baseline', '--port', '4187', ...extra])];
  await Promise.all(servers.map((s) => s.ready));
};
const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
let browser = await launch();
const results = { date: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Chromium ${browser.version()}`, runs: RUNS, shell: shellSize(), sizes: {} };
try {
  for (const size of SIZES) {
    await startServers(`bench/out/catalogue-${size}.json`);
    const runs = { app: [], baseline: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const which of i % 2 ? ['baseline', 'app'] : ['app', 'baseline']) {
        try {
          if (!browser.isConnected()) browser = await launch();
          runs[which].push(await measureList(browser, which, size));
          process.stderr.write(`${size} ${which} run ${i + 1}/${RUNS}\n`);
        } catch (error) {
          // A page that crashes or times out is a result too: recorded, not fatal.
          runs[which].push({ error: String(error.message ?? error).split('\n')[0] });
          process.stderr.write(`${size} ${which} run ${i + 1}/${RUNS} failed: ${runs[which].at(-1).error}\n`);
        }
      }
    }
    const med = (which, key) => median(runs[which].map((r) => r[key]));
    const keys = ['firstListing', 'keystroke', 'topicClick', 'filterSearch', 'filterTopic', 'domNodes', 'domNodesTyping', 'longestTask', 'memoryMB'];
    results.sizes[size] = Object.fromEntries(keys.map((k) => [k, { app: med('app', k), baseline: med('baseline', k) }]));
    results.sizes[size].failures = { app: runs.app.filter((r) => r.error).map((r) => r.error), baseline: runs.baseline.filter((r) => r.error).map((r) => r.error) };
  }
  await startServers(null);
  if (!browser.isConnected()) browser = await launch();
  const drafts = [];
  for (let i = 0; i < RUNS; i++) drafts.push(await measureDrafts(browser));
  results.drafts = {
    draftsList500: median(drafts.map((d) => d.draftsList500)),
    draftSave: median(drafts.map((d) => d.draftSave)),
    openDrafts: median(drafts.map((d) => d.openDrafts)),
  };
  results.lighthouse = lighthouse();
} finally {
  await browser.close();
  servers.forEach((s) => s.kill());
}

// --- Report ---------------------------------------------------------------
const fmt = (v, unit = 'ms') => (v == null ? '–' : unit === 'ms' ? `${v.toFixed(1)} ms` : unit === 'MB' ? `${v.toFixed(1)} MB` : `${Math.round(v)}`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const lines = ['| figure | catalogue | app | baseline | app ÷ baseline |', '| --- | --- | --- | --- | --- |'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (t) => `${kb(t.raw)} / ${kb(t.gzip)} (${t.gzip.toLocaleString('en')} bytes) / ${kb(t.brotli)}`;
lines.push(`| home page before the first listing (HTML+JS+wasm+CSS) raw / gzip -9 / brotli | – | ${sizes(results.shell.home)} | – | – |`);
// The home page before the bilingual interface (commit 33cb92a, the same
// measure), against which issue 11's bar (at most 6 KB gzip more) is read.
const BEFORE_BILINGUAL = 190_915;
lines.push(`| home page growth since the bilingual interface (gzip -9; before: ${BEFORE_BILINGUAL.toLocaleString('en')} bytes) | – | ${(results.shell.home.gzip - BEFORE_BILINGUAL).toLocaleString('en')} bytes | – | – |`);
lines.push(`| every file, parts loaded on demand included, raw / gzip -9 / brotli | – | ${sizes(results.shell.total)} | – | – |`);
for (const f of results.shell.files) lines.push(`| ${isPart(f.file) ? 'part on demand' : 'first download'}: ${f.file.replace(/-[0-9a-f]{16}/, '')} | – | ${sizes(f)} | – | – |`);
const rowsSpec = [
  ['navigation to first listing painted', 'firstListing', 'ms', [1000, 10000]],
  ['keystroke in search to results painted', 'keystroke', 'ms'],
  ['topic click to results painted', 'topicClick', 'ms'],
  ['filter computation alone (search)', 'filterSearch', 'ms'],
  ['filter computation alone (topic)', 'filterTopic', 'ms'],
  ['DOM nodes after load', 'domNodes', 'n'],
  ['DOM nodes while searching', 'domNodesTyping', 'n'],
  ['longest task while typing a word', 'longestTask', 'ms'],
  ['JS heap + wasm memory after load', 'memoryMB', 'MB', [10000]],
];
for (const [label, key, unit, only] of rowsSpec) {
  for (const size of SIZES) {
    if (only && !only.includes(size)) continue;
    const v = results.sizes[size]?.[key];
    if (!v) continue;
    lines.push(`| ${label} | ${size.toLocaleString('en')} | ${fmt(v.app, unit)} | ${fmt(v.baseline, unit)} | ${ratio(v.app, v.baseline)} |`);
  }
}
for (const size of SIZES) {
  const f = results.sizes[size]?.failures;
  if (f && (f.app.length || f.baseline.length)) lines.push(`| runs that failed (crash or timeout) | ${size.toLocaleString('en')} | ${f.app.length} of ${RUNS} | ${f.baseline.length} of ${RUNS} | – |`);
}
lines.push(`| saving a draft (storage write) | 500 drafts | ${fmt(results.drafts.draftSave)} | – | – |`);
lines.push(`| opening the drafts list, painted | 500 drafts | ${fmt(results.drafts.draftsList500)} | – | – |`);
lines.push(`| home page idle 2 s, then Drafts: the drafts heading painted | 500 drafts | ${fmt(results.drafts.openDrafts)} | – | – |`);
const lh = results.lighthouse;
if (lh) lines.push(`| Lighthouse mobile: score / LCP / TBT / CLS | shipped | ${lh.score} / ${fmt(lh.lcp)} / ${fmt(lh.tbt)} / ${lh.cls.toFixed(3)} | – | – |`);
results.table = lines.join('\n');
writeFileSync('bench/out/results.json', JSON.stringify(results, null, 2));
console.log(`Measured ${results.date} on ${results.machine}; median of ${RUNS} runs.\n`);
console.log(results.table);
