// Pages that must load and finish whatever the browser, the network or the
// deployed files do: storage that throws, a catalogue that hangs or fails,
// no clipboard, a strict Content-Security-Policy, a tampered module.
import { readFile } from 'node:fs/promises';
import { catalogue, expect, NOW, open, test, titleIn, upcoming } from './helpers.js';

// page.route cannot see what a service worker answers: the worker is
// blocked where a test stands in for the host (offline.spec.js and
// update.spec.js test it).
test.use({ serviceWorkers: 'block' });

const title = (page) => page.getByLabel('Title', { exact: true });
const status = (page) => page.locator('.save-status');

/** Makes reading window.localStorage throw on the n-th read only. */
async function storageThrowsOnce(page, n) {
  await page.addInitScript((n) => {
    const real = Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage') ?? Object.getOwnPropertyDescriptor(window, 'localStorage');
    let reads = 0;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        reads += 1;
        if (reads === n) throw new DOMException('Access is denied for this document.', 'SecurityError');
        return real.get.call(window);
      },
    });
  }, n);
}

for (const n of [1, 2, 3]) {
  test(`localStorage that throws on read ${n} does not stop the app`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await storageThrowsOnce(page, n);
    await open(page, '/');
    await expect(page.locator('article.seminar-card')).toHaveCount(upcoming.length);
    // Storage answers again: drafts work.
    await page.getByRole('link', { name: 'Drafts', exact: true }).click();
    await page.getByRole('link', { name: 'New draft' }).click();
    await title(page).fill('Written after a refusal');
    await expect(status(page)).toHaveText(/^Saved at /);
    expect(errors).toEqual([]);
  });
}

test('a catalogue that never arrives: after 15 s the page says so and offers to wait or try again', async ({ page }) => {
  let hang = true;
  await page.route('**/seminars.json', async (route) => {
    if (hang) return; // never answered
    await route.continue();
  });
  // The page's clock stands still but for runFor: an installed clock that
  // runs on by itself counts the seconds a busy machine takes to start the
  // app, and the notice then came before the 14 s looked for.
  await page.clock.install({ time: NOW });
  await page.clock.pauseAt(new Date(NOW.getTime() + 1_000));
  await page.goto('/');
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Loading seminars…' })).toBeVisible();
  await page.clock.runFor(14_000);
  await expect(page.getByText('slow to arrive')).toHaveCount(0);
  await page.clock.runFor(1_500);
  const slow = page.getByRole('alert').filter({ hasText: 'The seminar catalogue is slow to arrive' });
  await expect(slow).toBeVisible();
  await slow.getByRole('button', { name: 'Keep waiting' }).click();
  await expect(slow).toHaveCount(0);
  await page.clock.runFor(15_500);
  await expect(slow).toBeVisible();
  hang = false;
  await slow.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('article.seminar-card')).toHaveCount(upcoming.length);
  await expect(slow).toHaveCount(0);
});

test('without a clipboard, Copy entry says so and offers the download', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
  });
  await open(page, '/drafts/new');
  await title(page).fill('Heat and Health Workshop');
  await page.getByLabel('Summary').fill('Heat-health warnings for city officials.');
  await page.getByLabel('Id', { exact: true }).fill('heat-and-health-2027');
  await page.getByLabel('Start date').fill('2027-06-01');
  await page.getByLabel('End date').fill('2027-06-02');
  await page.getByLabel('Time zone').selectOption('Asia/Shanghai');
  await page.getByLabel('Venue').fill('Riverside Hall');
  await page.getByLabel('City', { exact: true }).fill('Wuhan');
  await page.getByRole('checkbox', { name: 'Climate adaptation' }).check();
  await page.getByLabel('Source').fill('Written by the organisers.');
  await expect(page.locator('.validity')).toHaveText('Ready to publish');
  await page.getByRole('button', { name: 'Copy entry' }).click();
  const said = page.locator('.export-message');
  await expect(said).toContainText('Copying is not available here (this browser offers no clipboard on this page).');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    said.getByRole('button', { name: 'Download the entry instead' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('heat-and-health-2027.json');
  expect(JSON.parse(await readFile(await download.path(), 'utf8')).id).toBe('heat-and-health-2027');
  expect(errors).toEqual([]);
});

for (const fault of ['fails', 'hangs']) {
  test(`drafts stay reachable while the catalogue ${fault}`, async ({ page }) => {
    // A draft written while all was well.
    await open(page, '/drafts/new');
    await title(page).fill('Written before the outage');
    await page.getByRole('checkbox', { name: 'Energy transition' }).check();
    await expect(status(page)).toHaveText(/^Saved at /);
    const id = page.url().split('/').pop();

    await page.route('**/seminars.json', (route) => (fault === 'fails' ? route.fulfill({ status: 500, body: 'down' }) : undefined));
    await open(page, '/drafts');
    if (fault === 'fails') {
      await expect(page.getByText('The seminar catalogue could not be loaded: the server cannot be reached for now (HTTP 500); please try again in a few minutes.')).toBeVisible();
    } else {
      await expect(page.getByText('The catalogue is still loading. Your drafts can be opened')).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Export catalogue' })).toBeDisabled();
    const row = page.locator('article.draft-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('problems to fix');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download entry Written before the outage' }).click(),
    ]);
    const record = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(record.draft.form.title).toBe('Written before the outage');

    await row.getByRole('link', { name: 'Written before the outage' }).click();
    await expect(page).toHaveURL(new RegExp(`/drafts/${id}$`));
    await expect(title(page)).toHaveValue('Written before the outage');
    // The topic chosen before stays chosen, and can be removed.
    const topic = page.getByRole('checkbox', { name: /energy-transition/ });
    await expect(topic).toBeChecked();
    await expect(page.getByText('the topics to choose from, and whether an id is already published, are checked once')).toBeVisible();
    await title(page).fill('Edited during the outage');
    await expect(status(page)).toHaveText(/^Saved at /);
    await page.reload();
    await expect(title(page)).toHaveValue('Edited during the outage');
    await expect(page.getByRole('checkbox', { name: /energy-transition/ })).toBeChecked();
  });
}

test('the site runs under its Content-Security-Policy, with no inline script', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('/');
  const policy = response.headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain('unsafe-inline');
  const html = await response.text();
  expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  await expect(page.locator('article.seminar-card')).toHaveCount(upcoming.length);
  await page.getByRole('link', { name: titleIn(upcoming[0]) }).click();
  await page.getByRole('button', { name: 'Edit as draft' }).click();
  await title(page).fill('Under the policy');
  await expect(status(page)).toHaveText(/^Saved at /);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download entry' }).click()]);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('a tampered wasm module does not run, and the page says why', async ({ page }) => {
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    body[body.length - 10] ^= 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The app could not start: its code did not download, or it did not match what this page expects');
  await expect(alert.getByRole('link', { name: 'Reload the page' })).toBeVisible();
  await expect(page.locator('article.seminar-card')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Seminars and workshops' })).toHaveCount(0);
});
