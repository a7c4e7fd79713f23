import type { PointAnchor } from '../../../domain/drawings';
import { toPicture, type ZoneXy } from '../../../domain/zone-frame';

/**
 * "Your spot" on a picture: a ring with a dot, drawn over the zone (which stays drawn), its size
 * from the zone's so it reads the same on every picture. A pending marker (while choosing) is
 * dashed.
 */
export function SpotMarker(props: { anchor: PointAnchor; spot: ZoneXy; pending?: boolean }) {
  const { x, y } = toPicture(props.anchor, props.spot);
  const r = Math.max(4, props.anchor.r * 0.42);
  return (
    <g
      class={`spot-marker${props.pending ? ' is-pending' : ''}`}
      transform={`translate(${x} ${y})`}
      aria-hidden="true"
    >
      <circle class="spot-marker-back" r={r + 1.5} />
      <circle class="spot-marker-ring" r={r} />
      <circle class="spot-marker-dot" r={Math.max(1.6, r * 0.3)} />
    </g>
  );
}
