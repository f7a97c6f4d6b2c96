// Browsing: search, facets, dates, order, pages, and the URL that holds them.
import { bodiesOf, carbonMarketMatches, catalogue, expect, expectNoAxeViolations, filedCity, listedTitles, open, resultCount, test, titleIn, TODAY, upcoming } from './helpers.js';

const cards = (page) => page.locator('article.seminar-card');
const WORKSHOP = 'Guangxi Zhuang Autonomous Region Climate Change Response Workshop';
const past = catalogue.seminars.filter((s) => s.end < TODAY);

test('search matches case-, accent- and width-blind, needs every word, highlights, and lives in q=', async ({ page }) => {
  await open(page, '/?when=all');
  const search = page.getByRole('searchbox', { name: 'Search seminars' });
  await search.fill('JIÀO tong');
  await expect(page).toHaveURL(/\?q=JI%C3%80O\+tong&when=all$/);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).locator('h2')).toHaveText(WORKSHOP);
  await expect(cards(page).locator('mark').first()).toHaveText('Jiao');
  await search.fill('ｊｉａｏ　ｔｏｎｇ');
  await expect(cards(page)).toHaveCount(1);
  await search.fill('jiao volcano');
  await expect(cards(page)).toHaveCount(0);
  await page.reload();
  await expect(search).toHaveValue('jiao volcano');
  await expect(page.getByRole('heading', { name: 'No seminars match' })).toBeVisible();
});

test('search looks in speakers, talks, organisers, hosts and cities', async ({ page }) => {
  for (const [q, title] of [
    ['Ou Bo', WORKSHOP],
    ["Guangxi's work on climate change", WORKSHOP],
    ['Organization Department', WORKSHOP],
    ['Tangshan', 'Green Steel and Cement Roundtable'],
    ['Verification Services', 'Monitoring, Reporting and Verification for Carbon Markets'],
  ]) {
    await open(page, `/?when=all&q=${encodeURIComponent(q)}`);
    await expect(cards(page).first()).toBeVisible();
    expect(await listedTitles(page), q).toContain(title);
  }
});

test('a Chinese query matches by substring, in either language, and is highlighted', async ({ page }) => {
  await open(page, '/?when=all');
  await page.getByRole('searchbox', { name: 'Search seminars' }).fill('碳市场');
  // The listings written in Chinese, the English ones whose Chinese
  // translations say 碳市场 (the workshop's summary, the MRV course's
  // title), and those filed under the topic 碳市场与碳排放权交易.
  expect(carbonMarketMatches.length).toBeGreaterThan(3);
  await expect(cards(page)).toHaveCount(carbonMarketMatches.length);
  const chinese = cards(page).filter({ hasText: '全国碳市场建设专题报告会' });
  await expect(chinese.locator('h2')).toHaveText('全国碳市场建设专题报告会');
  await expect(chinese.locator('h2 mark')).toHaveText('碳市场');
  await expect(chinese.locator('h2')).toHaveAttribute('lang', 'zh');
  expect(await listedTitles(page)).toEqual(
    expect.arrayContaining([WORKSHOP, 'Monitoring, Reporting and Verification for Carbon Markets']),
  );
});

test('/ focuses the search box, and typing a word is one step back', async ({ page }) => {
  await open(page, '/?when=all');
  await expect(cards(page)).toHaveCount(catalogue.seminars.length);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('steel');
  await expect(page).toHaveURL(/\?q=steel&when=all$/);
  await expect(cards(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\?when=all$/);
  await expect(cards(page)).toHaveCount(catalogue.seminars.length);
  await expect(page.getByRole('searchbox')).toHaveValue('');
});

test('facets combine: any value within a facet, all facets together, with counts given the other filters', async ({ page }) => {
  await open(page, '/?when=all');
  await page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^Online/ }).check();
  const online = catalogue.seminars.filter((s) => s.format === 'online');
  await expect(cards(page)).toHaveCount(online.length);
  await expect(page).toHaveURL(/\?format=online&when=all$/);
  await page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^Hybrid/ }).check();
  const onlineOrHybrid = catalogue.seminars.filter((s) => ['online', 'hybrid'].includes(s.format));
  await expect(cards(page)).toHaveCount(onlineOrHybrid.length);
  // Topic counts now count only online or hybrid seminars.
  const markets = onlineOrHybrid.filter((s) => s.topics.includes('carbon-markets')).length;
  await expect(page.getByRole('checkbox', { name: `Carbon markets and emissions trading (${markets})` })).toBeEnabled();
  await page.getByRole('checkbox', { name: /^Carbon markets/ }).check();
  await expect(cards(page)).toHaveCount(markets);
  // Format counts ignore the format filter itself but respect the topic.
  const inPerson = catalogue.seminars.filter((s) => s.format === 'in_person' && s.topics.includes('carbon-markets')).length;
  await expect(page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: `In person (${inPerson})` })).toBeVisible();
});

