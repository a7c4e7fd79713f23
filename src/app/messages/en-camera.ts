/** English messages owned by the camera feature. Keys start with "camera.". */
export const enCamera = {} as const;
