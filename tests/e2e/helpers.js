// Shared helpers for the end-to-end tests.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

/** The shipped catalogue, as the tests' source of truth. */
export const catalogue = JSON.parse(readFileSync(new URL('../../public/seminars.json', import.meta.url), 'utf8'));

/** Seminars filed under any of the given topics. */
export const withTopics = (...topics) => catalogue.seminars.filter((s) => s.topics.some((t) => topics.includes(t)));

/** The topic record for an id. */
export const topic = (id) => catalogue.topics.find((t) => t.id === id);

/** Opens a path and waits until the list (or the page) has rendered. */
export async function open(page, path = '/') {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(path);
  await expect(page.locator('#boot')).toHaveCount(0);
  return errors;
}

/** The titles of the listed seminars, in order. */
export const listedTitles = (page) => page.locator('article.seminar-card h2').allTextContents();

/** Runs axe on the page and expects zero violations. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
