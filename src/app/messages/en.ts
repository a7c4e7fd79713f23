import { enCamera } from './en-camera';
import { enCore } from './en-core';
import { enGuide } from './en-guide';
import { enJournal } from './en-journal';
import { enPwa } from './en-pwa';
import { enSafety } from './en-safety';
import { enSession } from './en-session';
import { enTrust } from './en-trust';

/**
 * English messages: the complete catalog and the fallback for every other language.
 * Each feature keeps its own part, so that features can grow without touching each other.
 */
export const en = {
  ...enCore,
  ...enSession,
  ...enGuide,
  ...enSafety,
  ...enJournal,
  ...enPwa,
  ...enCamera,
  ...enTrust,
} as const;

export type MessageKey = keyof typeof en;
