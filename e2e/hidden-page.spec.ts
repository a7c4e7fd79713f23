import { expect, test } from '@playwright/test';
import { runHiddenSession, startChromium } from '../bench/lib/hidden-session.mjs';
import { asScreenedUser } from '../bench/lib/screened-user.mjs';
import { setUpShortSession } from './session-steps';

// A shorter run of bench/timing.mjs: the session page is really hidden (Chromium started by hand,
// without Playwright's anti-throttling switches) and its tones must still keep their planned times.
test('tones keep their planned times while the page is hidden', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const lines: string[] = [];
  const result = await runHiddenSession({
    baseUrl: baseURL ?? '',
    holdSeconds: 20,
    visibleMs: 5_000,
    // Long enough for more than five cues that start in silence (an onset detector finds those).
    hiddenMs: 40_000,
    afterMs: 1_000,
    log: (line: string) => lines.push(line),
  });
  console.log([...lines, JSON.stringify(result)].join('\n'));
  expect(result.hiddenState).toBe('hidden');
  // Counted in the recording of what the session's media element played, not at the live output
  // tap: on a loaded machine the tap's own AudioContext loses stretches of sound (seen there: 3 to
  // 5 of 7 or 8 hidden cues heard, or one 70 ms late) while the recording of the same run held
  // every one within 2 ms. Every cue due while hidden must be heard.
  expect(result.recordedHiddenHeardCount).toBeGreaterThan(5);
  expect(result.recordedHiddenHeardCount).toBe(result.recordedHiddenDueCount);
  // A tone put on the audio clock ahead of time plays on time; a tone left to a throttled page
  // timer would be hundreds of milliseconds late. 50 ms leaves room for a busy machine's audio.
  expect(result.recordedCueMaxErrorMsHidden).toBeLessThan(50);
});

// The honest word: something outside the app (a call, a battery saver) stops the element while
// the page is hidden; when the page shows again, the app says where the sound stopped, offers to
// go on from there, and the play log in Settings keeps the stop.
test('says where the sound stopped when something outside stopped it while hidden', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { browser, close } = await startChromium();
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    await asScreenedUser(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await setUpShortSession(page, { holdSeconds: 60, base: baseURL ?? '' });
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page.getByText(/Breathe (in|out)/).first()).toBeVisible();
    await page.waitForTimeout(3000);

    const front = await context.newPage();
    await front.goto(`${baseURL}/points`);
    await front.bringToFront();
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
    // From outside the app, as the system would: the element stops, for 30 s.
    await page.evaluate(() =>
      document.querySelector<HTMLAudioElement>('audio[data-acupress="session-track"]')?.pause(),
    );
    await page.waitForTimeout(30_000);
    await page.bringToFront();
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');

    const alert = page.getByRole('alert').filter({ hasText: 'The sound stopped' });
    await expect(alert).toContainText(/The sound stopped at 0:\d\d, during Houxi.*, left hand\./);
    await expect(alert).toContainText('Something outside the app stopped it');
    const log = await page.evaluate(() => localStorage.getItem('acupress.session.playLog'));
    expect(JSON.parse(log ?? '[]')[0]).toMatchObject({ outcome: 'stopped', wasHidden: true });
    await alert.getByRole('button', { name: 'Go on from there' }).click();
    await expect(alert).toHaveCount(0);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector<HTMLAudioElement>('audio[data-acupress="session-track"]')
              ?.paused,
        ),
      )
      .toBe(false);
    // Settings keeps it in "How sessions played on this device", with advice for the phone.
    await page.goto(`${baseURL}/settings`);
    const played = page.getByRole('region', { name: 'How sessions played on this device' });
    await expect(played).toContainText(/the sound stopped at 0:\d\d\. The screen was locked/);
    await expect(played).toContainText('allow Chrome to run in the background');
    await played.getByRole('button', { name: 'Got it' }).click();
    await expect(played).not.toContainText('allow Chrome to run in the background');
  } finally {
    await close();
  }
});
