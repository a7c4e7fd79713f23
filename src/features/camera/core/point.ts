/**
 * A point on a camera frame or a drawing, y pointing down. On its own, so that the camera's
 * ports (and the hand worker that speaks them) need nothing else of the camera's core.
 */
export interface Point2 {
  readonly x: number;
  readonly y: number;
}
