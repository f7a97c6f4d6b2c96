// Two tabs that both saved the same draft at the same moment, so that each
// is told of the other's text: whatever either person does next, in either
// order (answers, reloads, closes the tab, goes to another page), both
// texts stay stored, and "Keep both" never stores one text twice.
import { expect, open, test } from './helpers.js';

const title = (page) => page.getByLabel('Title', { exact: true });
const status = (page) => page.locator('.save-status');
const clash = 'This draft was also changed in another tab';
const asks = (page) => page.getByText(clash);
const KEEP_BOTH = 'Keep both as separate drafts';
const KEEP_MINE = 'Keep my version';
const LOAD_THEIRS = "Load the other tab's version";

/** The title of every draft stored, sorted. */
const storedTitles = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('seminars:draft:'))
      .map((k) => JSON.parse(localStorage.getItem(k)).draft.form.title)
      .sort(),
  );

/** The title stored under a draft's own key. */
const storedAt = (page, id) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)).draft.form.title, `seminars:draft:${id}`);

/** Lets a tab's copy of storage lag behind, as each Chromium tab reads its
 * own copy and learns of another tab's write a moment later. Set up before
 * the page loads, so that its listener comes before the app's; then
 * `window.__lag(key)` makes the next read of `key` give what it holds now,
 * and holds the `storage` events for it until `window.__catchUp()`. */
async function canLag(page) {
  await page.addInitScript(() => {
    const realGet = Storage.prototype.getItem;
    let lagging = null;
    const held = [];
    Storage.prototype.getItem = function (k) {
      if (lagging && lagging.stale && this === localStorage && k === lagging.key) {
        lagging.stale = false;
        return lagging.before;
      }
      return realGet.call(this, k);
    };
    window.addEventListener(
      'storage',
      (e) => {
        if (!lagging || e.key !== lagging.key) return;
        e.stopImmediatePropagation();
        held.push({ key: e.key, oldValue: e.oldValue, newValue: e.newValue });
      },
      true,
    );
    window.__lag = (key) => {
      lagging = { key, before: realGet.call(localStorage, key), stale: true };
    };
    window.__catchUp = () => {
      lagging = null;
      for (const e of held.splice(0)) window.dispatchEvent(new StorageEvent('storage', { ...e, storageArea: localStorage, url: location.href }));
    };
  });
}

/** Two tabs on one draft, each told of the other's text: tab A's save
 * landed first, tab B's (made from the same revision, as its copy had not
 * caught up) over it. Storage holds B's text under the draft's key. */
async function bothTold(context) {
  const a = await context.newPage();
  await open(a, '/drafts/new');
  await expect(a).toHaveURL(/\/drafts\/[a-z0-9]+-[a-z0-9]+$/);
  const id = a.url().split('/').pop();
  await title(a).fill('Shared');
  await expect(status(a)).toHaveText(/^Saved at /);
  const b = await context.newPage();
  await canLag(b);
  await open(b, `/drafts/${id}`);
  await expect(title(b)).toHaveValue('Shared');
  await b.evaluate((key) => window.__lag(key), `seminars:draft:${id}`);
  await title(a).fill('A version');
  await expect(status(a)).toHaveText(/^Saved at /);
  await title(b).fill('B version');
  await expect(status(b)).toHaveText(/^Saved at /);
  await expect(asks(a)).toBeVisible();
  await b.evaluate(() => window.__catchUp());
  await expect(asks(b)).toBeVisible();
  await expect(title(a)).toHaveValue('A version');
  await expect(title(b)).toHaveValue('B version');
  expect(await storedAt(a, id)).toBe('B version');
  // Nothing is only on screen: A's text is stored, set aside.
  expect(await storedTitles(a)).toEqual(['A version', 'B version']);
  return { a, b, id };
}

test('both told, each keeps both, A first: two drafts, one text each', async ({ context }) => {
  const { a, b, id } = await bothTold(context);
  await a.getByRole('button', { name: KEEP_BOTH }).click();
  await expect(a).not.toHaveURL(new RegExp(`${id}$`));
  await expect(title(a)).toHaveValue('A version');
  await expect(asks(a)).toHaveCount(0);
  await b.getByRole('button', { name: KEEP_BOTH }).click();
  // B's text is the one under the draft's key: B stays where it is.
  await expect(asks(b)).toHaveCount(0);
  await expect(b).toHaveURL(new RegExp(`${id}$`));
  await expect(title(b)).toHaveValue('B version');
  expect(await storedTitles(a)).toEqual(['A version', 'B version']);
  await open(a, '/drafts');
  await expect(a.locator('.draft-row')).toHaveCount(2);
});

