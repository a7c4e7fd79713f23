// The journeys, written once and run in every engine (run.mjs): each is a person using the app
// through its controls, found by role and visible name.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

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
  for (const type of ['error', 'loadstart', 'pause', 'ended', 'emptied', 'stalled']) {
    audio.addEventListener(type, () =>
      seen.push(
        type === 'error'
          ? `error ${audio.error?.code} ${audio.error?.message}`
          : `${type} at ${audio.currentTime.toFixed(2)}`,
      ),
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
  await user.heading('Before you start');
  await user.find('heading', 'Signs of an emergency');
  await user.click('button', 'None of these apply to me');
  await user.heading('A few questions about you');
  await user.check('radio', 'Yes, I am 18 or older');
  await user.click('button', 'Continue', { exact: true });
  await user.heading('Set up your session');
  // Where the set-up asks for a side on its first screen, the left one.
  if (await user.has('radio', 'Left side')) await user.check('radio', 'Left side');

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
  const started = await user
    .waitFor('the session track to play', async () => {
      const track = await user.driver.run(trackInPage);
      if (track?.error) throw new Error(`the track failed: ${track.error}`);
      return track && !track.paused && track.currentTime > 0 ? track : null;
    })
    .catch(async (error) => {
      // Say what the element was doing, and what it went through, not only that it did not play.
      const track = await user.driver.run(trackInPage);
      const events = await user.driver.run(() => window.__trackEvents);
      throw new Error(`${error.message}; element ${JSON.stringify(track)}; ${events?.join(', ')}`);
    });
  const from = { at: Date.now(), currentTime: started.currentTime };
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const later = await user.driver.run(trackInPage);
  const wallSeconds = (Date.now() - from.at) / 1000;
  const advanced = later.currentTime - from.currentTime;
  if (later.paused) {
    const seen = await user.driver.run(() => window.__trackEvents);
    const status = await user.driver.run(() => document.querySelector('main')?.innerText);
    assert.fail(
      `the track stopped playing: ${seen?.join(', ')}; the screen: ${status?.slice(0, 300)}`,
    );
  }
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
  assert.deepEqual(await user.errors(), [], 'errors in the page');
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

/** Runs in the page: a returning adult who has been through the safety questions. */
function screenedInPage() {
  if (!localStorage.getItem('acupress.health')) {
    localStorage.setItem(
      'acupress.health',
      JSON.stringify({ isPregnant: false, isAdult: true, screenedAtEpochMs: Date.now() }),
    );
  }
}

/**
 * Runs in the page: keeps every file the app offers as a download (a Blob on a link with a
 * `download` name) instead of saving it, so that the test can read it.
 */
function keepDownloadsInPage() {
  if (window.__downloads) return;
  const downloads = (window.__downloads = []);
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && blobs.has(this.href)) {
      downloads.push({ name: this.download, blob: blobs.get(this.href) });
    } else {
      click.call(this);
    }
  };
}

/**
 * 2. The journal: export JSON, delete all, import it again, and the entry is back.
 * @param {ReturnType<typeof import('./driver.mjs').createUser>} user
 * @param {(line: string) => void} note
 * @param {{ writeFile: (name: string, text: string) => string }} context
 */
export async function journalRoundTrip(user, note, context) {
  await user.open('/');
  await user.driver.run(screenedInPage);
  await user.open('/history');
  await user.heading('Your history');
  await user.see('1 session saved.');
  await user.driver.run(keepDownloadsInPage);

  await user.click('button', 'Export as JSON (for importing)');
  const exported = await user.waitFor('the JSON export', () =>
    user.driver.run(async () => {
      const last = window.__downloads.at(-1);
      return last ? { name: last.name, text: await last.blob.text() } : null;
    }),
  );
  const file = JSON.parse(exported.text);
  assert.equal(file.format, 'acupress-journal');
  assert.equal(file.entries.length, 1, 'one session in the file');
  note(`exported ${exported.name}: ${exported.text.length} characters, 1 session`);

  await user.click('button', 'Delete all data');
  await user.click('button', 'Yes, delete everything');
  await user.see('All your data has been deleted');
  await user.see('No sessions saved yet');

  // The safety answers went with everything else; the import needs none of them.
  context.exported = exported;
  const path = context.writeFile(exported.name, exported.text);
  const input = await user.find(null, 'Import a journal file (JSON exported from Acupress)');
  assert.ok(await user.driver.run((found) => found.type === 'file', input), 'a file input');
  await user.driver.setFile(input, path);
  await user.see('Imported 1 session.');
  await user.see('1 session saved.');
  await user.see(/→ 3\./);
  assert.deepEqual(await user.errors(), [], 'errors in the page');
}

