import { t } from '../../../i18n/i18n';
import { emergencyNumberSources } from '../core/emergency-numbers';
import { notBetterAdviceSources, redFlagAdvice, redFlags } from '../core/red-flags';
import { sources, type SourceId } from '../../../domain/sources';
import { usePageTitle } from '../../../shared/ui/page-title';
import { EmergencyNumber } from './emergency-number';
import { PressingCautions, RedFlagList } from './red-flag-list';
import './safety.css';

/**
 * Every source the red flags, their advice and the emergency number cite, once each, in a
 * stable order.
 */
function citedSources(): SourceId[] {
  const ids = new Set<SourceId>([
    ...redFlags.flatMap((flag) => flag.sources),
    ...Object.values(redFlagAdvice).flatMap((advice) => advice.sources),
    ...notBetterAdviceSources,
    ...emergencyNumberSources,
  ]);
  return (Object.keys(sources) as SourceId[]).filter((id) => ids.has(id));
}

/** "When to seek help": the red flags and their advice, one tap away from every screen. */
export function HelpScreen() {
  usePageTitle(t('safety.help.title'));
  return (
    <section class="safety help">
      <h1>{t('safety.help.title')}</h1>
      <p class="lead">{t('safety.help.intro')}</p>
      <EmergencyNumber />
      <RedFlagList />
      <p class="note">{t('safety.help.twoWeeks')}</p>
      <p>{t('safety.help.worse')}</p>
      <p>{t('safety.help.condition')}</p>
      <PressingCautions />
      <p class="quiet">{t('safety.help.adults')}</p>
      <h2>{t('safety.help.sources')}</h2>
      <ul class="sources">
        {citedSources().map((id) => (
          <li key={id}>
            <cite lang={sources[id].lang ?? 'en'}>{sources[id].title}</cite> —{' '}
            <span lang={sources[id].lang ?? 'en'}>{sources[id].publisher}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
