import { t } from '../../../i18n/i18n';
import {
  evidenceSources,
  otherConditionSources,
  sources,
  type EvidenceStudy,
  type OtherConditionStudy,
  type SourceId,
} from '../../../domain/sources';
import { usePageTitle } from '../../../shared/ui/page-title';

const studies = Object.keys(evidenceSources) as EvidenceStudy[];
const otherStudies = Object.keys(otherConditionSources) as OtherConditionStudy[];

/** "Source" with the study's title for screen readers, to the Sources page. */
function SourceLink({ id }: { readonly id: SourceId }) {
  const source = sources[id];
  return (
    <a href={`/sources#source-${source.id}`}>
      {t('safety.about.studySource')}
      <span class="visually-hidden" lang="en">
        : {source.title}
      </span>
    </a>
  );
}

/** What Acupress is, what the evidence says plainly (clinical.md), and the article credited. */
export function About() {
  usePageTitle(t('about.title'));
  return (
    <section class="about">
      <h1>{t('about.title')}</h1>
      <h2>{t('safety.about.what')}</h2>
      <p>{t('safety.about.whatBody')}</p>
      <h2>{t('safety.about.evidence')}</h2>
      <p>{t('safety.about.evidenceIntro')}</p>
      <ul>
        {studies.map((id) => (
          <li key={id}>
            {t(`safety.about.study.${id}`)} <SourceLink id={evidenceSources[id]} />
          </li>
        ))}
      </ul>
      <p>{t('safety.about.noReview')}</p>
      <p>{t('safety.about.otherIntro')}</p>
      <ul>
        {otherStudies.map((id) => (
          <li key={id}>
            {t(`safety.about.other.${id}`)} <SourceLink id={otherConditionSources[id]} />
          </li>
        ))}
      </ul>
      <p>{t('safety.about.otherSummary')}</p>
      <p>{t('safety.about.trialNote')}</p>
      <p>{t('safety.about.evidenceSummary')}</p>
      <blockquote>{t('safety.about.articleClaim')}</blockquote>
      <h2>{t('safety.about.credit')}</h2>
      <p>{t('safety.about.creditBody')}</p>
      <p>
        <a href="/sources">{t('safety.about.sourcesLink')}</a>
      </p>
      <h2>{t('turn.nav')}</h2>
      <p>{t('turn.whatBody')}</p>
      <p>{t('turn.limits')}</p>
      <p>
        <a href="/turn">{t('turn.historyLink')}</a>
      </p>
      <h2>{t('safety.about.privacy')}</h2>
      <p>{t('safety.about.privacyBody')}</p>
      <p class="quiet">{t('safety.help.adults')}</p>
      <p>{t('safety.help.condition')}</p>
      <p>
        <a href="/help">{t('nav.help')}</a>
      </p>
      <p>
        <a href="/accessibility">{t('trust.a11y.link')}</a>
      </p>
      <p>
        <a href="/licenses">{t('trust.licenses.link')}</a>
      </p>
    </section>
  );
}
