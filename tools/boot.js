// The app's loader, written into dist/ by tools/post-build.mjs with the
// build's hashed file names filled in (the names in capitals below). It
// replaces Trunk's inline loader so that the page runs under a strict
// Content-Security-Policy with no inline script, and it fetches the wasm
// module with its integrity hash, so a changed module does not run.

// The catalogue downloads while the app does; the app takes this request on
// its first load (src/catalogue.rs). A failure is reported by the app.
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
  boot.textContent =
    'The app could not start: its code did not download, or it did not match what this page expects (' +
    (error && error.message ? error.message : String(error)) +
    '). Reloading usually helps; if it keeps happening, the site may be in the middle of an update. ';
  const reload = document.createElement('a');
  reload.href = location.href;
  reload.textContent = 'Reload the page';
  boot.append(reload);
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
