/** English messages owned by the safety feature. Keys start with "safety.". */
export const enSafety = {} as const;
