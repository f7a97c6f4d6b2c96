// The app's service worker, written into dist/ as sw.js by
// tools/post-build.mjs, which puts the build's description in place of
// SEMINARS_BUILD: { id, offline, page, files, others }. Its bytes change
// with every build, which is how a tab learns that a new build is deployed
// (tools/offline.js asks on load, every 30 minutes and when the tab is
// shown again).
//
// - `files` (the build's files, their names hashed by content, plus the
//   manifest and icons) and the page itself are fetched when the worker
//   installs and kept in a cache named after the build: a page and the
//   code it loads always come from one build, with or without a network.
// - Every navigation inside the app's scope (any route, deep links too)
//   gets this build's page, as the hosts' fallbacks do; navigations to the
//   host's other files (`others`) go to the host.
// - A new build's worker waits until a tab asks it to take over (the
//   update notice's "Reload"); it then deletes the older builds' caches.
// - The catalogue is asked of the network first. A copy of each good
//   answer is kept, marked with the time it arrived (`x-seminars-copy-of`,
//   an ISO 8601 instant); when the network cannot be reached the copy is
//   answered, and the app says how old it is.
//
// In debug builds (`trunk serve`) `offline` is false: the loader registers
// no worker, and this one, should a release build's worker on the same
// address find it, deletes what it kept and unregisters itself.
const BUILD = SEMINARS_BUILD;

const scope = self.registration.scope;
const PREFIX = `seminars ${scope} `;
const CACHE = `${PREFIX}build ${BUILD.id}`;
const COPIES = `${PREFIX}catalogue`;
const PAGE = scope;
const CATALOGUE = 'seminars.json';
const CATALOGUE_URL = new URL(CATALOGUE, scope).href;
const COPY_HEADER = 'x-seminars-copy-of';
const ours = (name) => name.startsWith(PREFIX);

/** A response to keep: the same status and headers (less those that
 * described the bytes on the wire), with `extra` added, around `body`. */
function keepable(response, body, extra = {}) {
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** Keeps a good answer for the catalogue as the copy for offline use. */
async function keepCatalogue(response) {
  const copy = keepable(response, response.body, { [COPY_HEADER]: new Date().toISOString() });
  await (await caches.open(COPIES)).put(CATALOGUE_URL, copy);
}

async function install() {
  const cache = await caches.open(CACHE);
  // The page, fresh from the host: it must be this build's (it loads this
  // build's loader), or a deploy is under way and the next check tries
  // again. Kept as a new response: a host's redirect to it (/index.html to
  // /) would otherwise make it unusable for navigations.
  const page = await fetch(PAGE, { cache: 'no-cache' });
  const html = await page.text();
  if (!page.ok || !html.includes(BUILD.page)) throw new Error(`${PAGE} is not the page of build ${BUILD.id}`);
  await cache.put(PAGE, keepable(page, html));
  await cache.addAll(BUILD.files.map((file) => new URL(file, scope).href));
  // The first visit's catalogue came before this worker: fetch a copy
  // (from the browser's cache when the host allows) unless one is kept.
  const copies = await caches.open(COPIES);
  if (!(await copies.match(CATALOGUE_URL))) {
    try {
      const response = await fetch(CATALOGUE_URL);
      if (response.ok) await keepCatalogue(response);
    } catch {
      // Offline already: the next visit's answer is kept.
    }
  }
}

async function activate() {
  // Every cache of this scope but this build's and the catalogue's copy;
  // in debug builds, every one.
  const kept = BUILD.offline ? [CACHE, COPIES] : [];
  for (const name of await caches.keys()) {
    if (ours(name) && !kept.includes(name)) await caches.delete(name);
  }
  if (BUILD.offline) {
    await self.clients.claim();
  } else {
    await self.registration.unregister();
  }
}

/** The network's answer for the catalogue, or the kept copy without one. */
async function catalogue(event) {
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(keepCatalogue(response.clone()).catch(() => {}));
    return response;
  } catch (error) {
    const copy = await (await caches.open(COPIES)).match(CATALOGUE_URL);
    if (copy) return copy;
    throw error;
  }
}

/** This build's copy of a file (the page for `PAGE`), or the network's. */
async function fromBuild(key, request) {
  const kept = await (await caches.open(CACHE)).match(key);
  return kept ?? fetch(request);
}

self.addEventListener('install', (event) => {
  if (BUILD.offline) event.waitUntil(install());
  else self.skipWaiting();
});
self.addEventListener('activate', (event) => event.waitUntil(activate()));
// The update notice's "Reload" (tools/offline.js).
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!BUILD.offline || !request.url.startsWith(scope)) return;
  const path = new URL(request.url).pathname.slice(new URL(scope).pathname.length);
  // tools/offline.js asks whether the host answers again (HEAD): asked
  // here, it learns whether this worker's requests get through, which is
  // what refreshing the catalogue needs.
  if (request.method === 'HEAD' && path === CATALOGUE) {
    event.respondWith(fetch(request));
    return;
  }
  if (request.method !== 'GET') return;
  if (path === CATALOGUE) {
    event.respondWith(catalogue(event));
  } else if (BUILD.files.includes(path)) {
    event.respondWith(fromBuild(new URL(path, scope).href, request));
  } else if (request.mode === 'navigate' && (path === '' || path === 'index.html' || !BUILD.others.includes(path))) {
    event.respondWith(fromBuild(PAGE, request));
  }
});
