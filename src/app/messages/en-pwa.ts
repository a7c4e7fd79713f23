/** English messages owned by the pwa feature. Keys start with "pwa.". */
export const enPwa = {} as const;
