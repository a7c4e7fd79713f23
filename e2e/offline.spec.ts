import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, type Plugin } from 'vite';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { securityHeaders } from '../build/csp.mjs';
import { isOnDemand } from '../build/pwa.mjs';
import { outPath } from '../scripts/out-dir.mjs';
import { collectPageErrors } from '../scripts/page-errors.mjs';
import { axeViolations, expect, test } from './fixtures';
import {
  asScreenedUser,
  endSession,
  openRoutineChoices,
  setUpShortSession,
  startHold,
} from './session-steps';
import { trackIsHeard } from './session-track';

// Offline and installable (issue 8): the service worker precaches the whole app after one visit,
// every screen then works with the network off (also after a browser restart), a new version
// waits until the user taps Reload on the home screen, and Chromium finds the app installable.

const outDir = outPath();

/** Waits until the service worker has precached everything and controls the page. */
async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every route of the app, read from the router, with a real hand point and side for its params. */
/** Every path the app routes: Home's in src/routes.tsx, the rest in each feature's routes.ts. */
function appRoutes(): string[] {
  const featuresDir = resolve('src/features');
  const sources = [
    readFileSync(resolve('src/routes.tsx'), 'utf8'),
    ...readdirSync(featuresDir)
      .map((feature) => join(featuresDir, feature, 'routes.ts'))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8')),
  ];
  const paths = sources.flatMap((source) => [
    ...[...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((match) => match[1]),
    ...[...source.matchAll(/\bpath:\s*'([^']+)'/g)].map((match) => match[1]),
  ]);
  return paths.map((path) => (path ?? '/').replace(':id', 'SI3').replace(':side', 'left'));
}

async function builtFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await builtFiles(dir, path)));
    else files.push(path);
  }
  return files;
}

async function expectScreenWorks(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
  await expect(page.getByText('This part of the app could not be loaded'), path).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Page not found' }), path).toHaveCount(0);
}

test('after one visit, every file is precached and every screen works offline', async ({
  page,
  context,
}) => {
  await asScreenedUser(page);
  await page.goto('/');
  await waitForOfflineReady(page);

  // Lazy screens, catalogs, styles, pictures, icons and the manifest: all in the precache.
  // Camera mode's worker, model and WebAssembly are not: they are cached when first used.
  const files = (await builtFiles(outDir)).filter((path) => path !== 'sw.js');
  const [precached, notPrecached] = await page.evaluate(async (paths) => {
    const found: string[] = [];
    const absent: string[] = [];
    for (const path of paths) {
      if (await caches.match(`/${path}`, { ignoreSearch: true })) found.push(path);
      else absent.push(path);
    }
    return [found, absent];
  }, files);
  expect(precached.length).toBeGreaterThan(10);
  expect(
    notPrecached.filter((path) => !isOnDemand(path)),
    'built files missing from the precache',
  ).toEqual([]);
  expect(
    precached.filter((path) => isOnDemand(path)),
    'camera files in the precache',
  ).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/stiff neck/i);
  const routes = appRoutes();
  expect(routes).toEqual(
    expect.arrayContaining([
      '/',
      '/points',
      '/points/SI3',
      '/session',
      '/history',
      '/trial',
      '/turn',
    ]),
  );
  for (const route of routes) await expectScreenWorks(page, route);

  // A guided session with its sounds: the track is rendered on the device, nothing to download.
  await setUpShortSession(page);
  await startHold(page);
  await expect(page.getByRole('timer')).toHaveText(/0:(20|19|18)/);
  expect(await trackIsHeard(page), 'the session track sounds').toBe(true);
  await endSession(page);
});

test('the install hint appears after a first session, never before, and can be put away', async ({
  page,
}) => {
  await asScreenedUser(page);
  await page.goto('/');
  const hint = page.getByRole('complementary', { name: 'Keep Acupress on your home screen' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(hint).toHaveCount(0);

  await page.getByRole('link', { name: 'Start a session' }).click();
  await page.getByRole('radio', { name: 'Left side' }).check();
  await startHold(page);
  await endSession(page);

  await page.getByRole('link', { name: 'Acupress' }).first().click();
  await expect(hint).toBeVisible();
  // Playwright's contexts are incognito, where Chromium never offers its install dialog:
  // the hint explains the browser menu instead.
  await expect(hint).toContainText('Add to Home Screen');
  expect(await axeViolations(page)).toEqual([]);
  await hint.getByRole('button', { name: 'No, thanks' }).click();
  await expect(hint).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(hint).toHaveCount(0);
});

test('the manifest is valid, with its icons served', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    display: string;
    start_url: string;
    icons: { sizes: string; purpose?: string; src: string }[];
  };
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');
  for (const size of ['192x192', '512x512']) {
    expect(manifest.icons.some((icon) => icon.sizes === size && icon.purpose === 'any')).toBe(true);
  }
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  }
});

