// After finding a seminar: its links (only web and mail addresses ever
// become links), saving it (across reloads, tabs, and a shared list in
// another browser), copying and sharing its link, and its agenda's times in
// the visitor's time zone.
import { catalogue, expect, expectNoAxeViolations, open, test } from './helpers.js';

const SAVED_KEY = 'seminars:saved';
const byId = (id) => catalogue.seminars.find((s) => s.id === id);
const ALL_LINKS = 'energy-transition-finance-dialogue-2026'; // website, registration, online, contact
const CLOSED = 'low-carbon-industrial-parks-2026'; // registration closed 2026-11-10
const HEAT = 'urban-heat-adaptation-clinic-2026'; // agenda with times, Asia/Shanghai

/** What the page stored under the saved key, parsed. */
const storedSaved = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SAVED_KEY);

/** Every href in the document that, read as the browser reads it, is not a
 * web, mail, telephone or blob address (javascript:, data:, vbscript: …). */
const strangeHrefs = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[href]')]
      .map((e) => e.getAttribute('href'))
      .filter((h) => !['http:', 'https:', 'mailto:', 'tel:', 'blob:'].includes(new URL(h, document.baseURI).protocol)),
  );

test('a seminar page shows every kind of link, safely, and says when registration closes', async ({ page }) => {
  const s = byId(ALL_LINKS);
  await open(page, `/seminars/${ALL_LINKS}`);
  const links = page.locator('section', { has: page.getByRole('heading', { name: 'Links' }) });
  await expect(links.getByRole('link', { name: s.website })).toHaveAttribute('href', s.website);
  // Its registration has closed: the page's address is said, not linked.
  await expect(links.getByText(s.registration.url)).toBeVisible();
  await expect(page.locator(`a[href="${s.registration.url}"]`)).toHaveCount(0);
  await expect(links.getByRole('link', { name: s.online })).toHaveAttribute('href', s.online);
  await expect(links.getByRole('link', { name: s.contact })).toHaveAttribute('href', `mailto:${s.contact}`);
  for (const link of await links.getByRole('link').all()) {
    await expect(link).toHaveAttribute('rel', /\bnoopener\b.*\bnoreferrer\b|\bnoreferrer\b.*\bnoopener\b/);
  }
  // Its registration closed on 30 April 2026, before the tests' today.
  await expect(links).toContainText('Registration closed on 30 April 2026.');
  await expectNoAxeViolations(page);

  await open(page, `/seminars/carbon-neutrality-pathways-forum-2027`);
  await expect(page.getByText('Register by 1 March 2027.')).toBeVisible();
  await open(page, `/seminars/guangxi-climate-change-response-workshop-2021`);
  await expect(page.getByRole('heading', { name: 'Links' })).toHaveCount(0);
  expect(await strangeHrefs(page)).toEqual([]);
});

