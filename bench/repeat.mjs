// npm run bench:repeat — 1,000 sessions recorded one after another in one page of Debian's
// Chromium, against the built app (run `npm run build` first, or set ACUPRESS_OUT).
//
// Every session goes through the real UI: the set-up screen, Start, the skin check, End, the
// after-session questions and "Save to my journal" (the journal model and Dexie with strict
// durability), then "Another session". The first set-up is made with Playwright; after that the
// clicks are dispatched inside the page (element.click(), which runs the same handlers), because
// a Playwright round trip per action would make 1,000 sessions take most of an hour.
//
// Prints, measured at the start and at the end:
//   save-ms-first20-median       "Save to my journal" clicked → "Saved to your journal." in the
//   save-ms-last20-median        page (sessions 1–20, and the last 20)
//   start-to-track-ms-…-median   "Start the session" clicked → the session's track plays (its first
//                                sample is the first cue)
//   session-cycle-ms-…-median    one whole session, set-up to set-up again
//   history-open-ms-after-N      a fresh tab: "History" clicked → the list shown (and the chart
//                                drawn: it needs two sessions, so after-1 is the list alone)
//   heap-mb-after-N              JS heap of the page that recorded the sessions, after a garbage
//                                collection, on the Done screen just saved
//   dom-nodes-after-N, listeners-after-N   the same page's DOM nodes and event listeners
//   idb-mb-after-N               IndexedDB usage (navigator.storage.estimate)
// BENCH_SESSIONS changes the count (at least 40); BENCH_PORT the port (a free one by default);
// BENCH_TIMEOUT_MS how long it may take at most (10 minutes).
import { loadavg } from 'node:os';
import { launchChromium } from '../scripts/chromium.mjs';
import { collectPageErrors } from '../scripts/page-errors.mjs';
import { startServer } from '../scripts/server.mjs';
import { asScreenedUser } from './lib/screened-user.mjs';

const total = Math.max(40, Number(process.env.BENCH_SESSIONS ?? 1000));
const sample = 20;
const batch = 50;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round1 = (value) => Math.round(value * 10) / 10;
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);

/**
 * Runs sessions `from`..`from + count - 1` in the page through the session screen's controls;
 * resolves with each one's timings. Runs in the page: it must not use anything from this file.
 */
function runSessions({ from, count }) {
  const startClick = 'Start the session';
  const painNow = 'How much does your neck hurt right now?';
  const painAfter = 'How much does your neck hurt now, after the session?';
  const savedText = 'Saved to your journal.';

  const button = (name) =>
    [...document.querySelectorAll('button')].find(
      (element) => element.textContent.trim() === name && !element.disabled,
    );
  const radio = (legend, value) =>
    [...document.querySelectorAll('fieldset')]
      .find((set) => set.querySelector('legend')?.textContent.trim() === legend)
      ?.querySelector(`input[type="radio"][value="${value}"]`);
  const saved = () =>
    [...document.querySelectorAll('[aria-live="polite"]')].some((region) =>
      region.textContent.includes(savedText),
    );
  // Resolves with the time the page first satisfied `check` (checked on every DOM change, and
  // every few milliseconds for what is not in the DOM).
  const until = (check, label, timeoutMs = 15_000) =>
    new Promise((resolve, reject) => {
      const found = check();
      if (found) {
        resolve({ value: found, atMs: performance.now() });
        return;
      }
      const done = () => {
        const value = check();
        if (!value) return;
        const atMs = performance.now();
        observer.disconnect();
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ value, atMs });
      };
      const observer = new MutationObserver(done);
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      const poll = setInterval(done, 5);
      const timer = setTimeout(() => {
        observer.disconnect();
        clearInterval(poll);
        reject(new Error(`session ${label}: timed out`));
      }, timeoutMs);
    });

  const trackStamps = globalThis.benchTrackStamps;
  return (async () => {
    const results = [];
    for (let index = from; index < from + count; index += 1) {
      const label = `${index}`;
      const cycleStart = performance.now();
      const start = (await until(() => button(startClick), `${label} set-up`)).value;
      const before = 3 + (index % 6);
      radio(painNow, before).click();
      const tracksBefore = trackStamps.length;
      const startedAt = performance.now();
      start.click();
      const startNow = (await until(() => button('Start now'), `${label} skin check`)).value;
      await until(() => trackStamps.length > tracksBefore, `${label} track plays`);
      const startToTrackMs = trackStamps[tracksBefore] - startedAt;
      startNow.click();
      await until(() => document.querySelector('[role="timer"]'), `${label} hold`);
      button('End').click();
      await until(() => button('Save to my journal'), `${label} done`);
      radio(painAfter, before - (index % 3)).click();
      if (index % 5 === 0) {
        const note = document.getElementById('after-note');
        note.value = `Session ${index}: looser afterwards.`;
        note.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const saveClickedAt = performance.now();
      button('Save to my journal').click();
      const shown = await until(saved, `${label} save`);
      results.push({
        index,
        saveMs: shown.atMs - saveClickedAt,
        startToTrackMs,
        cycleMs: 0,
      });
      // The persistence offer comes once, after the first saved session.
      button('Not now')?.click();
      button('Another session').click();
      await until(() => button(startClick), `${label} set-up again`);
      results.at(-1).cycleMs = performance.now() - cycleStart;
    }
    return results;
  })();
}

