// Drafts: writing, saving, listing, publishing, importing, and every fault
// that must end with nothing lost.
import { readFile } from 'node:fs/promises';
import { catalogue, expect, expectNoAxeViolations, open, test } from './helpers.js';

const title = (page) => page.getByLabel('Title', { exact: true });
const status = (page) => page.locator('.save-status');

/** Starts a new draft from the drafts page and returns its id. */
async function newDraft(page) {
  await open(page, '/drafts');
  await page.getByRole('link', { name: 'New draft' }).click();
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+-[a-z0-9]+$/);
  await expect(title(page)).toBeVisible();
  return page.url().split('/').pop();
}

/** Fills the fields a listing needs to be valid; waits for the save unless storage is off. */
async function fillValid(page, { id = 'heat-and-health-2027', name = 'Heat and Health Workshop', saved = true } = {}) {
  await title(page).fill(name);
  await page.getByLabel('Summary').fill('Heat-health warnings for city officials.');
  await page.getByLabel('Id', { exact: true }).fill(id);
  await page.getByLabel('Start date').fill('2027-06-01');
  await page.getByLabel('End date').fill('2027-06-02');
  await page.getByLabel('Time zone').selectOption('Asia/Shanghai');
  await page.getByLabel('Venue').fill('Riverside Hall');
  await page.getByLabel('City', { exact: true }).fill('Wuhan');
  await page.getByRole('checkbox', { name: 'Climate adaptation' }).check();
  await page.getByLabel('Source').fill('Written by the organisers.');
  await expect(page.locator('.validity')).toHaveText('Ready to publish');
  if (saved) await expect(status(page)).toHaveText(/^Saved at \d\d:\d\d:\d\d$/);
}

