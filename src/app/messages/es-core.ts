import type { enCore } from './en-core';

/** Spanish messages of the core feature, translated from en-core.ts. */
export const esCore: Partial<Record<keyof typeof enCore, string>> = {};
