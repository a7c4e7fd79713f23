// Every phrase the track speaks, per language, as the render script renders it and the CI test
// checks it: the words come from the screen catalogs and the spoken forms, never typed here.
import { createHash } from 'node:crypto';
import { en, type MessageKey } from '../../src/catalogs/en';
import { es } from '../../src/catalogs/es';
import { zhHans } from '../../src/catalogs/zh-hans';
import type { Locale } from '../../src/i18n/i18n';
import {
  allPhraseIds,
  phraseText,
  voiceText,
  type FixedPhrase,
  type PhraseId,
  type PhraseWords,
  type PreparePhrase,
  type SpokenForms,
} from '../../src/features/session/core/voice-phrases';
import { voiceEn } from '../../src/features/session/messages/voice-en';
import { voiceEs } from '../../src/features/session/messages/voice-es';
import { voiceZhHans } from '../../src/features/session/messages/voice-zh-hans';

/** The synthesizer of each language, as the render script runs it and the index records it. */
export const voiceEngines = {
  en: { engine: 'flite', package: 'flite 2.2-5 (Debian bookworm main)', voice: 'cmu_us_slt' },
  es: {
    engine: 'pico',
    package: 'libttspico-utils 1.0+git20130326-13 (Debian bookworm non-free)',
    voice: 'es-ES',
  },
  'zh-Hans': {
    engine: 'espeak-ng',
    package: 'eSpeak NG 1.52-dev (npm espeak-ng 1.0.2)',
    voice: 'cmn',
  },
} as const satisfies Record<Locale, { engine: string; package: string; voice: string }>;

const catalogs: Record<Locale, Readonly<Record<MessageKey, string>>> = {
  en,
  es,
  'zh-Hans': zhHans,
};
const spoken: Record<Locale, SpokenForms> = { en: voiceEn, es: voiceEs, 'zh-Hans': voiceZhHans };

const messageKeys: Record<PreparePhrase | FixedPhrase, MessageKey> = {
  'get-ready': 'session.cue.getReady',
  'next-point': 'session.cue.nextPoint',
  'switch-side': 'session.cue.switchSide',
  'start-hold': 'session.cue.startHold',
  'start-pulse': 'session.cue.startPulse',
  half: 'session.cue.half',
  'ten-left': 'session.cue.tenLeft',
  press: 'session.cue.press',
  release: 'session.cue.release',
  done: 'session.cue.done',
};

const sideKeys = {
  hand: { left: 'side.hand.left', right: 'side.hand.right' },
  head: { left: 'side.body.left', right: 'side.body.right' },
  shoulder: { left: 'side.shoulder.left', right: 'side.shoulder.right' },
} as const satisfies Record<string, Record<string, MessageKey>>;

/** What a language's voice says, from its screen catalog and its spoken forms. */
export function phraseWords(locale: Locale): PhraseWords {
  const catalog = catalogs[locale];
  const forms = spoken[locale];
  return {
    message: (phrase) => catalog[messageKeys[phrase]],
    pressCount: (number, of) =>
      catalog['session.pressCount'].replace('{number}', String(number)).replace('{of}', String(of)),
    pointName: (id) => forms.points[id],
    sideLabel: (region, side) => catalog[sideKeys[region][side]],
    respell: forms.respell,
  };
}

export interface Phrase {
  readonly id: PhraseId;
  /** The words as a person hears them. */
  readonly text: string;
  /** What the synthesizer reads. */
  readonly voiceText: string;
  /** Of the voice's text and the engine: a changed message or engine makes a clip stale. */
  readonly hash: string;
}

export function phraseHash(locale: Locale, text: string): string {
  const { engine, package: version, voice } = voiceEngines[locale];
  return createHash('sha256')
    .update([engine, version, voice, text].join('\n'))
    .digest('hex')
    .slice(0, 16);
}

/** Every phrase of a language, in the index's order. */
export function phraseList(locale: Locale): readonly Phrase[] {
  const words = phraseWords(locale);
  return allPhraseIds().map((id) => {
    const spokenText = voiceText(words, id);
    return {
      id,
      text: phraseText(words, id),
      voiceText: spokenText,
      hash: phraseHash(locale, spokenText),
    };
  });
}
