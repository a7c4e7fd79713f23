import { t } from '../../../i18n/i18n';
import { neckSide } from '../../../domain/drawings';
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
  'M74,112 L88,110 C100,150 118,190 142,214 L132,222 C100,226 60,232 22,236 L20,232 ' +
  'C40,216 64,206 86,196 C82,170 76,140 74,112 Z';
const scm = 'M100,102 L114,100 C140,140 166,180 190,212 L176,218 C150,184 124,146 100,102 Z';
const danger = 'M100,136 L150,136 C156,164 162,188 170,206 L136,206 C122,186 108,160 100,136 Z';

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
      <path class="pic-leader" d={`M56,${fengchi.y} L${fengchi.x - 7},${fengchi.y}`} />
      <Label x={54} y={fengchi.y + 4} anchor="end">
        {t('guide.label.fengchi')}
      </Label>
      <path class="pic-leader" d="M40,200 L56,214" />
      <Label x={4} y={196} anchor="start">
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
