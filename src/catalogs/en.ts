import { enCamera } from '../features/camera/messages/en';
import { enCore } from '../features/shell/messages/en-core';
import { enGuide } from '../features/guide/messages/en';
import { enJournal } from '../features/journal/messages/en';
import { enPwa } from '../features/pwa/messages/en';
import { enSafety } from '../features/safety/messages/en';
import { enSession } from '../features/session/messages/en';
import { enShell } from '../features/shell/messages/en';
import { enTrust } from '../features/shell/messages/en-trust';
import { enTrial } from '../features/trial/messages/en';
import { enSpots } from '../features/spots/messages/en';

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

// Gives i18n/ its key type without i18n/ importing a catalog.
declare module '../i18n/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the keys come from en
  interface MessageKeys extends Readonly<Record<keyof typeof en, string>> {}
}