test('values that would show nothing are shown disabled, not hidden', async ({ page }) => {
  await open(page, '/?when=all&city=Tangshan');
  const adaptation = page.getByRole('checkbox', { name: 'Climate adaptation (0)' });
  await expect(adaptation).toBeVisible();
  await expect(adaptation).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: /^Tangshan \(1\)/ })).toBeChecked();
});

test('city and organiser facets filter and live in the URL', async ({ page }) => {
  await open(page, '/?when=all');
  await page.getByRole('button', { name: /^Show all \d+ \(City\)$/ }).click();
  await page.getByRole('checkbox', { name: /^Shanghai \(/ }).check();
  // Filed by its English name: the listings written in Chinese (上海) too.
  const shanghai = catalogue.seminars.filter((s) => filedCity(s) === 'Shanghai');
  expect(shanghai.some((s) => s.venue.city === '上海')).toBe(true);
  await expect(cards(page)).toHaveCount(shanghai.length);
  await expect(page).toHaveURL(/\?city=Shanghai&when=all$/);
  await open(page, `/?when=all&organiser=${encodeURIComponent('Example Low-Carbon Industry Alliance')}`);
  await expect(cards(page)).toHaveCount(catalogue.seminars.filter((s) => bodiesOf(s).includes('Example Low-Carbon Industry Alliance')).length);
});

test('active filters are chips that remove one filter each, and Clear all removes them all', async ({ page }) => {
  await open(page, '/?q=carbon&topic=carbon-markets&format=online&when=all');
  const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('button');
  await expect(chips).toHaveText(['Search: “carbon” ×', 'Topic: Carbon markets and emissions trading ×', 'Format: Online ×', 'Dates: All dates ×']);
  await page.getByRole('button', { name: 'Remove filter Format: Online' }).click();
  await expect(page).toHaveURL(/\?q=carbon&topic=carbon-markets&when=all$/);
  await expect(chips).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(chips).toHaveCount(0);
  await expect(cards(page)).toHaveCount(upcoming.length);
});

test('past seminars come most recent first; sort and a date range change the list', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('radio', { name: 'Past' }).check();
  await expect(page).toHaveURL(/\?when=past$/);
  const recentFirst = [...past].sort((a, b) => b.start.localeCompare(a.start)).map(titleIn);
  await expect(cards(page)).toHaveCount(past.length);
  await expect(page.locator('article.seminar-card h2')).toHaveText(recentFirst);
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('-date');

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  await expect(page).toHaveURL(/\?when=past&sort=title$/);
  const byTitle = [...past].map(titleIn).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  await expect(page.locator('article.seminar-card h2')).toHaveText(byTitle);

  await page.getByRole('radio', { name: 'All dates' }).check();
  await page.getByLabel('From', { exact: true }).fill('2025-01-01');
  await page.getByLabel('To', { exact: true }).fill('2025-12-31');
  await expect(page).toHaveURL(/\?when=all&from=2025-01-01&to=2025-12-31&sort=title$/);
  const in2025 = catalogue.seminars.filter((s) => s.end >= '2025-01-01' && s.start <= '2025-12-31');
  await expect(cards(page)).toHaveCount(in2025.length);
  await expect(page.getByRole('button', { name: 'Remove filter From 1 January 2025' })).toBeVisible();
});

test('a seminar in progress counts as upcoming', async ({ page }) => {
  await open(page, '/');
  // 24–30 November 2026 is under way on 28 November 2026.
  await expect(cards(page).first().locator('h2')).toHaveText('Low-Carbon Industrial Parks Study Tour');
});

test('every parameter in a shared URL is restored into the controls', async ({ page }) => {
  await open(page, '/?q=carbon&topic=carbon-markets&format=hybrid&city=Shanghai&when=all&from=2020-01-01&to=2030-12-31&sort=title');
  await expect(page.getByRole('searchbox')).toHaveValue('carbon');
  await expect(page.getByRole('checkbox', { name: /^Carbon markets/ })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^Hybrid/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Shanghai/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'All dates' })).toBeChecked();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2020-01-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2030-12-31');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('title');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).locator('h2')).toHaveText('Monitoring, Reporting and Verification for Carbon Markets');
});

