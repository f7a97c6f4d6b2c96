// The saved list under pressure: a list longer than the cap kept whole, a
// full list that says so, share links with nothing usable that say what
// they held, and two tabs saving at the same moment, both kept.
import { catalogue, expect, expectNoAxeViolations, open, test } from './helpers.js';

const SAVED_KEY = 'seminars:saved';
const byId = (id) => catalogue.seminars.find((s) => s.id === id);
const HEAT = 'urban-heat-adaptation-clinic-2026';
const ETS = 'ets-allowance-allocation-webinar-2026';
const STEEL = 'green-steel-roundtable-2027';

/** What the page stored under the saved key, parsed. */
const storedSaved = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SAVED_KEY);
/** Stores a saved list of these ids. */
const storeSaved = (page, ids) => page.evaluate(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids })), [SAVED_KEY, ids]);
/** `n` ids no catalogue has. */
const unknownIds = (n, prefix = 'gone') => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

test('a saved list longer than the cap is kept whole: removing one writes back all the others', async ({ page }) => {
  await open(page, '/');
  const ids = [HEAT, ETS, ...unknownIds(9_998)];
  await storeSaved(page, ids);
  await open(page, '/saved');
  await expect(page.locator('.saved-list article.seminar-card')).toHaveCount(2);
  // The first 100 the catalogue lacks are named, the rest counted.
  await expect(page.locator('.saved-list .missing button')).toHaveCount(100);
  await expect(page.locator('.saved-list .missing').last()).toHaveText('9898 more saved seminars are not in the catalogue either. They stay in your list.');
  await page.getByRole('button', { name: `Remove ${byId(HEAT).title} from saved` }).click();
  await expect(page.locator('.saved-list article.seminar-card')).toHaveCount(1);
  expect((await storedSaved(page)).ids).toEqual(ids.filter((id) => id !== HEAT));
  // Still over the cap: Save says the list is full and stores nothing.
  await open(page, '/');
  await page.getByRole('button', { name: `Save ${byId(HEAT).title}` }).click();
  await expect(page.getByRole('alert')).toHaveText('Your saved list is full: this app keeps at most 1000 seminars. To save another, first remove one on the “Saved seminars” page.');
  await expect(page.getByRole('button', { name: `Save ${byId(HEAT).title}` })).toHaveAttribute('aria-pressed', 'false');
  expect((await storedSaved(page)).ids).toHaveLength(9_999);
});

