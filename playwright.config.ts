import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { resultsDir } from './scripts/out-dir.mjs';

const port = Number(process.env.E2E_PORT ?? 4174);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  outputDir: resultsDir(),
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  // Generous limits: these machines have 2 cores, and axe alone can take seconds per page.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    serviceWorkers: 'allow',
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node scripts/serve.mjs`,
    // The server inherits this environment, ACUPRESS_OUT (the build folder) with it.
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
