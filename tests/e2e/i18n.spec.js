// Chinese and English: the language a visitor gets, the switch, and every
// page in both languages (axe, no sentence of the other language).
import { readFileSync, readdirSync } from 'node:fs';
import { carbonMarketMatches, catalogue, expect, expectNoAxeViolations, open, tabTo, test } from './helpers.js';

const GUANGXI = '/seminars/guangxi-climate-change-response-workshop-2021';

/** A context whose browser prefers `locale`, with the tests' clock. */
async function browserIn(browser, locale) {
  const context = await browser.newContext({ locale, timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  return { context, page };
}

/** Every interface sentence of a language with no blank in it. */
function sentences(lang) {
  const dir = new URL(`../../locales/${lang}/`, import.meta.url);
  return readdirSync(dir).flatMap((file) =>
    Object.values(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))).filter(
      (text) => !text.includes('{') && text.trim().split(/\s+/).length >= 2,
    ),
  );
}

/** The interface's English sentences that show on a page (its main text,
 * header, and accessible names), which a Chinese page must not have. */
async function englishOn(page) {
  const text = await page.evaluate(() => {
    const names = [...document.querySelectorAll('[aria-label],[title],input[placeholder]')].map(
      (e) => `${e.getAttribute('aria-label') || ''} ${e.getAttribute('title') || ''} ${e.getAttribute('placeholder') || ''}`,
    );
    return `${document.body.innerText}\n${names.join('\n')}\n${document.title}`;
  });
  return sentences('en').filter((s) => text.includes(s));
}

/** Starts a new, empty draft and waits for its editor. */
async function newDraft(page) {
  await open(page, '/drafts/new');
  await expect(page).toHaveURL(/\/drafts\/(?!new)[^/]+$/);
  await expect(page.locator('#field-title')).toBeVisible();
}

test('a browser set to Chinese gets the Chinese interface, with the listings and the workshop in Chinese', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN');
  await open(page, '/?when=all');
  expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('研讨会与研修班');
  await expect(page.getByRole('searchbox', { name: '搜索研讨会' })).toBeVisible();
  const topicLabels = page.locator('fieldset.filter', { has: page.locator('legend', { hasText: '主题' }) }).locator('label');
  await expect(topicLabels).toHaveCount(catalogue.topics.length);
  for (const label of await topicLabels.allTextContents()) {
    expect(label).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(await englishOn(page)).toEqual([]);
  await open(page, GUANGXI);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('广西壮族自治区');
  await expect(page.locator('dl.facts')).toContainText('2021年5月24日至28日');
  await expect(page).toHaveTitle(/气候研讨会/);
  await context.close();
});

test('a draft with an empty title shows its problem in Chinese', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN');
  await newDraft(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('编辑草稿');
  const problem = page.locator('#field-title-problems');
  // A problem shows once its field is left.
  await page.locator('#field-title').focus();
  await page.locator('#field-title').blur();
  await expect(problem).toContainText('标题');
  await expect(problem).not.toContainText('title');
  expect(await englishOn(page)).toEqual([]);
  await context.close();
});

test('the switch changes the language at once and keeps the filters and the search; a reload keeps the choice', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'en-GB');
  const view = '/?q=carbon&topic=carbon-markets&when=all';
  await open(page, view);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seminars and workshops');
  // Counted once the list has arrived (the heading shows before it does).
  await expect(page.locator('article.seminar-card').first()).toBeVisible();
  const before = await page.locator('article.seminar-card').count();
  const toChinese = page.getByRole('button', { name: '中文', exact: true });
  await expect(toChinese).toHaveAttribute('lang', 'zh-Hans');
  await toChinese.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('研讨会与研修班');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  expect(new URL(page.url()).search).toBe(new URL(`http://x${view}`).search);
  await expect(page.getByRole('searchbox')).toHaveValue('carbon');
  await expect(page.locator('article.seminar-card')).toHaveCount(before);
  // The keyboard stays on the switch, which now offers English.
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeFocused();
  await page.reload();
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('研讨会与研修班');
  await page.getByRole('button', { name: 'English', exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seminars and workshops');
  expect(new URL(page.url()).search).toBe(new URL(`http://x${view}`).search);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seminars and workshops');
  await context.close();
});

