import type { enPwa } from './en-pwa';

/** Spanish messages of the pwa feature, translated from en-pwa.ts. */
export const esPwa: Partial<Record<keyof typeof enPwa, string>> = {};