test('at the cap, Save says the list is full, and a shared list says what it could not add', async ({ page }) => {
  await open(page, '/');
  await storeSaved(page, unknownIds(999));
  await open(page, `/saved?ids=${HEAT},${ETS},${STEEL}`);
  await page.getByRole('button', { name: 'Add 3 seminars to my saved seminars' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText(
    '1 seminar was added to your saved seminars. 2 seminars could not be added: your saved list is full (1000 at most). Remove some on the “Saved seminars” page, then open this link again.',
  );
  const stored = (await storedSaved(page)).ids;
  expect(stored).toHaveLength(1_000);
  expect(stored.at(-1)).toBe(HEAT);
  // Full now: a second try adds nothing and says so, never "0 were added".
  await open(page, `/saved?ids=${ETS}`);
  await page.getByRole('button', { name: 'Add 1 seminar to my saved seminars' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be added' })).toHaveText(
    '1 seminar could not be added: your saved list is full (1000 at most). Remove some on the “Saved seminars” page, then open this link again.',
  );
  await expect(page.getByText('were added')).toHaveCount(0);
  await open(page, `/seminars/${ETS}`);
  await page.getByRole('button', { name: `Save ${byId(ETS).title}` }).click();
  await expect(page.getByRole('alert')).toContainText('Your saved list is full');
  expect((await storedSaved(page)).ids).toEqual(stored);
  await expectNoAxeViolations(page);
});

test('a share link with nothing usable says what it held and why nothing can be added', async ({ page }) => {
  await open(page, '/saved?ids=');
  await expect(page.getByText('This link names no seminar, so there is nothing to add.')).toBeVisible();
  await expect(page.getByText('All of them are in your saved seminars already.')).toHaveCount(0);
  await expect(page.getByText(/shared 0 seminars/)).toHaveCount(0);

  // (An 8,000-character id: hosts refuse addresses much longer than that.)
  const hostile = ['<b>x</b>', '../etc', 'UPPER-Case', 'a%2Cb', 'x'.repeat(8_000)];
  await open(page, `/saved?ids=${hostile.map(encodeURIComponent).join(',')}`);
  await expect(page.getByText('This link names no seminar, so there is nothing to add.')).toBeVisible();
  await expect(page.getByText(/^5 parts of the link are not seminar ids and were ignored: /)).toHaveText(
    `5 parts of the link are not seminar ids and were ignored: “<b>x</b>”, “../etc”, “UPPER-Case”, “a%2Cb”, “${'x'.repeat(40)}…”`,
  );
  await expect(page.locator('b')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Add / })).toHaveCount(0);
  await expect(page.getByText('All of them are in your saved seminars already.')).toHaveCount(0);

  await open(page, `/saved?ids=${unknownIds(2_000, 'u').join(',')}`);
  await expect(page.getByText('None of the seminars this link names is in this catalogue, so there is nothing to add.')).toBeVisible();
  const named = unknownIds(10, 'u').map((id) => `“${id}”`).join(', ');
  await expect(page.getByText(/^Not in this catalogue: /)).toHaveText(`Not in this catalogue: ${named} and 990 more`);
  await expect(page.getByText('The link names 1000 more seminars after the first 1000; at most 1000 can be added at once.')).toBeVisible();
  await expect(page.getByText('All of them are in your saved seminars already.')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a share link that names nothing usable, in Chinese', async ({ page }) => {
  await open(page, '/saved?ids=UPPER,../x&lang=zh');
  await expect(page.getByText('此链接未列出任何研讨会，没有可添加的内容。')).toBeVisible();
  await expect(page.getByText('链接中有 2 项不是研讨会编号，已忽略：“UPPER”，“../x”')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('two tabs saving different seminars at the same moment both keep theirs, 20 rounds', async ({ context }) => {
  const [a, b, starter] = [await context.newPage(), await context.newPage(), await context.newPage()];
  await open(a, '/');
  await open(b, '/');
  await open(starter, '/saved');
  // Each tab clicks its button as soon as the starter's word arrives: one
  // BroadcastChannel message reaches both within the same millisecond or
  // so, with no clock involved (each browser process may run its own).
  const arm = (page, id) =>
    page.evaluate(
      (id) =>
        new Promise((resolve) => {
          const channel = new BroadcastChannel('race');
          channel.onmessage = ({ data }) => {
            if (data !== 'go') return;
            document.querySelector(`button[data-save="${id}"]`).click();
            channel.close();
            resolve();
          };
          channel.postMessage('armed');
        }),
      id,
    );
  const [one, two] = [byId(HEAT), byId(ETS)];
  for (let round = 0; round < 20; round += 1) {
    // A fresh empty list, written as a tab would write it: made from the
    // write stored now.
    await starter.evaluate((key) => {
      const now = JSON.parse(localStorage.getItem(key) ?? '{}');
      localStorage.setItem(key, JSON.stringify({ version: 1, ids: [], save: `reset-${Math.random()}`, ...(now.save ? { parent: now.save } : {}) }));
    }, SAVED_KEY);
    for (const page of [a, b]) {
      for (const s of [one, two]) await expect(page.getByRole('button', { name: `Save ${s.title}` })).toHaveAttribute('aria-pressed', 'false');
    }
    await starter.evaluate(() => {
      window.race = new Promise((resolve) => {
        const channel = new BroadcastChannel('race');
        let armed = 0;
        channel.onmessage = ({ data }) => {
          if (data !== 'armed' || ++armed < 2) return;
          channel.postMessage('go');
          channel.close();
          resolve();
        };
      });
    });
    await Promise.all([arm(a, one.id), arm(b, two.id), starter.evaluate(() => window.race)]);
    await expect.poll(async () => ((await storedSaved(a))?.ids ?? []).slice().sort(), { message: `round ${round}` }).toEqual([one.id, two.id].sort());
    for (const page of [a, b]) {
      for (const s of [one, two]) {
        await expect(page.getByRole('button', { name: `Remove ${s.title} from saved` }), `round ${round}`).toHaveAttribute('aria-pressed', 'true');
      }
    }
  }
});
