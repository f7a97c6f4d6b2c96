// The app shell's byte budget, exact (gzip -9 of HTML, JS, wasm and CSS in
// dist/). The product target is 150 KB; the shell is at about 360 KB, so
// this test holds the line where it stands to stop growth while the target
// is worked towards (see README, Performance). Lower SHELL_BUDGET as the
// shell shrinks; never raise it without saying why in the commit.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const SHELL_BUDGET = 360_000;
const TARGET = 150 * 1024;

test('the app shell stays within its gzip byte budget', () => {
  const files = readdirSync('dist').filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== '404.html');
  expect(files.filter((f) => f.endsWith('.wasm'))).toHaveLength(1);
  const sizes = Object.fromEntries(files.map((f) => [f, gzipSync(readFileSync(join('dist', f)), { level: 9 }).length]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`app shell: ${total} bytes gzip (budget ${SHELL_BUDGET}, target ${TARGET})`, sizes);
  expect(total).toBeLessThanOrEqual(SHELL_BUDGET);
});