test('Chromium finds the app installable, and it opens offline after a browser restart', async ({
  baseURL,
}) => {
  // A persistent profile: Chromium never offers to install from an incognito context.
  const userDataDir = await mkdtemp(join(tmpdir(), 'acupress-profile-'));
  const executablePath = findChromium();
  const launch = (offline: boolean) =>
    chromium.launchPersistentContext(userDataDir, {
      args: chromiumArgs,
      ...(executablePath ? { executablePath } : {}),
      ...(baseURL ? { baseURL } : {}),
      offline,
    });
  const problems: string[] = [];
  // These pages are not the fixture's: they get its watch (page errors, other origins) here.
  const watch = (page: Page) => {
    collectPageErrors(page, problems);
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '')) problems.push(`foreign: ${request.url()}`);
    });
  };
  try {
    const online = await launch(false);
    const first = online.pages()[0] ?? (await online.newPage());
    watch(first);
    await first.goto('/');
    await waitForOfflineReady(first);
    const cdp = await online.newCDPSession(first);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors.map((error) => error.message)).toEqual([]);
    await online.close();

    const offline = await launch(true);
    const page = offline.pages()[0] ?? (await offline.newPage());
    watch(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/stiff neck/i);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Points' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'The five points' })).toBeVisible();
    await page.getByRole('link', { name: /Fengchi/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Fengchi/);
    await offline.close();
    expect(problems).toEqual([]);
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});

// ---- updates: two builds, one server whose folder the test switches ----------------------------

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** A static server with the app's headers, serving whichever build folder `root` names. */
async function startSwitchableServer(initialRoot: string) {
  const state = { root: initialRoot };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = join(state.root, path);
      const isFile = await stat(file).then(
        (found) => found.isFile(),
        () => false,
      );
      if (!isFile || !file.startsWith(state.root)) file = join(state.root, 'index.html');
      response.writeHead(200, {
        ...securityHeaders,
        'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      response.end(await readFile(file));
    })();
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { state, url: `http://localhost:${port}`, close: () => server.close() };
}

/** Marks the second build, so that the test can tell which version the page runs. */
function buildMarker(label: string): Plugin {
  return {
    name: 'test-build-marker',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: 'acupress-test-build', content: label }, injectTo: 'head' },
    ],
  };
}

const updateTest = test.extend<
  object,
  { builds: { server: Awaited<ReturnType<typeof startSwitchableServer>>; next: string } }
>({
  builds: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const next = await mkdtemp(join(tmpdir(), 'acupress-next-build-'));
      await build({
        logLevel: 'silent',
        plugins: [buildMarker('next')],
        build: { outDir: next, emptyOutDir: true },
      });
      const server = await startSwitchableServer(outDir);
      await use({ server, next });
      server.close();
      await rm(next, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ builds }, use) => use(builds.server.url),
});

updateTest(
  'a new version found during a session waits; the home screen offers it and reloads on tap',
  async ({ page, builds }) => {
    builds.server.state.root = outDir;
    await asScreenedUser(page);
    await page.goto('/');
    await waitForOfflineReady(page);
    const marker = page.locator('meta[name="acupress-test-build"]');
    await expect(marker).toHaveCount(0);

    // A session runs when the new version appears.
    await page.getByRole('link', { name: 'Start a session' }).click();
    await page.getByRole('radio', { name: 'Left side' }).check();
    await openRoutineChoices(page);
    await page.getByRole('radio', { name: 'Custom' }).check();
    await page.getByLabel('Seconds per point (20 to 600)').fill('20');
    await startHold(page);
    await page.evaluate(() => {
      (window as { notReloaded?: boolean }).notReloaded = true;
    });

    builds.server.state.root = builds.next;
    // The browser's own periodic check for a new service worker, made now.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting?.state === 'installed';
    });

    // The session goes on: no reload, no prompt, the clock still runs.
    await page.waitForTimeout(1200);
    await expect(page.getByRole('timer')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expect(marker).toHaveCount(0);

    // On the home screen while the session still runs in the background: still no prompt. The
    // player hides the site's navigation, so the way home mid-session is the browser's Back.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/stiff neck/i);
    await page.waitForTimeout(500);
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);
    await page.goForward();
    await expect(page.getByRole('timer')).toBeVisible();

    await page.getByRole('button', { name: 'End' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Done' })).toBeVisible();
    await page.getByRole('link', { name: 'Acupress' }).first().click();
    await expect(page.getByRole('status').getByText('A new version is ready.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing reloads until the tap.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(marker).toHaveAttribute('content', 'next');
    expect(
      await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded),
    ).toBeUndefined();
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);
  },
);
