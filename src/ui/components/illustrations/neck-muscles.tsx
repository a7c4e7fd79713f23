import { t } from '../../../app/i18n';
import { neckSide } from '../../../core/illustrations';
import { Label, Silhouette } from './shapes';

// The head and neck from the side, facing right, with the two muscles the article names
// (article, point 5): the trapezius, from the base of the head down over the shoulder, and the
// sternocleidomastoid (SCM), from behind the ear to the groove at the base of the throat.
const head =
  'M66,118 C44,92 48,34 104,16 C150,4 184,30 186,58 L198,84 L188,90 L192,104 L186,112 ' +
  'L186,126 C178,138 164,140 150,138 L96,132 Z';
const body =
  'M74,112 L150,130 C156,160 162,186 172,204 C196,212 224,222 236,246 L236,260 L20,260 ' +
  'L20,232 C40,216 64,206 86,196 C82,170 76,140 74,112 Z';
const trapezius =
  'M64,110 C72,140 80,172 92,198 C110,210 130,216 150,220 C116,228 78,236 24,244 ' +
  'C34,226 56,208 70,194 C66,164 60,136 64,110 Z';
const scm = 'M100,102 L114,100 C140,140 166,180 190,212 L176,218 C150,184 124,146 100,102 Z';
const danger = 'M98,134 L150,136 C156,164 162,188 170,206 L108,206 C104,182 100,158 98,134 Z';

export function NeckMuscles() {
  const fengchi = neckSide.fengchi;
  return (
    <g>
      <Silhouette areas={[body, head]} limbs={[]} />
      <ellipse class="pic-skin-line" cx={114} cy={90} rx={10} ry={17} />
      <path
        class="pic-hair"
        d="M66,116 C44,90 48,34 104,16 C140,6 170,20 178,40 C150,44 120,60 104,76 C96,94 84,108 66,116 Z"
      />
      <path class="pic-muscle-fill" d={trapezius} />
      <path class="pic-danger-zone" d={danger} />
      <path class="pic-muscle-fill is-scm" d={scm} />
      <g class="pic-danger-mark" transform="translate(136 172)">
        <line x1={-7} y1={-7} x2={7} y2={7} />
        <line x1={-7} y1={7} x2={7} y2={-7} />
      </g>
      <circle class="pic-landmark" cx={fengchi.x} cy={fengchi.y} r={5} />
      <Label x={fengchi.x - 10} y={fengchi.y + 4} anchor="end">
        {t('guide.label.fengchi')}
      </Label>
      <Label x={30} y={226} anchor="start">
        {t('guide.label.trapezius')}
      </Label>
      <Label x={200} y={196} anchor="start">
        {t('guide.label.scm')}
      </Label>
      <Label x={296} y={166} anchor="end">
        {t('guide.label.neverPress')}
      </Label>
      <path class="pic-danger-line" d="M204,172 L150,176" />
    </g>
  );
}
