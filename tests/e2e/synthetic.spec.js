// The synthetic catalogues used by the benchmark: deterministic, valid
// against the schema, and loaded by the app without a rejected record.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { expect, open, test } from './helpers.js';

const generate = (count, seed) => {
  const out = join(mkdtempSync(join(tmpdir(), 'catalogue-')), 'c.json');
  execFileSync('node', ['bench/generate.mjs', '--count', String(count), '--seed', String(seed), '--out', out]);
  return readFileSync(out, 'utf8');
};

test.describe(() => {
  // page.route cannot see what a service worker answers: the worker is
  // blocked where a test stands in for the host.
  test.use({ serviceWorkers: 'block' });

  test('the generator is deterministic and its catalogues are valid', async ({ page }) => {
    const text = generate(1000, 7);
    expect(generate(1000, 7)).toBe(text);
    expect(generate(1000, 8)).not.toBe(text);
    const catalogue = JSON.parse(text);
    const schema = JSON.parse(readFileSync(new URL('../../public/seminars.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(catalogue), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(new Set(catalogue.seminars.map((s) => s.id)).size).toBe(1000);
    expect(catalogue.seminars.filter((s) => s.language === 'zh').length).toBeGreaterThan(200);
    for (const t of catalogue.topics) expect(catalogue.seminars.some((s) => s.topics.includes(t.id))).toBe(true);

    await page.route('**/seminars.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
    await open(page, '/?when=all');
    await expect(page.locator('#result-count')).toHaveText('1000 seminars · Showing 1–20 of 1000');
    await expect(page.locator('article.seminar-card')).toHaveCount(20);
    await expect(page.locator('details.notice')).toHaveCount(0);
  });
});
