// Calendar files (iCalendar, RFC 5545): the seminar page's, the saved
// list's and the home page's results, each read back by two parsers that
// share nothing with the app's writer: ical.js (npm) and Python's
// icalendar (PyPI, in the .venv that .ci/setup makes).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { catalogue, expect, open, test, titleIn, upcoming } from './helpers.js';

// page.route cannot see what a service worker answers: the worker is
// blocked where a test stands in for the host (offline.spec.js and
// update.spec.js test it).
test.use({ serviceWorkers: 'block' });

const python = process.env.ICS_PYTHON ?? new URL('../../.venv/bin/python', import.meta.url).pathname;
const script = (name) => new URL(`../../core/tests/ics/${name}`, import.meta.url).pathname;

/** The events of a calendar file, as each parser reads it; both must agree. */
function parse(path) {
  const fromJs = JSON.parse(execFileSync('node', [script('parse.mjs'), path], { encoding: 'utf8' }));
  const fromPython = JSON.parse(execFileSync(python, [script('parse.py'), path], { encoding: 'utf8' }));
  expect(fromPython).toEqual(fromJs);
  return fromJs.events;
}

/** Downloads what a click offers: its name, its text and its events. */
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), events: parse(path) };
}

/** The day after a `YYYY-MM-DD` date. */
const dayAfter = (date) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const byId = (id) => catalogue.seminars.find((s) => s.id === id);

/** The all-day event of a seminar, as the listing says it should read. */
const expected = (s) => ({
  uid: `${s.id}@climate-seminar-listings`,
  summary: titleIn(s),
  start: s.start,
  end: dayAfter(s.end),
  allDay: true,
});

/** Every line ends with CRLF and holds at most 75 octets. */
function expectWellFormed(text) {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line.includes('\n') || line.includes('\r')).toBe(false);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  return lines;
}

