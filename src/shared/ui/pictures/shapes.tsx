import type { ComponentChildren } from 'preact';
import type { PointAnchor, Xy } from '../../../domain/drawings';

/** "x,y x,y" for polyline points. */
export function pointList(xys: readonly Xy[]): string {
  return xys.map(({ x, y }) => `${x},${y}`).join(' ');
}

/** Degrees of the direction from a to b, 0 pointing right, clockwise positive (SVG y is down). */
export function angleOf(a: Xy, b: Xy): number {
  return (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
}

/**
 * Skin shapes drawn twice: first thick in the outline colour, then in the skin colour on top,
 * so overlapping parts (palm, fingers, thumb) read as one silhouette with one outline.
 */
export function Silhouette(props: {
  areas: readonly string[];
  limbs: readonly { readonly xys: readonly Xy[]; readonly width: number }[];
  ellipses?: readonly { cx: number; cy: number; rx: number; ry: number }[];
  tone?: 'skin' | 'other';
}) {
  const outline = 4;
  const layer = (isOutline: boolean) => (
    <g class={isOutline ? 'pic-outline' : props.tone === 'other' ? 'pic-skin-other' : 'pic-skin'}>
      {props.areas.map((d) => (
        <path key={d} d={d} stroke-width={isOutline ? outline : 0} />
      ))}
      {(props.ellipses ?? []).map((e) => (
        <ellipse key={`${e.cx},${e.cy}`} {...e} stroke-width={isOutline ? outline : 0} />
      ))}
      {props.limbs.map((limb) => (
        <polyline
          key={pointList(limb.xys)}
          points={pointList(limb.xys)}
          fill="none"
          stroke-linecap="round"
          stroke-linejoin="round"
          stroke-width={limb.width + (isOutline ? outline : 0)}
        />
      ))}
    </g>
  );
  return (
    <>
      {layer(true)}
      {layer(false)}
    </>
  );
}

/** A fingernail at the tip of a finger running from `from` to `tip`. */
export function Nail({ from, tip, width }: { from: Xy; tip: Xy; width: number }) {
  const angle = angleOf(from, tip) + 90;
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  const back = Math.min(8, length / 3);
  const x = tip.x - ((tip.x - from.x) / length) * back;
  const y = tip.y - ((tip.y - from.y) / length) * back;
  return (
    <rect
      class="pic-detail-fill"
      x={-width * 0.3}
      y={-width * 0.42}
      width={width * 0.6}
      height={width * 0.72}
      rx={width * 0.26}
      transform={`translate(${x} ${y}) rotate(${angle})`}
    />
  );
}

/** A short crease across a limb at `at`, the limb running in direction from → to. */
export function Crease({ at, from, to, width }: { at: Xy; from: Xy; to: Xy; width: number }) {
  const angle = angleOf(from, to) + 90;
  const half = width * 0.3;
  return (
    <path
      class="pic-detail"
      d={`M${-half},0 Q0,${-3} ${half},0`}
      transform={`translate(${at.x} ${at.y}) rotate(${angle})`}
    />
  );
}

/** An arrowhead at `tip`, pointing away from `from`. */
export function ArrowHead({ tip, from, size = 7 }: { tip: Xy; from: Xy; size?: number }) {
  return (
    <path
      class="pic-path-head"
      d={`M0,0 L${-size},${-size * 0.55} L${-size},${size * 0.55} Z`}
      transform={`translate(${tip.x} ${tip.y}) rotate(${angleOf(from, tip)})`}
    />
  );
}

/**
 * A search zone, not a pin: a soft halo about one finger width across with the most likely spot
 * in the middle. `isOther` draws the side not being pressed, faintly.
 */
export function Zone(props: { anchor: PointAnchor; highlighted?: boolean; isOther?: boolean }) {
  const { anchor } = props;
  const classes = ['pic-zone'];
  if (props.highlighted) classes.push('is-highlighted');
  if (props.isOther) classes.push('is-other');
  return (
    <g
      class={classes.join(' ')}
      data-point={anchor.pointId}
      data-side={anchor.side}
      data-drawing={anchor.drawing}
      transform={`translate(${anchor.cx} ${anchor.cy})`}
    >
      <circle class="pic-zone-halo" r={anchor.r * 1.45} />
      <circle class="pic-zone-area" r={anchor.r} />
      {!props.isOther && <circle class="pic-zone-spot" r={Math.max(2.2, anchor.r * 0.24)} />}
    </g>
  );
}

/** Small text in a drawing. */
export function Label(props: {
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  children: ComponentChildren;
}) {
  return (
    <text class="pic-label" x={props.x} y={props.y} text-anchor={props.anchor ?? 'middle'}>
      {props.children}
    </text>
  );
}
