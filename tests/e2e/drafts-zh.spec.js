// Organisers writing in Chinese (issue 20): a new draft's defaults, the
// time-zone choice, the id made from the date and title, problems shown
// once a field is left or the draft is checked, the preview, the editor at
// 320 px and the drafts list's buttons and dates.
import { readFile } from 'node:fs/promises';
import { catalogue, expect, expectNoAxeViolations, open, test } from './helpers.js';

/** A context whose browser prefers `locale`, with the tests' clock. */
async function browserIn(browser, locale, options = {}) {
  const context = await browser.newContext({ locale, timezoneId: 'Asia/Shanghai', ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Starts a new, empty draft and waits for its editor. */
async function newDraft(page) {
  await open(page, '/drafts/new');
  await expect(page).toHaveURL(/\/drafts\/(?!new)[^/]+$/);
  await expect(page.locator('#field-title')).toBeVisible();
}

/** What a download contains. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

const adaptation = catalogue.topics.findIndex((t) => t.id === 'climate-adaptation');

test('a new draft in Chinese is in zh-Hans and Beijing time, chosen from named zones, and exports so', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN');
  await newDraft(page);
  await expect(page.getByLabel('语言', { exact: true })).toHaveValue('zh-Hans');
  const zone = page.getByLabel('时区', { exact: true });
  await expect(zone).toHaveValue('Asia/Shanghai');
  // A choice of zones by name, not free text.
  expect(await zone.evaluate((e) => e.tagName)).toBe('SELECT');
  await expect(zone.locator('option:checked')).toHaveText('中国标准时间（北京）');
  await expect(zone.locator('option[value="Europe/London"]')).toHaveText('英国时间（伦敦）');

  await page.getByLabel('标题', { exact: true }).fill('碳市场能力建设研讨会');
  await page.getByLabel('摘要', { exact: true }).fill('面向地方干部的碳市场培训。');
  await page.getByLabel('开始日期', { exact: true }).fill('2027-04-12');
  await page.getByLabel('结束日期', { exact: true }).fill('2027-04-13');
  await page.getByLabel('地点', { exact: true }).fill('广西大学');
  await page.getByLabel('城市', { exact: true }).fill('南宁');
  await page.locator(`#draft-topic-${adaptation}`).check();
  await page.getByLabel('信息来源', { exact: true }).fill('主办方提供。');
  await expect(page.locator('.validity')).toHaveText('可以发布');
  const { text } = await downloaded(page, () => page.getByRole('button', { name: '下载条目' }).click());
  const entry = JSON.parse(text);
  expect(entry.language).toBe('zh-Hans');
  expect(entry.time_zone).toBe('Asia/Shanghai');
  await context.close();
});

test('a zone a draft already holds stays selectable, and an English draft gets a zone too', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'en-GB');
  await newDraft(page);
  const zone = page.getByLabel('Time zone', { exact: true });
  await expect(zone).toHaveValue('Asia/Shanghai');
  await expect(zone.locator('option:checked')).toHaveText('China Standard Time (Beijing)');
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
  // A draft imported with a zone off the list keeps it.
  const id = page.url().split('/').pop();
  await page.evaluate((id) => {
    const key = `seminars:draft:${id}`;
    const record = JSON.parse(localStorage.getItem(key));
    record.draft.form.time_zone = 'Asia/Kathmandu';
    localStorage.setItem(key, JSON.stringify(record));
  }, id);
  await page.reload();
  await expect(zone).toHaveValue('Asia/Kathmandu');
  await zone.selectOption('Europe/London');
  await expect(zone).toHaveValue('Europe/London');
  await zone.selectOption('Asia/Kathmandu');
  await expect(zone).toHaveValue('Asia/Kathmandu');
  await context.close();
});

test('the id is made from the date and a Chinese title, and an id the organiser typed is kept', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN');
  await newDraft(page);
  const id = page.getByLabel('编号', { exact: true });
  await page.getByLabel('开始日期', { exact: true }).fill('2027-04-12');
  await page.getByLabel('标题', { exact: true }).fill('广西碳市场2027');
  await expect(id).toHaveValue(/^2027-04-12-2027-[0-9a-z]{6}$/);
  await id.blur();
  await expect(page.locator('#field-id-problems')).toHaveText('');
  await page.getByLabel('标题', { exact: true }).fill('Carbon Market Forum');
  await expect(id).toHaveValue('2027-04-12-carbon-market-forum');
  // Typed by hand: kept whatever the title becomes.
  await id.fill('guangxi-carbon-2027');
  await page.getByLabel('标题', { exact: true }).fill('广西碳市场论坛');
  await page.getByLabel('开始日期', { exact: true }).fill('2027-05-01');
  await expect(id).toHaveValue('guangxi-carbon-2027');
  // A rejection quotes its example in Chinese quotation marks.
  await id.fill('广西碳市场2027');
  await id.blur();
  await expect(page.locator('#field-id-problems')).toContainText('“');
  await expect(page.locator('#field-id-problems')).not.toContainText('"');
  await page.reload();
  await expect(id).toHaveValue('广西碳市场2027');
  await context.close();
});

test('a new draft shows no problems until a field is left or the draft is checked; the summary leads to each field', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN');
  await newDraft(page);
  await expect(page.locator('.problem')).toHaveCount(0);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  const title = page.getByLabel('标题', { exact: true });
  await title.focus();
  await title.blur();
  await expect(page.locator('#field-title-problems')).toHaveText('请填写标题。');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-summary-problems')).toHaveText('');
  const summary = page.locator('#problem-summary');
  await expect(summary.getByRole('heading')).toHaveText('有 1 个问题待修正');

  await page.getByRole('button', { name: '检查草稿' }).click();
  const items = summary.getByRole('link');
  const n = await items.count();
  expect(n).toBeGreaterThan(5);
  await expect(summary.getByRole('heading')).toHaveText(`有 ${n} 个问题待修正`);
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: '请填写摘要。' }).click();
  await expect(page.getByLabel('摘要', { exact: true })).toBeFocused();
  await summary.getByRole('link', { name: '请至少选择一个主题。' }).click();
  await expect(page.locator('#draft-topic-0')).toBeFocused();
  await expectNoAxeViolations(page);
  await context.close();
});

test('the preview says an end before the start as a problem, names no empty zone, and sits near the top', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN', { viewport: { width: 390, height: 844 } });
  await newDraft(page);
  await page.getByLabel('标题', { exact: true }).fill('碳市场研讨会');
  await page.getByLabel('开始日期', { exact: true }).fill('2027-04-12');
  await page.getByLabel('结束日期', { exact: true }).fill('2027-04-09');
  const preview = page.locator('#preview');
  await expect(preview).toContainText('结束日期不能早于开始日期。');
  await expect(preview).not.toContainText('至9日');
  await page.getByLabel('结束日期', { exact: true }).fill('2027-04-13');
  await expect(preview.locator('.when')).toHaveText('2027年4月12日至13日');
  // A draft written before zones were chosen from a list may hold none.
  await expect(page.locator('.save-status')).toHaveText(/^已于 /);
  const id = page.url().split('/').pop();
  await page.evaluate((id) => {
    const key = `seminars:draft:${id}`;
    const record = JSON.parse(localStorage.getItem(key));
    record.draft.form.time_zone = '';
    localStorage.setItem(key, JSON.stringify(record));
  }, id);
  await page.reload();
  await expect(page.getByLabel('时区', { exact: true })).toHaveValue('');
  await expect(preview.locator('.when')).toHaveText('2027年4月12日至13日');
  await expect(preview).not.toContainText('日期按');
  // The card's save button is not live in a preview.
  await expect(preview.getByRole('button', { name: /收藏/ })).toHaveCount(0);
  // The seminar page's main facts.
  await expect(preview.locator('dl.preview-facts')).toContainText('线下');
  // A link near the top leads to it.
  const link = page.getByRole('link', { name: '预览' });
  const box = await link.boundingBox();
  expect(box.y).toBeLessThan(844);
  await link.click();
  await expect(preview.getByRole('heading', { name: '预览' })).toBeInViewport();
  await context.close();
});

for (const [lang, locale] of [
  ['en', 'en-GB'],
  ['zh', 'zh-CN'],
]) {
  test(`the editor does not scroll sideways at 320 px (${lang})`, async ({ browser }) => {
    const { context, page } = await browserIn(browser, locale, { viewport: { width: 320, height: 640 } });
    await newDraft(page);
    await page.getByRole('button', { name: lang === 'en' ? 'Add agenda item' : '添加日程项' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark']) {
  for (const locale of ['en-GB', 'zh-CN']) {
    test(`axe finds nothing on /drafts and /drafts/new (${locale}, ${colorScheme})`, async ({ browser }) => {
      const { context, page } = await browserIn(browser, locale, { colorScheme });
      await newDraft(page);
      await page.locator('#field-title').fill('Heat');
      await page.locator('#field-title').blur();
      await expectNoAxeViolations(page);
      await open(page, '/drafts');
      await expect(page.locator('article.draft-row')).toHaveCount(1);
      await expectNoAxeViolations(page);
      await context.close();
    });
  }
}

test('on the drafts list, Delete looks unlike Duplicate, and saved times are written as the app writes dates', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN');
  await newDraft(page);
  await page.getByLabel('标题', { exact: true }).fill('碳市场研讨会');
  await expect(page.locator('.save-status')).toHaveText(/^已于 /);
  await open(page, '/drafts');
  const row = page.locator('article.draft-row');
  await expect(row).toContainText(/最后保存：2026年11月28日 12:00/);
  const style = (name) =>
    row.getByRole('button', { name }).evaluate((b) => {
      const s = getComputedStyle(b);
      return `${s.backgroundColor} ${s.color} ${s.borderColor}`;
    });
  expect(await style(/^删除/)).not.toBe(await style(/^复制一份/));
  expect(await style(/^下载条目/)).toBe(await style(/^复制一份/));
  await context.close();

  const en = await browserIn(browser, 'en-GB');
  await newDraft(en.page);
  await en.page.getByLabel('Title', { exact: true }).fill('Heat');
  await expect(en.page.locator('.save-status')).toHaveText(/^Saved at /);
  await open(en.page, '/drafts');
  await expect(en.page.locator('article.draft-row')).toContainText('Last saved: 28 November 2026, 12:00');
  await en.context.close();
});

test('export says before downloading that no draft would be merged, and still offers the file', async ({ browser }) => {
  const { context, page } = await browserIn(browser, 'zh-CN');
  await newDraft(page);
  await page.getByLabel('标题', { exact: true }).fill('尚未完成');
  await expect(page.locator('.save-status')).toHaveText(/^已于 /);
  await open(page, '/drafts');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: '导出目录' }).click();
  await expect(page.locator('.list-status')).toContainText('目前没有可并入的草稿（有问题的草稿 1 份）');
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
  const { name } = await downloaded(page, () => page.getByRole('button', { name: '仍然下载' }).click());
  expect(name).toBe('seminars.json');
  await expect(page.locator('.list-status')).toContainText('并入草稿 0 份');
  await context.close();
});