/**
 * 3. Offline: after one visit the service worker serves a reload with the server stopped.
 * @param {ReturnType<typeof import('./driver.mjs').createUser>} user
 * @param {(line: string) => void} note
 * @param {{ stopServer: () => Promise<void>, startServer: () => Promise<void> }} context
 */
export async function offlineReload(user, note, context) {
  await user.open('/');
  await user.driver.run(screenedInPage);
  await user.heading(/stiff neck/i);
  await user.waitFor('the service worker to control the page', () =>
    user.driver.run(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    }),
  );
  await context.stopServer();
  try {
    await user.driver.reload();
    await user.heading(/stiff neck/i);
    assert.ok(
      await user.driver.run(() => navigator.serviceWorker.controller !== null),
      'the service worker serves the page',
    );
    await user.click('link', 'Points', { exact: true });
    await user.heading('The five points');
    await user.click('link', 'History', { exact: true });
    await user.heading('Your history');
    await user.see(/\d+ sessions? saved\.|No sessions saved yet/);
    await user.click('link', 'Acupress', { exact: true });
    await user.click('link', 'Start a session');
    await user.heading('Set up your session');
    note('with the server stopped: home (reloaded), Points, History and set-up');
  } finally {
    await context.startServer();
  }
}

/**
 * 4. The guide and print pages draw their pictures; the camera page says what it needs when no
 * camera is present.
 * @param {ReturnType<typeof import('./driver.mjs').createUser>} user
 * @param {(line: string) => void} note
 */
export async function guidePrintCamera(user, note) {
  /** The drawings on screen: named images with an SVG that has size and shapes. */
  const drawings = () =>
    user.driver.run(() =>
      [...document.querySelectorAll('main [role="img"], main svg[aria-label]')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          const svg = element.matches('svg') ? element : element.querySelector('svg');
          return (
            box.width > 50 &&
            box.height > 50 &&
            svg !== null &&
            svg.querySelectorAll('path, circle, ellipse').length > 3
          );
        })
        .map((element) => element.getAttribute('aria-label') ?? ''),
    );

  await user.open('/points');
  await user.heading('The five points');
  const guide = await user.waitFor('the guide drawings', async () => {
    const shown = await drawings();
    return shown.length >= 6 ? shown : null;
  });
  assert.ok(
    guide.some((name) => /never press/i.test(name)),
    'the neck drawing with "never press"',
  );

  await user.click('link', /Hegu/);
  await user.heading(/Hegu/);
  await user.find('img', /back of your left hand/i);
  await user.find('img', /back of your right hand/i);

  await user.open('/print');
  await user.heading(/five points/);
  const sheet = await user.waitFor('the print sheet drawings', async () => {
    const shown = await drawings();
    return shown.length >= 5 ? shown : null;
  });
  note(`drawings: ${guide.length} on /points, ${sheet.length} on /print`);

  await user.open('/camera/SI3/left');
  await user.heading('Find the point on your hand');
  const problems = {
    'No camera was found on this device.': 'no camera',
    'This browser cannot use the camera here.': 'no camera API',
    'Camera access is blocked.': 'blocked',
  };
  const said = await user.waitFor('the camera page to say what it needs', () =>
    user.driver.run(
      (lines) => lines.find((line) => document.body.innerText.includes(line)) ?? null,
      Object.keys(problems),
    ),
  );
  assert.equal(problems[said], 'no camera', `the camera page said "${said}"`);
  await user.see('The drawn guide shows where the point is.');
  note(`camera: "${said}"`);
}

/**
 * 5. axe finds no WCAG 2.2 AA violation on home, set-up, the hold, History and the
 * accessibility statement (reached from About).
 * @param {ReturnType<typeof import('./driver.mjs').createUser>} user
 * @param {(line: string) => void} note
 */
