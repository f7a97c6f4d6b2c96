// Shared helpers for the end-to-end tests, and the `test` every spec uses:
// Playwright's, with every browser context on the tests' clock.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

export { expect };

/** The shipped catalogue, as the tests' source of truth. */
export const catalogue = JSON.parse(readFileSync(new URL('../../public/seminars.json', import.meta.url), 'utf8'));

/** The day the tests take as today (the browser's clock is fixed to it). */
export const TODAY = '2026-11-28';

/** The moment every page in every test reads as now: noon in Beijing on
 * TODAY, whatever the machine's date. */
export const NOW = new Date(`${TODAY}T12:00:00+08:00`);

/** Puts a browser context on the tests' clock: `Date` in each of its pages
 * (and in pages opened later) says NOW; timers run as usual. */
export async function onTestClock(context) {
  await context.clock.setFixedTime(NOW);
  return context;
}

/** Playwright's `test`, whose browser puts every context it makes on the
 * tests' clock: the default `context` and `page`, and every context or
 * page a test opens itself (`browser.newContext`, `browser.newPage`). A
 * test that needs time to pass (a timeout) takes the clock over with
 * `page.clock.install`. */
export const test = base.extend({
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => onTestClock(await newContext(options));
      await use(browser);
    },
    { scope: 'worker' },
  ],
});

/** Seminars that have not ended by TODAY: the default view. */
export const upcoming = catalogue.seminars.filter((s) => s.end >= TODAY);

/** Seminars filed under any of the given topics, on every date. */
export const withTopics = (...topics) => catalogue.seminars.filter((s) => s.topics.some((t) => topics.includes(t)));

/** A listing's text `field` as an English reader sees it: the original when
 * the listing is in English, else its English translation where it has one. */
export const inEnglish = (s, field) => (s.language === 'en' ? s[field] : s.translations?.en?.[field] ?? s[field]);

/** The title an English reader sees. */
export const titleIn = (s) => inEnglish(s, 'title');

/** The city the city facet files a listing under (its English name; none
 * for a seminar held only online). */
export const filedCity = (s) => (s.format === 'online' ? null : s.language === 'en' ? s.venue.city : s.translations?.en?.city ?? s.venue.city);

/** Every organising body of a listing, of any role, as written. */
export const bodiesOf = (s) => [...(s.hosts ?? []), ...(s.organisers ?? []), ...(s.co_organisers ?? []), ...(s.supporters ?? [])];

/** The listings a search for 碳市场 finds: those whose text in either
 * language says it, and those filed under the topic 碳市场与碳排放权交易. */
export const carbonMarketMatches = catalogue.seminars.filter(
  (s) =>
    s.topics.includes('carbon-markets') ||
    [s.title, s.summary, s.translations?.['zh-Hans']?.title, s.translations?.['zh-Hans']?.summary].some((t) => t?.includes('碳市场')),
);

/** The topic record for an id. */
export const topic = (id) => catalogue.topics.find((t) => t.id === id);

/** Opens a path and waits until the list (or the page) has rendered. */
export async function open(page, path = '/') {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(path);
  await expect(page.locator('#boot')).toHaveCount(0);
  return errors;
}

/** The count line, e.g. "3 seminars". */
export const resultCount = (page) => page.locator('#result-count');

/** The titles of the listed seminars, in order. */
export const listedTitles = (page) => page.locator('article.seminar-card h2').allTextContents();

/** Runs axe on the page and expects zero violations. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Presses Tab from where the focus is until the element with `id` has it
 * (at most 20 times), as a keyboard user reaches a control. */
export async function tabTo(page, id) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.id === id, id)) break;
  }
  await expect(page.locator(`#${id}`)).toBeFocused();
}

/** Waits until the service worker has kept the build (it is active once
 * every file is kept) and controls the page. */
export async function offlineReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
