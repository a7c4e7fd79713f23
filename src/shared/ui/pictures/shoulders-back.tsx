import type { ComponentChildren } from 'preact';
import { t } from '../../../i18n/i18n';
import { drawings, mirrorX, shouldersBack } from '../../../domain/drawings';
import { Label, Silhouette } from './shapes';

// Shoulders from behind: the person's left is the picture's left.
const head = { cx: 150, cy: 50, rx: 40, ry: 46 };
const ear = { cy: 60, rx: 7, ry: 14 };
const body =
  'M124,78 L176,78 L174,104 C190,116 220,122 240,128 C256,132 266,140 268,156 L272,210 ' +
  'L28,210 L32,156 C34,140 44,132 60,128 C80,122 110,116 126,104 Z';
const hair =
  'M112,62 C104,30 124,4 150,4 C176,4 196,30 188,62 C182,76 166,80 150,80 C134,80 118,76 112,62 Z';

export function ShouldersBack({ children }: { children?: ComponentChildren }) {
  const { width } = drawings['shoulders-back'];
  const { c7, acromionLeft } = shouldersBack;
  const acromionRight = { x: mirrorX(width, acromionLeft.x), y: acromionLeft.y };
  return (
    <g>
      <Silhouette
        areas={[body]}
        limbs={[]}
        ellipses={[head, { ...ear, cx: 110 }, { ...ear, cx: 190 }]}
      />
      <path class="pic-hair" d={hair} />
      <path class="pic-muscle" d="M136,84 C130,108 100,118 64,132" />
      <path class="pic-muscle" d="M164,84 C170,108 200,118 236,132" />
      <line class="pic-bone" x1={c7.x} y1={c7.y} x2={c7.x} y2={206} />
      <line class="pic-measure" x1={c7.x} y1={c7.y} x2={acromionLeft.x} y2={acromionLeft.y} />
      <line class="pic-measure" x1={c7.x} y1={c7.y} x2={acromionRight.x} y2={acromionRight.y} />
      {[c7, acromionLeft, acromionRight].map((landmark) => (
        <circle key={landmark.x} class="pic-landmark" cx={landmark.x} cy={landmark.y} r={4.5} />
      ))}
      <Label x={c7.x} y={c7.y + 20}>
        {t('guide.label.c7')}
      </Label>
      <Label x={acromionLeft.x - 8} y={acromionLeft.y + 22} anchor="start">
        {t('guide.label.shoulderTip')}
      </Label>
      <Label x={acromionRight.x + 8} y={acromionRight.y + 22} anchor="end">
        {t('guide.label.shoulderTip')}
      </Label>
      {children}
    </g>
  );
}