test.describe(() => {
  // page.route cannot see what a service worker answers: the worker is
  // blocked where a test stands in for the host.
  test.use({ serviceWorkers: 'block' });

  test('javascript:, data: and JaVaScRiPt: links from the catalogue, a draft or an import never become hrefs', async ({ page }) => {
    const hostile = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)'];
    const base = byId(ALL_LINKS);
    const planted = hostile.flatMap((url, i) => [
      { ...base, id: `planted-website-${i}`, title: `Planted website ${i}`, website: url },
      { ...base, id: `planted-registration-${i}`, title: `Planted registration ${i}`, registration: { url } },
      { ...base, id: `planted-online-${i}`, title: `Planted online ${i}`, online: url },
      { ...base, id: `planted-contact-${i}`, title: `Planted contact ${i}`, contact: url },
      { ...base, id: `planted-phone-${i}`, title: `Planted phone ${i}`, phone: url },
      { ...base, id: `planted-notice-${i}`, title: `Planted notice ${i}`, notice: { number: 'N', url } },
    ]);
    // A telephone number with anything but digits, spaces, + and - (a
    // parameter, a letter, a second scheme) is refused too.
    for (const [i, phone] of ['+86 771 123;ext=9', 'tel:+867711234567', '１２３４５６'].entries()) {
      planted.push({ ...base, id: `planted-tel-${i}`, title: `Planted tel ${i}`, phone });
    }
    await page.route('**/seminars.json', (route) =>
      route.fulfill({ json: { ...catalogue, seminars: [...catalogue.seminars, ...planted] } }),
    );
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    await open(page, '/?when=all');
    await expect(page.getByText(`${planted.length} records in the catalogue are invalid and are not shown.`)).toBeVisible();
    await expect(page.getByRole('heading', { name: /Planted/ })).toHaveCount(0);
    expect(await strangeHrefs(page)).toEqual([]);
    await open(page, '/seminars/planted-website-0');
    await expect(page.getByRole('heading', { name: 'Seminar not found' })).toBeVisible();
    expect(await strangeHrefs(page)).toEqual([]);

    // A draft: the form says why, beside the field; nothing becomes a link.
    await open(page, '/drafts/new');
    for (const [label, url] of [
      ['Website', hostile[0]],
      ['Registration page', hostile[1]],
      ['Online meeting address (online and hybrid seminars)', hostile[2]],
    ]) {
      await page.getByLabel(label, { exact: true }).fill(url);
    }
    await page.getByLabel('Telephone', { exact: true }).fill(hostile[0]);
    await page.getByLabel('Contact email', { exact: true }).fill(hostile[0]);
    // A field's problems show once it is left.
    await page.getByLabel('Contact email', { exact: true }).blur();
    await expect(page.locator('#field-website-problems')).toContainText('cannot be a link: a web address starts with https:// or http:// and names a site');
    await expect(page.locator('#field-registration-url-problems')).toContainText('cannot be a link');
    await expect(page.locator('#field-online-problems')).toContainText('cannot be a link');
    await expect(page.locator('#field-contact-problems')).toContainText('is not an email address');
    await expect(page.locator('#field-phone-problems')).toContainText('is not a telephone number');
    expect(await strangeHrefs(page)).toEqual([]);

    // An import: the entry becomes a draft with the same messages.
    await open(page, '/drafts');
    await page.locator('#import-file').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...base, id: 'imported-hostile', title: 'Imported hostile', website: hostile[2], online: hostile[1] })),
    });
    await expect(page.getByRole('link', { name: 'Imported hostile' })).toBeVisible();
    await page.getByRole('link', { name: 'Imported hostile' }).click();
    await expect(page.locator('#field-website-problems')).toContainText('cannot be a link');
    expect(await strangeHrefs(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

test('saving a seminar: the button says so, it survives a reload, and /saved lists it', async ({ page }) => {
  await open(page, '/');
  const first = page.locator('article.seminar-card').first();
  const title = await first.locator('h2').textContent();
  const save = first.getByRole('button', { name: `Save ${title}` });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  const remove = first.getByRole('button', { name: `Remove ${title} from saved` });
  await expect(remove).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: 'Saved 1' })).toBeVisible();
  const id = catalogue.seminars.find((s) => s.title === title).id;
  expect(await storedSaved(page)).toMatchObject({ version: 1, ids: [id] });

  await page.reload();
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Remove ${title} from saved` })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Saved 1' }).click();
  await expect(page).toHaveURL(/\/saved$/);
  await expect(page.getByRole('heading', { name: 'Saved seminars', level: 1 })).toBeVisible();
  await expect(page.locator('.saved-list article.seminar-card h2')).toHaveText([title]);

  // Removing it from the saved page leaves the empty list.
  await page.getByRole('button', { name: `Remove ${title} from saved` }).click();
  await expect(page.getByText('You have not saved any seminars yet.')).toBeVisible();
  expect(await storedSaved(page)).toMatchObject({ version: 1, ids: [] });
});

test('the save buttons hold their place before they appear: nothing on the list moves', async ({ browser }) => {
  /** Where each card's bottom is, once the list has painted. */
  const bottoms = (page) => page.locator('article.seminar-card').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().bottom)));
  const waiting = await browser.newPage({ serviceWorkers: 'block' });
  // The part that shows the buttons never arrives.
  await waiting.route(/split_seminar-.*\.wasm$/, (route) => route.abort());
  await open(waiting, '/');
  await expect(waiting.locator('article.seminar-card').first()).toBeVisible();
  await expect(waiting.getByRole('button', { name: /^Save / })).toHaveCount(0);
  const before = await bottoms(waiting);
  const shown = await browser.newPage();
  await open(shown, '/');
  await expect(shown.getByRole('button', { name: /^Save / }).first()).toBeVisible();
  expect(await bottoms(shown)).toEqual(before);
  await waiting.close();
  await shown.close();
});

test('the save button works from the keyboard alone', async ({ page }) => {
  await open(page, `/seminars/${HEAT}`);
  const title = byId(HEAT).title;
  const save = page.getByRole('button', { name: `Save ${title}` });
  await save.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: `Remove ${title} from saved` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Save ${title}` })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await storedSaved(page)).toMatchObject({ version: 1, ids: [HEAT] });
});

