import type { enSession } from './en-session';

/** Simplified Chinese messages of the session feature, translated from en-session.ts. */
export const zhHansSession: Partial<Record<keyof typeof enSession, string>> = {};
