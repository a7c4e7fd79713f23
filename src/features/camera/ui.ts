/** The components of camera that other features' screens show. */
export type { CameraFinderProps } from './ui/camera-finder';
export { CameraLinks } from './ui/camera-links';
