// Nothing typed is lost: two tabs racing, files that must read back, undo
// when storage fills, stored ids of any shape, and no false alarms.
import { readFile } from 'node:fs/promises';
import { catalogue, expect, open, test } from './helpers.js';

const title = (page) => page.getByLabel('Title', { exact: true });
const status = (page) => page.locator('.save-status');
const clash = 'This draft was also changed in another tab';

/** Every `seminars:` key and its value. */
const stored = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('seminars:')).map((k) => [k, localStorage.getItem(k)])));

/** The draft records stored, parsed, by id. */
async function records(page) {
  const all = await stored(page);
  return Object.fromEntries(
    Object.entries(all)
      .filter(([k]) => k.startsWith('seminars:draft:'))
      .map(([k, v]) => [k.slice('seminars:draft:'.length), JSON.parse(v)]),
  );
}

/** Starts a new draft and returns its id. */
async function newDraft(page) {
  await open(page, '/drafts/new');
  await expect(page).toHaveURL(/\/drafts\/[a-z0-9]+-[a-z0-9]+$/);
  return page.url().split('/').pop();
}

/** What a download contains. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Imports a file on the drafts page and waits for the report. */
async function importFile(page, name, text) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('.list-status')).toContainText('Imported');
}

/** Whether a tab shows the conflict question. */
const inConflict = (page) => page.getByText(clash).isVisible();

test('two tabs typing at the same moment: 20 races, no text lost', async ({ context }) => {
  test.setTimeout(180_000);
  const a = await context.newPage();
  const id = await newDraft(a);
  await title(a).fill('Shared');
  await expect(status(a)).toHaveText(/^Saved at /);
  const b = await context.newPage();
  await open(b, `/drafts/${id}`);
  await expect(title(b)).toHaveValue('Shared');

  for (let round = 0; round < 20; round++) {
    const mine = `A version ${round}`;
    const theirs = `B version ${round}`;
    await Promise.all([title(a).fill(mine), title(b).fill(theirs)]);
    // Both tabs settle: saved, or asking.
    for (const page of [a, b]) {
      await expect(page.getByText(clash).or(status(page).filter({ hasText: /^Saved at / }))).toBeVisible();
    }
    // Let any event still on its way arrive, then look.
    await a.waitForTimeout(600);
    const inStorage = (await records(a))[id].draft.form.title;
    const kept = new Set([inStorage]);
    for (const [page, text] of [
      [a, mine],
      [b, theirs],
    ]) {
      const shown = await title(page).inputValue();
      const asking = await inConflict(page);
      // A tab either shows what storage holds, or asks and still shows its text.
      expect(shown === inStorage || asking, `round ${round}: tab shows "${shown}", storage "${inStorage}"`).toBe(true);
      if (asking) {
        expect(shown).toContain(text);
        kept.add(shown);
      }
    }
    // Each tab's text is kept: in storage, or in a tab that asks. When the
    // other tab's save lands in a tab between Playwright selecting the
    // field's text and inserting its own (as it can for a person who starts
    // typing just then), the insert goes after the arrived text, and one
    // kept text holds both; nothing is lost either way.
    for (const text of [mine, theirs]) {
      expect([...kept].some((k) => k.includes(text)), `round ${round}: "${text}" lost; kept ${JSON.stringify([...kept])}`).toBe(true);
    }
    // Settle on storage's text in both tabs for the next round.
    for (const page of [a, b]) {
      if (await inConflict(page)) await page.getByRole('button', { name: "Load the other tab's version" }).click();
    }
    for (const page of [a, b]) {
      await page.reload();
      await expect(title(page)).toHaveValue((await records(a))[id].draft.form.title);
    }
  }
});

