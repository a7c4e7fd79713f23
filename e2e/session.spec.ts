import { planSession } from '../src/features/session/core/planner';
import { defaultTiming, deriveTimeline } from '../src/features/session/core/timeline';
import { toneNotes } from '../src/features/session/core/tone-shapes';
import { axeViolations, expect, test } from './fixtures';
import {
  asScreenedUser,
  endSession,
  openRoutineChoices,
  secondsShown,
  setUpShortSession,
  startHold,
} from './session-steps';
import { trackOnsets, trackPlayedAfter } from './session-track';

test.beforeEach(async ({ page }) => {
  await asScreenedUser(page);
});

test('a quick session run by clicks: start, pause, resume, skip and the end', async ({ page }) => {
  await setUpShortSession(page);
  const preview = page.getByRole('region', { name: 'Your routine' });
  await expect(preview.getByRole('listitem')).toHaveText([
    /Houxi.*left hand.*20 seconds/,
    /Houxi.*right hand.*20 seconds/,
  ]);
  await expect(preview).toContainText('Total: about 1 minute');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Houxi');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('left hand');
  await expect(
    page.getByText(/Skin check: not over a vein, a mole, a wart, a bruise, a cut, a scrape/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('timer')).toHaveText(/0:(20|19|18)/);
  await expect(page.getByText(/Breathe (in|out)/).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused', { exact: true }).first()).toBeVisible();
  const pausedAt = await page.getByRole('timer').textContent();
  await page.waitForTimeout(1500);
  await expect(page.getByRole('timer')).toHaveText(pausedAt ?? '');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('right hand');
  await endSession(page);
  await expect(page.getByText(/You ended the session after/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

// The tests that read the track's file lift the app's CSP, which rightly refuses a blob: fetch.
test.describe('the session track', () => {
  test.use({ bypassCSP: true });

  test('a whole short session runs to Done by itself, with its start, half and done tones on time in its track', async ({
    page,
  }) => {
    const timeline = deriveTimeline(
      planSession('left', { holdMs: 20_000, leaveOut: ['EX-UE8', 'LI4', 'GB20', 'GB21'] }),
      defaultTiming,
    );
    await setUpShortSession(page);
    await page.getByRole('checkbox', { name: 'Voice' }).uncheck();
    await startHold(page);
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    const track = await trackPlayedAfter(page, () =>
      page.getByRole('button', { name: 'Start now' }).click(),
    );
    const onsets = await trackOnsets(page, track, {
      start: toneNotes.start[0]?.fromHz ?? NaN,
      half: toneNotes.half[0]?.fromHz ?? NaN,
      done: toneNotes.done[0]?.fromHz ?? NaN,
      'breathe-in': toneNotes['breathe-in'][0]?.fromHz ?? NaN,
      'breathe-out': toneNotes['breathe-out'][0]?.fromHz ?? NaN,
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Done' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText(/You spent .* on 1 of 2 steps/)).toBeVisible();

    // "Start now" on the second step plays its hold, from its start, to the closing tone.
    const fromMs = timeline.steps[1]?.holdStartMs ?? NaN;
    const kinds = onsets.map((onset) => onset.pitch);
    expect(kinds).toContain('start');
    expect(kinds).toContain('half');
    expect(kinds.at(-1)).toBe('done');
    for (const kind of ['start', 'half', 'done'] as const) {
      const planned = timeline.cues.filter((cue) => cue.kind === kind && cue.atMs >= fromMs);
      expect(planned, kind).toHaveLength(1);
      const heard = onsets.filter((onset) => onset.pitch === kind);
      expect(heard, kind).toHaveLength(1);
      // The first audible sample of a tone comes a fraction of a millisecond after its start.
      const lateMs = fromMs + (heard[0]?.ms ?? NaN) - (planned[0]?.atMs ?? NaN);
      expect(lateMs, kind).toBeGreaterThanOrEqual(0);
      expect(lateMs, kind).toBeLessThan(1);
    }
  });

  test('the Fengchi pattern, in the session track, has ten press onsets exactly 4 s apart per side', async ({
    page,
  }) => {
    const plan = planSession('left', {
      holdMs: 20_000,
      leaveOut: ['SI3', 'EX-UE8', 'LI4', 'GB21'],
    });
    const timeline = deriveTimeline(plan, defaultTiming);
    const cues = timeline.cues.filter((cue) => cue.kind === 'press' || cue.kind === 'release');
    expect(cues).toHaveLength(40);

    await setUpShortSession(page);
    await page.getByRole('checkbox', { name: /Fengchi/ }).check();
    await page.getByRole('checkbox', { name: /Houxi/ }).uncheck();
    await page.getByRole('checkbox', { name: 'Voice' }).uncheck();
    await page.getByRole('button', { name: 'Start the session' }).click();
    // "Start now" plays the rest of the session, both sides, as one track.
    const track = await trackPlayedAfter(page, () =>
      page.getByRole('button', { name: 'Start now' }).click(),
    );
    // Each onset is named by its pitch: the press tone, the release tone, or the first note of
    // 'switch-side' and 'done' between and after the sides.
    const onsets = await trackOnsets(page, track, {
      press: toneNotes.press[0]?.fromHz ?? NaN,
      release: toneNotes.release[0]?.fromHz ?? NaN,
      other: toneNotes['switch-side'][0]?.fromHz ?? NaN,
    });
    await page.getByRole('button', { name: 'End' }).click();

    const fromMs = timeline.steps[0]?.holdStartMs ?? NaN;
    const atMs = (kind: string) =>
      onsets.filter((onset) => onset.pitch === kind).map((onset) => fromMs + onset.ms);
    const pressMs = atMs('press');
    const releaseMs = atMs('release');
    expect(pressMs).toHaveLength(20);
    expect(releaseMs).toHaveLength(20);
    for (const side of [0, 10]) {
      for (let index = side + 1; index < side + 10; index += 1) {
        expect((pressMs[index] ?? 0) - (pressMs[index - 1] ?? 0)).toBeCloseTo(4000, 0);
      }
    }
    // The first audible sample of a tone comes a fraction of a millisecond after its start.
    pressMs.forEach((ms, index) => {
      const planned = cues.filter((cue) => cue.kind === 'press')[index]?.atMs ?? NaN;
      expect(ms - planned).toBeGreaterThanOrEqual(0);
      expect(ms - planned).toBeLessThan(1);
    });
    releaseMs.forEach((ms, index) => {
      expect((ms - (pressMs[index] ?? 0)) / 1000).toBeCloseTo(3, 2);
    });
  });
});

test('a reload in the middle of a hold offers to resume at the same step and second', async ({
  page,
}) => {
  await setUpShortSession(page);
  await startHold(page);
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'Pause' }).click();
  const shown = await secondsShown(page);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Resume where you left off?' }),
  ).toBeVisible();
  await expect(page.getByText(/Houxi.*right hand/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('right hand');
  await page.getByRole('button', { name: 'Pause' }).click();
  const difference = shown - (await secondsShown(page));
  expect(difference).toBeGreaterThanOrEqual(0);
  expect(difference).toBeLessThanOrEqual(1);
});

test('a second tab is told that a session is running elsewhere', async ({ page, context }) => {
  await setUpShortSession(page);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('/session');
  await expect(other.getByRole('alert')).toContainText('already running in another tab');
  await expect(other.getByRole('button', { name: 'Resume where you left off' })).toHaveCount(0);
  await other.close();
});

test('the routine can be reordered and the order is remembered', async ({ page }) => {
  await page.goto('/session');
  await page.getByRole('radio', { name: 'Left side' }).check();
  await openRoutineChoices(page);
  await page.getByRole('button', { name: /Move Jianjing .* earlier/ }).click();
  const preview = page.getByRole('region', { name: 'Your routine' }).getByRole('listitem');
  await expect(preview.nth(6)).toContainText('Jianjing');
  await expect(preview.nth(8)).toContainText('Fengchi');
  await page.reload();
  await openRoutineChoices(page);
  await expect(preview.nth(6)).toContainText('Jianjing');
  await page.getByRole('button', { name: /Move Jianjing .* later/ }).click();
  await expect(preview.nth(8)).toContainText('Jianjing');
});