export async function accessibility(user, note) {
  const found = {};
  await user.open('/');
  await user.driver.run(screenedInPage);
  await user.open('/');
  await user.heading(/stiff neck/i);
  found.home = await user.axe();

  await user.open('/session');
  await user.heading('Set up your session');
  found.setUp = await user.axe();

  await user.click('button', /^Start the session$|^Start$/);
  if (await user.has('button', 'Start now', { exact: true })) {
    await user.click('button', 'Start now', { exact: true });
  }
  await user.find('timer', null);
  found.hold = await user.axe();
  await user.click('button', 'End', { exact: true });
  await user.heading('Done');

  await user.click('link', 'History', { exact: true });
  await user.heading('Your history');
  await user.see(/\d+ sessions? saved\.|No sessions saved yet/);
  found.history = await user.axe();

  // The accessibility statement, from About.
  await user.open('/about');
  await user.click('link', 'Accessibility statement', { exact: true });
  await user.heading('Accessibility statement');
  await user.see('WCAG) 2.2, level AA');
  found.statement = await user.axe();

  assert.deepEqual(found, { home: [], setUp: [], hold: [], history: [], statement: [] });
  assert.deepEqual(await user.errors(), [], 'errors in the page');
  note('axe (WCAG 2.2 AA): no violation on home, set-up, the hold, History and the statement');
}

/**
 * Firefox on a machine without a sound card (no mock device): every media element fails at its
 * audio sink. The app must cope: FLAC, then WAV, then Web Audio tones; the hold goes on counting
 * and says the sound stopped. Runs where the engine can be started without a sound output.
 * @param {ReturnType<typeof import('./driver.mjs').createUser>} user
 * @param {(line: string) => void} note
 * @param {{ withoutSound?: () => Promise<ReturnType<typeof import('./driver.mjs').createUser>> }} context
 */
export async function noSoundOutput(user, note, context) {
  if (!context.withoutSound) return 'skipped: this engine cannot be started here without sound';
  const quiet = await context.withoutSound();
  try {
    await quiet.open('/');
    await quiet.driver.run(screenedInPage);
    await quiet.open('/session');
    await quiet.heading('Set up your session');
    await quiet.waitFor('the session element on the set-up screen', () =>
      quiet.driver.run(recordTrackInPage),
    );
    await quiet.click('button', /^Start the session$|^Start$/);
    if (await quiet.has('button', 'Start now', { exact: true })) {
      await quiet.click('button', 'Start now', { exact: true });
    }
    const timer = await quiet.find('timer', null);
    const seconds = async () => {
      const [minutes, rest] = (await quiet.driver.run((element) => element.textContent, timer))
        .split(':')
        .map(Number);
      return minutes * 60 + rest;
    };
    // A machine with a sound card plays the track: then there is nothing to check here.
    const outcome = await quiet.waitFor('the sound to stop, or to play', () =>
      quiet.driver.run(() => {
        if (document.body.innerText.includes('The sound was stopped by the device.'))
          return 'stopped';
        const audio = document.querySelector('audio[data-acupress="session-track"]');
        return audio && !audio.paused && audio.currentTime > 1.5 ? 'plays' : null;
      }),
    );
    if (outcome === 'plays') return 'skipped: this machine has a sound output';
    const first = await seconds();
    await quiet.waitFor('the countdown to go on', async () => (await seconds()) <= first - 2);
    // "Turn sound back on" can bring no sound here; it must not break the session either.
    await quiet.click('button', 'Turn sound back on');
    const later = await seconds();
    await quiet.waitFor(
      'the countdown to go on after the tap',
      async () => (await seconds()) <= later - 1,
    );
    assert.deepEqual(await quiet.errors(), [], 'errors in the page');
    const events = await quiet.driver.run(() => window.__trackEvents);
    const errors = events.filter((event) => event.startsWith('error')).length;
    assert.ok(errors >= 2, `the FLAC and the WAV track both failed (${events.join(', ')})`);
    note(
      `no sound output: ${errors} media errors (FLAC, then WAV), then tones; the hold counts down and says the sound stopped`,
    );
  } finally {
    await quiet.driver.close();
  }
}

/**
 * 6. By keyboard only: from home to a saved journal entry, with Tab, Enter and the arrow keys.
 * @param {ReturnType<typeof import('./driver.mjs').createUser>} user
 * @param {(line: string) => void} note
 */
