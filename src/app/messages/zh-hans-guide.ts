import type { enGuide } from './en-guide';

/** Simplified Chinese messages of the guide feature, translated from en-guide.ts. */
export const zhHansGuide: Partial<Record<keyof typeof enGuide, string>> = {};
