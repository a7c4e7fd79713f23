import { locale, t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import {
  emergencyNumberSources,
  notBetterAdviceSources,
  redFlagAdvice,
  redFlags,
} from '../../safety/ui';
import { points } from '../../../domain/points';
import {
  evidenceSources,
  otherConditionSources,
  painScaleSources,
  sources,
  timingSources,
  trialSources,
  type SourceId,
} from '../../../domain/sources';
import { usePageTitle } from '../../../shared/ui/page-title';

const studySources: readonly SourceId[] = [
  ...Object.values(evidenceSources),
  ...Object.values(otherConditionSources),
];

/**
 * What each source backs: the points that cite it, their cautions, the warning signs, the
 * emergency numbers, the personal trial.
 */
function citedFor(id: SourceId): string[] {
  const uses = points
    .filter((point) => point.sources.includes(id))
    .map((point) => pointText(point.id).name);
  if (points.some((point) => point.cautions.some((caution) => caution.sources.includes(id)))) {
    uses.push(t('safety.sources.cautions'));
  }
  const warningSources = [
    ...redFlags.flatMap((flag) => flag.sources),
    ...Object.values(redFlagAdvice).flatMap((advice) => advice.sources),
    ...notBetterAdviceSources,
  ];
  if (warningSources.includes(id)) uses.push(t('safety.sources.warningSigns'));
  if (timingSources.includes(id)) uses.push(t('safety.sources.timing'));
  if (studySources.includes(id)) uses.push(t('safety.sources.evidence'));
  if (painScaleSources.includes(id)) uses.push(t('safety.sources.painScale'));
  if (emergencyNumberSources.includes(id)) uses.push(t('safety.sources.emergencyNumbers'));
  if (trialSources.includes(id)) uses.push(t('safety.sources.trial'));
  return uses;
}

/** Every source cited in the points data and the safety content, with what it backs. */
export function SourcesPage() {
  usePageTitle(t('sources.title'));
  const list = new Intl.ListFormat(locale.value, { type: 'conjunction' });
  return (
    <section>
      <h1>{t('sources.title')}</h1>
      <p>{t('sources.intro')}</p>
      <ul class="sources">
        {Object.values(sources).map((source) => {
          const uses = citedFor(source.id);
          return (
            <li key={source.id} id={`source-${source.id}`}>
              <cite lang={source.lang ?? 'en'}>{source.title}</cite> —{' '}
              <span lang={source.lang ?? 'en'}>
                {source.publisher}
                {source.year !== undefined && `, ${source.year}`}
              </span>
              {uses.length > 0 && (
                <>
                  <br />
                  <span class="quiet">
                    {t('safety.sources.citedFor', { list: list.format(uses) })}
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