test('two tabs see each other’s saves, and both saves are kept', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await open(a, '/');
  await open(b, '/');
  const [one, two] = [byId(HEAT), byId('ets-allowance-allocation-webinar-2026')];
  await a.getByRole('button', { name: `Save ${one.title}` }).click();
  await expect(b.getByRole('button', { name: `Remove ${one.title} from saved` })).toHaveAttribute('aria-pressed', 'true');
  await b.getByRole('button', { name: `Save ${two.title}` }).click();
  await expect(a.getByRole('button', { name: `Remove ${two.title} from saved` })).toHaveAttribute('aria-pressed', 'true');
  expect((await storedSaved(a)).ids).toEqual([one.id, two.id]);
  await b.getByRole('button', { name: `Remove ${one.title} from saved` }).click();
  await expect(a.getByRole('button', { name: `Save ${one.title}` })).toHaveAttribute('aria-pressed', 'false');
  await expect(a.getByRole('link', { name: 'Saved 1' })).toBeVisible();
});

test('a shared list opens in a fresh browser and is added only when asked', async ({ browser }) => {
  const ids = [HEAT, ALL_LINKS];
  const sender = await browser.newContext();
  await sender.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await sender.newPage();
  await open(page, '/');
  await page.evaluate(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids })), [SAVED_KEY, ids]);
  await open(page, '/saved');
  await page.getByRole('button', { name: 'Share this list' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname + new URL(link).search).toBe(`/saved?ids=${ids.join(',')}`);
  await sender.close();

  const receiver = await browser.newContext();
  const other = await receiver.newPage();
  await open(other, `${new URL(link).pathname}${new URL(link).search},no-such-seminar`);
  await expect(other.getByRole('heading', { name: 'Seminars shared with you', level: 1 })).toBeVisible();
  await expect(other.locator('.saved-list article.seminar-card h2')).toHaveText(ids.map((id) => byId(id).title));
  await expect(other.getByText('Not in this catalogue: “no-such-seminar”')).toBeVisible();
  expect(await storedSaved(other)).toBeNull();
  await expectNoAxeViolations(other);
  await other.getByRole('button', { name: 'Add 2 seminars to my saved seminars' }).click();
  await expect(other.getByText('2 seminars were added to your saved seminars.')).toBeVisible();
  expect(await storedSaved(other)).toMatchObject({ version: 1, ids });
  await other.getByRole('link', { name: 'Your saved seminars' }).click();
  await expect(other.locator('.saved-list article.seminar-card')).toHaveCount(2);
  await receiver.close();
});

test('a shared list adds only what is not saved yet, after what is', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids })), [SAVED_KEY, ['green-steel-roundtable-2027', HEAT]]);
  await open(page, `/saved?ids=${HEAT},${ALL_LINKS}`);
  await page.getByRole('button', { name: 'Add 1 seminar to my saved seminars' }).click();
  expect((await storedSaved(page)).ids).toEqual(['green-steel-roundtable-2027', HEAT, ALL_LINKS]);
  await open(page, `/saved?ids=${HEAT}`);
  await expect(page.getByText('All of them are in your saved seminars already.')).toBeVisible();
});

test('/saved names a saved seminar the catalogue no longer has, and passes axe', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids })), [SAVED_KEY, ['gone-2019', HEAT]]);
  await open(page, '/saved');
  await expect(page.locator('.saved-list .missing')).toContainText('No longer in the catalogue');
  await expect(page.locator('.saved-list .missing')).toContainText('“gone-2019” was saved here, but the catalogue no longer lists it.');
  await expect(page.locator('.saved-list article.seminar-card')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Remove gone-2019 from saved' }).click();
  expect((await storedSaved(page)).ids).toEqual([HEAT]);
});

test('storage that throws: saving says the list lasts for this tab, and works in it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const errors = await open(page, '/');
  const title = byId(HEAT).title;
  await page.getByRole('button', { name: `Save ${title}` }).click();
  await expect(page.getByRole('alert')).toContainText('This browser cannot store your saved seminars, so the list lasts until you close this tab.');
  await expect(page.getByRole('button', { name: `Remove ${title} from saved` })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Saved 1' }).click();
  await expect(page.locator('.saved-list article.seminar-card h2')).toHaveText([title]);
  expect(errors).toEqual([]);
});

