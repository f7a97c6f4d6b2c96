// What people see while the catalogue loads and when it is broken.
import { catalogue, expect, expectNoAxeViolations, open, test } from './helpers.js';

// page.route cannot see what a service worker answers: the worker is
// blocked where a test stands in for the host (offline.spec.js and
// update.spec.js test it).
test.use({ serviceWorkers: 'block' });

const serve = (page, response) => page.route('**/seminars.json', (route) => route.fulfill(response));

test('a visible loading state shows while the catalogue is on its way', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/seminars.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?when=all');
  await expect(page.getByRole('status').filter({ hasText: 'Loading seminars…' })).toBeVisible();
  release();
  await expect(page.locator('article.seminar-card')).toHaveCount(catalogue.seminars.length);
  await expect(page.getByText('Loading seminars…')).toHaveCount(0);
});

test('an HTTP error names the status and a retry loads the catalogue', async ({ page }) => {
  await serve(page, { status: 500, body: 'Internal Server Error' });
  await open(page, '/?when=all');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The seminar catalogue could not be loaded: the server cannot be reached for now (HTTP 500); please try again in a few minutes.');
  await expectNoAxeViolations(page);
  await page.unroute('**/seminars.json');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('article.seminar-card')).toHaveCount(catalogue.seminars.length);
  await expect(alert).toHaveCount(0);
});

test('a file that is not JSON is named as invalid', async ({ page }) => {
  await serve(page, { status: 200, contentType: 'application/json', body: '<html>not json</html>' });
  await open(page, '/');
  await expect(page.getByRole('alert')).toContainText('the file is not valid JSON: expected value, at line 1, column 1.');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a catalogue of another version is named as such', async ({ page }) => {
  await serve(page, { status: 200, json: { ...catalogue, version: 7 } });
  await open(page, '/');
  await expect(page.getByRole('alert')).toContainText('the file is catalogue version 7, and this app reads version 1');
});

test('invalid records are skipped and counted in a notice while valid ones show', async ({ page }) => {
  const [first, second, ...rest] = catalogue.seminars;
  const broken = {
    ...catalogue,
    seminars: [{ ...first, title: '' }, { ...second, end: '1999-01-01' }, ...rest, { id: 'stray' }, 'not even an object'],
  };
  await serve(page, { status: 200, json: broken });
  await open(page, '/?when=all');
  await expect(page.locator('article.seminar-card')).toHaveCount(rest.length);
  const notice = page.locator('details.notice');
  await expect(notice.locator('summary')).toHaveText('4 records in the catalogue are invalid and are not shown.');
  await notice.locator('summary').click();
  await expect(notice).toContainText('title: A title is required.');
  await expect(notice).toContainText('end: The end date must not be before the start date.');
  await expect(notice).toContainText('“stray”');
  await expectNoAxeViolations(page);
});

test('one listing with a lone surrogate and one nested 10,000 deep are skipped with their reasons; the other 14 show', async ({ page }) => {
  const good = Array.from({ length: 14 }, (_, i) => ({ ...catalogue.seminars[i % catalogue.seminars.length], id: `good-${i}`, title: `Good ${i}` }));
  const text = JSON.stringify({ ...catalogue, seminars: [...good.slice(0, 3), 'SURROGATE', ...good.slice(3, 9), 'DEEP', ...good.slice(9)] })
    .replace('"SURROGATE"', JSON.stringify({ ...good[0], id: 'lone-surrogate', title: 'X' }).replace('"title":"X"', '"title":"Bad \\ud800 title"'))
    .replace('"DEEP"', JSON.stringify({ ...good[0], id: 'nested-deep', title: 'Y' }).replace('"title":"Y"', `"title":${'['.repeat(10_000)}${']'.repeat(10_000)}`));
  await serve(page, { status: 200, contentType: 'application/json', body: text });
  await open(page, '/?when=all');
  await expect(page.locator('article.seminar-card')).toHaveCount(14);
  const notice = page.locator('details.notice');
  await expect(notice.locator('summary')).toHaveText('2 records in the catalogue are invalid and are not shown.');
  await notice.locator('summary').click();
  await expect(notice.locator('li').filter({ hasText: '“lone-surrogate”' })).toContainText('lone leading surrogate in hex escape');
  await expect(notice.locator('li').filter({ hasText: '“nested-deep”' })).toContainText('lists and objects nest too deeply');
  await expectNoAxeViolations(page);
});