export async function keyboardOnly(user, note) {
  await user.open('/');
  await user.driver.run(screenedInPage);
  await user.open('/');
  await user.heading(/stiff neck/i);
  let tabs = await user.tabTo('link', 'Start a session', { exact: true });
  await user.press('Enter');
  await user.heading('Set up your session');
  tabs += await user.tabTo('button', /^Start the session$|^Start$/);
  await user.press('Enter');
  if (await user.has('button', 'Start now', { exact: true })) {
    tabs += await user.tabTo('button', 'Start now', { exact: true });
    await user.press('Enter');
  }
  await user.find('timer', null);
  // "Keyboard: Space pauses or resumes."
  await user.press('Space');
  await user.find('button', /^Resume/);
  tabs += await user.tabTo('button', 'End', { exact: true });
  await user.press('Enter');
  await user.heading('Done');
  // The after-session scale: Tab reaches its first choice, the arrows move along it.
  tabs += await user.tabTo('radio', /^0(\D|$)/);
  for (let step = 0; step < 3; step += 1) await user.press('ArrowRight');
  const chosen = await user.driver.run(() => {
    const checked = document.activeElement;
    return checked?.checked ? (checked.labels?.[0]?.textContent ?? checked.value).trim() : null;
  });
  assert.match(chosen ?? '', /^3(\D|$)/, 'the arrows chose 3 on the scale');
  tabs += await user.tabTo('button', 'Save to my journal');
  await user.press('Enter');
  await user.see('Saved to your journal.');
  assert.deepEqual(await user.errors(), [], 'errors in the page');
  note(`home to a saved entry with ${tabs} presses of Tab, Enter and the arrows`);
}

/**
 * WebKitGTK takes navigator.language from the process locale: under a POSIX locale (LANG=C.UTF-8,
 * as on many servers and minimal Linux installs) it reports "C", which is no language tag, and
 * `new Intl.NumberFormat("C")` throws. History (with its chart) must still open. Imports the
 * journal of the first visit twice over (two sessions, so that the chart is drawn).
 * @param {ReturnType<typeof import('./driver.mjs').createUser>} user
 * @param {(line: string) => void} note
 * @param {{ inPosixLocale?: () => Promise<ReturnType<typeof import('./driver.mjs').createUser>>, exported?: { name: string, text: string }, writeFile: (name: string, text: string) => string }} context
 */
export async function historyInPosixLocale(user, note, context) {
  if (!context.inPosixLocale) return 'skipped: only WebKitGTK reports the process locale';
  assert.ok(context.exported, 'the journal exported by journalRoundTrip');
  const file = JSON.parse(context.exported.text);
  const [entry] = file.entries;
  const day = 24 * 60 * 60 * 1000;
  file.entries = [
    {
      ...entry,
      id: `${entry.id.slice(0, -4)}0001`,
      startedAtEpochMs: entry.startedAtEpochMs - day,
      endedAtEpochMs: entry.endedAtEpochMs - day,
    },
    { ...entry, id: `${entry.id.slice(0, -4)}0002` },
  ];
  const path = context.writeFile('two-sessions.json', JSON.stringify(file));
  const posix = await context.inPosixLocale();
  try {
    await posix.open('/');
    const language = await posix.driver.run(() => navigator.language);
    await posix.driver.run(screenedInPage);
    await posix.open('/history');
    await posix.heading('Your history');
    await posix.driver.run(keepDownloadsInPage);
    await posix.driver.setFile(
      await posix.find(null, 'Import a journal file (JSON exported from Acupress)'),
      path,
    );
    await posix.see('Imported 2 sessions.');
    await posix.open('/history');
    await posix.heading('Your history');
    await posix.see('2 sessions saved.');
    await posix.find('img', /Chart of pain and stiffness/);
    assert.deepEqual(await posix.errors(), [], 'errors in the page');
    note(`navigator.language "${language}": History opens with its two sessions`);
  } finally {
    await posix.driver.close();
  }
}

/**
 * Runs in the page: keeps each Blob the app makes an object URL of, so that the file the session
 * element plays can be read (the app's CSP lets no fetch read a blob: URL, rightly).
 */
function keepBlobsInPage() {
  if (window.__blobs) return;
  const blobs = (window.__blobs = new Map());
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
}

