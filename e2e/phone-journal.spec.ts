import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { resultsDir } from '../scripts/out-dir.mjs';
import { axeViolations, expect, test } from './fixtures';
import { journalEntries, journalFile } from './journal-file';
import {
  asScreenedUser,
  endSession,
  openBeforeRatings,
  saveToJournal,
  setUpShortSession,
  startHold,
} from './session-steps';

// Issue 28: a journal that survives the phone (the browser asked to keep it, where it lives, the
// other copy, backups) and History laid out for a phone.

test.use({ locale: 'en-US' });

const dayMs = 86_400_000;
const importLabel = 'Import a journal file (JSON exported from Acupress)';

/** Imports `entries` through Settings' import field, as a person would. */
async function importJournal(page: Page, entries: readonly object[]) {
  await page.goto('/settings');
  await page.getByLabel(importLabel).setInputFiles(journalFile(entries));
  await expect(page.getByText(`Imported ${entries.length} sessions.`)).toBeVisible();
}

/**
 * Client-side navigation (as a link in the app does), so that a running session keeps running:
 * a reload would end it.
 */
async function followLink(page: Page, path: string) {
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    document.body.append(link);
    link.click();
    link.remove();
  }, path);
}

/** Counts the page's calls of navigator.storage.persist() and persisted(), calling through. */
async function watchPersistence(page: Page) {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    const calls: string[] = [];
    (window as unknown as { persistenceCalls: string[] }).persistenceCalls = calls;
    const persist = storage.persist.bind(storage);
    const persisted = storage.persisted.bind(storage);
    storage.persist = () => {
      calls.push('persist');
      return persist();
    };
    storage.persisted = () => {
      calls.push('persisted');
      return persisted();
    };
  });
}
const persistenceCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { persistenceCalls: string[] }).persistenceCalls);

test('the first saved session asks the browser to keep the journal, and Settings says what it answered', async ({
  page,
}) => {
  await asScreenedUser(page);
  await watchPersistence(page);
  await setUpShortSession(page);
  await startHold(page);
  await endSession(page);
  expect(await persistenceCalls(page)).not.toContain('persist');
  await saveToJournal(page);
  await expect.poll(() => persistenceCalls(page)).toContain('persist');
  expect((await persistenceCalls(page)).filter((call) => call === 'persist')).toHaveLength(1);

  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Your journal on this device' });
  // What the browser itself answers now (headless Chromium keeps a site it has not installed
  // only on its own signals).
  const isKept = await page.evaluate(() => navigator.storage.persisted());
  await expect(section).toContainText(
    isKept
      ? 'Kept on this device: the browser will not clear it to free space.'
      : 'The browser may clear this when space runs low.',
  );
  await expect(section).toContainText('Your journal is kept in this browser on this device.');
  await expect(section).toContainText('7 days');
  await expect(section).toContainText('No backup saved yet.');
  // Opening Settings reads the state; it does not ask again.
  expect(await persistenceCalls(page)).not.toContain('persist');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Save a backup (JSON)' }).click(),
  ]);
  const backup = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
  expect(backup).toMatchObject({ format: 'acupress-journal' });
  expect(backup.entries).toHaveLength(1);
  const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(Date.now());
  await expect(section).toContainText(`Last backup: ${today}.`);
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await expect(section).toContainText(`Last backup: ${today}.`);
});

test('History offers a backup after 10 sessions, never while a session runs, and one tap saves it', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await asScreenedUser(page);
  const now = Date.now();
  await importJournal(
    page,
    journalEntries(10, { idPrefix: 'old', firstStartEpochMs: now - 12 * dayMs, spacingMs: dayMs }),
  );

  // While a session runs, History (reached by a link) shows no backup line.
  await setUpShortSession(page);
  await startHold(page);
  await followLink(page, '/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByText(/10 sessions/)).toBeVisible();
  await expect(page.getByText(/no backup yet/)).toHaveCount(0);
  await followLink(page, '/session');
  await expect(page.getByRole('timer')).toBeVisible();
  await endSession(page);
  await saveToJournal(page);

  await followLink(page, '/history');
  const nudge = page.getByText('11 sessions in your journal, and no backup yet.');
  await expect(nudge).toBeVisible();
  await page.screenshot({ path: `${resultsDir()}/phone-journal/history-backup-line.png` });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup (JSON)' }).click(),
  ]);
  const backup = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
  expect(backup.entries).toHaveLength(11);
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByText(/no backup yet|since your last backup/)).toHaveCount(0);
});

