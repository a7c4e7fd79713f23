import type { enCamera } from './en-camera';

/** Spanish messages of the camera feature, translated from en-camera.ts. */
export const esCamera: Partial<Record<keyof typeof enCamera, string>> = {};