/** Runs in the page: the file the session element plays, as base64, once it plays. */
async function playedTrackInPage() {
  const element = document.querySelector('audio[data-acupress="session-track"]');
  if (!element?.src || element.paused || !(element.currentTime > 0)) return null;
  const blob = window.__blobs?.get(element.src);
  if (!blob) return 'not kept';
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

/** The samples of a FLAC or WAV file (16-bit mono, as the track worker writes them). */
async function decodeTrack(bytes) {
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF') {
    const samples = new Float32Array((bytes.length - 44) / 2);
    for (let i = 0; i < samples.length; i += 1) samples[i] = bytes.readInt16LE(44 + 2 * i) / 32768;
    return { format: 'WAV', sampleRate: bytes.readUInt32LE(24), samples };
  }
  const { FLACDecoder } = await import('@wasm-audio-decoders/flac');
  const decoder = new FLACDecoder();
  await decoder.ready;
  const decoded = await decoder.decodeFile(bytes);
  decoder.free();
  return { format: 'FLAC', sampleRate: decoded.sampleRate, samples: decoded.channelData[0] };
}

/**
 * With Voice on, the track the element plays speaks: the file is taken from the element,
 * decoded, and each phrase's clip is looked for within ±20 ms of its planned place, by
 * correlation (as e2e/voice-track.spec.ts does in Chromium).
 */
export async function spokenTrack(user, note) {
  const { runnerImport } = await import('vite');
  const { module: plan } = await runnerImport(
    fileURLToPath(new URL('./spoken-plan.ts', import.meta.url)),
  );
  await user.open('/');
  await user.driver.run(screenedInPage);
  await user.driver.run(
    (setup) => localStorage.setItem('acupress.session.setup', JSON.stringify(setup)),
    plan.spokenSetup,
  );
  await user.open('/');
  // Kept from here on: the set-up screen (reached without loading a page) cues the track.
  await user.driver.run(keepBlobsInPage);
  await user.click('link', 'Start a session');
  await user.heading('Set up your session');
  await user.waitFor('the session element on the set-up screen', () =>
    user.driver.run(recordTrackInPage),
  );
  // Not "Start now": that would skip the get-ready time, and the words in it.
  await user.click('button', /^Start the session$|^Start$/);
  const base64 = await user.waitFor('the session track to play', () =>
    user.driver.run(playedTrackInPage),
  );
  assert.notEqual(base64, 'not kept', 'the element plays a file made on this page');
  const track = await decodeTrack(Buffer.from(base64, 'base64'));
  assert.equal(track.sampleRate, 16_000, 'a track with words is rendered at 16,000 Hz');
  const correlation = (clip, at) => {
    let dot = 0;
    let trackEnergy = 0;
    let clipEnergy = 0;
    for (let i = 0; i < clip.length; i += 1) {
      const a = track.samples[at + i] ?? 0;
      const b = clip[i] / 32767;
      dot += a * b;
      trackEnergy += a * a;
      clipEnergy += b * b;
    }
    return dot / Math.sqrt(trackEnergy * clipEnergy || 1);
  };
  const words = plan.plannedWords();
  let worstScore = 1;
  let worstOffsetMs = 0;
  for (const { phrase, atMs, clip } of words) {
    const planned = Math.round(atMs * 16);
    let best = { at: -1, score: -1 };
    for (let at = planned - 320; at <= planned + 320; at += 1) {
      const score = correlation(clip, at);
      if (score > best.score) best = { at, score };
    }
    assert.ok(best.score > 0.9, `"${phrase}" at ${atMs} ms: correlation ${best.score.toFixed(2)}`);
    worstScore = Math.min(worstScore, best.score);
    worstOffsetMs = Math.max(worstOffsetMs, Math.abs(best.at - planned) / 16);
  }
  // A wrong clip at a phrase's place does not match: the check can tell words apart.
  const half = words.find((word) => word.phrase === 'half');
  const done = words.find((word) => word.phrase === 'done');
  assert.ok(correlation(done.clip, Math.round(half.atMs * 16)) < 0.5, 'words told apart');
  note(
    `words: ${words.length} of ${words.length} phrases found in the ${track.format} the element` +
      ` played, correlation ≥ ${worstScore.toFixed(2)}, at most ${worstOffsetMs.toFixed(2)} ms off`,
  );
  await user.click('button', 'End', { exact: true });
  await user.heading('Done');
}

/** In this order: the first visit saves the entry that the later journeys find. */
export const journeys = {
  firstVisit,
  journalRoundTrip,
  offlineReload,
  guidePrintCamera,
  accessibility,
  keyboardOnly,
  noSoundOutput,
  historyInPosixLocale,
  spokenTrack,
};
