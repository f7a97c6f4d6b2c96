// The reader's path on a phone (issue 20): the filters in a sheet of their
// own, no sideways scrolling at 320 px, and touch targets 44 px high.
import { catalogue, expect, expectNoAxeViolations, open, resultCount, test, topic, upcoming, withTopics } from './helpers.js';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, timezoneId: 'Asia/Shanghai' };
const zh = { ...phone, locale: 'zh-CN' };

/** Whether an element's box is entirely within the viewport. */
const inView = (locator) =>
  locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });

test('on a phone, the filters open over the list, each tick shows its effect, and "show N" brings the results', async ({ browser }) => {
  const context = await browser.newContext(zh);
  const page = await context.newPage();
  await open(page, '/?when=all');
  const filters = page.locator('summary', { hasText: '筛选' });
  await filters.click();
  const label = topic('climate-adaptation').translations['zh-Hans'].label;
  await page.getByRole('checkbox', { name: new RegExp(`^${label}`) }).check();
  const n = withTopics('climate-adaptation').length;
  await expect(resultCount(page)).toHaveText(`共 ${n} 场研讨会`);
  // Nothing scrolled: either the results themselves, or the button to them.
  const show = page.getByRole('button', { name: `查看 ${n} 场结果` });
  const resultsInView = (await inView(resultCount(page))) && (await inView(page.locator('article.seminar-card').first()));
  const buttonInView = (await show.count()) === 1 && (await inView(show));
  expect(resultsInView || buttonInView).toBe(true);
  await show.click();
  await expect(show).toBeHidden();
  await expect(resultCount(page)).toBeInViewport({ ratio: 1 });
  await expect(page.locator('article.seminar-card').first()).toBeInViewport();
  // Escape closes the sheet too, and the keyboard is back on 筛选; while
  // it is open, Tab stays in it rather than reaching the page it covers.
  await filters.click();
  await show.focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.results, .site-header, .search')))).toBe(false);
  await filters.focus();
  await expect(page.getByRole('button', { name: `查看 ${n} 场结果` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: `查看 ${n} 场结果` })).toBeHidden();
  await expect(filters).toBeFocused();
  await context.close();
});

test('the "show N" button counts in English as the list does, and is not on a desktop', async ({ browser }) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await open(page, '/');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await expect(page.getByRole('button', { name: `Show ${upcoming.length} seminars` })).toBeVisible();
  await page.getByRole('checkbox', { name: new RegExp(`^${topic('climate-adaptation').label}`) }).check();
  const one = upcoming.filter((s) => s.topics.includes('climate-adaptation')).length;
  await expect(page.getByRole('button', { name: one === 1 ? 'Show 1 seminar' : `Show ${one} seminars` })).toBeVisible();
  await context.close();
  const desk = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const wide = await desk.newPage();
  await open(wide, '/');
  await expect(wide.getByRole('checkbox').first()).toBeVisible();
  await expect(wide.getByRole('button', { name: /^Show \d+ seminars?$/ })).toBeHidden();
  await expect(wide.locator('article.seminar-card').first()).toBeInViewport();
  await desk.close();
});

for (const [name, colorScheme, locale] of [
  ['Chinese', 'light', 'zh-CN'],
  ['English', 'light', 'en-GB'],
  ['Chinese, dark', 'dark', 'zh-CN'],
]) {
  test(`axe finds nothing on a phone's home page with the filters open (${name})`, async ({ browser }) => {
    const context = await browser.newContext({ ...phone, colorScheme, locale });
    const page = await context.newPage();
    await open(page, '/');
    await page.locator('.filters-panel > summary').click();
    await expect(page.locator('.filters-panel')).toHaveAttribute('open', '');
    await expectNoAxeViolations(page);
    await context.close();
  });
}

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
// deadline) stack when they do not fit (item 21 of the readers' review).
test('at 320 px the draft editor does not scroll sideways, in either language', async ({ browser }) => {
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

test('the empty state does not repeat "0 seminars" above "No seminars match", which is still said', async ({ page }) => {
  await open(page, '/?q=no-such-words-anywhere');
  await expect(page.getByRole('heading', { name: 'No seminars match' })).toBeVisible();
  await expect(resultCount(page)).toHaveText('0 seminars');
  const box = await resultCount(page).boundingBox();
  expect(box.height).toBeLessThanOrEqual(1);
});

test('on a desktop the header starts at the content column\'s left edge', async ({ browser }) => {
  for (const width of [1366, 1920, 800]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await open(page, '/');
    const brand = await page.locator('.site-name').boundingBox();
    const heading = await page.locator('main h1').boundingBox();
    expect(Math.abs(brand.x - heading.x), `at ${width} px`).toBeLessThanOrEqual(1);
    await context.close();
  }
});
