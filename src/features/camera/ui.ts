/** The components of camera that other features' screens show. */
export type { CameraFinderProps } from './ui/camera-finder';
export { CameraLinks } from './ui/camera-links';

/** Camera mode's finder, loaded only when a screen opens it (it brings the camera's code). */
export const loadCameraFinder = () => import('./ui/camera-finder').then((m) => m.CameraFinder);
export { isHandPointId } from './core/hand-points';
