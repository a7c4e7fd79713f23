import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pointIds, type PainSide } from '../../../domain/points';
import { planSession } from './planner';
import { breathPhaseLimitsMs, deriveTimeline, type Timeline, type TimingOptions } from './timeline';
import { toneLengthMs } from './tone-shapes';
import { clipMs, type VoiceBankIndex, type VoiceLocale } from './voice-bank';
import { voiceBanks } from './voice-bank-index';
import {
  placePhrases,
  speakingCues,
  trackVoice,
  voiceRules,
  withRoomForWords,
  type SpeakingCue,
} from './voice-placement';
import { phraseOf, type PhraseId } from './voice-phrases';

const locales: readonly VoiceLocale[] = ['en', 'es', 'zh-Hans'];
const bankOf = (locale: VoiceLocale): VoiceBankIndex => {
  const bank = voiceBanks[locale];
  if (!bank) throw new Error(locale);
  return bank;
};

const routineArb = fc.record({
  locale: fc.constantFrom(...locales),
  painSide: fc.constantFrom<PainSide>('left', 'right', 'both', 'middle'),
  holdMs: fc.integer({ min: 20_000, max: 120_000 }),
  isPregnant: fc.boolean(),
  leaveOut: fc.subarray([...pointIds], { maxLength: 4 }),
  order: fc.shuffledSubarray([...pointIds]),
  timing: fc.record<TimingOptions>({
    transitionMs: fc.integer({ min: 0, max: 30_000 }),
    breathInMs: fc.integer(breathPhaseLimitsMs),
    breathOutMs: fc.integer(breathPhaseLimitsMs),
  }),
  withRoom: fc.boolean(),
});

type RoutineValue = typeof routineArb extends fc.Arbitrary<infer T> ? T : never;

function routine(value: RoutineValue) {
  const { locale, painSide, holdMs, isPregnant, leaveOut, order, timing, withRoom } = value;
  const bank = bankOf(locale);
  const plan = planSession(painSide, { holdMs, isPregnant, leaveOut, order });
  const timeline = deriveTimeline(plan, withRoom ? withRoomForWords(timing, bank) : timing);
  return { bank, timeline, voice: trackVoice(timeline, 0, timeline.totalMs + 1, bank) };
}

const msOf = (bank: VoiceBankIndex, samples: number) => clipMs({ samples }, bank.sampleRate);
const isBreath = (kind: string) => kind.startsWith('breathe');