test('full storage: the change holds in the tab, the stored list is untouched, and the next change stores both', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(([key, id]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids: [id] })), [SAVED_KEY, 'green-steel-roundtable-2027']);
  await page.reload();
  await expect(page.locator('#boot')).toHaveCount(0);
  await page.evaluate(() => {
    window.__full = true;
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  const title = byId(HEAT).title;
  await page.getByRole('button', { name: `Save ${title}` }).click();
  await expect(page.getByRole('alert')).toContainText('The browser\'s storage is full, so this change to your saved seminars lasts only until you close this tab.');
  await expect(page.getByRole('button', { name: `Remove ${title} from saved` })).toHaveAttribute('aria-pressed', 'true');
  expect((await storedSaved(page)).ids).toEqual(['green-steel-roundtable-2027']);
  // Space again: the next change stores the whole list the tab shows.
  await page.evaluate(() => (window.__full = false));
  const other = byId('ets-allowance-allocation-webinar-2026').title;
  await page.getByRole('button', { name: `Save ${other}` }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await storedSaved(page)).ids).toEqual(['green-steel-roundtable-2027', HEAT, 'ets-allowance-allocation-webinar-2026']);
});

test('an unreadable saved list is kept aside, never written over', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(([key]) => localStorage.setItem(key, '{"version": 1, "ids": [oops'), [SAVED_KEY]);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Your saved seminars could not be read.');
  await page.getByRole('button', { name: `Save ${byId(HEAT).title}` }).click();
  expect(await page.evaluate(() => localStorage.getItem('seminars:saved:unreadable'))).toBe('{"version": 1, "ids": [oops');
  expect((await storedSaved(page)).ids).toEqual([HEAT]);
  // A second unreadable list is kept too, under a key of its own, which
  // the notice names; the first stays as it was.
  await page.evaluate(([key]) => localStorage.setItem(key, 'second damage'), [SAVED_KEY]);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('the old one is kept in this browser under “seminars:saved:unreadable:2”.');
  await page.getByRole('button', { name: `Save ${byId(HEAT).title}` }).click();
  const kept = await page.evaluate(() => [localStorage.getItem('seminars:saved:unreadable'), localStorage.getItem('seminars:saved:unreadable:2')]);
  expect(kept).toEqual(['{"version": 1, "ids": [oops', 'second damage']);
  expect((await storedSaved(page)).ids).toEqual([HEAT]);
});

test('Copy link puts the page’s address on the clipboard; without a clipboard the address is shown to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, `/seminars/${HEAT}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/seminars/${HEAT}`, page.url()).href);
  // No share sheet in this browser: no Share button.
  await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);

  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
  });
  await page.reload();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copying is not available here' })).toBeVisible();
  await expect(page.getByLabel('Address of this page')).toHaveValue(new URL(`/seminars/${HEAT}`, page.url()).href);
});

test('where the browser has a share sheet, Share… opens it with the title and address', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => {
      window.__shared.push(data);
      return Promise.resolve();
    };
  });
  await open(page, `/seminars/${HEAT}`);
  await page.getByRole('button', { name: 'Share…' }).click();
  expect(await page.evaluate(() => window.__shared)).toEqual([{ title: byId(HEAT).title, url: new URL(`/seminars/${HEAT}`, page.url()).href }]);
});

test.describe('a visitor in another time zone', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('sees the agenda in the event’s zone, switches to theirs, and the choice is remembered', async ({ page }) => {
    await open(page, `/seminars/${HEAT}`);
    const times = page.locator('.agenda .agenda-time');
    await expect(times).toHaveText(['09:00–12:00', '14:00–17:00', '09:00–12:00']);
    const yours = page.getByRole('radio', { name: /Your time zone/ });
    await expect(page.getByRole('radio', { name: /The event's time zone \(China Standard Time\)/ })).toBeChecked();
    await yours.check();
    await expect(times).toHaveText(['02:00–05:00', '07:00–10:00', '02:00–05:00']);
    await page.reload();
    await expect(page.locator('#boot')).toHaveCount(0);
    await expect(page.getByRole('radio', { name: /Your time zone/ })).toBeChecked();
    await expect(times).toHaveText(['02:00–05:00', '07:00–10:00', '02:00–05:00']);
    await expectNoAxeViolations(page);
  });
});

test('a visitor in the event’s own zone is not offered a switch', async ({ page }) => {
  await open(page, `/seminars/${HEAT}`);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.locator('.agenda .agenda-time').first()).toHaveText('09:00–12:00');
});

test('the seminar page and /saved in Chinese', async ({ page }) => {
  await open(page, `/seminars/${ALL_LINKS}?lang=zh-Hans`);
  const title = byId(ALL_LINKS).title; // written in Chinese
  await page.getByRole('button', { name: `收藏“${title}”` }).click();
  // Its name holds what it shows (已收藏), and what pressing it does.
  await expect(page.getByRole('button', { name: `已收藏“${title}”，点按取消收藏` })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: '链接' })).toBeVisible();
  await expect(page.getByText('报名已于 2026年4月30日 截止。')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: '收藏 1', exact: true }).click();
  await expect(page.getByRole('heading', { name: '已收藏的研讨会', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