test('an empty journal explains the other copy and offers to import a backup', async ({ page }) => {
  await page.goto('/history');
  const note = page.getByText(/Your journal here is empty\. If you use Acupress from your Home/);
  await expect(note).toBeVisible();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a backup' }).click(),
  ]);
  await chooser.setFiles(journalFile(journalEntries(2, { idPrefix: 'copy' })));
  await expect(page.getByText('Imported 2 sessions.')).toBeVisible();
  await expect(note).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Sessions' })).toBeVisible();

  // Settings explains it too while the journal is empty.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText(/Your journal here is empty/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

/** The words of `cells` that the layout breaks across lines. */
async function brokenWords(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((elements) => {
    const broken: string[] = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A line may end at a space or after a hyphen ("EX-" / "UE8"), never inside a word.
        for (const match of (node.textContent ?? '').matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
]) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('History’s tables break their headers only between words', async ({ page }) => {
      await asScreenedUser(page);
      await importJournal(
        page,
        journalEntries(3, {
          idPrefix: 'layout',
          each: (index) => ({
            before: { pain0to10: 5, stiffness0to10: 4 },
            after: { pain0to10: 3 + index, stiffness0to10: 2 },
            tenderPoints: ['SI3'],
            rightPoints: index === 0 ? ['SI3'] : [],
          }),
        }),
      );
      await page.goto('/history');
      const points = page.getByRole('table', { name: /How often each point was pressed/ });
      await expect(points).toBeVisible();
      expect(await brokenWords(points.locator('th'))).toEqual([]);
      // It fits the screen: no sideways scrolling to see a column.
      const region = page.getByRole('region', { name: /How often each point was pressed/ });
      expect(
        await region.evaluate((element) => element.scrollWidth - element.clientWidth),
      ).toBeLessThanOrEqual(0);
      await points.scrollIntoViewIfNeeded();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await points.screenshot({
          path: `${resultsDir()}/phone-journal/points-table-${scheme}-${width}.png`,
        });
      }
      await page.getByRole('button', { name: 'Show as a table' }).click();
      const sessions = page.locator('table').first();
      expect(await brokenWords(sessions.locator('thead th'))).toEqual([]);
      await page.screenshot({
        path: `${resultsDir()}/phone-journal/history-${width}x${height}.png`,
        fullPage: true,
      });
    });

    test('the 0–10 scales sit in two even rows of targets at least 44 px wide', async ({
      page,
    }) => {
      await asScreenedUser(page);
      await page.goto('/session');
      await openBeforeRatings(page);
      const scale = page.getByRole('group', { name: 'How much does your neck hurt right now?' });
      const boxes = await scale.locator('.score-option').evaluateAll((options) =>
        options.map((option) => {
          const box = option.getBoundingClientRect();
          return { top: Math.round(box.top), width: Math.round(box.width) };
        }),
      );
      expect(boxes).toHaveLength(11);
      const rows = [...new Set(boxes.map((box) => box.top))];
      expect(rows).toHaveLength(2);
      expect(boxes.filter((box) => box.top === rows[0])).toHaveLength(6);
      const widths = new Set(boxes.map((box) => box.width));
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBeGreaterThanOrEqual(44);
      // The words of the ends stay in each end's name.
      await expect(scale.getByRole('radio', { name: /^0 No pain/i })).toHaveCount(1);
      await scale.scrollIntoViewIfNeeded();
      await scale.screenshot({ path: `${resultsDir()}/phone-journal/scale-${width}.png` });
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