describe('where the words go', () => {
  it('never puts words over a tone, in any routine, language or timing', () => {
    fc.assert(
      fc.property(routineArb, (value) => {
        const { bank, timeline, voice } = routine(value);
        const tones = timeline.cues.filter((cue) => !isBreath(cue.kind));
        for (const phrase of voice.phrases) {
          const endMs = phrase.atMs + msOf(bank, phrase.samples);
          for (const tone of tones) {
            const toneEndMs = tone.atMs + toneLengthMs(tone.kind);
            expect(phrase.atMs < toneEndMs && endMs > tone.atMs, `${phrase.phrase}`).toBe(false);
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('never lets two phrases overlap', () => {
    fc.assert(
      fc.property(routineArb, (value) => {
        const { bank, voice } = routine(value);
        voice.phrases.forEach((phrase, index) => {
          const next = voice.phrases[index + 1];
          if (next) expect(phrase.atMs + msOf(bank, phrase.samples)).toBeLessThan(next.atMs);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('speaks every cue that has words when the timing has room for them', () => {
    fc.assert(
      fc.property(routineArb, (value) => {
        const { timeline, voice } = routine({ ...value, withRoom: true });
        const spoken = timeline.cues.filter((cue) => phraseOf(timeline, cue) !== null);
        expect(voice.phrases.map((p) => p.phrase)).toEqual(
          spoken.map((cue) => phraseOf(timeline, cue)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('speaks each phrase after its cue, late by at most the queue’s limit', () => {
    fc.assert(
      fc.property(routineArb, (value) => {
        const { timeline, bank } = routine(value);
        const cues = speakingCues(timeline, 0, timeline.totalMs + 1);
        const lengthOf = (id: PhraseId) => {
          const entry = bank.clips[id];
          return entry && clipMs(entry, bank.sampleRate);
        };
        for (const placed of placePhrases(cues, lengthOf, 0)) {
          if (placed.phrase === 'start-pulse' && placed.atMs < placed.cueAtMs) {
            // Said before its first press: it ends clear of the press tone.
            expect(placed.atMs + placed.ms).toBeLessThanOrEqual(placed.cueAtMs);
            continue;
          }
          expect(placed.atMs).toBeGreaterThan(placed.cueAtMs);
          const limit = ['press', 'release'].includes(placed.phrase)
            ? voiceRules.rhythmMaxLateMs
            : voiceRules.maxLateMs;
          expect(placed.atMs - placed.cueAtMs).toBeLessThanOrEqual(limit + 1200);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('Fengchi’s opening instruction and its first press', () => {
  const fengchi = (timing: TimingOptions, locale: VoiceLocale) => {
    const bank = bankOf(locale);
    const timeline: Timeline = deriveTimeline(
      planSession('left', { leaveOut: ['SI3', 'EX-UE8', 'LI4', 'GB21'] }),
      withRoomForWords(timing, bank),
    );
    return { timeline, voice: trackVoice(timeline, 0, timeline.totalMs + 1, bank), bank };
  };

  it.each(locales)(
    'in %s, says "press for 3 seconds…" before the first press, even with a 0 s get-ready time',
    (locale) => {
      const { timeline, voice, bank } = fengchi(
        { transitionMs: 0, breathInMs: 5000, breathOutMs: 5000 },
        locale,
      );
      const firstPress = timeline.cues.find((cue) => cue.kind === 'press');
      const instruction = voice.phrases.find((p) => p.phrase === 'start-pulse');
      expect(firstPress && instruction).toBeTruthy();
      if (!firstPress || !instruction) return;
      expect(instruction.atMs + msOf(bank, instruction.samples)).toBeLessThanOrEqual(
        firstPress.atMs,
      );
      // …and after the "get ready" words.
      const opening = voice.phrases[0];
      expect(opening?.phrase).toBe('get-ready/GB20/left');
      expect((opening?.atMs ?? 0) + msOf(bank, opening?.samples ?? 0)).toBeLessThan(
        instruction.atMs,
      );
    },
  );

  it.each(locales)(
    'in %s, says "Press" on every press, with the count at the 5th and 10th ("Press 5 of 10"), each after its tone, and "Release"',
    (locale) => {
      const { timeline, voice, bank } = fengchi(
        { transitionMs: 10_000, breathInMs: 5000, breathOutMs: 5000 },
        locale,
      );
      const presses = timeline.cues.filter((cue) => cue.kind === 'press');
      const said = voice.phrases.filter((p) => p.phrase.startsWith('press'));
      expect(said.map((p) => p.phrase)).toEqual(
        presses.map((cue) =>
          cue.pulse === 5 || cue.pulse === 10 ? `press/${cue.pulse}/10` : 'press',
        ),
      );
      said.forEach((phrase, index) => {
        const press = presses[index]!;
        // Right after its tone; the first press shares its moment with the longer start tone.
        const wantedMs = press.atMs + toneLengthMs('press') + voiceRules.afterToneMs;
        expect(phrase.atMs).toBeGreaterThanOrEqual(wantedMs);
        expect(phrase.atMs - wantedMs).toBeLessThanOrEqual(
          press.pulse === 1 ? voiceRules.rhythmMaxLateMs : 0,
        );
        // Said before the release tone, with the tone's guard.
        const release = timeline.cues.find(
          (cue) => cue.kind === 'release' && cue.atMs > press.atMs,
        )!;
        expect(phrase.atMs + msOf(bank, phrase.samples)).toBeLessThanOrEqual(
          release.atMs - voiceRules.toneGuardMs,
        );
      });
      expect(voice.phrases.filter((p) => p.phrase === 'release')).toHaveLength(presses.length);
    },
  );

  it('says a plain "Press" with a bank rendered before the count', () => {
    const bank = bankOf('en');
    const clips = Object.fromEntries(
      Object.entries(bank.clips).filter(([phrase]) => !phrase.startsWith('press/')),
    );
    const timeline = deriveTimeline(
      planSession('left', { leaveOut: ['SI3', 'EX-UE8', 'LI4', 'GB21'] }),
      withRoomForWords({ transitionMs: 10_000, breathInMs: 5000, breathOutMs: 5000 }, bank),
    );
    const voice = trackVoice(timeline, 0, timeline.totalMs + 1, { ...bank, clips });
    const presses = timeline.cues.filter((cue) => cue.kind === 'press');
    expect(voice.phrases.filter((p) => p.phrase === 'press')).toHaveLength(presses.length);
  });
});

describe('the room the timeline makes for words', () => {
  it('lengthens a get-ready time too short for the longest opening and the instruction, in whole seconds', () => {
    for (const locale of locales) {
      const timing = withRoomForWords(
        { transitionMs: 0, breathInMs: 5000, breathOutMs: 5000 },
        bankOf(locale),
      );
      expect(timing.transitionMs % 1000).toBe(0);
      expect(timing.transitionMs).toBeGreaterThan(5000);
      expect(timing.transitionMs).toBeLessThanOrEqual(12_000);
    }
  });

  it('keeps a longer chosen time as it is', () => {
    const timing = { transitionMs: 30_000, breathInMs: 5000, breathOutMs: 5000 };
    expect(withRoomForWords(timing, bankOf('es'))).toBe(timing);
  });
});

describe('the queue', () => {
  const cue = (
    atMs: number,
    kind: SpeakingCue['kind'],
    phrase: SpeakingCue['phrase'],
  ): SpeakingCue => ({ atMs, kind, phrase });

  it('moves a phrase past a tone it would cover', () => {
    const placed = placePhrases([cue(0, 'half', 'half'), cue(1000, 'press', null)], () => 1500);
    expect(placed[0]?.atMs).toBe(1000 + toneLengthMs('press') + voiceRules.toneGuardMs);
  });

  it('drops a phrase that would start more than its limit late', () => {
    const pulses = Array.from({ length: 10 }, (_, n) => [cue(n * 1000, 'press', null)]).flat();
    expect(placePhrases([cue(0, 'half', 'half'), ...pulses], () => 1500)).toEqual([]);
  });

  it('drops a late "Press" rather than say it after the rhythm moved on', () => {
    const placed = placePhrases([cue(0, 'half', 'half'), cue(500, 'press', 'press')], (phrase) =>
      phrase === 'half' ? 1500 : 400,
    );
    expect(placed.map((p) => p.phrase)).toEqual(['half']);
  });

  it('says nothing for a phrase the language has no clip for', () => {
    expect(placePhrases([cue(0, 'half', 'half')], () => undefined)).toEqual([]);
  });

  it('places nothing before the track’s start', () => {
    const placed = placePhrases(
      [cue(5000, 'start', 'start-pulse'), cue(5000, 'press', null)],
      () => 3000,
      4000,
    );
    expect(placed[0]?.atMs).toBeGreaterThanOrEqual(4000);
  });
});
