import type { enSession } from './en-session';

/** Spanish messages of the session feature, translated from en-session.ts. */
export const esSession: Partial<Record<keyof typeof enSession, string>> = {};
