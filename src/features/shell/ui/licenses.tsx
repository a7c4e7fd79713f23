import { t, tCount, type MessageKey } from '../../../i18n/i18n';
import { usePageTitle } from '../../../shared/ui/page-title';
import packages from './licenses-data.json';
import './licenses.css';

/** One shipped package, as scripts/licenses.mjs writes it (npm run licenses). */
interface ShippedPackage {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly reason: string;
  readonly url: string;
  readonly text: string | null;
  readonly sameTextAs?: string;
}

const uses: Readonly<Record<string, MessageKey>> = {
  app: 'trust.licenses.use.app',
  'camera model': 'trust.licenses.use.cameraModel',
  'service worker': 'trust.licenses.use.serviceWorker',
  'spoken words': 'trust.licenses.use.voice',
};

/** "Open-source licences": every package that ships in the app, its licence and its text. */
export function Licenses() {
  usePageTitle(t('trust.licenses.title'));
  const list = packages as readonly ShippedPackage[];
  return (
    <section class="licenses">
      <h1>{t('trust.licenses.title')}</h1>
      <p>{t('trust.licenses.intro')}</p>
      <p class="quiet">{tCount('trust.licenses.count', list.length)}</p>
      <ul class="licenses-list">
        {list.map((pkg) => {
          const use = uses[pkg.reason];
          return (
            <li key={pkg.name}>
              <h2>{t('trust.licenses.package', { name: pkg.name, version: pkg.version })}</h2>
              <p>{t('trust.licenses.license', { license: pkg.license })}</p>
              {use && <p>{t('trust.licenses.usedFor', { use: t(use) })}</p>}
              {pkg.url && <p class="quiet">{t('trust.licenses.project', { url: pkg.url })}</p>}
              {pkg.text ? (
                <details>
                  <summary>{t('trust.licenses.showText', { name: pkg.name })}</summary>
                  <pre lang="en">{pkg.text}</pre>
                </details>
              ) : (
                pkg.sameTextAs && <p>{t('trust.licenses.sameText', { other: pkg.sameTextAs })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
