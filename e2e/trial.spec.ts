import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { journalEntry } from './journal-file';
import { asScreenedUser } from './session-steps';

/**
 * The personal trial (issue 18) as a person uses it, over simulated days: Playwright's clock
 * fixes the page's Date at each moment (nothing in the app knows it is a test), IndexedDB is
 * the browser's own. Local time is UTC here, so that "8:00 AM" in the app is 08:00 in the test.
 */
test.use({ timezoneId: 'UTC' });

const firstDay = Date.UTC(2026, 11, 1);
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const at = (day: number, hour: number) => new Date(firstDay + day * dayMs + hour * hourMs);

type Kind = 'Routine day' | 'Comparison day';

const title = 'Compare routine days and ordinary days';

async function openTrial(page: Page, when: Date) {
  await page.clock.setFixedTime(when);
  await page.goto('/trial');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Loading your trial…')).toHaveCount(0);
}

/**
 * The trial's gate: the warning signs (and, the first time, the age question) before a trial's
 * set-up, and back to the trial. `others` when a doctor's clearance is on the list.
 */
async function passScreening(page: Page, { others = false } = {}) {
  await expect(page).toHaveURL(/\/safety\?next=%2Ftrial/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you start');
  await page
    .getByRole('button', {
      name: others ? 'None of the others apply to me' : 'None of these apply to me',
    })
    .click();
  const adult = page.getByLabel('Yes, I am 18 or older');
  const setUp = page.getByRole('button', { name: 'Start the trial today' });
  await expect(adult.or(setUp)).toBeVisible();
  if (await adult.isVisible()) {
    await adult.check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(setUp).toBeVisible();
}

async function startTrial(page: Page, weeks: 2 | 3 | 4 = 2) {
  await page.getByRole('radio', { name: new RegExp(`^${weeks} weeks`) }).check();
  await page.getByLabel('First rating time').fill('08:00');
  await page.getByLabel('Second rating time').fill('20:00');
  await page.getByRole('button', { name: 'Start the trial today' }).click();
  await expect(page.getByRole('heading', { name: /^Today: / })).toBeVisible();
}

async function todayKind(page: Page): Promise<Kind> {
  const heading = await page.getByRole('heading', { name: /^Today: / }).textContent();
  return heading?.includes('Routine') ? 'Routine day' : 'Comparison day';
}

async function rate(
  page: Page,
  pain: number,
  options: { warning?: boolean; stops?: boolean; time?: string; note?: boolean } = {},
) {
  const form = page.getByRole('region', { name: 'Rate now' });
  await form
    .getByRole('group', { name: 'How much does your neck hurt right now?' })
    .getByRole('radio', { name: String(pain), exact: true })
    .check();
  if (options.warning) await form.getByLabel('I have one of the warning signs on the list').check();
  await form.getByRole('button', { name: 'Save this rating' }).click();
  // A rating that trips the stop rule ends the trial: the form gives way to the stop message.
  if (options.stops) await expect(form).toHaveCount(0);
  // The time tells this save from the one before it.
  else
    await expect(form.getByRole('status')).toContainText(
      `${options.note ? 'Saved as a note' : 'Saved'}: pain ${pain}${options.time ? ` at ${options.time}` : ''}`,
    );
}

/**
 * Fourteen days from `startDay`: each morning the page is opened afresh (the trial survives the
 * reload), the day's kind read from the screen, and the pain for that kind rated at 08:00 and
 * 20:00. `painFor(block, kind)` gives the made-up rating; undefined leaves the day unrated.
 */
async function runTwoWeeks(
  page: Page,
  startDay: number,
  painFor: (block: number, kind: Kind) => number | undefined,
) {
  for (let day = 0; day < 14; day += 1) {
    await openTrial(page, at(startDay + day, 8));
    await expect(page.getByText(`Day ${day + 1} of 14.`, { exact: false })).toBeVisible();
    const kind = await todayKind(page);
    const pain = painFor(Math.floor(day / 2), kind);
    if (pain === undefined) continue;
    await rate(page, pain, { time: '8:00 AM' });
    await page.clock.setFixedTime(at(startDay + day, 20));
    await rate(page, pain, { time: '8:00 PM' });
  }
  await openTrial(page, at(startDay + 14, 8));
}

const verdict = (page: Page) => page.locator('.trial-verdict');

test('three two-week trials reach each verdict; the summary prints on one page; a trial exports and imports', async ({
  page,
}) => {
  test.setTimeout(600_000);
  // The gate: /trial shows the warning signs and asks the age question before a trial.
  await page.clock.setFixedTime(at(0, 7));
  await page.goto('/trial');
  await passScreening(page);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByText(/two ratings by the same person can differ by about 4 points by chance/),
  ).toBeVisible();
  await expect(page.getByText(/Two weeks often ends in “can’t tell yet”/)).toBeVisible();
  await expect(
    page.getByText(/do the routine between your two rating times, at about the same time/),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // 1. Clearly lower on routine days: differences −3, −2, −3, −4, −3, −2, −3.
  await startTrial(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'out-h6-results/trial-running.png', fullPage: true });
  const lower = [2, 3, 2, 1, 2, 3, 2];
  await runTwoWeeks(page, 0, (block, kind) => (kind === 'Routine day' ? lower[block] : 5));
  await expect(verdict(page)).toHaveText('The result: Clearly lower on routine days.');
  await expect(page.getByText(/points lower than on comparison days/)).toContainText('2.9 points');
  await expect(page.getByText(/from 7 pairs of days with both days rated/)).toBeVisible();
  await expect(page.getByText(/Kovacs and others/)).toBeVisible();
  await expect(page.getByText(/95% confidence interval runs from/)).toBeVisible();
  // What it cannot tell, and how the plan went (no session was saved in this test).
  await expect(page.getByRole('heading', { name: 'What it cannot tell' })).toBeVisible();
  await expect(
    page.getByText('Routine done on 0 of 7 routine days; pressed on 0 comparison days.'),
  ).toBeVisible();
  await expect(page.getByText('Stopped early: less certain.')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'out-h6-results/trial-clearly-lower.png', fullPage: true });

  // The printable summary: one page on A4 and on Letter.
  await page.getByRole('link', { name: 'A one-page record you can keep or share' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your trial: a one-page record' }),
  ).toBeVisible();
  await expect(
    page.getByText('28 quick ratings in the trial (scheduled ratings and notes).'),
  ).toBeVisible();
  await expect(page.getByText('No session saved yet', { exact: false })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'out-h6-results/trial-summary-print.png', fullPage: true });
  // The page count can tell: the whole help page, printed, takes more than one page.
  const helpPage = await page.context().newPage();
  await helpPage.goto('/help');
  await expect(helpPage.getByRole('heading', { level: 1 })).toBeVisible();
  const helpPdf = (await helpPage.pdf({ format: 'A4' })).toString('latin1');
  expect((helpPdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
  await helpPage.close();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g) ?? [], `${format} pages`).toHaveLength(1);
  }
  await page.emulateMedia({ media: 'screen' });

  // 2. No sign of a meaningful difference: differences 0, 1, −1, 0, 0, 1, −1; one day missed.
  // A new trial shows the warning signs again (the age is known by now).
  await openTrial(page, at(14, 8));
  await page.getByRole('link', { name: 'Start a new trial' }).click();
  await passScreening(page);
  await startTrial(page);
  const same = [4, 5, 3, 4, 4, 5, 3];
  await runTwoWeeks(page, 14, (block, kind) => (kind === 'Routine day' ? same[block] : 4));
  await expect(verdict(page)).toHaveText('The result: No sign of a meaningful difference.');
  expect(await axeViolations(page)).toEqual([]);

  // 3. Can't tell yet: differences −3, +1, −4, +2, −2, 0, and block 7 not rated at all.
  await page.getByRole('link', { name: 'Start a new trial' }).click();
  await passScreening(page);
  await startTrial(page);
  const spread = [2, 6, 1, 7, 3, 5];
  await runTwoWeeks(page, 28, (block, kind) =>
    block === 6 ? undefined : kind === 'Routine day' ? spread[block] : 5,
  );
  await expect(verdict(page)).toHaveText('The result: Can’t tell yet.');
  // Mean −1, SD 2.37: no 4-week trial would clear a threshold.
  await expect(page.getByText(/more pairs of days than a 4-week trial can give/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'missing' })).toHaveCount(2);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'out-h6-results/trial-cant-tell.png', fullPage: true });

  // Export the journal with these trials, delete everything, import it back.
  await page.goto('/history');
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON (for importing)' }).click(),
  ]);
  const file = JSON.parse(await readFile((await exported.path()) ?? '', 'utf8')) as {
    schemaVersion: number;
    trials: unknown[];
    ratings: unknown[];
  };
  expect(file.schemaVersion).toBe(6);
  expect(file.trials).toHaveLength(3);
  expect(file.ratings).toHaveLength(28 + 28 + 24);
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'All your data has been deleted' }),
  ).toBeVisible();
  // Everything deleted, the screening too: the gate again.
  await page.clock.setFixedTime(at(42, 8));
  await page.goto('/trial');
  await passScreening(page);
  // The file back, with two sessions (pain 6 → 3 and 5 → 4) written in by hand.
  const withSessions = {
    ...file,
    entries: [
      journalEntry({
        id: 's1',
        startedAtEpochMs: at(28, 9).getTime(),
        before: { pain0to10: 6 },
        after: { pain0to10: 3 },
      }),
      journalEntry({
        id: 's2',
        startedAtEpochMs: at(30, 9).getTime(),
        before: { pain0to10: 5 },
        after: { pain0to10: 4 },
      }),
    ],
  };
  await page.goto('/history');
  await page.getByLabel('Import a journal file (JSON exported from Acupress)').setInputFiles({
    name: 'journal.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(withSessions)),
  });
  await expect(page.getByText('Imported 2 sessions.')).toBeVisible();
  const journalSummary = page.getByText(/^Over your last 2 sessions/);
  await expect(journalSummary).toContainText('2 points lower');
  const historyFigures = await journalSummary.textContent();
  await openTrial(page, at(42, 8));
  await expect(verdict(page)).toHaveText('The result: Can’t tell yet.');
  await expect(page.getByRole('cell', { name: 'missing' })).toHaveCount(2);
  // The summary's journal figures are History's, word for word.
  await page.getByRole('link', { name: 'A one-page record you can keep or share' }).click();
  await expect(page.getByText('2 sessions saved.')).toBeVisible();
  // The sessions on 29 and 31 December fell on trial 3's days 1 and 3.
  await expect(page.getByText(/^Routine done on \d of 7 routine days/)).toBeVisible();
  await expect(page.getByText(/^Over your last 2 sessions/)).toHaveText(historyFigures ?? '');
  await expect(page.getByText(/^Routine: Houxi/)).toBeVisible();
});