test('invalid values fall back to defaults without an error', async ({ page }) => {
  const errors = await open(page, '/?when=someday&from=2021-02-30&to=soon&sort=best&page=99999999&city=Atlantis&format=pigeon&organiser=Nobody&topic=nope&x=1');
  await expect(cards(page)).toHaveCount(upcoming.length);
  await expect(page.getByRole('radio', { name: 'Upcoming and in progress' })).toBeChecked();
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('back and forward restore each earlier view', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('radio', { name: 'All dates' }).check();
  await expect(cards(page)).toHaveCount(catalogue.seminars.length);
  await page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^Online/ }).check();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  const views = ['/?format=online&when=all&sort=title', '/?format=online&when=all', '/?when=all', '/'];
  for (const view of views.slice(1)) {
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${view.replace(/[?]/g, '\\?')}$`));
  }
  await expect(cards(page)).toHaveCount(upcoming.length);
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^Online/ })).toBeChecked();
  await expect(cards(page)).toHaveCount(catalogue.seminars.filter((s) => s.format === 'online').length);
});

test('the empty state names the filters that exclude everything and clears them in one click', async ({ page }) => {
  await open(page, '/?q=volcano&format=online');
  const empty = page.locator('section.empty');
  await expect(empty.getByRole('heading')).toHaveText('No seminars match');
  await expect(empty.getByRole('listitem')).toHaveText(['Search: “volcano”', 'Format: Online', 'Dates: Upcoming and in progress']);
  await expect(resultCount(page)).toHaveText('0 seminars');
  await expectNoAxeViolations(page);
  await empty.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\?when=all$/);
  await expect(cards(page)).toHaveCount(catalogue.seminars.length);
});

test.describe(() => {
  // page.route cannot see what a service worker answers: the worker is
  // blocked where a test stands in for the host.
  test.use({ serviceWorkers: 'block' });

  test('long lists are paged, at most 20 listings at once, each page with its URL', async ({ page }) => {
    // A catalogue of 15 × 4 = 60 seminars.
    const many = {
      ...catalogue,
      seminars: [0, 1, 2, 3].flatMap((copy) => catalogue.seminars.slice(0, 15).map((s) => ({ ...s, id: `${s.id}-copy-${copy}` }))),
    };
    await page.route('**/seminars.json', (route) => route.fulfill({ json: many }));
    await open(page, '/?when=all');
    await expect(cards(page)).toHaveCount(20);
    await expect(resultCount(page)).toHaveText('60 seminars · Showing 1–20 of 60');
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages).toContainText('Page 1 of 3');
    await pages.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\?when=all&page=2$/);
    await expect(resultCount(page)).toHaveText('60 seminars · Showing 21–40 of 60');
    await pages.getByRole('link', { name: 'Next' }).click();
    await expect(cards(page)).toHaveCount(20);
    await expect(pages.getByRole('link', { name: 'Next' })).toHaveCount(0);
    await page.goBack();
    await expect(pages).toContainText('Page 2 of 3');
    // A filter change goes back to page 1; a page past the end shows page 1.
    await page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: /^Online/ }).check();
    await expect(page).toHaveURL(/\?format=online&when=all$/);
    await open(page, '/?when=all&page=999');
    await expect(pages).toContainText('Page 1 of 3');
    expect(await page.locator('main *').count()).toBeLessThan(1500);
  });
});

test('dates name the event time zone when it differs from the visitor’s', async ({ browser }) => {
  const london = await browser.newContext({ timezoneId: 'Europe/London' });
  const page = await london.newPage();
  await open(page, '/?when=all&q=jiao');
  await expect(cards(page).locator('.when')).toHaveText('24–28 May 2021 (dates in China Standard Time)');
  await london.close();
  const shanghai = await browser.newContext({ timezoneId: 'Asia/Shanghai' });
  const local = await shanghai.newPage();
  await open(local, '/?when=all&q=jiao');
  await expect(cards(local).locator('.when')).toHaveText('24–28 May 2021');
  await shanghai.close();
});

test('at 320 px in Chinese, with a four-digit saved count, no header item breaks inside a word', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await phone.newPage();
  await open(page, '/');
  await page.evaluate(() => localStorage.setItem('seminars:saved', JSON.stringify({ version: 1, ids: Array.from({ length: 1000 }, (_, i) => `gone-${i}`) })));
  await page.reload();
  await expect(page.locator('#saved-count')).toHaveText('1000');
  // Each item is one line high: "English" broke into "Englis" and "h" before.
  for (const item of await page.locator('.site-header nav a, .site-header .lang-switch').all()) {
    const oneLine = await item.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      const tops = [...range.getClientRects()].map((r) => r.top);
      // A second line starts at least a line (about 1.5 em) lower.
      return Math.max(...tops) - Math.min(...tops) < parseFloat(getComputedStyle(e).fontSize);
    });
    expect(oneLine, await item.textContent()).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await phone.close();
});

test('the list fits a 320-pixel phone, follows dark mode, and prints without controls', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: 'dark', timezoneId: 'Asia/Shanghai' });
  const page = await phone.newPage();
  await open(page, '/?when=all');
  await expect(cards(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 23, 21)');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('aside.filters')).toBeHidden();
  await expect(page.getByRole('searchbox')).toBeHidden();
  await phone.close();
});
