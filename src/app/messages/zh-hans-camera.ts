import type { enCamera } from './en-camera';

/** Simplified Chinese messages of the camera feature, translated from en-camera.ts. */
export const zhHansCamera: Partial<Record<keyof typeof enCamera, string>> = {};
