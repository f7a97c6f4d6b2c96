// No single listing, and no catalogue however large, can freeze the page:
// what is rendered is bounded, and the reader and the form have limits per
// field with a clear message.
import { catalogue, expect, open, test } from './helpers.js';

// page.route cannot see what a service worker answers: the worker is
// blocked where a test stands in for the host (offline.spec.js and
// update.spec.js test it).
test.use({ serviceWorkers: 'block' });

const serve = (page, json) => page.route('**/seminars.json', (route) => route.fulfill({ status: 200, json }));
const domNodes = (page) => page.evaluate(() => document.getElementsByTagName('*').length);

/** A catalogue of n listings, each with its own city and organiser. */
function manyPlaces(n) {
  // A listing in English with no translation: its city and body are filed
  // by the names below.
  const base = catalogue.seminars.find((s) => s.id === 'urban-heat-adaptation-clinic-2026');
  const seminars = Array.from({ length: n }, (_, i) => ({
    ...base,
    hosts: [],
    translations: undefined,
    id: `place-${i}`,
    title: `Listing ${i}`,
    start: '2030-01-01',
    end: '2030-01-02',
    venue: { name: `Hall ${i}`, city: `City ${String(i).padStart(4, '0')}` },
    organisers: [`Organiser ${String(i).padStart(4, '0')}`],
  }));
  return { ...catalogue, seminars };
}

test('5,000 cities and organisers: the page stays under 1,500 elements, and a filter box finds any value', async ({ page }) => {
  await serve(page, manyPlaces(5000));
  await open(page, '/');
  await expect(page.locator('#result-count')).toContainText('5000 seminars');
  expect(await domNodes(page)).toBeLessThan(1500);
  const cities = page.locator('fieldset.filter', { has: page.locator('legend', { hasText: 'City' }) });
  await expect(cities.getByRole('checkbox')).toHaveCount(8);
  await cities.getByRole('button', { name: 'Show all 5000 (City)' }).click();
  await expect(cities.getByRole('checkbox')).toHaveCount(50);
  await expect(cities.getByText('4950 more values (City): type above to narrow the list.')).toBeVisible();
  expect(await domNodes(page)).toBeLessThan(1500);
  await cities.getByLabel('Find a value (City)').fill('city 4321');
  await expect(cities.getByRole('checkbox')).toHaveCount(1);
  await cities.getByRole('checkbox', { name: /City 4321/ }).check();
  await expect(page).toHaveURL(/city=City\+4321/);
  await expect(page.locator('article.seminar-card')).toHaveCount(1);
  // The checked value stays in view when the facet is folded again.
  await cities.getByRole('button', { name: 'Show fewer' }).click();
  await expect(cities.getByRole('checkbox', { name: /City 4321/ })).toBeChecked();
  await page.reload();
  await expect(cities.getByRole('checkbox', { name: /City 4321/ })).toBeChecked();
  expect(await domNodes(page)).toBeLessThan(1500);
});

test('a listing with a megabyte of text is skipped with its reason; the rest load and search stays quick to answer', async ({ page }) => {
  const mixed = '碳排放 market 気候 ';
  const huge = mixed.repeat(Math.ceil((1024 * 1024) / mixed.length));
  const [first, ...rest] = catalogue.seminars;
  await serve(page, { ...catalogue, seminars: [{ ...first, title: huge, summary: huge, description: huge }, ...rest] });
  await open(page, '/?when=all');
  await expect(page.locator('article.seminar-card')).toHaveCount(rest.length);
  const notice = page.locator('details.notice');
  await notice.locator('summary').click();
  await expect(notice).toContainText(`Seminar 1 (“${first.id}”): title: The title has ${huge.length} characters; at most 300 are allowed.`);
  await page.getByLabel('Search seminars').fill('market');
  await expect(page).toHaveURL(/q=market/);
  await expect(page.locator('#result-count')).toBeVisible();
});

test('the draft form says when a field is too long, beside the field, and keeps the text', async ({ page }) => {
  await open(page, '/drafts/new');
  const long = '碳'.repeat(350);
  await page.getByLabel('Title', { exact: true }).fill(long);
  // Its problems show once the field is left.
  await page.getByLabel('Title', { exact: true }).blur();
  await expect(page.locator('#field-title-problems')).toHaveText(`The title has ${long.length} characters; at most 300 are allowed.`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.save-status')).toHaveText(/^Saved at /);
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(long);
});
