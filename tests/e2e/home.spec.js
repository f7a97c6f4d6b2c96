// The home page: every seminar, the topic filter, and the URL that holds it.
import { catalogue, expect, expectNoAxeViolations, listedTitles, open, resultCount, tabTo, test, titleIn, topic, upcoming, withTopics } from './helpers.js';

const total = catalogue.seminars.length;

test('the home page lists upcoming seminars by default, soonest first', async ({ page }) => {
  await open(page, '/');
  await expect(resultCount(page)).toHaveText(`${upcoming.length} seminars`);
  const soonest = [...upcoming].sort((a, b) => a.start.localeCompare(b.start)).map(titleIn);
  await expect(page.locator('article.seminar-card h2')).toHaveText(soonest);
});

test('all dates lists every seminar with dates, venue, organisers and topics', async ({ page }) => {
  const errors = await open(page, '/?when=all');
  await expect(page.getByRole('status').filter({ hasText: `${total} seminars` })).toBeVisible();
  await expect(page.locator('article.seminar-card')).toHaveCount(total);
  const workshop = page.locator('article', { hasText: 'Guangxi Zhuang Autonomous Region Climate Change Response Workshop' });
  await expect(workshop).toContainText('24–28 May 2021');
  await expect(workshop).toContainText('Shanghai Jiao Tong University, Shanghai');
  // A card names the holding body (主办), the first a notice names.
  await expect(workshop).toContainText('Hosted by: Organization Department of the CPC Guangxi Zhuang Autonomous Region Committee');
  await expect(workshop.getByRole('list', { name: 'Topics' })).toContainText('Carbon markets and emissions trading');
  // A real event, so no "Example"; over, so "Ended".
  await expect(workshop.locator('.badge')).toHaveText('Ended');
  await expect(page.locator('article', { hasText: 'Urban Heat Adaptation Clinic' }).locator('.badge')).toHaveText('Example');
  await expect(page).toHaveTitle('Climate Seminars');
  expect(errors).toEqual([]);
});

test('each topic checkbox is labelled with its topic and the number of matching seminars', async ({ page }) => {
  await open(page, '/?when=all');
  for (const t of catalogue.topics) {
    const count = withTopics(t.id).length;
    await expect(page.getByRole('checkbox', { name: `${t.label} (${count})` })).toBeVisible();
  }
});

test('checking topics narrows the list, lives in the URL, and survives reload, back and forward', async ({ page }) => {
  await open(page, '/?when=all');
  const adaptation = withTopics('climate-adaptation');
  await page.getByRole('checkbox', { name: new RegExp(`^${topic('climate-adaptation').label}`) }).check();
  await expect(page).toHaveURL(/\?topic=climate-adaptation&when=all$/);
  await expect(page.locator('article.seminar-card')).toHaveCount(adaptation.length);
  expect((await listedTitles(page)).sort()).toEqual(adaptation.map((s) => s.title).sort());

  const either = withTopics('climate-adaptation', 'carbon-markets');
  await page.getByRole('checkbox', { name: new RegExp(`^${topic('carbon-markets').label}`) }).check();
  await expect(page).toHaveURL(/\?topic=carbon-markets&topic=climate-adaptation&when=all$/);
  await expect(page.locator('article.seminar-card')).toHaveCount(either.length);
  await expect(page.getByRole('status').filter({ hasText: `${either.length} seminars` })).toBeVisible();

  await page.reload();
  await expect(page.locator('article.seminar-card')).toHaveCount(either.length);
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${topic('carbon-markets').label}`) })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\?topic=climate-adaptation&when=all$/);
  await expect(page.locator('article.seminar-card')).toHaveCount(adaptation.length);
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${topic('carbon-markets').label}`) })).not.toBeChecked();

  await page.goBack();
  await expect(page.locator('article.seminar-card')).toHaveCount(total);
  await page.goForward();
  await expect(page.locator('article.seminar-card')).toHaveCount(adaptation.length);
});

test('a shared link with topics opens the filtered view; unknown topics are ignored', async ({ page }) => {
  const errors = await open(page, '/?topic=energy-transition&topic=no-such-topic&unknown=1&when=all');
  const energy = withTopics('energy-transition');
  await expect(page.locator('article.seminar-card')).toHaveCount(energy.length);
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${topic('energy-transition').label}`) })).toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the filter works with the keyboard alone', async ({ page }) => {
  await open(page, '/?when=all');
  await expect(page.locator('article.seminar-card')).toHaveCount(total);
  const first = catalogue.topics[0];
  // Tab from the top of the page until the first topic checkbox has focus.
  await tabTo(page, 'topic-0');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`\\?topic=${first.id}&when=all$`));
  await expect(page.locator('article.seminar-card')).toHaveCount(withTopics(first.id).length);
  await expect(page.locator('#topic-0')).toBeFocused();
});

test('a seminar heading links to its page, whose title names the seminar', async ({ page }) => {
  await open(page, '/?when=all');
  await page.getByRole('link', { name: 'Guangxi Zhuang Autonomous Region Climate Change Response Workshop' }).click();
  await expect(page).toHaveURL(/\/seminars\/guangxi-climate-change-response-workshop-2021$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guangxi Zhuang Autonomous Region Climate Change Response Workshop');
  await expect(page).toHaveTitle(/^Guangxi Zhuang Autonomous Region Climate Change Response Workshop/);
  await expect(page.locator('.speakers')).toContainText("Ou Bo, Deputy DirectorGuangxi's work on climate change");
  await page.goBack();
  await expect(page.locator('article.seminar-card')).toHaveCount(total);
});

test('a deep link to a seminar page loads directly', async ({ page }) => {
  await open(page, '/seminars/urban-heat-adaptation-clinic-2026');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Urban Heat Adaptation Clinic');
});

test('the home page, a seminar page and the not-found page have no axe violations', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('article.seminar-card')).toHaveCount(upcoming.length);
  await expectNoAxeViolations(page);
  await open(page, '/?when=all&q=carbon&format=online');
  await expect(page.locator('.chip')).toHaveCount(3);
  await expectNoAxeViolations(page);
  await open(page, '/seminars/guangxi-climate-change-response-workshop-2021');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await open(page, '/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe(() => {
  // page.route cannot see what a service worker answers: the worker is
  // blocked where a test stands in for the host.
  test.use({ serviceWorkers: 'block' });

  test('the catalogue downloads once, started by the page while the app itself downloads', async ({ page }) => {
    const events = [];
    page.on('request', (request) => request.url().endsWith('/seminars.json') && events.push('catalogue requested'));
    page.on('requestfinished', (request) => request.url().endsWith('.wasm') && events.push('wasm downloaded'));
    // A slow wasm download: the catalogue must not wait for it.
    await page.route('**/*.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await open(page, '/?when=all');
    await expect(page.locator('article.seminar-card')).toHaveCount(total);
    // Asked for once, while the wasm module was still downloading: the request
    // comes from the page's script, not from the app.
    expect(events).toEqual(['catalogue requested', 'wasm downloaded']);
  });
});
