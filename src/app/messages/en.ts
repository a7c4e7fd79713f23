import { enCamera } from './en-camera';
import { enCore } from './en-core';
import { enGuide } from './en-guide';
import { enJournal } from './en-journal';
import { enPwa } from './en-pwa';
import { enSafety } from './en-safety';
import { enSession } from './en-session';
import { enShell } from './en-shell';
import { enTrust } from './en-trust';
import { enTrial } from '../../features/trial/messages/en';
import { enSpots } from '../../features/spots/messages/en';

/**
 * English messages: the complete catalog and the fallback for every other language.
 * Each feature keeps its own part, so that features can grow without touching each other.
 * The first screen carries only en-shell and en-pwa; this whole catalog loads with the first
 * lazy screen (see loadMessages in ../i18n.ts).
 */
export const en = {
  ...enShell,
  ...enCore,
  ...enSession,
  ...enGuide,
  ...enSafety,
  ...enJournal,
  ...enPwa,
  ...enCamera,
  ...enTrust,
  ...enTrial,
  ...enSpots,
} as const;

export type MessageKey = keyof typeof en;