test('a lang parameter overrides the browser and the stored choice, and the switch rewrites it', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'en-GB');
  await open(page, '/?lang=zh-Hans&when=all');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('研讨会与研修班');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  // A filter keeps the language named in the URL.
  await page.getByRole('checkbox', { name: /^线上 \(/ }).check();
  await expect(page).toHaveURL(/lang=zh-Hans/);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/lang=en/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seminars and workshops');
  await context.close();
});

test.describe(() => {
  // page.route cannot see what a service worker answers.
  test.use({ serviceWorkers: 'block' });

  test('a language named in the URL stays named through the pages of results, a topic link and back to the list', async ({ browser }) => {
    const { context, page } = await browserIn(browser, 'en-GB');
    // 45 seminars: three pages of results.
    const many = {
      ...catalogue,
      seminars: [0, 1, 2].flatMap((copy) => catalogue.seminars.map((s) => ({ ...s, id: `${s.id}-copy-${copy}` }))),
    };
    await page.route('**/seminars.json', (route) => route.fulfill({ json: many }));
    await open(page, '/?when=all&lang=zh-Hans');
    const pages = page.getByRole('navigation', { name: '分页' });
    await pages.getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(page).toHaveURL(/[?&]lang=zh-Hans(&|$)/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('研讨会与研修班');
    await pages.getByRole('link', { name: '上一页' }).click();
    await expect(page).not.toHaveURL(/page=2/);
    await expect(page).toHaveURL(/[?&]lang=zh-Hans(&|$)/);

    await open(page, `${GUANGXI}-copy-0?lang=zh-Hans`);
    const topicLink = page.locator('.seminar-page a[href*="topic="]').first();
    await expect(topicLink).toHaveAttribute('href', /[?&]lang=zh-Hans(&|$)/);
    await topicLink.click();
    await expect(page).toHaveURL(/[?&]topic=/);
    await expect(page).toHaveURL(/[?&]lang=zh-Hans(&|$)/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');

    await open(page, `${GUANGXI}-copy-0?lang=zh-Hans`);
    await page.getByRole('link', { name: '返回全部研讨会' }).click();
    await expect(page).toHaveURL(/\?lang=zh-Hans$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('研讨会与研修班');
    await context.close();
  });
});

test('switching language keeps an open draft, with text typed a moment before', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'en-GB');
  await open(page, '/drafts/new');
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Typed just now');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('编辑草稿');
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('Typed just now');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Typed just now');
  await context.close();
});

test('the loading line and <html lang> are in the visitor’s language before the app arrives', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN');
  // Hold the app's code back to look at the page before it runs.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.locator('#boot [lang="zh-Hans"]')).toBeVisible();
  await expect(page.locator('#boot [lang="en"]')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  release();
  await expect(page.locator('#boot')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  await context.close();
});

// The loader and the app read a `lang` tag by one rule, checked against
// one table (core/tests/lang_tags.json; core/tests/i18n.rs checks the app's
// reader). Here the loader alone, with the app's code held back: the tag's
// language, or the browser's when the tag names none.
const LANG_TAGS = JSON.parse(readFileSync(new URL('../../core/tests/lang_tags.json', import.meta.url), 'utf8')).tags;

test.describe(() => {
  test.use({ serviceWorkers: 'block' });

  test('the loader reads every tag of the shared table as the app does', async ({ browser }) => {
    for (const [locale, fallback] of [['en-US', 'en'], ['zh-CN', 'zh-Hans']]) {
      const { context, page } = await browserIn(browser, locale);
      await page.route(/\.wasm$/, (route) => route.abort());
      for (const [tag, expected] of LANG_TAGS) {
        await page.goto(`/?lang=${encodeURIComponent(tag)}`);
        expect(await page.evaluate(() => document.documentElement.lang), `${JSON.stringify(tag)} in ${locale}`).toBe(expected ?? fallback);
      }
      await context.close();
    }
  });

  test('a byte-order mark before zh: the loader and the app agree, and <html lang> never flips', async ({ browser }) => {
    const { context, page } = await browserIn(browser, 'en-US');
    const seen = [];
    await page.exposeFunction('langSeen', (lang) => seen.push(lang));
    await page.addInitScript(() => {
      new MutationObserver(() => window.langSeen(document.documentElement.lang)).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    });
    await page.goto('/?lang=%EF%BB%BFzh');
    await expect(page.locator('article.seminar-card').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(seen.every((lang) => lang === 'en'), JSON.stringify(seen)).toBe(true);
    await context.close();
  });
});

test('in Chinese the flows work as in English: keyboard filtering, search and chips, the seminar page, a draft kept over a reload', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN');
  const cards = page.locator('article.seminar-card');
  await open(page, '/?when=all');
  await expect(cards).toHaveCount(catalogue.seminars.length);
  // The keyboard alone: Tab to the first topic, Space checks it.
  const first = catalogue.topics[0];
  // Tab from the top of the page until the first topic checkbox has focus.
  await tabTo(page, 'topic-0');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`\\?topic=${first.id}&when=all$`));
  await expect(cards).toHaveCount(catalogue.seminars.filter((s) => s.topics.includes(first.id)).length);
  await expect(page.locator('#topic-0')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?when=all$/);
  // Search in Chinese; its chip takes it off again.
  await page.getByRole('searchbox', { name: '搜索研讨会' }).fill('碳市场');
  await expect(page).toHaveURL(/q=%E7%A2%B3%E5%B8%82%E5%9C%BA/);
  await expect(cards).toHaveCount(carbonMarketMatches.length);
  await expect(cards.locator('mark').first()).toHaveText('碳市场');
  const chip = page.locator('.chip', { hasText: '碳市场' });
  await expect(chip).toHaveCount(1);
  await chip.click();
  await expect(chip).toHaveCount(0);
  await expect(page).toHaveURL(/\?when=all$/);
  await expect(cards).toHaveCount(catalogue.seminars.length);
  expect(await englishOn(page)).toEqual([]);
  // A card's heading opens the seminar page, in Chinese.
  await cards.first().locator('h2 a').click();
  await expect(page.locator('dl.facts')).toBeVisible();
  await expect(page).toHaveTitle(/ · 气候研讨会$/);
  expect(await englishOn(page)).toEqual([]);
  // A draft typed in Chinese is saved and there after a reload.
  await newDraft(page);
  await page.locator('#field-title').fill('中文草稿');
  await expect(page.locator('.save-status')).toHaveText(/^已于 .+ 保存$/);
  await page.reload();
  await expect(page.locator('#field-title')).toHaveValue('中文草稿');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  await context.close();
});

