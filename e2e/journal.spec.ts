import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import {
  answerAfter,
  endSession,
  openBeforeRatings,
  painNow,
  saveToJournal,
  setUpShortSession,
  startHold,
} from './session-steps';

/** A returning user who has been through the safety screening (as the session tests do). */
async function asScreenedUser(page: Page) {
  await page.addInitScript(() => {
    if (!localStorage.getItem('acupress.health') && !sessionStorage.getItem('journal.deleted')) {
      localStorage.setItem(
        'acupress.health',
        JSON.stringify({ isPregnant: false, isAdult: true, screenedAtEpochMs: Date.now() }),
      );
    }
  });
}

/** A real, short session through the session screen, ended at once, then the journal questions. */
async function recordSession(page: Page, before: number, after: number, note: string) {
  await setUpShortSession(page);
  await openBeforeRatings(page);
  await page
    .getByRole('group', { name: painNow })
    .getByRole('radio', { name: String(before), exact: true })
    .check();
  await startHold(page);
  await endSession(page);
  await expect(
    page.getByText(`Before the session: pain ${before}, stiffness not rated.`),
  ).toBeVisible();
  await answerAfter(page, after, note);
  if (after > before) {
    await expect(page.getByRole('alert')).toContainText('Your pain is higher than before');
    const alert = page.getByRole('alert').filter({ hasText: 'Your pain is higher' });
    await expect(alert.getByRole('link', { name: 'When to seek help' })).toHaveAttribute(
      'href',
      '/help',
    );
  }
  if (before === 6) {
    // The after-session questions at phone width, checked by axe.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('heading', { name: 'How do you feel now?' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'out-journal-results/after-session-320.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await saveToJournal(page);
}

async function download(page: Page, buttonName: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return file;
}

async function textOf(file: Download): Promise<string> {
  return readFile((await file.path()) ?? '', 'utf8');
}

test.beforeEach(async ({ page }) => {
  await asScreenedUser(page);
});

test('two sessions: history and chart, export, delete all, import them back; a bad file changes nothing', async ({
  page,
}) => {
  // Two real sessions through the session screen and the history on a shared 2-core machine.
  test.setTimeout(90_000);
  await recordSession(page, 6, 3, '=1+1, felt looser');
  // The first save asks the browser to keep the journal by itself (e2e/phone-journal.spec.ts).
  await page.goto('/history');
  await expect(
    page.getByText(
      'In your one session with both readings, pain after was 3 points lower than before.',
    ),
  ).toBeVisible();
  // The person's numbers are not judged; the published figures stand beside them.
  await expect(
    page.getByText(/change by about 4 points .* meaningful was about 1\.5 points \(Kovacs/),
  ).toBeVisible();
  await expect(page.getByText(/usually notice|dropped that much/)).toHaveCount(0);
  await recordSession(page, 4, 6, 'Worse today');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'History' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  await expect(page.getByText('2 sessions saved.')).toBeVisible();
  await expect(page.getByText('Pain 6 → 3.')).toBeVisible();
  await expect(page.getByText('Pain 4 → 6.')).toBeVisible();
  await expect(
    page.getByText(/pain after was on average 0\.5 points lower than before/),
  ).toBeVisible();
  const chart = page.getByRole('img', { name: /Chart of pain and stiffness/ });
  await expect(chart.locator('canvas')).toBeVisible();
  await page.screenshot({ path: 'out-journal-results/history.png', fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Show as a table' }).click();
  const table = page.getByRole('table', { name: /Sessions, latest first/ });
  await expect(table.getByRole('row')).toHaveCount(3);
  expect(await axeViolations(page)).toEqual([]);

  const csv = await textOf(await download(page, 'Export as CSV (spreadsheet)'));
  expect(csv.split('\r\n')[0]).toContain('session_id,started_at_utc');
  expect(csv).toContain(',"\'=1+1, felt looser"');
  const exported = await download(page, 'Export as JSON (for importing)');
  const json = await textOf(exported);
  expect(JSON.parse(json)).toMatchObject({ format: 'acupress-journal', schemaVersion: 6 });

  await page.getByRole('button', { name: 'Delete all data' }).click();
  await expect(page.getByText('Delete all your data from this device?')).toBeFocused();
  await page.evaluate(() => sessionStorage.setItem('journal.deleted', '1'));
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'All your data has been deleted' }),
  ).toBeVisible();
  const traces = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    keys: Object.keys(localStorage).filter((key) => key.startsWith('acupress.')),
  }));
  expect(traces.databases).not.toContain('acupress-journal');
  expect(traces.keys).toEqual([]);
  await page.reload();
  // The session's checkpoint database goes once the session's open connection closes.
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name)))
    .not.toContain('acupress-session');
  await expect(page.getByText(/No sessions saved yet/)).toBeVisible();

  const importer = page.getByLabel('Import a journal file (JSON exported from Acupress)');
  await importer.setInputFiles((await exported.path()) ?? '');
  await expect(page.getByText('Imported 2 sessions.')).toBeVisible();
  await expect(page.getByText('Pain 6 → 3.')).toBeVisible();
  await expect(page.getByText('Pain 4 → 6.')).toBeVisible();

  const corrupt = JSON.parse(json) as { entries: { after: { pain0to10?: number } }[] };
  corrupt.entries[1]!.after.pain0to10 = 11;
  await importer.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(corrupt)),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported.' })).toHaveText(
    'Nothing was imported. Session 2: pain after must be a whole number from 0 to 10.',
  );
  await importer.setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json.slice(0, 200)),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported.' })).toContainText(
    'The file is not valid JSON.',
  );
  await expect(page.getByText('2 sessions saved.')).toBeVisible();

  // Importing the same file again first downloads a backup, then skips both sessions.
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    importer.setInputFiles((await exported.path()) ?? ''),
  ]);
  expect(backup.suggestedFilename()).toMatch(/^acupress-journal-.*-backup\.json$/);
  await expect(
    page.getByText(
      'Imported 0 sessions. 2 sessions were already in your journal and were skipped.',
    ),
  ).toBeVisible();
  await expect(page.getByText('2 sessions saved.')).toBeVisible();
});

