// End-to-end tests against the release build in dist/, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

// E2E_PORT moves the three hosts (port, +1, +2) so that two checkouts can
// run their suites side by side; the specs that name hosts name 4173–4175.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  // No retries: a test that fails once has found a defect, in the app or in
  // the test, and a retry would hide it.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: 'Asia/Shanghai',
    locale: 'en-GB',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // Three static hosts: one that falls back to index.html, one that serves
  // 404.html for unknown paths (as GitHub Pages does), and one serving a
  // build made with --public-url /some/path/ under that sub-path.
  webServer: [
    { command: `node tests/e2e/serve.mjs --root dist --port ${port}`, url: `http://127.0.0.1:${port}/` },
    { command: `node tests/e2e/serve.mjs --root dist --port ${port + 1} --fallback 404`, url: `http://127.0.0.1:${port + 1}/` },
    {
      command: `node tests/e2e/serve.mjs --root dist-subpath --port ${port + 2} --prefix /some/path/`,
      url: `http://127.0.0.1:${port + 2}/some/path/`,
    },
  ].map((server) => ({ ...server, reuseExistingServer: false, timeout: 20_000 })),
});
