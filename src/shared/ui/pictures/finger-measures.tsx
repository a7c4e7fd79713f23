import { t } from '../../../i18n/i18n';
import { Label, Nail, Silhouette } from './shapes';

// Finger-width measures (clinical.md): the thumb at its widest joint is 1 cun; four fingers
// held together, across the middle knuckles, are 3 cun.
const thumb = { x: 56, width: 34, tipY: 40, jointY: 86 };
const fingers = [
  { x: 120, tipY: 40 },
  { x: 146, tipY: 28 },
  { x: 172, tipY: 36 },
  { x: 198, tipY: 58 },
];
// Four fingers side by side are three thumb widths across.
const fingerWidth = 25;
const jointY = 96;

function Measure({ x1, x2, y }: { x1: number; x2: number; y: number }) {
  return (
    <g class="pic-measure-bar">
      <line x1={x1} y1={y} x2={x2} y2={y} />
      <line x1={x1} y1={y - 7} x2={x1} y2={y + 7} />
      <line x1={x2} y1={y - 7} x2={x2} y2={y + 7} />
    </g>
  );
}

export function FingerMeasures() {
  const limbs = [
    {
      xys: [
        { x: thumb.x, y: 132 },
        { x: thumb.x, y: thumb.tipY },
      ],
      width: thumb.width,
    },
    ...fingers.map((finger) => ({
      xys: [
        { x: finger.x, y: 132 },
        { x: finger.x, y: finger.tipY },
      ],
      width: fingerWidth,
    })),
  ];
  return (
    <g>
      <Silhouette areas={[]} limbs={limbs} />
      <Nail from={{ x: thumb.x, y: 132 }} tip={{ x: thumb.x, y: thumb.tipY }} width={thumb.width} />
      {fingers.map((finger) => (
        <Nail
          key={finger.x}
          from={{ x: finger.x, y: 132 }}
          tip={{ x: finger.x, y: finger.tipY }}
          width={fingerWidth}
        />
      ))}
      <Measure x1={thumb.x - thumb.width / 2} x2={thumb.x + thumb.width / 2} y={thumb.jointY} />
      <Measure
        x1={fingers[0]!.x - fingerWidth / 2}
        x2={fingers[3]!.x + fingerWidth / 2}
        y={jointY}
      />
      <Label x={thumb.x} y={164}>
        {t('guide.label.oneCun')}
      </Label>
      <Label x={(fingers[0]!.x + fingers[3]!.x) / 2} y={164}>
        {t('guide.label.threeCun')}
      </Label>
    </g>
  );
}
