// What Chinese readers do first (issue 20): who holds and who runs a
// workshop, named as a Chinese notice names them; facets in the reader's
// language; an audience facet; a cancelled listing marked everywhere; a
// search that knows the topics and says what past seminars match; a
// seminar page that leads with what a reader needs.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { carbonMarketMatches, catalogue, expect, expectNoAxeViolations, filedCity, open, test, TODAY } from './helpers.js';

const GUANGXI = 'guangxi-climate-change-response-workshop-2021';
const CANCELLED = 'carbon-market-capacity-training-2027';
const byId = (id) => catalogue.seminars.find((s) => s.id === id);

/** A page in a browser context reading `locale`, in light or dark. */
async function pageIn(browser, locale, colorScheme = 'light') {
  const context = await browser.newContext({ locale, colorScheme, serviceWorkers: 'block' });
  return { context, page: await context.newPage() };
}

/** The values the city and organiser facets offer: each city and body by
 * its English name where the listing gives one. */
const filedCities = new Set(catalogue.seminars.map(filedCity).filter(Boolean));
const filedBodies = new Set(
  catalogue.seminars.flatMap((s) =>
    ['hosts', 'organisers', 'co_organisers', 'supporters'].flatMap((role) =>
      (s[role] ?? []).map((name, i) => (s.language === 'en' ? name : s.translations?.en?.[role]?.[i] ?? name)),
    ),
  ),
);

/** Opens a list and waits for its cards: `open` returns once the app has
 * started, which can be before the catalogue has arrived and the list is
 * drawn, and a read that does not wait (allTextContents) would see none. */
async function openList(page, path) {
  await open(page, path);
  await expect(page.locator('article.seminar-card').first()).toBeVisible();
}

