// Offline use: after one visit, every page opens with no network, on each
// of the three hosts (index.html fallback, 404.html fallback, a sub-path);
// the listings are the last copy of the catalogue and say how old they
// are; drafts are written, kept and exported; when the network is back
// the listings refresh and the note goes.
import { catalogue, expect, expectNoAxeViolations, offlineReady, open, test, upcoming } from './helpers.js';

const guangxi = catalogue.seminars.find((s) => s.id === 'guangxi-climate-change-response-workshop-2021');

const hosts = [
  ['at the root', 'http://127.0.0.1:4173/'],
  ['on a host that serves 404.html', 'http://127.0.0.1:4174/'],
  ['under a sub-path', 'http://127.0.0.1:4175/some/path/'],
];

for (const [host, base] of hosts) {
  test(`after one visit every page opens offline, ${host}`, async ({ page, context }) => {
    const errors = await open(page, base);
    await expect(page.locator('article.seminar-card')).toHaveCount(Math.min(upcoming.length, 20));
    await expect(page.locator('#offline-note')).toHaveCount(0);
    await offlineReady(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#offline-note')).toHaveText(
      /^Offline: listings as of \d{1,2} \w{3,4} \d{4}, \d\d:\d\d\. They will be refreshed when the connection is back\.$/,
    );
    await expect(page.locator('article.seminar-card')).toHaveCount(Math.min(upcoming.length, 20));
    await expectNoAxeViolations(page);

    // A deep link, typed into the address bar.
    await page.goto(`${base}seminars/${guangxi.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guangxi.title);
    await page.goto(`${base}saved`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved seminars');

    // A draft written offline is kept across a reload and can be exported.
    await page.goto(`${base}drafts/new`);
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Written on a train');
    // The editor says it is saved (it is: in this browser), and nothing else.
    await expect(page.locator('.save-status')).toHaveText(/^Saved at /);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.reload();
    await expect(title).toHaveValue('Written on a train');
    const download = async (name) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return file.suggestedFilename();
    };
    expect(await download('Download entry')).toMatch(/\.json$/);
    await page.goto(`${base}drafts`);
    await expect(page.getByRole('link', { name: 'Written on a train' })).toBeVisible();
    // Import and the catalogue's export (the kept copy, drafts merged in).
    const entry = { ...catalogue.seminars[1], id: 'imported-offline', title: 'Imported offline' };
    await page.locator('#import-file').setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([entry])) });
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 listing(s) as drafts; rejected 0.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Imported offline' })).toBeVisible();
    expect(await download('Export catalogue')).toBe('seminars.json');
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Back online, the listings refresh by themselves and the note goes.
    await page.goto(base);
    await expect(page.locator('#offline-note')).toBeVisible();
    await context.setOffline(false);
    await expect(page.locator('#offline-note')).toHaveCount(0);
    await expect(page.locator('article.seminar-card')).toHaveCount(Math.min(upcoming.length, 20));
    expect(errors).toEqual([]);
  });
}

test('a worker registration that does not match its integrity hash does not run', async ({ page }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.route(/\/offline-[0-9a-f]+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\nconsole.log('changed');` });
  });
  await open(page, '/');
  await expect(page.locator('article.seminar-card').first()).toBeVisible();
  await expect.poll(() => warnings.filter((w) => w.startsWith('Offline use is not available')).length).toBe(1);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('one bad deploy does not destroy the offline copy: an answer the app cannot read never replaces the last one it could', async ({ page, context }) => {
  await open(page, '/');
  await expect(page.locator('article.seminar-card')).toHaveCount(Math.min(upcoming.length, 20));
  await offlineReady(page);
  // The copy for offline use is the one the page read.
  const kept = () =>
    page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.endsWith(' catalogue'));
      const copy = name && (await (await caches.open(name)).match(new URL('seminars.json', document.baseURI).href));
      return copy ? (await copy.text()).length : 0;
    });
  const shipped = JSON.stringify(catalogue);
  await expect.poll(kept).toBeGreaterThan(shipped.length / 2);
  const good = await kept();
  const bodies = [
    ['invalid JSON', 'application/json', '{"version": 1, "topics": [', 'the file is not valid JSON'],
    ['an HTML page', 'text/html', '<!doctype html><html><body>Welcome</body></html>', 'the file is not valid JSON'],
    ['a newer version', 'application/json', JSON.stringify({ ...catalogue, version: 2 }), 'version'],
  ];
  for (const [what, type, body, reason] of bodies) {
    // The host answers 200 with it (context.route sees the worker's requests too).
    await context.route(/\/seminars\.json$/, (route) => route.fulfill({ status: 200, contentType: type, body }));
    await page.reload();
    const note = page.locator('#offline-note');
    await expect(note, what).toContainText("The site's catalogue could not be read (");
    await expect(note, what).toContainText(reason);
    await expect(note, what).toHaveText(/The listings shown are the last copy this browser could read, from \d{1,2} \w{3,4} \d{4}, \d\d:\d\d\.$/);
    await expect(page.locator('article.seminar-card')).toHaveCount(Math.min(upcoming.length, 20));
    await expectNoAxeViolations(page);
    await context.unroute(/\/seminars\.json$/);
    expect(await kept(), what).toBe(good);
    // Offline, the last good listings still show, with their date.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#offline-note'), what).toHaveText(/^Offline: listings as of \d{1,2} \w{3,4} \d{4}, \d\d:\d\d\./);
    await expect(page.locator('article.seminar-card')).toHaveCount(Math.min(upcoming.length, 20));
    await context.setOffline(false);
  }
  // A good answer again: it is read, and becomes the copy.
  await page.reload();
  await expect(page.locator('article.seminar-card')).toHaveCount(Math.min(upcoming.length, 20));
  await expect(page.locator('#offline-note')).toHaveCount(0);
});
