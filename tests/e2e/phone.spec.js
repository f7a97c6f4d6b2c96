// The reader's path on a phone (issue 20): no sideways scrolling at 320 px,
// and touch targets 44 px high.
import { catalogue, expect, open, resultCount, test, topic, withTopics } from './helpers.js';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, timezoneId: 'Asia/Shanghai' };

const pages = () => [
  ['home', '/'],
  ['seminar', `/seminars/${catalogue.seminars[0].id}`],
  ['saved', '/saved'],
  ['drafts', '/drafts'],
  ['not found', '/no-such-page'],
];

for (const lang of ['en', 'zh-Hans']) {
  test(`at 320 px nothing scrolls sideways, in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ ...phone, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide = [];
    for (const [name, path] of pages()) {
      await open(page, `${path}?lang=${lang}`);
      await expect(page.locator('main')).not.toBeEmpty();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${name}: ${width}`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
}

// The editor's two date pairs (start and end, registration page and
// deadline) do not shrink below about 356 px: item 21 of the readers' review,
// fixed on another branch. Expected to fail until then; remove the mark then.
test('at 320 px the draft editor does not scroll sideways, in either language', async ({ browser }) => {
  test.fail();
  const context = await browser.newContext({ ...phone, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const lang of ['en', 'zh-Hans']) {
    await open(page, `/drafts/new?lang=${lang}`);
    await expect(page.locator('#field-title')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), lang).toBeLessThanOrEqual(320);
  }
  await context.close();
});

test('at 320 px in English no header item breaks inside a word, and no "0" badge shows', async ({ browser }) => {
  const context = await browser.newContext({ ...phone, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await open(page, '/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#saved-count')).toBeHidden();
  for (const item of await page.locator('.site-header nav a, .site-header .lang-switch').all()) {
    const lines = await item.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top / 8))).size;
    });
    expect(lines, await item.textContent()).toBe(1);
  }
  await page.locator('article.seminar-card .save-toggle').first().click();
  await expect(page.locator('#saved-count')).toHaveText('1');
  await expect(page.locator('#saved-count')).toBeVisible();
  await context.close();
});

/** The visible interactive elements of the page less than 44 px high. */
const smallTargets = (page) =>
  page.evaluate(() => {
    const small = [];
    for (const e of document.querySelectorAll('a, button, input, select, summary, label')) {
      if (e.tagName === 'LABEL' && !e.querySelector('input')) continue;
      const r = e.getBoundingClientRect();
      // Visually hidden controls (1 px) stand for a visible label.
      if (r.width <= 1 || !e.checkVisibility({ visibilityProperty: true })) continue;
      if (r.height < 44) small.push(`${e.tagName.toLowerCase()} "${(e.textContent || e.id).trim().slice(0, 30)}": ${r.height.toFixed(1)}`);
    }
    return small;
  });

for (const locale of ['en-GB', 'zh-CN']) {
  test(`on a 390 px phone every control on the home and a seminar page is at least 44 px high (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ ...phone, locale });
    const page = await context.newPage();
    await open(page, '/?when=all');
    await page.waitForLoadState('networkidle');
    expect(await smallTargets(page)).toEqual([]);
    await page.locator('.filters-panel > summary').click();
    await page.locator('.filter .link-button').first().click();
    expect(await smallTargets(page)).toEqual([]);
    for (const seminar of catalogue.seminars) {
      await open(page, `/seminars/${seminar.id}`);
      await page.waitForLoadState('networkidle');
      expect(await smallTargets(page), seminar.id).toEqual([]);
    }
    await context.close();
  });
}

test('a topic on a card is a link to the list of that topic', async ({ page }) => {
  await open(page, '/?when=all');
  const card = page.locator('article.seminar-card').first();
  const title = await card.locator('h2').textContent();
  const first = catalogue.seminars.find((s) => s.title === title);
  const label = topic(first.topics[0]).label;
  await card.getByRole('link', { name: label }).click();
  await expect(page).toHaveURL(new RegExp(`\\?topic=${first.topics[0]}$`));
  await expect(resultCount(page)).toHaveText(new RegExp(`^${withTopics(first.topics[0]).filter((s) => s.end >= '2026-11-28').length} seminars?$`));
});
