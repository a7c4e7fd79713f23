import type { enSafety } from './en-safety';

/** Spanish messages of the safety feature, translated from en-safety.ts. */
export const esSafety: Partial<Record<keyof typeof enSafety, string>> = {};