test('Add to calendar on a seminar page downloads {id}.ics that both parsers read as the listing', async ({ page }) => {
  const s = byId('urban-heat-adaptation-clinic-2026');
  await open(page, `/seminars/${s.id}`);
  const { name, text, events } = await download(page, () => page.getByRole('button', { name: 'Add to calendar (.ics)' }).click());
  expect(name).toBe(`${s.id}.ics`);
  const lines = expectWellFormed(text);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines.filter((l) => l.startsWith('DTSTAMP:')).every((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
  const [all, ...sessions] = events;
  expect(all).toMatchObject(expected(s));
  expect(all.location).toBe([s.venue.name, s.venue.address, s.venue.city, s.venue.country].filter(Boolean).join(', '));
  expect(all.url).toBe(new URL(`/seminars/${s.id}`, page.url()).href);
  expect(all.description).toContain(s.summary);
  expect(all.description).toContain(s.website ?? s.registration.url);
  // Sessions: 09:00 in Shanghai is 01:00 UTC.
  expect(sessions.map((e) => [e.start, e.end, e.allDay])).toEqual([
    ['2026-12-08T01:00:00Z', '2026-12-08T04:00:00Z', false],
    ['2026-12-08T06:00:00Z', '2026-12-08T09:00:00Z', false],
    ['2026-12-09T01:00:00Z', '2026-12-09T04:00:00Z', false],
  ]);
  expect(sessions.map((e) => e.summary)).toEqual(s.agenda.map((a) => expect.stringContaining(a.title)));
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

  // The same seminar has the same UIDs in a later download.
  await page.clock.setFixedTime(new Date('2026-11-30T08:00:00Z'));
  const again = await download(page, () => page.getByRole('button', { name: 'Add to calendar (.ics)' }).click());
  expect(again.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  expect(again.text).not.toBe(text); // a new DTSTAMP
});

test('a title with , ; \\ and a line break, and a 200-character Chinese title, come back unchanged', async ({ page }) => {
  const base = byId('green-steel-roundtable-2027');
  const tricky = { ...base, id: 'tricky-title', title: 'Carbon, markets; and \\ back\nslashes', venue: { ...base.venue, name: 'Hall; A, B' } };
  const long = { ...base, id: 'long-chinese-title', language: 'zh', title: '碳达峰碳中和路径与适应气候变化'.repeat(14).slice(0, 200), translations: undefined };
  expect([...long.title].length).toBe(200);
  await page.route('**/seminars.json', (route) => route.fulfill({ json: { ...catalogue, seminars: [...catalogue.seminars, tricky, long] } }));
  for (const s of [tricky, long]) {
    await open(page, `/seminars/${s.id}`);
    const { text, events } = await download(page, () => page.getByRole('button', { name: 'Add to calendar (.ics)' }).click());
    expectWellFormed(text);
    expect(events[0]).toMatchObject(expected(s));
    expect(events[0].location.startsWith(s.venue.name)).toBe(true);
  }
});

test('the home page downloads all its results, and /saved all saved seminars', async ({ page }) => {
  await open(page, '/');
  const button = page.getByRole('button', { name: 'Add these results to a calendar (.ics)' });
  const { name, events } = await download(page, () => button.click());
  expect(name).toBe('seminars.ics');
  const allDay = events.filter((e) => e.allDay);
  expect(allDay.map((e) => e.uid).sort()).toEqual(upcoming.map((s) => `${s.id}@climate-seminar-listings`).sort());
  for (const s of upcoming) expect(allDay.find((e) => e.uid === `${s.id}@climate-seminar-listings`)).toMatchObject(expected(s));

  const saved = ['green-steel-roundtable-2027', 'guangxi-climate-change-response-workshop-2021'];
  await page.evaluate((ids) => localStorage.setItem('seminars:saved', JSON.stringify({ version: 1, ids })), saved);
  await open(page, '/saved');
  const file = await download(page, () => page.getByRole('button', { name: 'Add all saved seminars to a calendar (.ics)' }).click());
  expect(file.name).toBe('saved-seminars.ics');
  expect(file.events.map((e) => e.summary)).toEqual(saved.map((id) => titleIn(byId(id))));
  expect(file.events[1]).toMatchObject(expected(byId(saved[1])));
});

test('past 1,000 results the file holds the first 1,000 and says so', async ({ page }) => {
  const base = byId('green-steel-roundtable-2027');
  const many = Array.from({ length: 1_005 }, (_, i) => ({ ...base, id: `many-${i}`, title: `Many ${i}`, translations: undefined }));
  await page.route('**/seminars.json', (route) => route.fulfill({ json: { ...catalogue, seminars: many } }));
  await open(page, '/');
  const { events } = await download(page, () => page.getByRole('button', { name: 'Add these results to a calendar (.ics)' }).click());
  expect(events.length).toBe(1_000);
  await expect(page.getByText('The calendar file holds the first 1000 of 1005 results; narrow the search to get the others.')).toBeVisible();
});

test('a calendar too large to write without holding the page still is refused at once, with the reason', async ({ page }) => {
  const base = byId('urban-heat-adaptation-clinic-2026');
  const timed = base.agenda.find((item) => item.start_time);
  const agenda = Array.from({ length: 40 }, (_, i) => ({ ...timed, title: `Session ${i}` }));
  const big = Array.from({ length: 100 }, (_, i) => ({ ...base, id: `big-${i}`, title: `Big ${i}`, agenda, translations: undefined }));
  await page.route('**/seminars.json', (route) => route.fulfill({ json: { ...catalogue, seminars: big } }));
  await open(page, '/');
  await page.evaluate((ids) => localStorage.setItem('seminars:saved', JSON.stringify({ version: 1, ids })), big.map((s) => s.id));
  await open(page, '/saved');
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Add all saved seminars to a calendar (.ics)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This calendar would hold' })).toHaveText(
    'This calendar would hold 4100 events (each seminar and each of its timed sessions), more than the 3000 one file can hold. Add fewer seminars at a time: narrow the search, or add seminars from their own pages.',
  );
  await open(page, '/?when=all');
  await page.getByRole('button', { name: 'Add these results to a calendar (.ics)' }).click();
  await expect(page.locator('#calendar-status')).toContainText('This calendar would hold 4100 events');
  expect(downloads).toEqual([]);
});

test('with no results the calendar button says so, and without its code it says that, with nothing downloaded', async ({ page }) => {
  const downloads = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await open(page, '/?q=zzzz-no-such-seminar');
  await expect(page.locator('#result-count')).toHaveText('0 seminars');
  await page.getByRole('button', { name: 'Add these results to a calendar (.ics)' }).click();
  await expect(page.locator('#calendar-status')).toHaveText('There are no results to add to a calendar.');

  const offline = await page.context().newPage();
  await offline.route(/split_seminar-.*\.wasm$/, (route) => route.abort());
  await open(offline, '/');
  await offline.getByRole('button', { name: 'Add these results to a calendar (.ics)' }).click();
  await expect(offline.locator('#calendar-status')).toHaveText(/^This could not be done: part of the page did not download\./);
  expect(downloads).toEqual([]);
});
