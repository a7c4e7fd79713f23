import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startChromium } from '../scripts/chromium.mjs';
import { collectPageErrors } from '../scripts/page-errors.mjs';
import { expect, test } from './fixtures';
import { journalEntries, journalFile } from './journal-file';
import {
  answerAfter,
  asScreenedUser,
  endSession,
  saveToJournal,
  setUpShortSession,
  startHold,
} from './session-steps';

// Reliability (issue 9): the browser process is killed (SIGKILL, not a polite close) during a
// hold, right after "Saved to your journal." and during an import; Chromium is started again on
// the same profile. Then storage that fails: IndexedDB refused, and a full disk.

test.use({ locale: 'en-US' });

interface Running {
  readonly page: Page;
  readonly errors: string[];
  /** SIGKILL to Chromium's whole process group (the browser we started, and its children). */
  readonly kill: () => Promise<void>;
  readonly closePolitely: () => Promise<void>;
}

/** Starts Debian's Chromium ourselves on a profile folder and connects to it over CDP. */
async function launch(profile: string): Promise<Running> {
  const chromium = await startChromium({ profile, connect: true });
  const browser = chromium.browser;
  if (!browser) throw new Error('Chromium started without a connection');
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    errors: collectPageErrors(page),
    kill: chromium.kill,
    closePolitely: chromium.close,
  };
}

const seconds = (text: string | null) => {
  const [minutes, secs] = (text ?? '0:00').split(':').map(Number);
  return (minutes ?? 0) * 60 + (secs ?? 0);
};

let profile = '';
test.beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'acupress-trust-'));
});
test.afterEach(async () => {
  await rm(profile, { recursive: true, force: true });
});

/** Chromium on the test's profile, a screened user, and a short session's first hold running. */
async function holdInNewBrowser(base: string): Promise<Running> {
  const running = await launch(profile);
  await asScreenedUser(running.page);
  await setUpShortSession(running.page, { holdSeconds: 30, base });
  await startHold(running.page);
  return running;
}

test('a browser killed during a hold offers to resume the same step on restart', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = baseURL ?? '';
  let running = await holdInNewBrowser(base);
  await running.page.waitForTimeout(4000);
  const atKill = seconds(await running.page.getByRole('timer').textContent());
  await running.kill();

  running = await launch(profile);
  await running.page.goto(`${base}/session`);
  await expect(
    running.page.getByRole('heading', { level: 1, name: 'Resume where you left off?' }),
  ).toBeVisible();
  await expect(running.page.getByText(/Houxi.*left hand/).first()).toBeVisible();
  await running.page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(running.page.getByRole('heading', { level: 1 })).toContainText('left hand');
  const startNow = running.page.getByRole('button', { name: 'Start now' });
  if (await startNow.isVisible()) await startNow.click();
  await running.page.getByRole('button', { name: 'Pause' }).click();
  const resumed = seconds(await running.page.getByRole('timer').textContent());
  console.log(
    `killed during a hold (SIGKILL) with ${atKill} s left of 30; restart offered to resume ` +
      `Houxi, left hand, with ${resumed} s left`,
  );
  expect(resumed).toBeGreaterThanOrEqual(atKill - 1);
  expect(resumed).toBeLessThanOrEqual(30);
  expect(running.errors).toEqual([]);
  await running.closePolitely();
});

test('a session whose "Saved" message was shown survives an immediate kill', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = baseURL ?? '';
  let running = await holdInNewBrowser(base);
  await endSession(running.page);
  await answerAfter(running.page, 3, 'Killed right after saving.');
  await saveToJournal(running.page);
  await running.kill();

  running = await launch(profile);
  await running.page.goto(`${base}/history`);
  await expect(running.page.getByText('1 session saved.')).toBeVisible();
  await expect(running.page.getByText('Killed right after saving.')).toBeVisible();
  console.log('killed (SIGKILL) the moment "Saved to your journal." showed: the entry was there');
  expect(running.errors).toEqual([]);
  await running.closePolitely();
});