/** What a download contains. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

const stored = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('seminars:')).map((k) => [k, localStorage.getItem(k)])));

test('typed text is saved as it is typed and is there after a reload', async ({ page }) => {
  const id = await newDraft(page);
  await title(page).fill('Heat and Health');
  await expect(status(page)).toHaveText(/^Saved at /);
  const record = JSON.parse((await stored(page))[`seminars:draft:${id}`]);
  expect(record.version).toBe(2);
  expect(record.draft.form.title).toBe('Heat and Health');
  // Typed and reloaded at once: leaving the page writes what is pending.
  await page.getByLabel('Summary').fill('Written just before the reload');
  await page.reload();
  await expect(title(page)).toHaveValue('Heat and Health');
  await expect(page.getByLabel('Summary')).toHaveValue('Written just before the reload');
  await expectNoAxeViolations(page);
});

test('problems show next to their fields once a field is left or the draft is checked, and an invalid draft is still saved', async ({ page }) => {
  await newDraft(page);
  await expect(page.locator('#field-title-problems')).toHaveText('');
  await title(page).focus();
  await title(page).blur();
  await expect(page.locator('#field-title-problems')).toHaveText('A title is required.');
  await expect(page.locator('#topics-problems')).toHaveText('');
  await page.getByRole('button', { name: 'Check draft' }).click();
  await expect(page.locator('#topics-problems')).toHaveText('Choose at least one topic.');
  await title(page).fill('Almost');
  await expect(page.locator('#field-title-problems')).toHaveText('');
  await page.getByLabel('Start date').fill('2027-06-05');
  await page.getByLabel('End date').fill('2027-06-01');
  await expect(page.locator('#field-end-problems')).toHaveText('The end date must not be before the start date.');
  await expect(page.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Id', { exact: true }).fill('urban-heat-adaptation-clinic-2026');
  await expect(page.locator('#field-id-problems')).toContainText('A published seminar already has the id');
  await page.getByLabel('Id', { exact: true }).fill('Not A Slug');
  await expect(page.locator('#field-id-problems')).toContainText('lower-case letters and digits');
  await expect(status(page)).toHaveText(/^Saved at /);
  await page.reload();
  await expect(page.getByLabel('End date')).toHaveValue('2027-06-01');
});

test('speakers, organisers and agenda items can be added, reordered and removed by keyboard', async ({ page }) => {
  await newDraft(page);
  const add = page.getByRole('button', { name: 'Add speaker' });
  await add.focus();
  await page.keyboard.press('Enter');
  // Focus moves into the new row.
  await expect(page.locator('#speaker-0-0')).toBeFocused();
  await page.keyboard.type('Ada');
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#speaker-1-0')).toBeFocused();
  await page.keyboard.type('Grace');
  await expect(page.locator('#speaker-0-0')).toHaveValue('Ada');
  await expect(page.locator('#speaker-1-0')).toHaveValue('Grace');
  await page.getByRole('button', { name: 'Move speaker 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#speaker-0-0')).toHaveValue('Grace');
  await expect(page.locator('#speaker-1-0')).toHaveValue('Ada');
  // Focus follows the moved row (its "up" is disabled at the top).
  await expect(page.getByRole('button', { name: 'Move speaker 1 down' })).toBeFocused();
  await page.getByRole('button', { name: 'Remove speaker 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#speaker-1-0')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add organiser' }).click();
  await page.getByLabel('Organiser 1', { exact: true }).fill('Example Institute');
  await page.getByRole('button', { name: 'Add agenda item' }).click();
  await page.locator('#agenda-0-0').fill('2027-06-01');
  await page.locator('#agenda-0-3').fill('Opening');
  await expect(status(page)).toHaveText(/^Saved at /);
  await page.reload();
  await expect(page.locator('#speaker-0-0')).toHaveValue('Grace');
  await expect(page.getByLabel('Organiser 1', { exact: true })).toHaveValue('Example Institute');
  await expect(page.locator('#agenda-0-3')).toHaveValue('Opening');
});

test('the preview uses the listing card and shows hostile text as text', async ({ page }) => {
  await newDraft(page);
  await fillValid(page);
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await title(page).fill(hostile);
  const preview = page.locator('.side article.seminar-card');
  await expect(preview.locator('h2')).toHaveText(hostile);
  await expect(preview).toContainText('1–2 June 2027');
  await expect(page.locator('.side img')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('the drafts list shows each draft; delete can be undone; duplicate copies', async ({ page }) => {
  await newDraft(page);
  await fillValid(page);
  await page.getByRole('link', { name: 'Drafts', exact: true }).first().click();
  const rows = page.locator('article.draft-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Heat and Health Workshop');
  await expect(rows.first()).toContainText('New listing');
  await expect(rows.first()).toContainText('Last saved:');
  await expect(rows.first()).toContainText('Ready to publish');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Duplicate Heat and Health Workshop' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Heat and Health Workshop (copy)' })).toBeVisible();
  await expect(rows.filter({ hasText: '(copy)' })).toContainText('1 problem to fix');

  await page.getByRole('button', { name: 'Delete Heat and Health Workshop (copy)' }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Heat and Health Workshop (copy)”.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(2);
});

test.describe(() => {
  // page.route cannot see what a service worker answers: the worker is
  // blocked where a test stands in for the host.
  test.use({ serviceWorkers: 'block' });

  test('"Edit as draft" keeps the seminar id, and the exported catalogue loads in the app', async ({ page }) => {
    await open(page, '/seminars/urban-heat-adaptation-clinic-2026');
    await page.getByRole('button', { name: 'Edit as draft' }).click();
    await expect(page).toHaveURL(/\/drafts\//);
    await expect(page.getByText('Edit of urban-heat-adaptation-clinic-2026')).toBeVisible();
    await expect(page.getByLabel('Id', { exact: true })).toHaveValue('urban-heat-adaptation-clinic-2026');
    await expect(page.locator('#field-id-problems')).toHaveText('');
    await title(page).fill('Urban Heat Clinic, revised');
    await expect(status(page)).toHaveText(/^Saved at /);

    // A second, new listing and a broken one.
    await page.goto('/drafts/new');
    await fillValid(page);
    await page.goto('/drafts/new');
    await title(page).fill('Broken');
    await expect(status(page)).toHaveText(/^Saved at /);

    await open(page, '/drafts');
    const { name, text } = await downloaded(page, () => page.getByRole('button', { name: 'Export catalogue' }).click());
    expect(name).toBe('seminars.json');
    await expect(page.getByRole('status').filter({ hasText: 'Exported seminars.json with 2 draft(s) merged in; 1 draft(s) with problems were left out.' })).toBeVisible();
    const exported = JSON.parse(text);
    expect(exported.version).toBe(1);
    expect(exported.seminars).toHaveLength(catalogue.seminars.length + 1);
    expect(exported.seminars.find((s) => s.id === 'urban-heat-adaptation-clinic-2026').title).toBe('Urban Heat Clinic, revised');

    // Served in place of public/seminars.json, the app loads it unchanged.
    await page.route('**/seminars.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
    await open(page, '/?when=all');
    await expect(page.locator('article.seminar-card')).toHaveCount(catalogue.seminars.length + 1);
    await expect(page.getByRole('link', { name: 'Urban Heat Clinic, revised' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Heat and Health Workshop' })).toBeVisible();
    await expect(page.locator('details.notice')).toHaveCount(0);
  });
});

