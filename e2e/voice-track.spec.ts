import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { FLACDecoder } from '@wasm-audio-decoders/flac';
import { expect, test } from './fixtures';
import { asScreenedUser } from './session-steps';
import { en } from '../src/catalogs/en';
import { es } from '../src/catalogs/es';
import { zhHans } from '../src/catalogs/zh-hans';
import { planSession } from '../src/features/session/core/planner';
import { deriveTimeline } from '../src/features/session/core/timeline';
import { decodeAdpcm } from '../src/features/session/core/voice-adpcm';
import type { VoiceLocale } from '../src/features/session/core/voice-bank';
import { voiceBanks } from '../src/features/session/core/voice-bank-index';
import { trackVoice } from '../src/features/session/core/voice-placement';
import { spokenTiming } from '../src/features/session/core/voice-track';
import { cueStyle, planOptions, timing } from '../e2e-engines/spoken-plan';

/**
 * With Voice on, the words are in the track the media element plays (so they sound with the
 * phone locked): this test takes the file the element plays, decodes it, and finds each spoken
 * cue's clip at the place the session planned for it, by correlation with the clip.
 *
 * The session: Houxi and Fengchi, left side, 20 s holds, and a 0 s get-ready time, which the
 * words need room in (Fengchi's opening instruction must end before its first press).
 */
test.use({ bypassCSP: true });

const catalogs = { en, es, 'zh-Hans': zhHans } as const;

async function setUp(page: Page, voice: boolean): Promise<void> {
  await asScreenedUser(page);
  await page.addInitScript(
    (setup) => localStorage.setItem('acupress.session.setup', JSON.stringify(setup)),
    {
      painSide: 'left',
      preset: 'custom',
      customHoldMs: planOptions.holdMs,
      waitForMe: false,
      cueStyle: { ...cueStyle, voice },
      breathInMs: timing.breathInMs,
      breathOutMs: timing.breathOutMs,
      transitionMs: 0,
      leaveOut: planOptions.leaveOut,
      order: ['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21'],
    },
  );
  await page.goto('/session');
}

/** Starts the session and returns the samples of the file the track element plays. */
async function playedTrack(
  page: Page,
  locale: VoiceLocale,
): Promise<{ sampleRate: number; samples: Float32Array }> {
  await page
    .getByRole('button', { name: catalogs[locale]['session.start'] })
    .click({ timeout: 15_000 });
  // Not "Start now": that would skip the get-ready time, and the words in it.
  const src = await (
    await page.waitForFunction(() => {
      const element = document.querySelector<HTMLAudioElement>(
        'audio[data-acupress="session-track"]',
      );
      return element && element.src && !element.paused && element.currentTime > 0
        ? element.src
        : null;
    })
  ).jsonValue();
  const base64 = await page.evaluate(async (url) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(text);
  }, src ?? '');
  const decoder = new FLACDecoder();
  await decoder.ready;
  const decoded = await decoder.decodeFile(Buffer.from(base64, 'base64'));
  decoder.free();
  return { sampleRate: decoded.sampleRate, samples: decoded.channelData[0] ?? new Float32Array() };
}

/** Normalised correlation of `clip` with the track at `at`. */
function correlation(track: Float32Array, clip: Int16Array, at: number): number {
  let dot = 0;
  let trackEnergy = 0;
  let clipEnergy = 0;
  for (let i = 0; i < clip.length; i += 1) {
    const a = track[at + i] ?? 0;
    const b = (clip[i] ?? 0) / 32767;
    dot += a * b;
    trackEnergy += a * a;
    clipEnergy += b * b;
  }
  return dot / Math.sqrt(trackEnergy * clipEnergy || 1);
}

const languages: ReadonlyArray<[VoiceLocale, string]> = [
  ['en', 'en-US'],
  ['es', 'es-ES'],
  ['zh-Hans', 'zh-CN'],
];

for (const [locale, browserLocale] of languages) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale: browserLocale });

    test('the track the element plays speaks every cue at its planned place', async ({ page }) => {
      test.setTimeout(120_000);
      const bank = voiceBanks[locale];
      if (!bank) throw new Error(locale);
      const bytes = readFileSync(new URL(`../public/${bank.file}`, import.meta.url));
      const timeline = deriveTimeline(
        planSession('left', planOptions),
        spokenTiming(timing, cueStyle, locale),
      );
      const planned = trackVoice(timeline, 0, timeline.totalMs + 1, bank).phrases;
      // Every cue with words: openings, starts (Fengchi's before its first press), halves, the
      // presses and releases, the end.
      expect(planned.length).toBe(2 * 3 + 2 * (2 + 20) + 1);

      await setUp(page, true);
      const track = await playedTrack(page, locale);
      expect(track.sampleRate).toBe(16_000);
      const offsetsMs: number[] = [];
      for (const phrase of planned) {
        const clip = decodeAdpcm({ ...phrase, bytes: bytes.subarray(phrase.offset) });
        const plannedAt = Math.round((phrase.atMs * track.sampleRate) / 1000);
        // The best match within ±20 ms of the plan.
        let best = { at: -1, score: -1 };
        for (let at = plannedAt - 320; at <= plannedAt + 320; at += 1) {
          const score = correlation(track.samples, clip, at);
          if (score > best.score) best = { at, score };
        }
        expect(best.score, `${phrase.phrase} at ${phrase.atMs} ms`).toBeGreaterThan(0.9);
        offsetsMs.push(((best.at - plannedAt) * 1000) / track.sampleRate);
      }
      expect(Math.max(...offsetsMs.map(Math.abs))).toBeLessThanOrEqual(5);
      // A wrong clip at a phrase's place does not match: the test can tell words apart.
      const half = planned.find((phrase) => phrase.phrase === 'half');
      const done = planned.find((phrase) => phrase.phrase === 'done');
      if (!half || !done) throw new Error('plan');
      const doneClip = decodeAdpcm({ ...done, bytes: bytes.subarray(done.offset) });
      expect(correlation(track.samples, doneClip, Math.round(half.atMs * 16))).toBeLessThan(0.5);
    });
  });
}

test('with Voice off, the track has tones only: no words where they would go', async ({ page }) => {
  test.setTimeout(120_000);
  const bank = voiceBanks.en;
  if (!bank) throw new Error('en');
  const bytes = readFileSync(new URL(`../public/${bank.file}`, import.meta.url));
  await setUp(page, false);
  const track = await playedTrack(page, 'en');
  const timeline = deriveTimeline(planSession('left', planOptions), timing);
  const half = trackVoice(timeline, 0, timeline.totalMs + 1, bank).phrases.find(
    (phrase) => phrase.phrase === 'half',
  );
  if (!half) throw new Error('plan');
  const clip = decodeAdpcm({ ...half, bytes: bytes.subarray(half.offset) });
  const at = Math.round((half.atMs * track.sampleRate) / 1000);
  expect(Math.abs(correlation(track.samples, clip, at))).toBeLessThan(0.5);
});