/** A fresh tab: home, then "History" clicked → the list shown (and the chart, from 2 sessions). */
async function openHistory(context, url, sessions) {
  const tab = await context.newPage();
  try {
    await tab.goto(`${url}/`);
    await tab.getByRole('heading', { level: 1 }).first().waitFor();
    await tab.waitForTimeout(500);
    return await tab.evaluate(
      (withChart) =>
        new Promise((resolve, reject) => {
          const start = performance.now();
          document.querySelector('a[href="/history"]').click();
          const check = () => {
            const chart = !withChart || document.querySelector('.trend-chart canvas');
            if (chart && document.querySelector('.session-list li')) {
              // The next frame is the one that shows it.
              requestAnimationFrame(() => resolve(performance.now() - start));
            } else if (performance.now() - start > 30_000) {
              reject(new Error('History did not show the sessions within 30 s'));
            } else requestAnimationFrame(check);
          };
          check();
        }),
      sessions >= 2,
    );
  } finally {
    await tab.close();
  }
}

/** Heap after a garbage collection, DOM nodes and listeners of the recording page; IndexedDB use. */
async function footprint(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  const storage = await page.evaluate(async () => {
    const estimate = await navigator.storage.estimate();
    return { indexedDB: estimate.usageDetails?.indexedDB, usage: estimate.usage };
  });
  return {
    heapBytes: usedSize,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    idbBytes: storage.indexedDB ?? storage.usage,
  };
}

/** How many sessions the journal database holds. */
function countStored(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('acupress-journal');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          try {
            const counting = db.transaction('sessions').objectStore('sessions').count();
            counting.onsuccess = () => resolve(counting.result);
            counting.onerror = () => reject(counting.error);
          } catch (error) {
            reject(error);
          } finally {
            db.close();
          }
        };
      }),
  );
}