test('every file the app writes imports back to the same draft', async ({ page }) => {
  await open(page, '/drafts');
  const hostile = '<img src=x onerror="window.__pwned=1"> "quotes" \\ </script> 草稿 🌏';
  const forms = {
    empty: {},
    half: { title: 'Half a listing', start: '2027-06-01', expected_attendance: 'fifty', topics: ['volcanoes'] },
    hostile: { title: hostile, summary: hostile, description: hostile.repeat(20), organisers: [hostile] },
  };
  for (const [name, fields] of Object.entries(forms)) {
    const id = await newDraft(page);
    await page.evaluate(
      ([id, fields]) => {
        const key = `seminars:draft:${id}`;
        const record = JSON.parse(localStorage.getItem(key));
        Object.assign(record.draft.form, fields);
        localStorage.setItem(key, JSON.stringify(record));
      },
      [id, fields],
    );
    await open(page, `/drafts/${id}`);
    const original = (await records(page))[id].draft;
    const { name: file, text } = await downloaded(page, () => page.getByRole('button', { name: 'Download entry' }).click());
    expect(file).toBe(`draft-${id}.json`);
    await expect(page.locator('.export-message')).toContainText('downloaded as a draft record, which Import reads back');
    await open(page, '/drafts');
    const before = Object.keys(await records(page));
    await importFile(page, file, text);
    await expect(page.locator('.list-status')).toHaveText('Imported 1 listing(s) as drafts; rejected 0.');
    const after = await records(page);
    const added = Object.keys(after).filter((k) => !before.includes(k));
    expect(added, name).toHaveLength(1);
    expect(after[added[0]].draft.form, name).toEqual(original.form);
    expect(after[added[0]].draft.origin, name).toEqual(original.origin);
  }
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

  // A draft with every field, valid: downloaded as its catalogue entry.
  const entry = { ...catalogue.seminars[1], id: 'every-field-2027', title: 'Every field' };
  await importFile(page, 'entry.json', JSON.stringify(entry));
  await page.getByRole('link', { name: 'Every field' }).click();
  const full = (await records(page))[page.url().split('/').pop()].draft;
  const { text } = await downloaded(page, () => page.getByRole('button', { name: 'Download entry' }).click());
  expect(JSON.parse(text)).toEqual(entry);
  await open(page, '/drafts');
  const before = Object.keys(await records(page));
  await importFile(page, 'again.json', text);
  const after = await records(page);
  const added = Object.keys(after).filter((k) => !before.includes(k));
  expect(after[added[0]].draft.form).toEqual(full.form);
});

test('a draft exported where nothing can be stored imports in another browser', async ({ browser }) => {
  const without = await browser.newContext();
  const page = await without.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
  });
  await open(page, '/drafts/new');
  await title(page).fill('Written without storage');
  await page.getByLabel('Summary').fill('Moved by file.');
  const { text } = await downloaded(page, () => page.getByRole('button', { name: 'Download entry' }).click());
  await without.close();

  const other = await browser.newContext();
  const next = await other.newPage();
  await open(next, '/drafts');
  await importFile(next, 'moved.json', text);
  await next.getByRole('link', { name: 'Written without storage' }).click();
  await expect(next.getByLabel('Summary')).toHaveValue('Moved by file.');
  await other.close();
});

