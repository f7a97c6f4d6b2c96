// End-to-end tests against the release build in dist/, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

const port = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  // One retry, reported as "flaky" in the output: the two-tab test has failed
  // once in about ten full runs on a loaded 2-core machine.
  retries: 1,
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