const began = performance.now();
const server = await startServer(Number(process.env.BENCH_PORT ?? 0));
const browser = await launchChromium();
// Whatever hangs, the benchmark ends (closing the browser fails what waits on it): it runs under
// a lock that other measurements wait for.
const limitMs = Number(process.env.BENCH_TIMEOUT_MS ?? 600_000);
const watchdog = setTimeout(() => {
  console.error(`bench:repeat: not done after ${limitMs / 1000} s; stopping`);
  void browser.close();
}, limitMs);
try {
  const context = await browser.newContext({ locale: 'en-US' });
  await asScreenedUser(context);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/session`);
  await page.getByRole('heading', { level: 1, name: 'Set up your session' }).waitFor();
  await page.getByRole('radio', { name: 'Left side' }).check();
  // The cues are behind "Change the routine" (set-up on one screen, issue 28).
  await page.locator('summary', { hasText: 'Change the routine' }).click();
  await page.getByRole('checkbox', { name: 'Voice' }).uncheck();
  await page.getByRole('checkbox', { name: 'Tones' }).check();
  // When the session's track element starts playing a track, seen from outside the app (media
  // events do not bubble, but a listener on the document catches them on the way down). The
  // 50 ms of silence that Start plays to unlock audio is not a track.
  await page.evaluate(() => {
    const stamps = [];
    globalThis.benchTrackStamps = stamps;
    const listener = (event) => {
      const element = event.target;
      if (element.matches?.('audio[data-acupress="session-track"]') && element.duration > 0.1) {
        stamps.push(performance.now());
      }
    };
    document.addEventListener('playing', listener, { capture: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  const results = [];
  const record = async (from, count) => {
    for (let first = from; first < from + count; first += batch) {
      const size = Math.min(batch, from + count - first);
      results.push(...(await page.evaluate(runSessions, { from: first, count: size })));
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    }
  };

  await record(1, 1);
  const atStart = await footprint(page, cdp);
  const historyAfter1 = await openHistory(context, server.url, 1);
  await record(2, sample - 1);
  const historyAfter20 = await openHistory(context, server.url, sample);
  await record(sample + 1, total - sample);
  const atEnd = await footprint(page, cdp);
  const historyAfterAll = await openHistory(context, server.url, total);
  const stored = await countStored(page);
  const tracksPlayed = await page.evaluate(() => globalThis.benchTrackStamps.length);
  if (stored !== total) {
    throw new Error(`expected ${total} sessions stored, found ${JSON.stringify(stored)}`);
  }

  const first = results.slice(0, sample);
  const last = results.slice(-sample);
  const pick = (list, key) => round1(median(list.map((result) => result[key])));
  console.log(
    `# ${total} sessions through the session screen and the after-session form, one page; ` +
      `stored: ${stored} sessions; tracks played: ${tracksPlayed}`,
  );
  console.log(
    `# load average: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  console.log(`save-ms-first${sample}-median: ${pick(first, 'saveMs')}`);
  console.log(`save-ms-last${sample}-median: ${pick(last, 'saveMs')}`);
  console.log(`start-to-track-ms-first${sample}-median: ${pick(first, 'startToTrackMs')}`);
  console.log(`start-to-track-ms-last${sample}-median: ${pick(last, 'startToTrackMs')}`);
  console.log(`session-cycle-ms-first${sample}-median: ${pick(first, 'cycleMs')}`);
  console.log(`session-cycle-ms-last${sample}-median: ${pick(last, 'cycleMs')}`);
  console.log(`history-open-ms-after-1: ${Math.round(historyAfter1)}`);
  console.log(`history-open-ms-after-${sample}: ${Math.round(historyAfter20)}`);
  console.log(`history-open-ms-after-${total}: ${Math.round(historyAfterAll)}`);
  console.log(`heap-mb-after-1: ${mb(atStart.heapBytes)}`);
  console.log(`heap-mb-after-${total}: ${mb(atEnd.heapBytes)}`);
  console.log(`dom-nodes-after-1: ${atStart.nodes}`);
  console.log(`dom-nodes-after-${total}: ${atEnd.nodes}`);
  console.log(`listeners-after-1: ${atStart.listeners}`);
  console.log(`listeners-after-${total}: ${atEnd.listeners}`);
  console.log(`idb-mb-after-1: ${mb(atStart.idbBytes)}`);
  console.log(`idb-mb-after-${total}: ${mb(atEnd.idbBytes)}`);
  console.log(`total-s: ${Math.round((performance.now() - began) / 1000)}`);
} finally {
  clearTimeout(watchdog);
  await browser.close();
  await server.stop();
}
