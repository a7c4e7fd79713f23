// The journeys, written once and run in every engine (run.mjs): each is a person using the app
// through its controls, found by role and visible name.
import assert from 'node:assert/strict';

/** The session's media element as the page sees it, and what its track file is. */
function trackInPage() {
  const audio = document.querySelector('audio[data-acupress="session-track"]');
  if (!audio) return null;
  return {
    paused: audio.paused,
    ended: audio.ended,
    currentTime: audio.currentTime,
    duration: audio.duration,
    readyState: audio.readyState,
    error: audio.error ? `${audio.error.code} ${audio.error.message}` : null,
    src: audio.currentSrc,
  };
}

/**
 * Records the session element's errors and new sources from now on (the app falls back from
 * FLAC to WAV on an error). The page's CSP keeps a test from reading the blob itself.
 */
function recordTrackInPage() {
  const audio = document.querySelector('audio[data-acupress="session-track"]');
  if (!audio) return false;
  const seen = (window.__trackEvents = []);
  for (const type of ['error', 'loadstart']) {
    audio.addEventListener(type, () =>
      seen.push(type === 'error' ? `error ${audio.error?.code} ${audio.error?.message}` : type),
    );
  }
  return true;
}

/** What the engine offers that the session uses when it can. */
function featuresInPage() {
  return {
    wakeLock: 'wakeLock' in navigator,
    mediaSession: 'mediaSession' in navigator,
    positionState:
      'mediaSession' in navigator && typeof navigator.mediaSession.setPositionState === 'function',
    flac: document.createElement('audio').canPlayType('audio/flac') !== '',
  };
}

/**
 * 1. First visit: the safety list, the age question, set-up, a session whose media element
 * plays and advances, End, the after-session questions, Save, and History shows the entry.
 * @param {ReturnType<typeof import('./driver.mjs').createUser>} user
 * @param {(line: string) => void} note
 */
export async function firstVisit(user, note) {
  await user.open('/');
  await user.click('link', 'Start a session');
  await user.heading('Before your first session');
  await user.find('heading', 'Signs of an emergency');
  await user.click('button', 'None of these apply to me');
  await user.heading('A few questions about you');
  await user.check('radio', 'Yes, I am 18 or older');
  await user.click('button', 'Continue', { exact: true });
  await user.heading('Set up your session');
  await user.check('radio', 'Left side');

  const features = await user.driver.run(featuresInPage);
  // The set-up screen cues the track in the element before Start.
  await user.waitFor('the session element on the set-up screen', () =>
    user.driver.run(recordTrackInPage),
  );
  await user.click('button', /^Start the session$|^Start$/);
  if (await user.has('button', 'Start now', { exact: true })) {
    await user.click('button', 'Start now', { exact: true });
  }
  const timer = await user.find('timer', null);
  assert.match(await user.driver.run((element) => element.textContent, timer), /\d:\d\d/);

  // The session's clock is its media element: it plays the rendered track, and it advances.
  const started = await user.waitFor('the session track to play', async () => {
    const track = await user.driver.run(trackInPage);
    if (track?.error) throw new Error(`the track failed: ${track.error}`);
    return track && !track.paused && track.currentTime > 0 ? track : null;
  });
  const from = { at: Date.now(), currentTime: started.currentTime };
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const later = await user.driver.run(trackInPage);
  const wallSeconds = (Date.now() - from.at) / 1000;
  const advanced = later.currentTime - from.currentTime;
  assert.equal(later.paused, false, 'the track still plays');
  assert.ok(
    advanced > 1,
    `the track advanced ${advanced.toFixed(2)} s in ${wallSeconds.toFixed(2)} s`,
  );
  const events = await user.driver.run(() => window.__trackEvents);
  const errors = events.filter((event) => event.startsWith('error'));
  const format = !features.flac
    ? 'WAV (no FLAC here)'
    : errors.length
      ? `WAV after ${errors[0]}`
      : 'FLAC';
  note(
    `track: ${format}, advanced ${advanced.toFixed(1)} s in ${wallSeconds.toFixed(1)} s` +
      ` (duration ${Number.isFinite(later.duration) ? later.duration.toFixed(1) : later.duration} s)`,
  );
  await assertNoAlert(user, 'the hold');

  // Where the engine has no Screen Wake Lock, the hold says so; where it has one, it does not.
  const wakeLockNote = 'This browser cannot keep the screen on.';
  if (features.wakeLock) {
    note('Wake Lock: present');
  } else {
    await user.see(wakeLockNote);
    note('Wake Lock: absent, the hold says "This browser cannot keep the screen on"');
  }
  note(
    `Media Session: ${features.mediaSession ? 'present' : 'absent'}, position state: ${
      features.positionState ? 'present' : 'absent (the lock screen shows the step without a bar)'
    }`,
  );

  await user.click('button', 'End', { exact: true });
  await user.heading('Done');
  const after = await user.find('group', 'How much does your neck hurt now, after the session?');
  const three = await user.driver.element(
    (group) =>
      [...group.querySelectorAll('input[type="radio"]')].find(
        (input) => input.labels?.[0]?.textContent.trim() === '3' || input.value === '3',
      ) ?? null,
    after,
  );
  assert.ok(three, 'a "3" on the after-session scale');
  await user.driver.click(three);
  await user.fill('A note for yourself (optional)', 'engines journey');
  await user.click('button', 'Save to my journal');
  await user.see('Saved to your journal.');

  await user.click('link', 'History', { exact: true });
  await user.heading('Your history');
  await user.see('1 session saved.');
  await user.see(/→ 3\./);
}

/** No alert on screen (a refused sound, a failed save). */
async function assertNoAlert(user, where) {
  const alerts = await user.driver.run(() =>
    [...document.querySelectorAll('[role="alert"]')]
      .filter((alert) => alert.getClientRects().length > 0)
      .map((alert) => alert.textContent.trim())
      .filter(Boolean),
  );
  assert.deepEqual(alerts, [], `alerts on ${where}`);
}
