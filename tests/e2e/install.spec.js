// Installing the app: a web app manifest with icons that exist at the sizes
// they claim, and no installability errors in Chromium, at a domain's root
// and under a sub-path. Chromium does not offer installing in a private
// window, which every Playwright context is, so the check runs in a
// browser with a profile of its own.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestClock, test } from './helpers.js';

/** The width and height a PNG's header gives. */
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

for (const [host, base] of [
  ['at the root', 'http://127.0.0.1:4173/'],
  ['under a sub-path', 'http://127.0.0.1:4175/some/path/'],
]) {
  test(`the manifest, its icons and Chromium's installability check, ${host}`, async ({ request }, testInfo) => {
    const profile = mkdtempSync(join(tmpdir(), 'seminars-profile-'));
    const context = await onTestClock(await chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions));
    try {
      const page = await context.newPage();
      await page.goto(base);
      await expect(page.locator('article.seminar-card').first()).toBeVisible();
      const href = await page.locator('link[rel=manifest]').evaluate((link) => link.href);
      expect(href).toBe(`${base}manifest.webmanifest`);
      const manifest = await (await request.get(href)).json();
      expect(manifest).toMatchObject({ display: 'standalone', start_url: './', scope: './', short_name: 'Climate Seminars' });
      const purposes = [];
      for (const icon of manifest.icons) {
        const response = await request.get(new URL(icon.src, href).href);
        expect(response.headers()['content-type']).toBe('image/png');
        const [width, height] = pngSize(await response.body());
        expect(`${width}x${height}`).toBe(icon.sizes);
        purposes.push(`${icon.sizes} ${icon.purpose}`);
      }
      expect(purposes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
