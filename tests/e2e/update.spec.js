// Updates: a tab open on one build learns that the next one is deployed,
// says so, reloads only when asked (never over a draft being written), and
// then runs the next build alone: no file of the old build is fetched.
//
// The next build is dist-next/ (tests/e2e/build-next.sh: the same source
// with the English tagline changed). A server of this test's own serves a
// folder that starts as a copy of dist/ and is then overwritten with
// dist-next/, as a deploy does.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, offlineReady, open, test } from './helpers.js';

const next = new URL('../../dist-next/', import.meta.url).pathname;
const current = new URL('../../dist/', import.meta.url).pathname;
const port = 4180;
const base = `http://127.0.0.1:${port}/`;

/** Serves `root` as the e2e hosts do; resolves once it listens. */
function serve(root) {
  const server = spawn('node', ['tests/e2e/serve.mjs', '--root', root, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.stdout.once('data', () => resolve(server));
    server.once('exit', (code) => reject(new Error(`the test server exited with ${code}`)));
  });
}

/** Replaces everything in `root` with the files of `build`, as a deploy does. */
function deploy(build, root) {
  for (const file of readdirSync(root)) rmSync(join(root, file), { recursive: true });
  cpSync(build, root, { recursive: true });
}

test('a new build is announced, waits for "Reload" while a draft is written, then runs alone', async ({ page }) => {
  expect(existsSync(join(next, 'index.html')), 'dist-next/ is missing: run tests/e2e/build-next.sh').toBe(true);
  const root = mkdtempSync(join(tmpdir(), 'seminars-deploy-'));
  deploy(current, root);
  const server = await serve(root);
  try {
    const errors = await open(page, base);
    await expect(page.locator('article.seminar-card').first()).toBeVisible();
    await offlineReady(page);

    // A draft being written: the last keystrokes may not be stored yet.
    await page.goto(`${base}drafts/new`);
    const title = page.getByLabel('Title', { exact: true });
    await expect(title).toBeVisible();
    await page.evaluate(() => (window.sameDocument = true));
    await title.fill('Typed while the site was updated');

    const oldFiles = readdirSync(current).filter((f) => !readdirSync(next).includes(f));
    expect(oldFiles.filter((f) => /\.(js|wasm)$/.test(f)).length).toBeGreaterThan(3);
    deploy(next, root);
    // What the app does when the tab is shown again.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const notice = page.locator('.notice.update');
    await expect(notice).toContainText('A new version is available.');
    await expectNoAxeViolations(page);

    // Nothing reloads by itself: the same document, the text in its field.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.sameDocument)).toBe(true);
    await expect(title).toHaveValue('Typed while the site was updated');
    await expect(page.locator('.tagline')).not.toContainText('(next build)');

    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.locator('.tagline')).toContainText('(next build)');
    expect(await page.evaluate(() => window.sameDocument)).toBeUndefined();
    await expect(title).toHaveValue('Typed while the site was updated');
    await expect(page.locator('.notice.update')).toHaveCount(0);

    // The next build's files only: none of the old build's was asked for,
    // of the network or of the worker, and its cache is gone.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const named = (urls) => urls.map((u) => new URL(u).pathname.slice(1)).filter((f) => oldFiles.includes(f));
    expect(named(requested)).toEqual([]);
    expect(named(loaded)).toEqual([]);
    const kept = await page.evaluate(async () => (await caches.keys()).filter((name) => name.includes(' build ')));
    expect(kept).toHaveLength(1);
    expect(errors).toEqual([]);
  } finally {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});
