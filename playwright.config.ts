import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4174);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.ACUPRESS_OUT ? `${process.env.ACUPRESS_OUT}-results` : 'test-results',
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
    env: {
      PORT: String(port),
      ...(process.env.ACUPRESS_OUT ? { ACUPRESS_OUT: process.env.ACUPRESS_OUT } : {}),
    },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
