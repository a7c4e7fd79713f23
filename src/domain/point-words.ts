import type { Region, Side } from './points';

/** The message key that names a side the way the point's body part says it. */
export type SideWordKey =
  | 'side.hand.left'
  | 'side.hand.right'
  | 'side.shoulder.left'
  | 'side.shoulder.right'
  | 'side.body.left'
  | 'side.body.right';

/**
 * The one side-word rule: "left hand", "right shoulder", "left side". A hand point says the
 * hand, a shoulder point the shoulder, and any other region (the head's Fengchi) the side of
 * the body. A new region reads "side" until it is given its own words here.
 */
export function sideWordKey(region: Region, side: Side): SideWordKey {
  if (region === 'hand') return side === 'left' ? 'side.hand.left' : 'side.hand.right';
  if (region === 'shoulder') return side === 'left' ? 'side.shoulder.left' : 'side.shoulder.right';
  return side === 'left' ? 'side.body.left' : 'side.body.right';
}