/** Fills localStorage with filler until it refuses. */
const fillStorage = (page) =>
  page.evaluate(() => {
    for (const size of [256 * 1024, 1024, 16]) {
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler-${size}-${i}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });

test('undo after a delete when storage has filled: the text is handed over and stays on offer', async ({ page }) => {
  const id = await newDraft(page);
  await title(page).fill('Keep me');
  await page.getByLabel('Description').fill('Words worth keeping. '.repeat(400));
  await expect(status(page)).toHaveText(/^Saved at /);
  const record = (await stored(page))[`seminars:draft:${id}`];
  await open(page, '/drafts');
  await page.getByRole('button', { name: 'Delete Keep me' }).click();
  await expect(page.locator('article.draft-row')).toHaveCount(0);
  const deleted = page.locator('section.deleted');
  await expect(deleted).toContainText('Deleted “Keep me”.');
  await fillStorage(page);

  const { name, text } = await downloaded(page, () => deleted.getByRole('button', { name: 'Undo deleting “Keep me”' }).click());
  expect(name).toBe(`draft-${id}.json`);
  expect(text).toBe(record);
  await expect(page.getByRole('alert')).toContainText(
    "“Keep me” could not be put back (the browser's storage is full). Its text was downloaded as a file, which Import reads back",
  );
  await expect(deleted).toContainText('Deleted “Keep me”.');
  // Room is made: Undo works.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await deleted.getByRole('button', { name: 'Undo deleting “Keep me”' }).click();
  await expect(page.getByRole('link', { name: 'Keep me' })).toBeVisible();
  expect((await stored(page))[`seminars:draft:${id}`]).toBe(record);
  await expect(deleted).toHaveCount(0);
});

test('several deletes can each be undone, downloaded, or dismissed', async ({ page }) => {
  for (const name of ['First', 'Second', 'Third']) {
    await newDraft(page);
    await title(page).fill(name);
    await expect(status(page)).toHaveText(/^Saved at /);
  }
  await open(page, '/drafts');
  for (const name of ['First', 'Second', 'Third']) await page.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(page.locator('article.draft-row')).toHaveCount(0);
  const deleted = page.locator('section.deleted');
  await deleted.getByRole('button', { name: 'Undo deleting “First”' }).click();
  await deleted.getByRole('button', { name: 'Dismiss “Third” for good' }).click();
  const { text } = await downloaded(page, () => deleted.getByRole('button', { name: 'Download deleted draft “Second”' }).click());
  expect(JSON.parse(text).draft.form.title).toBe('Second');
  await expect(page.locator('article.draft-row')).toHaveCount(1);
  await expect(deleted.locator('li')).toHaveCount(1);
});

test('records under keys of any shape can be opened and deleted from the list', async ({ page }) => {
  await open(page, '/drafts');
  const ids = ['a/b', 'what?', 'x#y', '%2F', '..', '.', 'with space', '<b>markup</b>', '', 'new', 'open', '草稿'];
  await page.evaluate((ids) => {
    for (const id of ids) {
      const draft = { id, origin: { type: 'new' }, form: { title: `Draft “${id}”` }, saved_at: 1, revision: 1 };
      localStorage.setItem(`seminars:draft:${id}`, JSON.stringify({ version: 2, draft }));
    }
    // A record whose stored id differs from its key.
    const draft = { id: 'elsewhere', origin: { type: 'new' }, form: { title: 'Mismatched' }, saved_at: 1, revision: 1 };
    localStorage.setItem('seminars:draft:key-id', JSON.stringify({ version: 2, draft }));
  }, ids);
  await page.reload();
  await expect(page.locator('article.draft-row')).toHaveCount(ids.length + 1);
  for (const [id, name] of [...ids.map((id) => [id, `Draft “${id}”`]), ['key-id', 'Mismatched']]) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(title(page), id).toHaveValue(name);
    await title(page).fill(`${name}, edited`);
    await expect(status(page)).toHaveText(/^Saved at /);
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
  }
  const all = await records(page);
  expect(Object.keys(all).sort()).toEqual([...ids, 'key-id'].sort());
  expect(all['a/b'].draft.form.title).toBe('Draft “a/b”, edited');
  expect(all['key-id'].draft.form.title).toBe('Mismatched, edited');
  for (const name of ['Draft “a/b”, edited', 'Draft “..”, edited', 'Draft “”, edited', 'Mismatched, edited']) {
    await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
  }
  expect(Object.keys(await records(page)).sort()).toEqual(ids.filter((id) => !['a/b', '..', ''].includes(id)).sort());
});

test('an unknown topic from an import can be removed in the form', async ({ page }) => {
  await open(page, '/drafts');
  const entry = { ...catalogue.seminars[1], id: 'volcanic-2027', title: 'Volcanic', topics: ['energy-transition', 'volcanoes'] };
  await importFile(page, 'entry.json', JSON.stringify(entry));
  await page.getByRole('link', { name: 'Volcanic' }).click();
  await expect(page.locator('#topics-problems')).toHaveText('"volcanoes" is not a topic of this catalogue.');
  const unknown = page.getByRole('checkbox', { name: '“volcanoes” (not a topic of this catalogue: uncheck to remove it)' });
  await expect(unknown).toBeChecked();
  await unknown.uncheck();
  await expect(page.locator('#topics-problems')).toHaveText('');
  await expect(status(page)).toHaveText(/^Saved at /);
  const id = page.url().split('/').pop();
  expect((await records(page))[id].draft.form.topics).toEqual(['energy-transition']);
  await expect(page.locator('.validity')).toHaveText('Ready to publish');
});

test('deleting an unreadable record can be undone', async ({ page }) => {
  await open(page, '/drafts');
  await page.evaluate(() => localStorage.setItem('seminars:draft:broken', '{"version": 2, "draft": {"id": '));
  await page.reload();
  const broken = page.getByRole('group', { name: 'Stored draft broken' });
  await broken.getByRole('button', { name: 'Delete' }).click();
  expect((await stored(page))['seminars:draft:broken']).toBeUndefined();
  await page.locator('section.deleted').getByRole('button', { name: 'Undo deleting “broken”' }).click();
  expect((await stored(page))['seminars:draft:broken']).toBe('{"version": 2, "draft": {"id": ');
  await expect(page.getByRole('group', { name: 'Stored draft broken' })).toBeVisible();
});