test('both told, each keeps both, B first: two drafts, one text each', async ({ context }) => {
  const { a, b, id } = await bothTold(context);
  await b.getByRole('button', { name: KEEP_BOTH }).click();
  await expect(asks(b)).toHaveCount(0);
  await expect(title(b)).toHaveValue('B version');
  await a.getByRole('button', { name: KEEP_BOTH }).click();
  await expect(a).not.toHaveURL(new RegExp(`${id}$`));
  await expect(title(a)).toHaveValue('A version');
  expect(await storedTitles(a)).toEqual(['A version', 'B version']);
});

test('both told, A keeps its version: B is not overwritten on screen, and its text stays stored', async ({ context }) => {
  const { a, b, id } = await bothTold(context);
  await a.getByRole('button', { name: KEEP_MINE }).click();
  await expect(asks(a)).toHaveCount(0);
  await expect(status(a)).toHaveText(/^Saved at /);
  await expect.poll(() => storedAt(a, id)).toBe('A version');
  // A's copy went (the key holds its text); B still asks, its text set aside.
  await expect.poll(() => storedTitles(a)).toEqual(['A version', 'B version']);
  await expect(asks(b)).toBeVisible();
  await expect(title(b)).toHaveValue('B version');
  await b.getByRole('button', { name: KEEP_BOTH }).click();
  await expect(b).not.toHaveURL(new RegExp(`${id}$`));
  await expect(title(b)).toHaveValue('B version');
  expect(await storedTitles(a)).toEqual(['A version', 'B version']);
});

test('both told, B keeps its version, then A loads the other: one text, the one both chose', async ({ context }) => {
  const { a, b, id } = await bothTold(context);
  await b.getByRole('button', { name: KEEP_MINE }).click();
  await expect(asks(b)).toHaveCount(0);
  await expect(title(b)).toHaveValue('B version');
  // A's text is still kept, set aside, until A's person chooses.
  await expect(asks(a)).toBeVisible();
  expect(await storedTitles(a)).toEqual(['A version', 'B version']);
  await a.getByRole('button', { name: LOAD_THEIRS }).click();
  await expect(asks(a)).toHaveCount(0);
  await expect(title(a)).toHaveValue('B version');
  expect(await storedAt(a, id)).toBe('B version');
  expect(await storedTitles(a)).toEqual(['B version']);
  // The copy set aside can still be put back, on the drafts page (in this
  // visit: the app's own link, not a reload).
  await a.getByRole('link', { name: 'Drafts', exact: true }).first().click();
  await a.getByRole('button', { name: 'Undo deleting “A version”' }).click();
  await expect(a.locator('.draft-row')).toHaveCount(2);
});

test('both told, B loads the other: both tabs show A’s text, stored once', async ({ context }) => {
  const { a, b, id } = await bothTold(context);
  await b.getByRole('button', { name: LOAD_THEIRS }).click();
  await expect(asks(b)).toHaveCount(0);
  await expect(title(b)).toHaveValue('A version');
  // What B shows is written under the draft's key; A's text is there now,
  // so A's question is answered and its copy goes.
  await expect.poll(() => storedAt(a, id)).toBe('A version');
  await expect(asks(a)).toHaveCount(0);
  await expect(title(a)).toHaveValue('A version');
  await expect.poll(() => storedTitles(a)).toEqual(['A version']);
});

for (const leave of ['reloads', 'closes the tab', 'goes to another page']) {
  test(`both told, A ${leave} without answering: A’s text is still stored`, async ({ context }) => {
    const { a, b } = await bothTold(context);
    if (leave === 'reloads') await a.reload();
    else if (leave === 'closes the tab') await a.close();
    else await a.getByRole('link', { name: 'Seminars', exact: true }).click();
    const look = leave === 'closes the tab' ? b : a;
    expect(await storedTitles(look)).toEqual(['A version', 'B version']);
    await open(look, '/drafts');
    await expect(look.getByRole('link', { name: 'A version' })).toBeVisible();
  });
}

test('told while typing: what is typed after the question is kept too', async ({ context }) => {
  const { a } = await bothTold(context);
  await title(a).fill('A version, typed on');
  await expect.poll(() => storedTitles(a)).toEqual(['A version, typed on', 'B version']);
  await a.reload();
  expect(await storedTitles(a)).toEqual(['A version, typed on', 'B version']);
});
