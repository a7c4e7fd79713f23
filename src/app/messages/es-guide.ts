import type { enGuide } from './en-guide';

/** Spanish messages of the guide feature, translated from en-guide.ts. */
export const esGuide: Partial<Record<keyof typeof enGuide, string>> = {};
