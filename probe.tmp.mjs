import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__t = {};
    addEventListener('TrunkApplicationStarted', () => (window.__t.started = performance.now()));
    new MutationObserver((_, o) => { if (document.querySelector('article')) { o.disconnect(); window.__t.article = performance.now(); requestAnimationFrame(() => setTimeout(() => (window.__t.painted = performance.now()), 0)); } }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(process.argv[2] ?? 'http://127.0.0.1:4186/?when=all');
  await page.waitForFunction(() => window.__t.painted);
  const r = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop().slice(0, 30)} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`);
    const nav = performance.getEntriesByType('navigation')[0];
    const measures = performance.getEntriesByType('measure').map((m) => `${m.name} ${m.startTime.toFixed(0)}+${m.duration.toFixed(1)}`);
    return { nav: `${nav.responseEnd.toFixed(0)} dcl ${nav.domContentLoadedEventEnd.toFixed(0)}`, res, t: window.__t, measures };
  });
  console.log(JSON.stringify(r));
  await context.close();
}
await browser.close();