test('reminders: a weekly calendar file and a gentle note while the app is open', async ({
  page,
}) => {
  await page.goto('/history');
  const days = page.getByRole('group', { name: 'Days' });
  const today = await page.evaluate(
    () =>
      ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
        new Date().getDay()
      ],
  );
  await days.getByRole('checkbox', { name: today ?? 'Monday' }).check();
  await page.getByLabel('Time', { exact: true }).fill('00:00');
  const ics = await textOf(await download(page, 'Save and download the calendar file'));
  expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=');
  expect(ics).toContain('SUMMARY:Acupress: time for your neck routine');
  const banner = page.getByRole('complementary', { name: 'Reminder' });
  await expect(banner).toContainText('It is the time you chose for your neck routine.');
  expect(await axeViolations(page)).toEqual([]);
  await banner.getByRole('button', { name: 'Not today' }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Reminder' })).toBeHidden();
});

test('a full disk keeps the session in memory, says so, and saves it on retry', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const flags = globalThis as unknown as { failJournalWrites?: boolean };
    flags.failJournalWrites = true;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<typeof put>
    ) {
      if (flags.failJournalWrites && this.name === 'sessions') {
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await page.goto('/session');
  await page.getByRole('radio', { name: 'Left side' }).check();
  await startHold(page);
  await endSession(page);
  await answerAfter(page, 2);
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'out of storage space' });
  await expect(problem).toContainText('It is kept in memory while the app stays open.');
  const unsaved = await download(page, 'Export unsaved sessions');
  expect(JSON.parse(await textOf(unsaved)).entries).toHaveLength(1);
  await page.evaluate(() => {
    (globalThis as unknown as { failJournalWrites?: boolean }).failJournalWrites = false;
  });
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByText('Saved to your journal.')).toBeVisible();
  await page.getByRole('link', { name: 'See your history' }).click();
  await expect(page.getByText('1 session saved.')).toBeVisible();
  await expect(page.getByText('Not saved yet')).toBeHidden();
});

test('History’s code and the database code load when the user heads for History, not with the first screen', async ({
  page,
}) => {
  const scriptsLoaded = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\/assets\/(db|history-screen)-[^/]+\.js$/.test(path)),
    );
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(1500);
  expect(await scriptsLoaded()).toEqual([]);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'History' })
    .hover();
  await expect
    .poll(async () => (await scriptsLoaded()).map((path) => path.split('/').pop()?.split('-')[0]))
    .toEqual(expect.arrayContaining(['db', 'history']));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Your history');
});
