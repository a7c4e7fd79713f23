import type { ComponentChildren } from 'preact';
import { drawings, rightHand, type Xy } from '../../../domain/drawings';
import { Crease, Nail, Silhouette } from './shapes';

type Finger = 'index' | 'middle' | 'ring' | 'little';
const fingers: readonly Finger[] = ['index', 'middle', 'ring', 'little'];

// The back of a right hand, palm down, fingers away from the viewer: the thumb is on the left.
// Drawn from the landmarks in core/illustrations.ts, which the point zones also use.
const palm =
  'M100,300 L168,300 C172,272 186,220 187,172 C188,152 182,140 170,134 C150,122 130,118 110,119 ' +
  'C92,120 78,126 76,140 Q78,182 60,210 L96,268 Z';

function fingerLine(finger: Finger): readonly Xy[] {
  return [rightHand.knuckles[finger], ...rightHand.fingerJoints[finger]];
}

function between(a: Xy, b: Xy, t: number): Xy {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/**
 * The back of one hand. `mirrored` turns the right hand into the left. Children are drawn in the
 * right hand's coordinates inside the same mirror, so overlays follow the hand.
 */
export function HandBack(props: {
  mirrored: boolean;
  children?: ComponentChildren;
  under?: ComponentChildren;
}) {
  const { width } = drawings['hand-back'];
  const limbs = [
    { xys: rightHand.thumb, width: rightHand.fingerWidths.thumb },
    ...fingers.map((finger) => ({
      xys: fingerLine(finger),
      width: rightHand.fingerWidths[finger],
    })),
  ];
  return (
    <g transform={props.mirrored ? `translate(${width} 0) scale(-1 1)` : undefined}>
      {props.under}
      <Silhouette areas={[palm]} limbs={limbs} />
      {fingers.map((finger) => {
        const [knuckle, middle, tip] = fingerLine(finger) as [Xy, Xy, Xy];
        const w = rightHand.fingerWidths[finger];
        const base = rightHand.metacarpalBases[finger];
        return (
          <g key={finger}>
            <line class="pic-bone" x1={knuckle.x} y1={knuckle.y + 6} x2={base.x} y2={base.y} />
            <path
              class="pic-detail"
              d={`M${knuckle.x - w * 0.32},${knuckle.y - 3} Q${knuckle.x},${knuckle.y - 11} ${knuckle.x + w * 0.32},${knuckle.y - 3}`}
            />
            <Crease at={middle} from={knuckle} to={tip} width={w} />
            <Crease at={between(middle, tip, 0.45)} from={middle} to={tip} width={w * 0.8} />
            <Nail from={middle} tip={tip} width={w} />
          </g>
        );
      })}
      <Crease
        at={rightHand.thumb[1]}
        from={rightHand.thumb[0]}
        to={rightHand.thumb[2]}
        width={rightHand.fingerWidths.thumb}
      />
      <Nail
        from={rightHand.thumb[1]}
        tip={rightHand.thumb[2]}
        width={rightHand.fingerWidths.thumb}
      />
      <path class="pic-detail" d="M104,286 Q134,280 164,286" />
      {props.children}
    </g>
  );
}
