/** English messages owned by the guide feature. Keys start with "guide.". */
export const enGuide = {} as const;
