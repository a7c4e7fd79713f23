import type { ComponentChildren } from 'preact';
import { headBack } from '../../../domain/drawings';
import { ArrowHead, Silhouette } from './shapes';

// The back of the head and upper neck, seen from behind: the person's left is the picture's left.
const head = { cx: 120, cy: 86, rx: 68, ry: 76 };
const ear = { cy: 128, rx: 11, ry: 22 };
const neck = 'M52,128 L188,128 L154,190 C176,198 214,210 232,250 L8,250 C26,210 64,198 86,190 Z';
const hair =
  'M58,120 C48,70 70,14 120,12 C170,14 192,70 182,120 C172,128 152,128 138,130 ' +
  'Q120,134 102,130 C88,128 68,128 58,120 Z';

/** The muscles' edges either side of the spine and behind the ears, on one side. */
function MuscleEdges({ flip }: { flip: boolean }) {
  const { trapeziusOuterLeftX: trap, scmInnerLeftX: scm, skullBaseY } = headBack;
  return (
    <g transform={flip ? 'translate(240 0) scale(-1 1)' : undefined}>
      <path
        class="pic-muscle"
        d={`M${trap + 2},${skullBaseY - 4} C${trap - 2},${skullBaseY + 24} ${trap - 4},${skullBaseY + 40} ${trap - 40},${skullBaseY + 64}`}
      />
      <path
        class="pic-muscle"
        d={`M${scm - 4},${skullBaseY - 10} C${scm},${skullBaseY + 10} ${scm + 8},${skullBaseY + 28} ${scm + 14},${skullBaseY + 40}`}
      />
      <path
        class="pic-detail"
        d={`M${head.cx - head.rx - 2},112 Q${head.cx - head.rx + 8},126 ${head.cx - head.rx + 2},142`}
      />
    </g>
  );
}

/** The thumbs' path along the base of the skull, from the middle outward to each hollow. */
export function ThumbPaths(props: { leftX: number; rightX: number; y: number; r: number }) {
  const mid = headBack.midlineX;
  return (
    <g>
      {[props.leftX, props.rightX].map((x) => {
        const dir = Math.sign(x - mid);
        const start = { x: mid + dir * 3, y: props.y - 8 };
        const tip = { x: x - dir * (props.r + 3), y: props.y - 3 };
        const control = { x: (start.x + tip.x) / 2, y: props.y - 12 };
        return (
          <g key={x}>
            <circle class="pic-path-head" cx={start.x} cy={start.y} r={2.5} />
            <path
              class="pic-path"
              d={`M${start.x},${start.y} Q${control.x},${control.y} ${tip.x},${tip.y}`}
            />
            <ArrowHead tip={tip} from={control} size={6} />
          </g>
        );
      })}
    </g>
  );
}

export function HeadBack({ children }: { children?: ComponentChildren }) {
  const { midlineX, skullBaseY } = headBack;
  return (
    <g>
      <Silhouette
        areas={[neck]}
        limbs={[]}
        ellipses={[head, { ...ear, cx: 56 }, { ...ear, cx: 184 }]}
      />
      <MuscleEdges flip={false} />
      <MuscleEdges flip />
      <path class="pic-hair" d={hair} />
      <path
        class="pic-detail"
        d={`M70,${skullBaseY - 2} Q${midlineX},${skullBaseY - 18} 170,${skullBaseY - 2}`}
      />
      <line class="pic-bone" x1={midlineX} y1={skullBaseY} x2={midlineX} y2={246} />
      {children}
    </g>
  );
}
