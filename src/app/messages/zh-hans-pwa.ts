import type { enPwa } from './en-pwa';

/** Simplified Chinese messages of the pwa feature, translated from en-pwa.ts. */
export const zhHansPwa: Partial<Record<keyof typeof enPwa, string>> = {};