test('a catalogue cut off in its list shows the listings before the cut and says the rest is missing', async ({ page }) => {
  const text = JSON.stringify(catalogue, null, 2);
  const cut = text.indexOf(`"id": "${catalogue.seminars[5].id}"`) + 30;
  await serve(page, { status: 200, contentType: 'application/json', body: text.slice(0, cut) });
  await open(page, '/?when=all');
  await expect(page.locator('article.seminar-card')).toHaveCount(5);
  const line = text.slice(0, cut).split('\n').length;
  await expect(page.getByRole('alert')).toContainText(`The catalogue file ends early, at line ${line}, column`);
  await expect(page.getByRole('alert')).toContainText('The listings read before that point are shown (5); the rest of the file is missing.');
  await expectNoAxeViolations(page);
  await open(page, '/?when=all&lang=zh');
  await expect(page.getByRole('alert')).toContainText(`目录文件不完整，在第 ${line} 行`);
});

test('HTML in catalogue text is shown as text and never runs', async ({ page }) => {
  const [first, ...rest] = catalogue.seminars;
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  await serve(page, { status: 200, json: { ...catalogue, seminars: [{ ...first, title: hostile, summary: hostile }, ...rest] } });
  await open(page, '/?when=all&q=onerror');
  await expect(page.locator('article.seminar-card h2', { hasText: '<img src=x' })).toHaveText(hostile);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('article img, article script')).toHaveCount(0);
  await expect(page.locator('article h2 mark')).toHaveText('onerror');
});

for (const [name, body, said] of [
  ['a version written as text', '{"version": "1", "topics": [], "seminars": []}', 'the file gives its version as the text "1"; write it as the number 1, without quotes.'],
  ['a version with a fraction', '{"version": 1.0, "topics": [], "seminars": []}', 'the file gives its version as 1.0; this app reads version 1, written as the whole number 1.'],
  ['a negative version', '{"version": -1, "topics": [], "seminars": []}', 'the file gives its version as -1; this app reads version 1, written as the whole number 1.'],
  ['no version', '{"topics": [], "seminars": []}', 'the file does not say which catalogue version it is: add "version": 1.'],
  ['a list at the top', '[{"id": "a"}]', 'the file holds a list, but a catalogue is an object: {"version": 1, "topics": […], "seminars": […]}.'],
  ['no seminars list', '{"version": 1, "topics": []}', 'the file has no "seminars" list.'],
  ['a broken comma', '{"version": 1,\n "topics": [],,\n "seminars": []}', 'the file is not valid JSON: key must be a string, at line 2, column 15.'],
]) {
  test(`a catalogue with ${name} is explained in words an operator can act on`, async ({ page }) => {
    await serve(page, { status: 200, contentType: 'application/json', body });
    await open(page, '/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`The seminar catalogue could not be loaded: ${said}`);
    await expect(alert).not.toContainText(/struct|VersionOnly|invalid length|sequence|`/);
  });
}

test('an empty catalogue says it has no seminars, not that filters exclude them', async ({ page }) => {
  await serve(page, { status: 200, json: { version: 1, topics: catalogue.topics, seminars: [] } });
  await open(page, '/');
  await expect(page.getByText('The catalogue has no seminars yet.')).toBeVisible();
  await expect(page.getByText('No seminars match')).toHaveCount(0);
  await expect(page.getByText('exclude every seminar')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