/** A fact of the seminar page: the text of the `<dd>` after the `<dt>` that says `label`. */
const fact = (page, label) => page.locator('dl.facts dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

test('the Guangxi workshop: 主办单位 is the Organization Department, 承办单位 the two others, each by its official Chinese name', async ({ browser }) => {
  const { context, page } = await pageIn(browser, 'zh-CN');
  await open(page, `/seminars/${GUANGXI}`);
  await expect(fact(page, '主办单位')).toHaveText('中共广西壮族自治区委员会组织部');
  await expect(fact(page, '主办单位')).toHaveAttribute('lang', 'zh-Hans');
  await expect(fact(page, '承办单位')).toHaveText('广西壮族自治区生态环境厅；上海交通大学中英国际低碳学院');
  await expect(fact(page, '授课单位').locator('li')).toHaveText([
    '国家应对气候变化战略研究和国际合作中心',
    '上海交通大学',
    '北京师范大学',
    '上海环境能源交易所',
  ]);
  // 主办 comes before 承办, as a notice names them; no 举办单位.
  const labels = await page.locator('dl.facts dt').allTextContents();
  expect(labels.indexOf('主办单位')).toBeLessThan(labels.indexOf('承办单位'));
  expect(labels).not.toContain('举办单位');
  await expect(fact(page, '地点')).toHaveText('上海交通大学，上海，中国');
  await expect(fact(page, '对象类别')).toHaveText('厅级干部，处级干部');
  await expect(fact(page, '参加人数')).toHaveText('50余名');
  // The card says who holds it, in Chinese too.
  await open(page, '/?when=past&q=%E5%B9%BF%E8%A5%BF');
  await expect(page.locator('article.seminar-card .organisers').first()).toHaveText('主办单位：中共广西壮族自治区委员会组织部');
  await context.close();

  const en = await pageIn(browser, 'en-GB');
  await open(en.page, `/seminars/${GUANGXI}`);
  await expect(fact(en.page, 'Hosted by')).toHaveText('Organization Department of the CPC Guangxi Zhuang Autonomous Region Committee');
  await expect(fact(en.page, 'Organised by')).toHaveText(
    'Department of Ecology and Environment of Guangxi Zhuang Autonomous Region; China-UK Low Carbon College, Shanghai Jiao Tong University',
  );
  await expect(fact(en.page, 'Teaching institutions').locator('li')).toHaveCount(4);
  await en.context.close();
});

test('the Chinese home page names cities and organising bodies in Chinese, sorted by pinyin, and "Online" is no city', async ({ browser }) => {
  const { context, page } = await pageIn(browser, 'zh-CN');
  await openList(page, '/?when=all');
  for (const facet of ['城市', '主办、承办单位']) {
    const group = page.getByRole('group', { name: facet });
    const showAll = group.getByRole('button', { name: /^显示全部/ });
    if (await showAll.count()) await showAll.click();
    await expect(group.locator('li label')).toHaveCount(facet === '城市' ? filedCities.size : filedBodies.size);
    const labels = (await group.locator('li label').allTextContents()).map((l) => l.replace(/（\d+）$|\s*\(\d+\)$/, '').trim());
    expect(labels.length, facet).toBeGreaterThan(3);
    // Every value is in Chinese: no Latin letters at all.
    for (const label of labels) expect(label, `${facet}: ${label}`).not.toMatch(/[A-Za-z]/);
    expect(labels).not.toContain('线上');
    const sorted = [...labels].sort(new Intl.Collator('zh-Hans-CN').compare);
    expect(labels, facet).toEqual(sorted);
  }
  // The same checkbox filters: 上海 holds the listings written in Chinese (上海)
  // and in English (Shanghai).
  const cities = page.getByRole('group', { name: '城市' });
  await cities.getByRole('checkbox', { name: /^上海/ }).check();
  await expect(page).toHaveURL(/city=Shanghai/);
  const shanghai = catalogue.seminars.filter((s) => [s.venue.city, s.translations?.en?.city].includes('Shanghai') || s.venue.city === '上海');
  await expect(page.locator('article.seminar-card')).toHaveCount(shanghai.length);
  await expect(page.locator('.chip', { hasText: '城市：上海' })).toHaveCount(1);
  await context.close();
});

test('the audience facet counts and filters, in both languages', async ({ browser }) => {
  for (const [locale, facet, researchers] of [
    ['zh-CN', '参加对象', '研究人员'],
    ['en-GB', 'Who it is for', 'Researchers'],
  ]) {
    const { context, page } = await pageIn(browser, locale);
    await open(page, '/?when=all');
    const n = catalogue.seminars.filter((s) => s.audiences?.includes('researchers')).length;
    expect(n).toBeGreaterThan(1);
    const box = page.getByRole('group', { name: facet }).getByRole('checkbox', { name: new RegExp(`^${researchers}\\s*[（(]${n}[）)]`) });
    await box.check();
    await expect(page).toHaveURL(/audience=researchers/);
    await expect(page.locator('article.seminar-card')).toHaveCount(n);
    await context.close();
  }
});

test('the cancelled listing is marked on its card and page, and its calendar file says STATUS:CANCELLED to both parsers', async ({ browser }) => {
  const s = byId(CANCELLED);
  expect(s.status).toBe('cancelled');
  expect(s.end >= TODAY).toBe(true);
  const { context, page } = await pageIn(browser, 'zh-CN');
  await open(page, '/');
  // Still listed among the upcoming seminars: never silently dropped.
  const card = page.locator('article.seminar-card', { hasText: s.title });
  await expect(card.locator('.badge.cancelled')).toHaveText('已取消');
  await card.locator('h2 a').click();
  await expect(page.locator('.badge.cancelled')).toHaveText('已取消');
  await expect(page.locator('.state')).toHaveText('本次研讨会已取消。');
  // No registration for a cancelled seminar.
  await expect(page.getByRole('link', { name: '报名' })).toHaveCount(0);
  await expect(fact(page, '名额')).toHaveText('60 名');
  await expect(fact(page, '学时')).toHaveText('24 学时');
  await expect(fact(page, '联系电话').getByRole('link')).toHaveAttribute('href', 'tel:+867710000000');
  await expect(fact(page, '通知文号').getByRole('link')).toHaveAttribute('href', s.notice.url);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /添加到日历/ }).click()]);
  const path = await file.path();
  const text = await readFile(path, 'utf8');
  expect(text).toContain('STATUS:CANCELLED\r\n');
  const script = (name) => new URL(`../../core/tests/ics/${name}`, import.meta.url).pathname;
  const python = process.env.ICS_PYTHON ?? new URL('../../.venv/bin/python', import.meta.url).pathname;
  for (const [cmd, name] of [['node', 'parse.mjs'], [python, 'parse.py']]) {
    const { events } = JSON.parse(execFileSync(cmd, [script(name), path], { encoding: 'utf8' }));
    expect(events.map((e) => [e.status, e.sequence]), name).toEqual([['CANCELLED', 1]]);
    expect(events[0].description, name).toContain('主办单位：示例应对气候变化培训中心');
  }
  await expectNoAxeViolations(page);
  await context.close();
});

