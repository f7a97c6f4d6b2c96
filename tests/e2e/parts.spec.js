// The pages whose code loads on demand: deep links on every kind of host,
// a part that cannot be downloaded, and what the home page fetches.
import { expect, open, test } from './helpers.js';

// page.route cannot see what a service worker answers: the worker is
// blocked where a test stands in for the host (offline.spec.js and
// update.spec.js test it).
test.use({ serviceWorkers: 'block' });

const title = (page) => page.getByLabel('Title', { exact: true });
const status = (page) => page.locator('.save-status');

for (const [name, base] of [
  ['a host that falls back to index.html', 'http://127.0.0.1:4173'],
  ['a host that serves 404.html for unknown paths', 'http://127.0.0.1:4174'],
  ['a sub-path build (--public-url /some/path/)', 'http://127.0.0.1:4175/some/path'],
]) {
  test(`deep links into the drafts area work on ${name}`, async ({ page }) => {
    await open(page, `${base}/drafts/new`);
    await expect(page).toHaveURL(new RegExp(`^${base}/drafts/[a-z0-9]+-[a-z0-9]+$`));
    await title(page).fill('Written on this host');
    await expect(status(page)).toHaveText(/^Saved at /);
    const editor = page.url();
    await open(page, editor);
    await expect(title(page)).toHaveValue('Written on this host');
    await open(page, `${base}/drafts`);
    await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
    await page.getByRole('link', { name: 'Written on this host' }).click();
    await expect(page).toHaveURL(editor);
    // Back to the list, then home, without reloading.
    await page.getByRole('link', { name: 'Seminars', exact: true }).click();
    await expect(page).toHaveURL(`${base}/`);
    await expect(page.locator('article.seminar-card').first()).toBeVisible();
    await page.goBack();
    await expect(title(page)).toHaveValue('Written on this host');
  });
}

test('a part that cannot be downloaded: an alert with Try again, nothing lost, and the page once the network is back', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, '/drafts/new');
  await title(page).fill('Typed before the outage');
  await expect(status(page)).toHaveText(/^Saved at /);
  const id = page.url().split('/').pop();

  // A fresh visit to the home page, with the drafts part out of reach.
  let blocked = true;
  await page.route(/\/(split|chunk)_[^/]+\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await open(page, '/');
  await expect(page.locator('article.seminar-card').first()).toBeVisible();
  await page.getByRole('link', { name: 'Drafts', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(page.locator('#crash')).toHaveCount(0);
  // Still out of reach: trying again says so again.
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toBeVisible();
  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
  await page.getByRole('link', { name: 'Typed before the outage' }).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/${id}$`));
  await expect(title(page)).toHaveValue('Typed before the outage');
  expect(errors).toEqual([]);
});

test('a deep link whose part cannot be downloaded says so, and loads on Try again', async ({ page }) => {
  let blocked = true;
  await page.route(/\/(split|chunk)_[^/]+\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await open(page, '/seminars/guangxi-climate-change-response-workshop-2021');
  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
  await expect(alert).toBeVisible();
  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guangxi Zhuang Autonomous Region Climate Change Response Workshop');
});