for (const [locale, saved, listed] of [
  ['zh-CN', '已于 12:00:00 保存', '最后保存：2026年11月28日 12:00'],
  ['en-GB', 'Saved at 12:00:00', 'Last saved: 28 November 2026, 12:00'],
]) {
  test(`a draft's save time is written as ${locale} writes it, in the editor and on the drafts list`, async ({ browser }) => {
    const { context, page } = await browserIn(browser, locale);
    await newDraft(page);
    await page.locator('#field-title').fill('Heat and health');
    await expect(page.locator('.save-status')).toHaveText(saved);
    await page.locator('p.back a').click();
    await expect(page.locator('article.draft-row .meta')).toContainText(listed);
    await context.close();
  });
}

for (const [locale, lang] of [
  ['en-GB', 'en'],
  ['zh-CN', 'zh-Hans'],
]) {
  test(`every page in ${lang}: axe finds nothing, and no sentence of the other language shows`, async ({ browser }) => {
    // Eight pages, each loaded and audited: 22 to 30 s on this project's
    // 2-core machines, the whole of the default 30 s a test may take.
    test.setTimeout(120_000);
    const { context, page } = await browserIn(browser, locale);
    const check = async () => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expectNoAxeViolations(page);
      if (lang !== 'en') expect(await englishOn(page)).toEqual([]);
    };
    await open(page, '/');
    await expect(page.locator('article.seminar-card').first()).toBeVisible();
    await check();
    await open(page, '/?when=all&q=no-such-seminar-anywhere');
    await expect(page.locator('.empty')).toBeVisible();
    await check();
    await open(page, '/?when=all&q=carbon&format=online');
    await expect(page.locator('.chip').first()).toBeVisible();
    await check();
    await open(page, GUANGXI);
    await expect(page.locator('dl.facts')).toBeVisible();
    await check();
    await open(page, '/seminars/no-such-seminar');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check();
    await open(page, '/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check();
    await newDraft(page);
    await page.locator('#field-title').focus();
    await page.locator('#field-title').blur();
    await expect(page.locator('#field-title-problems')).not.toBeEmpty();
    await check();
    await open(page, '/drafts');
    await expect(page.locator('article.draft-row')).toHaveCount(1);
    await check();
    await context.close();
  });
}