test('“碳市场” finds every upcoming listing of that topic, and says how many past ones match too', async ({ browser }) => {
  const { context, page } = await pageIn(browser, 'zh-CN');
  await openList(page, '/?q=%E7%A2%B3%E5%B8%82%E5%9C%BA');
  const upcomingOfTopic = catalogue.seminars.filter((s) => s.topics.includes('carbon-markets') && s.end >= TODAY);
  const titles = await page.locator('article.seminar-card h2').allTextContents();
  expect(upcomingOfTopic.length).toBeGreaterThan(1);
  for (const s of upcomingOfTopic) expect(titles).toContain(s.translations?.['zh-Hans']?.title ?? s.title);
  const past = carbonMarketMatches.filter((s) => s.end < TODAY);
  const line = page.locator('.past-matches');
  await expect(line).toHaveText(`另有 ${past.length} 场已结束的研讨会符合。 查看已结束的研讨会`);
  await line.getByRole('link').click();
  await expect(page).toHaveURL(/q=.+&when=past/);
  await expect(page.locator('article.seminar-card')).toHaveCount(past.length);
  await expect(page.locator('.past-matches')).toHaveCount(0);
  await context.close();
});

test('the seminar page: title first, organiser tools at its foot, register while open, "closed" is no link, a past seminar is over', async ({ browser }) => {
  for (const [locale, register, closed, editAsDraft] of [
    ['zh-CN', '报名', '报名已截止', '以此为底稿编辑'],
    ['en-GB', 'Register', 'Registration closed', 'Edit as draft'],
  ]) {
    const { context, page } = await pageIn(browser, locale);
    // Open: the one primary action is to register.
    const open_ = byId('urban-heat-adaptation-clinic-2026');
    await open(page, `/seminars/${open_.id}`);
    const primary = page.locator('.primary-action');
    await expect(primary.getByRole('link', { name: register })).toHaveAttribute('href', open_.registration.url);
    // No organiser tool comes before the title.
    const order = await page.evaluate((label) => {
      const h1 = document.querySelector('h1');
      const tool = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
      return tool && h1 ? h1.compareDocumentPosition(tool) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
    }, editAsDraft);
    expect(order).toBeGreaterThan(0);
    await expect(page.locator('.organiser-tools').getByRole('button', { name: editAsDraft })).toBeVisible();

    // In progress, registration closed (10 November): said, and no link to it anywhere.
    const closedOne = byId('low-carbon-industrial-parks-2026');
    expect(closedOne.registration.closes < TODAY && closedOne.end >= TODAY).toBe(true);
    await open(page, `/seminars/${closedOne.id}`);
    await expect(page.locator('.registration-closed')).toHaveText(closed);
    await expect(page.locator(`a[href="${closedOne.registration.url}"]`)).toHaveCount(0);
    await expect(page.getByRole('link', { name: register, exact: true })).toHaveCount(0);

    // Past: it says it is over, and offers no calendar download.
    await open(page, `/seminars/${GUANGXI}`);
    await expect(page.locator('.state')).toContainText(locale === 'zh-CN' ? '本次研讨会已于2021年5月28日结束。' : 'it ended on 28 May 2021');
    await expect(page.locator('.key-facts')).toContainText(locale === 'zh-CN' ? '5 天' : '5 days');
    await expect(page.locator('.add-to-calendar')).toHaveCount(0);
    await context.close();
  }
});