test('one draft exports as its catalogue entry, by download and by clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newDraft(page);
  await fillValid(page);
  const { name, text } = await downloaded(page, () => page.getByRole('button', { name: 'Download entry' }).click());
  expect(name).toBe('heat-and-health-2027.json');
  const entry = JSON.parse(text);
  expect(entry).toMatchObject({ id: 'heat-and-health-2027', title: 'Heat and Health Workshop', start: '2027-06-01', topics: ['climate-adaptation'] });
  await page.getByRole('button', { name: 'Copy entry' }).click();
  await expect(page.getByText('Copied the entry to the clipboard.')).toBeVisible();
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(entry);
});

test('the drafts page shows my drafts among the listings, marked Draft; the home page can turn it off', async ({ page }) => {
  await newDraft(page);
  await fillValid(page);
  await open(page, '/?when=all');
  await expect(page.locator('.badge.draft')).toHaveCount(0);
  // An organiser's tool: readers of the home page do not see it.
  await expect(page.getByRole('checkbox', { name: 'Show my drafts among the listings' })).toBeHidden();
  await open(page, '/drafts');
  await page.getByRole('link', { name: 'Show my drafts among the listings' }).click();
  await expect(page).toHaveURL(/\/\?drafts=show$/);
  const card = page.locator('article.seminar-card', { hasText: 'Heat and Health Workshop' });
  await expect(card.locator('.badge.draft')).toHaveText('Draft');
  await page.goto('/?when=all&drafts=show');
  await expect(page.locator('article.seminar-card')).toHaveCount(catalogue.seminars.length + 1);
  const off = page.getByRole('checkbox', { name: 'Show my drafts among the listings' });
  await expect(off).toBeChecked();
  await off.click();
  await expect(page).toHaveURL(/\?when=all$/);
  await expect(page.locator('.badge.draft')).toHaveCount(0);
  await expect(off).toBeHidden();
  await page.goto('/?when=all&drafts=show');
  await page.locator('article.seminar-card', { hasText: 'Heat and Health Workshop' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/drafts\//);
});

test('import reports what it accepted and rejected, and a file of megabytes harms nothing', async ({ page }) => {
  const id = await newDraft(page);
  await fillValid(page);
  const before = await stored(page);
  await open(page, '/drafts');
  const entry = { ...catalogue.seminars[1], id: 'imported-one', title: 'Imported <b>one</b>' };
  await page.locator('#import-file').setInputFiles({
    name: 'listings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify([entry, { id: 'half' }, 'text'])),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 listing(s) as drafts; rejected 2.' })).toBeVisible();
  await expect(page.locator('.import-report li')).toHaveCount(2);
  await expect(page.locator('.import-report li').first()).toContainText('Entry 2 (“half”): the field “title” is missing (line 1, column');
  await expect(page.getByRole('link', { name: 'Imported <b>one</b>' })).toBeVisible();

  const huge = { ...catalogue.seminars[1], id: 'huge', title: 'Huge', description: 'x'.repeat(4 * 1024 * 1024) };
  await page.locator('#import-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(huge)) });
  await expect(page.getByRole('status').filter({ hasText: /Imported|Nothing was imported/ })).toBeVisible();
  await page.locator('#import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"oops": ') });
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported: the file is not JSON' })).toBeVisible();
  const after = await stored(page);
  expect(after[`seminars:draft:${id}`]).toBe(before[`seminars:draft:${id}`]);
  await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
});

test('two tabs: a change in one appears in the other, and a clash keeps both texts', async ({ context }) => {
  const first = await context.newPage();
  const id = await newDraft(first);
  await title(first).fill('Shared draft');
  await expect(status(first)).toHaveText(/^Saved at /);
  const second = await context.newPage();
  await open(second, `/drafts/${id}`);
  await expect(title(second)).toHaveValue('Shared draft');

  // A change in the first tab appears in the second.
  await title(first).fill('Shared draft, edited in tab one');
  await expect(status(first)).toHaveText(/^Saved at /);
  await expect(title(second)).toHaveValue('Shared draft, edited in tab one');

  // Both edit. The second tab is slow (a loaded phone, a background tab):
  // its timers wait, so its save has not run when the first tab's save
  // lands. It is the one told, and nothing is dropped.
  await second.evaluate(() => {
    const later = window.setTimeout;
    window.__held = [];
    window.setTimeout = (run, ms, ...args) => window.__held.push(() => run(...args));
    window.__release = () => {
      window.setTimeout = later;
      for (const run of window.__held.splice(0)) run();
    };
  });
  await title(second).fill('Version from tab two');
  await expect(status(second)).toHaveText('Saving…');
  await title(first).fill('Version from tab one');
  await expect(status(first)).toHaveText(/^Saved at /);
  await second.evaluate(() => window.__release());
  const clash = 'This draft was also changed in another tab';
  await expect(second.getByText(clash)).toBeVisible();
  await expect(first.getByText(clash)).toHaveCount(0);
  await expect(title(second)).toHaveValue('Version from tab two');
  await second.getByRole('button', { name: 'Keep both as separate drafts' }).click();
  await expect(second).not.toHaveURL(new RegExp(`${id}$`));
  await expect(title(second)).toHaveValue('Version from tab two');
  await expect(second.getByText(clash)).toHaveCount(0);
  await open(first, '/drafts');
  await expect(first.getByRole('link', { name: 'Version from tab one' })).toBeVisible();
  await expect(first.getByRole('link', { name: 'Version from tab two' })).toBeVisible();
  await expect(first.locator('.draft-row')).toHaveCount(2);
});