test('the stop rule: a rating of 8 stops the trial, leading with the emergency number', async ({
  page,
}) => {
  await asScreenedUser(page);
  await openTrial(page, at(0, 8));
  await startTrial(page);
  await rate(page, 3);
  // Home shows today's plan while the trial runs, and reaches the trial by keyboard.
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Your personal trial' });
  await expect(
    card.getByRole('heading', { name: /^Today: (Routine|Comparison) day$/ }),
  ).toBeVisible();
  await expect(card.getByText('Next rating time: 8:00 PM. 1 rating today.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await card.getByRole('link', { name: 'Open your trial' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.clock.setFixedTime(at(1, 20));
  await rate(page, 8, { stops: true });
  const halt = page.getByRole('region', { name: 'The trial has stopped' });
  await expect(halt).toBeVisible();
  await expect(page.getByText('a rating was 8 or more')).toBeVisible();
  // The saved button is gone: the focus is on the stop message's heading instead.
  await expect(page.getByRole('heading', { name: 'The trial has stopped' })).toBeFocused();
  // A ticked sign may be an emergency one: the emergency number comes first, then the doctor.
  const haltText = (await halt.textContent()) ?? '';
  const emergency = haltText.indexOf('If it is one of the emergency signs, call 911 now.');
  expect(emergency).toBeGreaterThan(-1);
  expect(emergency).toBeLessThan(haltText.indexOf('see a doctor today'));
  expect(haltText.indexOf('see a doctor today')).toBeLessThan(haltText.indexOf('Why it stopped'));
  await expect(page.getByText('Stopped by the safety rule on day 2 of 14.')).toBeVisible();
  // Its days end with the day it stopped: none after it is shown as missing.
  await expect(page.getByRole('row')).toHaveCount(3);
  await expect(
    page.getByText('Call the emergency number now if you have any of these:'),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'out-h6-results/trial-stop-rule.png', fullPage: true });
  // It stays stopped after a reload, and Home no longer shows a plan.
  await openTrial(page, at(2, 8));
  await expect(page.getByRole('heading', { name: 'The trial has stopped' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Your personal trial' })).toHaveCount(0);
});

test('History leads to the trial; a warning sign noted with a rating stops it', async ({
  page,
}) => {
  await page.clock.setFixedTime(at(0, 9));
  await page.goto('/history');
  await page
    .getByRole('link', {
      name: 'Compare routine days and ordinary days: see what your own numbers show',
    })
    .click();
  await passScreening(page);
  await startTrial(page, 3);
  await expect(page.getByRole('heading', { name: /^Today: / })).toBeFocused();
  await expect(page.getByText('Day 1 of 20.', { exact: false })).toBeVisible();
  await rate(page, 2, { warning: true, stops: true });
  await expect(page.getByText('you noted a warning sign')).toBeVisible();
});

test('the trial in Spanish and in Chinese', async ({ page }) => {
  await asScreenedUser(page);
  await page.clock.setFixedTime(at(0, 9));
  for (const [language, title, kinds, start] of [
    [
      'es',
      'Compara días de rutina y días normales',
      /^Hoy: Día de (rutina|comparación)$/,
      'Empezar la prueba hoy',
    ],
    ['zh-Hans', '比较按压日和普通日', /^今天: (按压日|对照日)$/, undefined],
  ] as const) {
    await page.goto('/trial');
    await page.evaluate(
      (value) => localStorage.setItem('acupress.language', JSON.stringify(value)),
      language,
    );
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // Spanish starts the trial; Chinese finds it running after the reload.
    if (start) await page.getByRole('button', { name: start }).click();
    await expect(page.getByRole('heading', { name: kinds })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `out-h6-results/trial-${language}.png`, fullPage: true });
  }
});

test('pain higher on routine days by 1.5 or more over two pairs of days stops the trial', async ({
  page,
}) => {
  await asScreenedUser(page);
  await openTrial(page, at(0, 8));
  await startTrial(page);
  for (let day = 0; day < 4; day += 1) {
    await openTrial(page, at(day, 20));
    const kind = await todayKind(page);
    // Routine days 6, comparison days 4: +2 in each pair. The second pair's last rating stops it.
    await rate(page, kind === 'Routine day' ? 6 : 4, day === 3 ? { stops: true } : {});
  }
  await expect(
    page.getByText(
      'your pain was higher on routine days than on comparison days by 1.5 points or more',
    ),
  ).toBeVisible();
  await expect(page.getByText('Stopped by the safety rule on day 4 of 14.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('no peeking, the two-week pause, and a trial stopped by the person says so', async ({
  page,
}) => {
  await asScreenedUser(page);
  await openTrial(page, at(0, 8));
  await startTrial(page, 3);
  await rate(page, 4, { time: '8:00 AM' });
  // While it runs: counts, no day means.
  await expect(page.getByRole('columnheader', { name: 'Average pain' })).toHaveCount(0);
  await expect(page.getByText(/Averages are shown when the trial ends/)).toBeVisible();
  // A rating at 11:00 is more than 90 minutes from 8:00 and 20:00: a note.
  await page.clock.setFixedTime(at(0, 11));
  await rate(page, 2, { note: true, time: '11:00 AM' });
  const firstDay = page.getByRole('row').nth(1);
  await expect(firstDay.getByRole('cell')).toHaveText([/ day$/, '1', '1']);

  // The end of day 14 of a 3-week trial: paused until a doctor has seen the neck.
  await openTrial(page, at(14, 8));
  await expect(
    page.getByRole('heading', { name: 'The trial is paused: see a doctor' }),
  ).toBeVisible();
  await expect(page.getByText(/^Not better after two weeks/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Rate now' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  // Home says so too, instead of today's plan.
  await page.goto('/');
  await expect(
    page
      .getByRole('region', { name: 'Your personal trial' })
      .getByRole('heading', { name: 'The trial is paused: see a doctor' }),
  ).toBeVisible();
  await openTrial(page, at(14, 8));
  await page
    .getByRole('button', { name: 'A doctor has seen my neck: go on with the trial' })
    .click();
  await expect(page.getByRole('heading', { name: /^Today: / })).toBeVisible();
  await expect(page.getByText('Day 15 of 20.', { exact: false })).toBeVisible();

  // Stopped by the person: its real end day, and the answer marked less certain.
  await page.getByRole('button', { name: 'Stop the trial' }).click();
  await page.getByRole('button', { name: 'Yes, stop it' }).click();
  await expect(page.getByText('Stopped by you on day 15 of 20.')).toBeVisible();
  await expect(page.getByText('Stopped early: less certain.')).toBeVisible();
  await page.getByRole('link', { name: 'A one-page record you can keep or share' }).click();
  await expect(page.getByText('Stopped by you on day 15 of 20.')).toBeVisible();
  await expect(page.getByText('Stopped early: less certain.')).toBeVisible();
});
