// A seminar's own page, the not-found pages, and deep links on every kind of host.
import { catalogue, expect, expectNoAxeViolations, open, test } from './helpers.js';

const WORKSHOP = 'guangxi-climate-change-response-workshop-2021';

test('the seminar page shows every field, and topics link to the filtered list', async ({ page }) => {
  await open(page, `/seminars/${WORKSHOP}`);
  const s = catalogue.seminars.find((x) => x.id === WORKSHOP);
  await expect(page).toHaveTitle(`${s.title} · Climate Seminars`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title);
  const facts = page.locator('dl.facts');
  await expect(page.locator('.key-facts')).toHaveText('24–28 May 2021 · 5 daysShanghai Jiao Tong University, Shanghai · In person');
  await expect(facts).toContainText('When24–28 May 2021');
  // The event's zone is the visitor's (the tests run in Asia/Shanghai): not said.
  await expect(facts).not.toContainText('Time zone');
  await expect(facts).toContainText('WhereShanghai Jiao Tong University, Shanghai, China');
  await expect(facts).toContainText('FormatIn person');
  await expect(facts).toContainText(`Hosted by${s.hosts.join('; ')}Organised by${s.organisers.join('; ')}`);
  await expect(facts.locator('.institutions li')).toHaveText(s.institutions);
  await expect(facts).toContainText(`Audience${s.audience}`);
  await expect(facts).toContainText('Attendedmore than 50 people');
  await expect(page.locator('.description')).toHaveText(s.description);
  await expect(page.locator('.source')).toHaveText(s.source);
  // A real event (no "Example"), and over.
  await expect(page.locator('.badge')).toHaveText('Ended');
  await expect(page.locator('.state')).toHaveText('This seminar is over: it ended on 28 May 2021.');
  await expect(page.getByRole('button', { name: 'Add to calendar (.ics)' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Climate adaptation' }).click();
  await expect(page).toHaveURL(/\/\?topic=climate-adaptation$/);
  await expect(page.getByRole('checkbox', { name: /^Climate adaptation/ })).toBeChecked();
});

test('the agenda is grouped by day, speakers show affiliations and talks, examples carry the badge', async ({ page }) => {
  await open(page, '/seminars/urban-heat-adaptation-clinic-2026');
  const agenda = page.locator('ol.agenda > li');
  await expect(agenda).toHaveCount(2);
  await expect(agenda.nth(0).getByRole('heading')).toHaveText('Tuesday, 8 December 2026');
  await expect(agenda.nth(0).locator('li')).toHaveText([
    '09:00–12:00 Heat risk mapping workshop (Lin Example)',
    '14:00–17:00 Site visit: a shaded riverside corridor',
  ]);
  await expect(agenda.nth(1).getByRole('heading')).toHaveText('Wednesday, 9 December 2026');
  await expect(page.locator('.speakers li').first()).toHaveText(
    'Lin Example, Senior Planner, Example Institute for Resilient CitiesMapping heat risk street by street',
  );
  await expect(page.locator('.badge')).toHaveText('Example');
  await expectNoAxeViolations(page);
});

test('an unknown seminar id shows a not-found page with a way back', async ({ page }) => {
  await open(page, '/seminars/no-such-seminar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seminar not found');
  await expect(page).toHaveTitle('Seminar not found · Climate Seminars');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Back to all seminars' }).click();
  await expect(page.locator('article.seminar-card').first()).toBeVisible();
});

test('a seminar page prints cleanly: no filters, no back link', async ({ page }) => {
  await open(page, `/seminars/${WORKSHOP}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Back to all seminars' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const [name, base] of [
  ['a host that falls back to index.html', 'http://127.0.0.1:4173'],
  ['a host that serves 404.html for unknown paths', 'http://127.0.0.1:4174'],
  ['a sub-path build (--public-url /some/path/)', 'http://127.0.0.1:4175/some/path'],
]) {
  test(`deep links work on ${name}`, async ({ page }) => {
    await open(page, `${base}/seminars/${WORKSHOP}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guangxi Zhuang Autonomous Region Climate Change Response Workshop');
    await open(page, `${base}/?topic=carbon-markets&q=carbon&when=all`);
    await expect(page.getByRole('searchbox')).toHaveValue('carbon');
    const titles = await page.locator('article.seminar-card h2').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    // Links inside the app keep the host's prefix.
    await page.locator('article.seminar-card h2 a').first().click();
    await expect(page).toHaveURL(new RegExp(`^${base}/seminars/`));
    await page.getByRole('link', { name: 'Back to all seminars' }).click();
    await expect(page).toHaveURL(`${base}/`);
    await expect(page.locator('article.seminar-card').first()).toBeVisible();
  });
}