test('with localStorage unavailable the app works, says drafts cannot be saved, and offers export', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
  });
  await open(page, '/?when=all');
  await expect(page.locator('article.seminar-card')).toHaveCount(catalogue.seminars.length);
  await open(page, '/drafts');
  await expect(page.getByRole('alert')).toContainText('Drafts cannot be saved in this browser');
  await page.getByRole('link', { name: 'New draft' }).click();
  await expect(page.getByRole('alert')).toContainText('export it before you leave the page');
  await fillValid(page, { saved: false });
  const { name } = await downloaded(page, () => page.getByRole('button', { name: 'Download entry' }).click());
  expect(name).toBe('heat-and-health-2027.json');
  await expectNoAxeViolations(page);
});

test('a full storage: a clear message, the text stays, export is offered, nothing stored is damaged', async ({ page }) => {
  const id = await newDraft(page);
  await fillValid(page);
  const before = await stored(page);
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        break;
      }
    }
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`small-${i}`, 'x'.repeat(512));
      } catch {
        break;
      }
    }
  });
  // Long, yet within the 20,000 characters a description may have.
  const long = 'A much longer description. '.repeat(700);
  await page.getByLabel('Description').fill(long);
  await expect(page.getByRole('alert')).toContainText("The browser's storage is full");
  await expect(page.getByLabel('Description')).toHaveValue(long);
  const after = await stored(page);
  expect(after[`seminars:draft:${id}`]).toBe(before[`seminars:draft:${id}`]);
  const { text } = await downloaded(page, () => page.getByRole('button', { name: 'Download entry' }).click());
  expect(JSON.parse(text).description).toBe(long.trim());
  await page.evaluate(() => localStorage.clear());
});

test('damaged, newer and older records planted before load', async ({ page }) => {
  await open(page, '/drafts');
  const future = JSON.stringify({ version: 3, draft: { id: 'future', form: { title: 'From the future' } } });
  const old = JSON.stringify({
    version: 1,
    draft: { id: 'old', form: { title: 'From version one', speakers: ['Ada'] }, updated_at: 1600000000000 },
  });
  await page.evaluate(
    ([future, old]) => {
      localStorage.setItem('seminars:draft:broken', '{"version": 2, "draft": {"id": ');
      localStorage.setItem('seminars:draft:future', future);
      localStorage.setItem('seminars:draft:old', old);
    },
    [future, old],
  );
  await page.reload();
  const broken = page.getByRole('group', { name: 'Stored draft broken' });
  await expect(broken).toContainText('The draft stored as “broken” cannot be read');
  const { text } = await downloaded(page, () => broken.getByRole('button', { name: 'Download the stored text' }).click());
  expect(text).toBe('{"version": 2, "draft": {"id": ');
  const newer = page.getByRole('group', { name: 'Stored draft future' });
  await expect(newer).toContainText('written by a newer version of this app (record version 3)');
  await expect(newer.locator('pre')).toHaveText(future);
  await expect(newer.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'From version one' })).toBeVisible();
  await expect(page.getByText('Brought up to date from record version 1')).toBeVisible();
  await expectNoAxeViolations(page);

  // Opening them: the editor refuses the broken one and edits the old one.
  await open(page, '/drafts/broken');
  await expect(page.getByRole('alert').or(page.getByRole('group'))).toContainText('cannot be read');
  await open(page, '/drafts/old');
  await expect(title(page)).toHaveValue('From version one');
  await expect(page.locator('#speaker-0-0')).toHaveValue('Ada');
  await title(page).fill('From version one, now two');
  await expect(status(page)).toHaveText(/^Saved at /);
  const records = await stored(page);
  expect(JSON.parse(records['seminars:draft:old']).version).toBe(2);
  expect(records['seminars:draft:broken']).toBe('{"version": 2, "draft": {"id": ');
  expect(records['seminars:draft:future']).toBe(future);

  // Deleting a broken record happens only when asked.
  await open(page, '/drafts');
  await page.getByRole('group', { name: 'Stored draft broken' }).getByRole('button', { name: 'Delete' }).click();
  expect((await stored(page))['seminars:draft:broken']).toBeUndefined();
});
