import type { CameraPlatform } from '../features/camera/ports';
import { createCamera } from './camera';
import { createFrameClock } from './frame-clock';
import { cameraDownloadBytes, createHandLandmarker, releaseHandModel } from './hand-landmarker';

/** The camera mode's adapters, loaded the first time camera mode opens. */
export function createCameraPlatform(): CameraPlatform {
  return {
    camera: createCamera(),
    frames: createFrameClock(),
    createHandLandmarker,
    downloadBytes: cameraDownloadBytes,
    release: releaseHandModel,
  };
}
