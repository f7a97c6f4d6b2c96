// The app's loader, written into dist/ by tools/post-build.mjs with the
// build's hashed file names filled in (the names in capitals below). It
// replaces Trunk's inline loader so that the page runs under a strict
// Content-Security-Policy with no inline script, and it fetches the wasm
// module with its integrity hash, so a changed module does not run.

// The language to show, chosen as the app chooses it (core/src/i18n/lang.rs:
// the URL's `lang`, the stored choice, the browser's languages), so that
// the loading line and <html lang> are right before the app arrives.
// One rule with Lang::from_tag, tested against one table
// (core/tests/lang_tags.json): only ASCII white space is trimmed and only
// ASCII letters lowered (JavaScript's trim() would take a byte-order mark
// away, which Rust's does not).
const pick = (tag) => {
  const parts = String(tag || '')
    .replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/_/g, '-')
    .split('-');
  if (parts[0] === 'en') return 'en';
  if (parts[0] !== 'zh') return null;
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p)) ? null : 'zh-Hans';
};
let stored = null;
try {
  stored = localStorage.getItem('seminars:lang');
} catch {
  // No storage here: the browser's languages decide.
}
const lang =
  pick(new URLSearchParams(location.search).get('lang')) ||
  pick(stored) ||
  (navigator.languages || [navigator.language]).map(pick).find(Boolean) ||
  'en';
document.documentElement.lang = lang;

// The catalogue downloads while the app does; the app takes this request on
// its first load (src/web/catalogue_fetch.rs). A failure is reported by the app.
if (!('seminarsCatalogue' in window)) {
  window.seminarsCatalogue = fetch('seminars.json', { cache: 'no-cache' });
  window.seminarsCatalogue.catch(() => {});
}

/** Replaces the loading line with why the app could not start. */
function failed(error) {
  console.error(error);
  const boot = document.getElementById('boot');
  if (!boot) return;
  boot.className = 'notice error';
  boot.setAttribute('role', 'alert');
  const detail = error && error.message ? error.message : String(error);
  const zh = lang === 'zh-Hans';
  boot.textContent = zh
    ? `应用无法启动：代码没有下载成功，或与本页面不匹配（${detail}）。通常重新加载即可；如果反复出现，网站可能正在更新。`
    : `The app could not start: its code did not download, or it did not match what this page expects (${detail}). Reloading usually helps; if it keeps happening, the site may be in the middle of an update. `;
  const reload = document.createElement('a');
  reload.href = location.href;
  reload.textContent = zh ? '重新加载页面' : 'Reload the page';
  boot.append(reload);
}

// Offline use and updates: once the first page is shown, the app says so
// (`seminars:ready`, see src/web/loader.rs) and the worker's registration
// (tools/offline.js, a file of its own so that the first page does not
// wait for it) is fetched with its integrity hash and run. Release builds
// only (SEMINARS_OFFLINE): a worker would keep `trunk serve`'s rebuilds
// from showing.
if (SEMINARS_OFFLINE && navigator.serviceWorker) {
  addEventListener(
    'seminars:ready',
    () => {
      // A module preload checks the integrity hash; once it has loaded, the
      // import takes the module it fetched. A changed file does not run.
      const unavailable = (error) => console.warn('Offline use is not available:', error);
      const preload = Object.assign(document.createElement('link'), {
        rel: 'modulepreload',
        href: 'OFFLINE_JS',
        integrity: 'OFFLINE_INTEGRITY',
        crossOrigin: 'anonymous',
        onload: () => import('OFFLINE_JS').catch(unavailable),
        onerror: unavailable,
      });
      document.head.append(preload);
    },
    { once: true },
  );
}

try {
  // The module compiles as it downloads, while the JavaScript glue loads.
  const compiled = WebAssembly.compileStreaming(fetch('APP_WASM', { integrity: 'WASM_INTEGRITY' }));
  compiled.catch(() => {});
  const bindings = await import('APP_JS');
  const wasm = await bindings.default({ module_or_path: compiled });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  failed(error);
}
