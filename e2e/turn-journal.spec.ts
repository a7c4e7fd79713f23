import type { Page } from '@playwright/test';
import { resultsDir } from '../scripts/out-dir.mjs';
import { motionTrace } from '../bench/lib/motion-traces.js';
import { axeViolations, expect, test } from './fixtures';
import { playMotion } from './motion-steps';
import {
  asScreenedUser,
  endSession,
  openBeforeRatings,
  saveToJournal,
  setUpShortSession,
  startHold,
} from './session-steps';

/**
 * The turn test in the journal (issue 29): before and after a real session, the change against
 * the test's own spread, the results in History (beside the session's ratings and in the chart
 * in degrees), and a standalone test from History kept too. The motion sensors are fed from the
 * fixture's synthesised readings (bench/lib/motion-traces.js), as e2e/turn.spec.ts does.
 */
const shots = resultsDir();

/** Plays a fixture turn (the phone on top of the head) into the page's motion sensors. */
function playTrace(page: Page, turn: { left: number; right: number; seed: number }) {
  return playMotion(page, motionTrace({ ...turn, mount: 'top-flat' }).samples);
}

async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${shots}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Opens the optional test in place, confirms, and runs it with a fixture turn; returns the degrees. */
async function measureTurn(
  page: Page,
  turn: { left: number; right: number; seed: number },
): Promise<{ left: number; right: number }> {
  await page.getByRole('button', { name: 'Measure how far you turn (20 s, optional)' }).click();
  await page.getByLabel(/does not hurt after an injury/).check();
  await page.getByRole('button', { name: 'Start the turn test' }).click();
  await playTrace(page, turn);
  const result = page.getByRole('status').filter({ hasText: /^Left \d+°, right \d+°/ });
  await expect(result).toBeVisible();
  const [, left, right] =
    /Left (\d+)°, right (\d+)°/.exec((await result.textContent()) ?? '') ?? [];
  await expect(page.getByText(/^Kept in your journal/)).toBeVisible();
  return { left: Number(left), right: Number(right) };
}

/** What the app must say for one side's change: shown only from 5° (the test's spread) on. */
function expectedChange(side: 'left' | 'right', before: number, after: number): string {
  const name = side === 'left' ? 'To the left' : 'To the right';
  const delta = after - before;
  if (Math.abs(delta) < 5) return `${name}: no change larger than the test’s own spread (5°).`;
  return delta > 0
    ? `${name}: +${delta}° since before the session.`
    : `${name}: ${-delta}° less than before the session.`;
}

test.use({ viewport: { width: 390, height: 844 } });

test('before and after a session: both kept, the change shown only beyond the spread, both in History', async ({
  page,
  watch,
}) => {
  void watch;
  test.setTimeout(180_000);
  await asScreenedUser(page);
  await setUpShortSession(page);
  await openBeforeRatings(page);
  const offer = page.getByRole('button', { name: 'Measure how far you turn (20 s, optional)' });
  await expect(offer).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'turn-before-offer');

  const before = await measureTurn(page, { left: 30, right: 40, seed: 7 });
  expect(Math.abs(before.left - 30)).toBeLessThanOrEqual(5);
  expect(Math.abs(before.right - 40)).toBeLessThanOrEqual(5);
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'turn-before-result');

  await startHold(page);
  await endSession(page);
  await expect(
    page.getByText(`Before the session: Left ${before.left}°, right ${before.right}°.`),
  ).toBeVisible();
  const after = await measureTurn(page, { left: 60, right: 40, seed: 8 });
  const changes = page.getByRole('list', { name: 'Change since before the session' });
  await expect(changes.getByRole('listitem')).toHaveText([
    expectedChange('left', before.left, after.left),
    expectedChange('right', before.right, after.right),
  ]);
  // A turn 30° larger on the left is well beyond the spread.
  await expect(changes).toContainText(/To the left: \+\d+° since before the session\./);
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'turn-after-change');
  await saveToJournal(page);

  await page.goto('/history');
  const item = page.locator('.session-list > li').first();
  await expect(item).toContainText(
    `Turn test before the session: Left ${before.left}°, right ${before.right}°; after it: Left ${after.left}°, right ${after.right}°.`,
  );
  await page.getByRole('button', { name: 'Turn (degrees)' }).click();
  await expect(page.getByRole('button', { name: 'Turn (degrees)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('img', { name: /how far your head turned/ })).toBeVisible();
  const latest = page.getByRole('heading', { name: 'Latest turn tests' }).locator('+ ul');
  await expect(latest.getByRole('listitem')).toHaveCount(2);
  await expect(latest.getByRole('listitem').first()).toContainText(
    `after a session: Left ${after.left}°`,
  );
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'turn-history-degrees');

  // Reloaded: the results come from the database, not from memory.
  await page.reload();
  await expect(page.locator('.session-list > li').first()).toContainText(
    `Turn test before the session: Left ${before.left}°`,
  );
});

test('a standalone test from History is kept, and History names it after a reload', async ({
  page,
  watch,
}) => {
  void watch;
  test.setTimeout(120_000);
  await asScreenedUser(page);
  await page.goto('/history');
  await page.getByRole('link', { name: 'Open the turn test' }).click();
  await page.getByLabel(/does not hurt after an injury/).check();
  await page.getByRole('button', { name: 'Start the turn test' }).click();
  await playTrace(page, { left: 52, right: 38, seed: 29 });
  const result = page.getByRole('status').filter({ hasText: /^Left \d+°, right \d+°/ });
  await expect(result).toBeVisible();
  const text = ((await result.textContent()) ?? '').replace(/\.$/, '');
  await expect(page.getByText(/^Kept in your journal/)).toBeVisible();
  await page.goto('/history');
  await expect(page.getByText(new RegExp(`^Latest: .*, ${text}\\.$`))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('not offered beside the ratings after a recent neck injury', async ({ page, watch }) => {
  void watch;
  await page.addInitScript(() => {
    localStorage.setItem(
      'acupress.health',
      JSON.stringify({
        isPregnant: false,
        isAdult: true,
        screenedAtEpochMs: Date.now(),
        conditions: ['recent-injury'],
        hasAskedDoctor: true,
      }),
    );
  });
  await setUpShortSession(page);
  await openBeforeRatings(page);
  await expect(page.getByRole('group', { name: /hurt right now/ })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Measure how far you turn (20 s, optional)' }),
  ).toHaveCount(0);
});
