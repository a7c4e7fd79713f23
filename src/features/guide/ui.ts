/** The components of guide that other features' screens show. */
export { AnchorPicture, PointPicture } from './ui/illustrations/point-picture';
export type { PictureSize } from './ui/illustrations/point-picture';
