// Organisers writing in Chinese (issue 20): a new draft's defaults, the
// time-zone choice, the id made from the date and title.
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
