import { signal } from '@preact/signals';
import { locales, matchLocale, setLocale, type Locale } from '../../../i18n/i18n';
import type { SettingsStore } from '../../../shared/ports';

/**
 * The language choice: the browser's language at first, then the user's choice from Settings,
 * remembered in settings. Also keeps the browser's language tags, whose regions pick the
 * emergency number shown with the red flags.
 */
export const languageKey = 'language';
export const browserLanguages = signal<readonly string[]>([]);
let store: SettingsStore | undefined;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The remembered choice, else the best match for the browser's languages. */
export function initialLocale(settings: SettingsStore, languages: readonly string[]): Locale {
  const saved = settings.read<unknown>(languageKey);
  return isLocale(saved) ? saved : matchLocale(languages);
}

/** True when the chosen language's catalog could not be loaded; the app stays in English. */
export const languageLoadFailed = signal(false);

async function apply(next: Locale): Promise<void> {
  try {
    await setLocale(next);
    languageLoadFailed.value = false;
  } catch {
    languageLoadFailed.value = true;
    await setLocale('en');
  }
}

export function loadLanguage(settings: SettingsStore, languages: readonly string[]): Promise<void> {
  store = settings;
  browserLanguages.value = [...languages];
  return apply(initialLocale(settings, languages));
}

export function chooseLanguage(next: Locale): Promise<void> {
  store?.write(languageKey, next);
  return apply(next);
}
