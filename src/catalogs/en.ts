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
import { enTurn } from '../features/turn/messages/en';
import type { parts } from './parts';

/**
 * English messages: the complete catalog, whose keys are the app's message keys, and the
 * fallback for every other language. Each feature keeps its own part, so that features can grow
 * without touching each other. The app never loads this whole catalog: each screen loads the
 * parts it shows (register.ts); the tests and the tools read it whole.
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
  ...enTurn,
} as const;

export type MessageKey = keyof typeof en;

// Gives i18n/ its key type and the parts' names (parts.ts) without i18n/ importing a catalog.
declare module '../i18n/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the keys come from en
  interface MessageKeys extends Readonly<Record<keyof typeof en, string>> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the names from parts
  interface MessageParts extends Readonly<Record<keyof typeof parts, true>> {}
}
