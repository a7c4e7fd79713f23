import type { enCore } from './en-core';

/** Simplified Chinese messages of the core feature, translated from en-core.ts. */
export const zhHansCore: Partial<Record<keyof typeof enCore, string>> = {};
