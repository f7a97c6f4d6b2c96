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
// - The catalogue is asked of the network first. Each 200 answer is kept
//   as a candidate, marked with the time it arrived (`x-seminars-copy-of`,
//   an ISO 8601 instant, also on the answer the page gets); it becomes the
//   copy answered offline only once a page has read it
//   (`{ catalogueRead: time }`, posted by tools/offline.js for the app), so
//   an answer the app cannot read (invalid JSON, a host's HTML page, a
//   newer version) never replaces the last copy it could. When the network
//   cannot be reached the copy is answered, and the app says how old it is;
//   `seminars.json?last-good` asks for it while online, for when the site's
//   catalogue cannot be read.
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
const CANDIDATE_URL = `${CATALOGUE_URL}?candidate`;
const LAST_GOOD = 'last-good';
const COPY_HEADER = 'x-seminars-copy-of';
// On the network's answer: when it arrived, which names its candidate.
const ARRIVED_HEADER = 'x-seminars-arrived';
// What a page posts when it read a catalogue that came before this worker.
const UNSTAMPED = 'unstamped';
// Marks the candidate fetched when this worker installed.
const INSTALL_HEADER = 'x-seminars-install';
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

/** Keeps an answer for the catalogue as the candidate for the offline
 * copy, marked `arrived`. */
async function keepCandidate(response, arrived, extra = {}) {
  const copy = keepable(response, response.body, { [COPY_HEADER]: arrived, ...extra });
  await (await caches.open(COPIES)).put(CANDIDATE_URL, copy);
}

/** A page read the catalogue that arrived at `arrived`: that candidate
 * becomes the copy for offline use. */
async function promote(arrived) {
  const copies = await caches.open(COPIES);
  const candidate = await copies.match(CANDIDATE_URL);
  if (!candidate) return;
  const installed = candidate.headers.has(INSTALL_HEADER);
  if (arrived === UNSTAMPED ? !installed : candidate.headers.get(COPY_HEADER) !== arrived) return;
  await copies.put(CATALOGUE_URL, candidate);
  await copies.delete(CANDIDATE_URL);
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
  // It is a candidate: the first page posts that it read its catalogue
  // once this worker is active.
  const copies = await caches.open(COPIES);
  if (!(await copies.match(CATALOGUE_URL))) {
    try {
      const response = await fetch(CATALOGUE_URL);
      if (response.ok) await keepCandidate(response, new Date().toISOString(), { [INSTALL_HEADER]: '1' });
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

/** The network's answer for the catalogue (marked with when it arrived,
 * and kept as the candidate), or the kept copy without one. */
async function catalogue(event) {
  try {
    const response = await fetch(event.request);
    if (!response.ok) return response;
    const arrived = new Date().toISOString();
    event.waitUntil(keepCandidate(response.clone(), arrived).catch(() => {}));
    return keepable(response, response.body, { [ARRIVED_HEADER]: arrived });
  } catch (error) {
    const copy = await lastGood();
    if (copy) return copy;
    throw error;
  }
}

/** The copy a page last read, if any. */
async function lastGood() {
  return (await caches.open(COPIES)).match(CATALOGUE_URL);
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
  // tools/offline.js: the app read the catalogue that arrived then.
  if (typeof event.data?.catalogueRead === 'string') event.waitUntil(promote(event.data.catalogueRead));
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
  if (path === CATALOGUE && new URL(request.url).search === `?${LAST_GOOD}`) {
    event.respondWith(lastGood().then((copy) => copy ?? new Response('', { status: 404 })));
  } else if (path === CATALOGUE) {
    event.respondWith(catalogue(event));
  } else if (BUILD.files.includes(path)) {
    event.respondWith(fromBuild(new URL(path, scope).href, request));
  } else if (request.mode === 'navigate' && (path === '' || path === 'index.html' || !BUILD.others.includes(path))) {
    event.respondWith(fromBuild(PAGE, request));
  }
});
