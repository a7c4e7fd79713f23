/** English messages owned by the session feature. Keys start with "session.". */
export const enSession = {} as const;
