import { axeViolations, expect, test } from './fixtures';
import {
  asScreenedUser,
  endSession,
  secondsShown,
  setUpShortSession,
  startHold,
} from './session-steps';

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

test('a whole short session runs to Done by itself, with its tones on the audio clock', async ({
  page,
}) => {
  await setUpShortSession(page);
  await page.getByRole('checkbox', { name: 'Voice' }).uncheck();
  await startHold(page);
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Done' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/You spent .* on 1 of 2 steps/)).toBeVisible();
  const kinds = await page.evaluate(() =>
    (
      globalThis as unknown as { acupressAudio: { log: Array<{ kind: string }> } }
    ).acupressAudio.log.map((entry) => entry.kind),
  );
  expect(kinds).toContain('start');
  expect(kinds).toContain('half');
  expect(kinds.at(-1)).toBe('done');
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

test('the Fengchi pattern, rendered offline, has ten press onsets exactly 4 s apart per side', async ({
  page,
}) => {
  const { planSession } = await import('../src/features/session/core/planner');
  const { deriveTimeline } = await import('../src/features/session/core/timeline');
  const plan = planSession('left', { leaveOut: ['SI3', 'EX-UE8', 'LI4', 'GB21'] });
  const timeline = deriveTimeline(plan, { transitionMs: 0, breathInMs: 4000, breathOutMs: 6000 });
  const cues = timeline.cues
    .filter((cue) => cue.kind === 'press' || cue.kind === 'release')
    .map((cue) => ({ kind: cue.kind, atMs: cue.atMs }));
  expect(cues).toHaveLength(40);

  await setUpShortSession(page);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'End' }).click();
  const sampleRate = 48_000;
  // Onsets: the first sample above a threshold after at least 0.5 s of silence; each is
  // classed as press or release by its pitch (Goertzel power at the two tones' frequencies).
  const onsets = await page.evaluate(
    async ({ cues, sampleRate }) => {
      const audio = (
        globalThis as unknown as {
          acupressAudio: {
            renderTones(c: typeof cues, rate: number): Promise<Float32Array>;
          };
        }
      ).acupressAudio;
      const samples = await audio.renderTones(cues, sampleRate);
      const power = (from: number, hz: number) => {
        const k = 2 * Math.cos((2 * Math.PI * hz) / sampleRate);
        let s1 = 0;
        let s2 = 0;
        for (let i = from; i < from + 2400 && i < samples.length; i += 1) {
          const s0 = (samples[i] ?? 0) + k * s1 - s2;
          s2 = s1;
          s1 = s0;
        }
        return s1 * s1 + s2 * s2 - k * s1 * s2;
      };
      const found: Array<{ sample: number; kind: string }> = [];
      let quietSince = -sampleRate;
      for (let i = 0; i < samples.length; i += 1) {
        if (Math.abs(samples[i] ?? 0) > 0.001) {
          if (i - quietSince > sampleRate / 2) {
            found.push({
              sample: i,
              kind: power(i, 987.77) > power(i, 493.88) ? 'press' : 'release',
            });
          }
          quietSince = i;
        }
      }
      return found;
    },
    { cues, sampleRate },
  );
  const presses = onsets.filter((onset) => onset.kind === 'press').map((onset) => onset.sample);
  const releases = onsets.filter((onset) => onset.kind === 'release').map((onset) => onset.sample);
  expect(presses).toHaveLength(20);
  expect(releases).toHaveLength(20);
  // The first audible sample of a tone comes a fraction of a millisecond after its start.
  const pressMs = presses.map((sample) => (sample / sampleRate) * 1000);
  for (let index = 1; index < 10; index += 1) {
    expect((pressMs[index] ?? 0) - (pressMs[index - 1] ?? 0)).toBeCloseTo(4000, 0);
  }
  pressMs.forEach((ms, index) => {
    const planned = cues.filter((cue) => cue.kind === 'press')[index]?.atMs ?? NaN;
    expect(ms - planned).toBeGreaterThanOrEqual(0);
    expect(ms - planned).toBeLessThan(1);
  });
  releases.forEach((sample, index) => {
    expect((sample - (presses[index] ?? 0)) / sampleRate).toBeCloseTo(3, 2);
  });
});

test('the routine can be reordered and the order is remembered', async ({ page }) => {
  await page.goto('/session');
  await page.getByRole('radio', { name: 'Left side' }).check();
  await page.getByRole('button', { name: /Move Jianjing .* earlier/ }).click();
  const preview = page.getByRole('region', { name: 'Your routine' }).getByRole('listitem');
  await expect(preview.nth(6)).toContainText('Jianjing');
  await expect(preview.nth(8)).toContainText('Fengchi');
  await page.reload();
  await expect(preview.nth(6)).toContainText('Jianjing');
  await page.getByRole('button', { name: /Move Jianjing .* later/ }).click();
  await expect(preview.nth(8)).toContainText('Jianjing');
});