test('delete and undo in one tab is no conflict in another tab showing the same text', async ({ context }) => {
  const list = await context.newPage();
  const id = await newDraft(list);
  await title(list).fill('Calm');
  await expect(status(list)).toHaveText(/^Saved at /);
  const editor = await context.newPage();
  await open(editor, `/drafts/${id}`);
  await expect(title(editor)).toHaveValue('Calm');
  await open(list, '/drafts');
  await list.getByRole('button', { name: 'Delete Calm' }).click();
  await expect(editor.getByRole('alert')).toContainText('This draft was deleted in another tab');
  await list.getByRole('button', { name: 'Undo deleting “Calm”' }).click();
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await expect(editor.getByText(clash)).toHaveCount(0);
  await expect(title(editor)).toHaveValue('Calm');
  await expect(status(editor)).toHaveText(/^Saved at /);
});

test('without storage, a draft survives moving around the app, and closing the tab asks first', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
  });
  await open(page, '/drafts/new');
  await title(page).fill('Only in this page');
  await page.getByRole('link', { name: 'Drafts', exact: true }).first().click();
  await expect(page.getByText('“Only in this page” could not be stored and is kept in this page only')).toBeVisible();
  await page.getByRole('link', { name: 'Continue writing it' }).click();
  await expect(title(page)).toHaveValue('Only in this page');
  // Closing the tab now would lose it: the browser asks (and the test then
  // lets it close, so nothing is left open when the test ends).
  const asked = new Promise((resolve) =>
    page.once('dialog', async (dialog) => {
      resolve(dialog.type());
      await dialog.accept();
    }),
  );
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await closed;
});

test('a tab whose text is saved closes without asking', async ({ page }) => {
  await newDraft(page);
  await title(page).fill('Saved');
  await expect(status(page)).toHaveText(/^Saved at /);
  let asked = false;
  page.on('dialog', async (dialog) => {
    asked = true;
    await dialog.dismiss();
  });
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(asked).toBe(false);
});

test('storage that throws something other than an Error on a save: the editor says so, and the text stays on the page', async ({ page }) => {
  const id = await newDraft(page);
  await title(page).fill('Saved once');
  await expect(status(page)).toHaveText(/^Saved at /);
  const before = (await stored(page))[`seminars:draft:${id}`];
  // Some embedded browsers throw plain values, not Error objects.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('seminars:draft:')) throw 'storage is switched off';
      return setItem.call(this, key, value);
    };
  });
  await title(page).fill('Typed after storage stopped');
  await expect(page.getByRole('alert')).toContainText('The latest changes could not be saved');
  await expect(page.getByRole('alert')).toContainText('storage is switched off');
  await expect(title(page)).toHaveValue('Typed after storage stopped');
  await expect(page.locator('#crash')).toHaveCount(0);
  expect((await stored(page))[`seminars:draft:${id}`]).toBe(before);
});

test('a draft whose stored id differs from its key is deleted from the list at once, with undo', async ({ page }) => {
  await open(page, '/drafts');
  await page.evaluate(() => {
    for (const [key, id, name] of [['key-id', 'elsewhere', 'Mismatched'], ['plain', 'plain', 'Plain']]) {
      const draft = { id, origin: { type: 'new' }, form: { title: name }, saved_at: 1, revision: 1 };
      localStorage.setItem(`seminars:draft:${key}`, JSON.stringify({ version: 2, draft }));
    }
    // And one whose stored id is another record's key.
    const draft = { id: 'plain', origin: { type: 'new' }, form: { title: 'Claims plain' }, saved_at: 1, revision: 1 };
    localStorage.setItem('seminars:draft:claims', JSON.stringify({ version: 2, draft }));
  });
  await page.reload();
  await expect(page.locator('article.draft-row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete Mismatched', exact: true }).click();
  await expect(page.locator('article.draft-row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Mismatched', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete Claims plain', exact: true }).click();
  await expect(page.locator('article.draft-row')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Plain', exact: true })).toBeVisible();
  expect(Object.keys(await records(page)).sort()).toEqual(['plain']);
  await page.getByRole('button', { name: 'Undo deleting “Mismatched”' }).click();
  await expect(page.locator('article.draft-row')).toHaveCount(2);
  expect(Object.keys(await records(page)).sort()).toEqual(['key-id', 'plain']);
});
