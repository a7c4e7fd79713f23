import type { ComponentChildren } from 'preact';
import { drawings, rightFist } from '../../../domain/drawings';
import { Crease, Silhouette } from './shapes';

// A right hand in a loose fist, seen from the little-finger side: back of the hand on top, palm
// below, the curled little finger on the right. Mirrored for the left hand.
const fist =
  'M0,88 L100,86 C130,80 170,68 204,62 C216,60 226,68 228,80 L214,146 ' +
  'C200,158 180,164 160,164 C140,162 120,158 100,156 L0,158 Z';
// The curled ring finger peeks out behind the little finger.
const ringFinger = [
  { x: 200, y: 70 },
  { x: 234, y: 96 },
  { x: 226, y: 132 },
];
const littleFinger = [
  { x: 208, y: 80 },
  { x: 238, y: 110 },
  { x: 226, y: 146 },
  { x: 198, y: 152 },
];

export function FistSide(props: { mirrored: boolean; children?: ComponentChildren }) {
  const { width } = drawings['fist-side'];
  const { knuckle, creaseEnd, skinBorderY } = rightFist;
  return (
    <g transform={props.mirrored ? `translate(${width} 0) scale(-1 1)` : undefined}>
      <Silhouette areas={[fist]} limbs={[]} />
      <Silhouette areas={[]} limbs={[{ xys: ringFinger, width: 22 }]} />
      <Silhouette areas={[]} limbs={[{ xys: littleFinger, width: 22 }]} />
      <path
        class="pic-detail"
        d={`M${knuckle.x - 10},${knuckle.y - 2} Q${knuckle.x},${knuckle.y - 10} ${knuckle.x + 12},${knuckle.y - 2}`}
      />
      <Crease at={littleFinger[1]!} from={littleFinger[0]!} to={littleFinger[2]!} width={22} />
      <Crease at={littleFinger[2]!} from={littleFinger[1]!} to={littleFinger[3]!} width={22} />
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
