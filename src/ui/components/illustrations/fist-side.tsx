import type { ComponentChildren } from 'preact';
import { drawings, rightFist } from '../../../core/illustrations';
import { Silhouette } from './shapes';

// A right hand in a loose fist, seen from the little-finger side: back of the hand on top, palm
// below, the curled little finger on the right. Mirrored for the left hand.
const fist =
  'M0,86 L100,84 C130,80 170,70 200,66 C220,64 236,76 240,96 C244,120 238,146 222,158 ' +
  'C206,168 180,170 160,164 C140,158 120,156 100,154 L0,156 Z';

export function FistSide(props: { mirrored: boolean; children?: ComponentChildren }) {
  const { width } = drawings['fist-side'];
  const { knuckle, creaseEnd, skinBorderY } = rightFist;
  return (
    <g transform={props.mirrored ? `translate(${width} 0) scale(-1 1)` : undefined}>
      <Silhouette areas={[fist]} limbs={[]} />
      <path
        class="pic-detail"
        d={`M${knuckle.x - 10},${knuckle.y - 2} Q${knuckle.x},${knuckle.y - 10} ${knuckle.x + 12},${knuckle.y - 2}`}
      />
      <path class="pic-detail" d="M228,118 Q220,126 224,136" />
      <path class="pic-detail" d="M222,158 C214,146 204,140 196,142" />
      <path
        class="pic-bone"
        d={`M102,${skinBorderY + 6} C130,${skinBorderY + 4} 160,${skinBorderY} ${creaseEnd.x},${skinBorderY}`}
      />
      <path
        class="pic-crease"
        d={`M196,160 C190,146 184,128 ${creaseEnd.x + 1},${creaseEnd.y + 2}`}
      />
      <path class="pic-detail" d="M100,96 C98,112 98,128 100,146" />
      {props.children}
    </g>
  );
}
