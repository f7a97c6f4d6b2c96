// Registers the app's service worker (tools/sw.js) and looks for new
// builds. The loader (tools/boot.js) runs this once the app's first page is
// shown, so that the worker's downloads never compete with the first
// listing's. A new build is looked for then, every 30 minutes and whenever
// the tab is shown again; once its worker has installed, the app is told
// (`seminars:update`) and shows its notice, whose "Reload"
// (`seminars:reload`) lets the new worker take over and then reloads the
// page. Nothing reloads by itself (see src/web/loader.rs).
const workers = navigator.serviceWorker;
const base = new URL('./', document.baseURI);
let controlled = !!workers.controller;
let reloading = false;
const announce = () => dispatchEvent(new Event('seminars:update'));
// Another tab's "Reload" hands this tab to the new build's worker
// too; the first visit's worker taking the page is no update.
workers.addEventListener('controllerchange', () => {
  if (reloading) location.reload();
  else if (controlled) announce();
  controlled = true;
});
// When the network is back the app refreshes listings that are the copy
// kept for offline use (`seminars:online`). The browser may say it is online
// before requests get through: the host is asked (HEAD, which the worker
// sends on, so that an answer means the worker's requests get through) at
// once, then after 1, 2, 4 … 64 seconds, until it answers.
// The network may also have come back before this ran: the app is told at
// once if the browser is online (it does nothing unless it shows a copy).
if (navigator.onLine) dispatchEvent(new Event('seminars:online'));
let probing = false;
addEventListener('online', async () => {
  if (probing) return;
  probing = true;
  for (let wait = 0; wait <= 64_000 && navigator.onLine; wait = wait ? wait * 2 : 1000) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      await fetch(new URL('seminars.json', base), { method: 'HEAD', cache: 'no-store' });
      dispatchEvent(new Event('seminars:online'));
      break;
    } catch {
      // Not yet.
    }
  }
  probing = false;
});
// The app read the catalogue it was given (src/web/loader.rs): the worker
// may keep that answer as the copy for offline use, and only then.
const tellRead = () => {
  const arrived = window.seminarsCatalogueRead;
  if (typeof arrived === 'string') workers.ready.then((r) => r.active?.postMessage({ catalogueRead: arrived })).catch(() => {});
};
addEventListener('seminars:catalogue-read', tellRead);
tellRead();
try {
  const registration = await workers.register(new URL('sw.js', base), { scope: base.pathname, updateViaCache: 'none' });
  const waiting = () => registration.waiting && workers.controller && announce();
  registration.addEventListener('updatefound', () => {
    const next = registration.installing;
    next?.addEventListener('statechange', () => next.state === 'installed' && waiting());
  });
  waiting();
  const check = () => registration.update().catch(() => {});
  check();
  setInterval(check, 30 * 60 * 1000);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
  addEventListener('seminars:reload', () => {
    reloading = true;
    if (registration.waiting) {
      registration.waiting.postMessage('take-over');
      // Should the new worker fail to take over, the reload still
      // comes, and shows the build that is still in charge, whole.
      setTimeout(() => location.reload(), 10_000);
    } else {
      location.reload();
    }
  });
} catch (error) {
  // No offline copies here (a browser that refuses workers, as some do
  // when sites may not store data): the app works online as before.
  console.warn('The offline worker could not be registered:', error);
}
