import type { enSafety } from './en-safety';

/** Simplified Chinese messages of the safety feature, translated from en-safety.ts. */
export const zhHansSafety: Partial<Record<keyof typeof enSafety, string>> = {};
