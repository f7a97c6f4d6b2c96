// The shipped catalogue follows the documented JSON Schema, and the schema
// really rejects what the app rejects.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { catalogue, expect, test } from './helpers.js';

const schema = JSON.parse(readFileSync(new URL('../../public/seminars.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

test('the shipped catalogue is valid against seminars.schema.json', () => {
  const ok = validate(catalogue);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
});

test('the schema rejects a record without a title, with a bad id, or a wrong version', () => {
  const first = catalogue.seminars[0];
  const { title, ...untitled } = first;
  expect(validate({ ...catalogue, seminars: [untitled] })).toBe(false);
  expect(validate({ ...catalogue, seminars: [{ ...first, id: 'Not A Slug' }] })).toBe(false);
  expect(validate({ ...catalogue, seminars: [{ ...first, format: 'carrier-pigeon' }] })).toBe(false);
  expect(validate({ ...catalogue, version: 2 })).toBe(false);
});

test('every seminar topic is in the topic list and ids are unique', () => {
  const topics = new Set(catalogue.topics.map((t) => t.id));
  for (const s of catalogue.seminars) for (const t of s.topics) expect(topics.has(t), `${s.id}: ${t}`).toBe(true);
  const ids = catalogue.seminars.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
});