test('time zones are named, never an IANA id; Chinese notes read （英国时间）; no “线上 · 线上”', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Europe/London', serviceWorkers: 'block' });
  const page = await context.newPage();
  await open(page, `/seminars/${GUANGXI}`);
  await expect(fact(page, '时区')).toHaveText('中国标准时间');
  await expect(page.locator('body')).not.toContainText('Asia/Shanghai');
  await context.close();
  // A visitor in Beijing sees a London seminar's dates marked （英国时间）.
  const beijing = await pageIn(browser, 'zh-CN');
  await open(beijing.page, '/?q=renewables&when=all');
  await expect(beijing.page.locator('article.seminar-card .when')).toHaveText(/（英国时间）$/);
  await expect(beijing.page.locator('article.seminar-card .when')).not.toContainText('日期按');
  await beijing.context.close();
  const again = await pageIn(browser, 'zh-CN');
  await openList(again.page, '/?format=online&when=all');
  const page2 = again.page;
  const online = catalogue.seminars.filter((s) => s.format === 'online').length;
  expect(online).toBeGreaterThan(1);
  await expect(page2.locator('article.seminar-card')).toHaveCount(online);
  const places = await page2.locator('article.seminar-card .where').allTextContents();
  for (const where of places) expect(where).not.toMatch(/线上 · 线上/);
  await again.context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing on the changed pages, in both languages, ${colorScheme}`, async ({ browser }) => {
    // Ten pages, each read whole by axe.
    test.setTimeout(150_000);
    for (const locale of ['zh-CN', 'en-GB']) {
      const { context, page } = await pageIn(browser, locale, colorScheme);
      for (const path of ['/?when=all', `/seminars/${GUANGXI}`, `/seminars/${CANCELLED}`, '/seminars/urban-heat-adaptation-clinic-2026', '/?q=%E7%A2%B3%E5%B8%82%E5%9C%BA']) {
        // Read whole: axe runs once the list or the seminar is drawn, not
        // on the loading line before the catalogue arrives.
        if (path.startsWith('/?')) await openList(page, path);
        else {
          await open(page, path);
          await expect(page.locator('.seminar-page h1')).toBeVisible();
        }
        await expectNoAxeViolations(page);
      }
      await context.close();
    }
  });
}

test('"Edit as draft" shows the bodies by role and their Chinese names, and the draft keeps them', async ({ page }) => {
  await open(page, `/seminars/${GUANGXI}`);
  await page.locator('.organiser-tools').getByRole('button', { name: 'Edit as draft' }).click();
  await expect(page.locator('#host-0')).toHaveValue('Organization Department of the CPC Guangxi Zhuang Autonomous Region Committee');
  await expect(page.locator('#institution-3')).toHaveValue('Shanghai Environment and Energy Exchange');
  await page.locator('#translation-toggle').click();
  await expect(page.locator('#translation-host-0-name')).toHaveValue('中共广西壮族自治区委员会组织部');
  await expect(page.locator('#translation-organiser-1-name')).toHaveValue('上海交通大学中英国际低碳学院');
  await expect(page.locator('#translation-institution-0-name')).toHaveValue('国家应对气候变化战略研究和国际合作中心');
  // A name typed for a new co-organiser is kept with its row.
  await page.getByRole('button', { name: 'Add co-organiser' }).click();
  await page.locator('#co-organiser-0').fill('Example Alliance');
  await page.locator('#translation-co-organiser-0-name').fill('示例联盟');
  await page.reload();
  await page.locator('#translation-toggle').click();
  await expect(page.locator('#translation-co-organiser-0-name')).toHaveValue('示例联盟');
  await expectNoAxeViolations(page);
});