test('a browser killed during an import leaves all of the file or none of it', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = baseURL ?? '';
  const count = 5000;
  const entries = journalEntries(count, {
    idPrefix: 'bulk',
    firstStartEpochMs: Date.UTC(2025, 0, 1),
    each: () => ({
      painSide: 'both',
      steps: [{ pointId: 'GB20', side: 'left', status: 'done' }],
      before: { pain0to10: 5 },
      after: { pain0to10: 3 },
      note: 'bulk import',
    }),
  });
  const file = journalFile(entries, 'bulk.json');
  const outcomes: number[] = [];
  for (const delayMs of [200, 1500, 6000]) {
    let running = await launch(profile);
    await asScreenedUser(running.page);
    await running.page.goto(`${base}/history`);
    await expect(
      running.page.getByRole('heading', { level: 1, name: 'Your history' }),
    ).toBeVisible();
    await running.page
      .getByLabel('Import a journal file (JSON exported from Acupress)')
      .setInputFiles(file);
    await running.page.waitForTimeout(delayMs);
    await running.kill();

    running = await launch(profile);
    await running.page.goto(`${base}/history`);
    await expect(
      running.page.getByRole('heading', { level: 1, name: 'Your history' }),
    ).toBeVisible();
    const stored = await running.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('acupress-journal');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('sessions')) {
              db.close();
              resolve(0);
              return;
            }
            const counting = db.transaction('sessions').objectStore('sessions').count();
            counting.onsuccess = () => {
              db.close();
              resolve(counting.result);
            };
            counting.onerror = () => reject(counting.error);
          };
        }),
    );
    outcomes.push(stored);
    expect([0, count], `sessions stored after a kill ${delayMs} ms into the import`).toContain(
      stored,
    );
    await running.closePolitely();
    await rm(profile, { recursive: true, force: true });
    profile = await mkdtemp(join(tmpdir(), 'acupress-trust-'));
  }
  console.log(
    `killed (SIGKILL) 200, 1500 and 6000 ms into importing ${count} sessions: stored afterwards ${outcomes.join(', ')}`,
  );
});

/** Makes every indexedDB.open fail, as a browser that blocks storage does. */
async function refuseIndexedDb(page: Page) {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('Storage is blocked.', 'SecurityError');
    };
  });
}

/** Makes every IndexedDB write fail as a full disk does. */
async function fillTheDisk(page: Page) {
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      IDBObjectStore.prototype[method] = function () {
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      };
    }
  });
}

for (const [trouble, breakStorage, expected] of [
  ['IndexedDB refused', refuseIndexedDb, /could not be saved|refused to save|could not be opened/],
  ['a full disk', fillTheDisk, /out of storage space/],
] as const) {
  test(`with ${trouble}, a session still runs, the app says it cannot save, and offers export`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await breakStorage(page);
    await asScreenedUser(page);
    await setUpShortSession(page);
    await startHold(page);
    await endSession(page);
    await answerAfter(page, 2);
    await page.getByRole('button', { name: 'Save to my journal' }).click();
    const problem = page.getByRole('alert').filter({ hasText: expected });
    await expect(problem).toBeVisible();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export unsaved sessions' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    console.log(
      `${trouble}: session ran, message "${await problem.textContent()}", export offered`,
    );
  });
}

test('two tabs writing at once: a save in one and an import in the other both land', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await asScreenedUser(page);
  const entries = journalEntries(40, {
    idPrefix: 'tab-b',
    firstStartEpochMs: Date.UTC(2026, 9, 1),
    each: () => ({
      painSide: 'right',
      steps: [{ pointId: 'LI4', side: 'left', status: 'done' }],
      before: { pain0to10: 4 },
      after: { pain0to10: 2 },
      note: 'from tab B',
    }),
  });
  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('pageerror', (error) => otherErrors.push(String(error)));
  await other.goto('/history');
  await expect(other.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();

  await setUpShortSession(page);
  await startHold(page);
  await endSession(page);
  await answerAfter(page, 1);
  await Promise.all([
    page.getByRole('button', { name: 'Save to my journal' }).click(),
    other
      .getByLabel('Import a journal file (JSON exported from Acupress)')
      .setInputFiles(journalFile(entries, 'tab-b.json')),
  ]);
  await expect(page.getByText('Saved to your journal.')).toBeVisible();
  await expect(other.getByText(/Imported 40 sessions\./)).toBeVisible();
  for (const tab of [page, other]) {
    await tab.goto('/history');
    await expect(tab.getByText('41 sessions saved.')).toBeVisible();
  }
  console.log('two tabs: a session saved in tab A while tab B imported 40: both tabs show 41');
  expect(otherErrors).toEqual([]);
  await other.close();
});
