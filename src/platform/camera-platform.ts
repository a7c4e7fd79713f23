import type { CameraPlatform } from '../features/camera/ports';
import { createCamera } from './camera';
import { cameraDownloadBytes, createHandLandmarker, releaseHandModel } from './hand-landmarker';

/** The camera mode's adapters, loaded the first time camera mode opens. */
export function createCameraPlatform(): CameraPlatform {
  return {
    camera: createCamera(),
    createHandLandmarker,
    downloadBytes: cameraDownloadBytes,
    release: releaseHandModel,
  };
}
