import { signal, type ReadonlySignal } from '@preact/signals';
import { locales, matchLocale, setLocale, type Locale } from '../../../i18n/i18n';
import type { SettingsStore } from '../../../shared/ports';

/** Where the user's choice is remembered in settings. */
export const languageKey = 'language';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The remembered choice, else the best match for the browser's languages. */
export function initialLocale(settings: SettingsStore, languages: readonly string[]): Locale {
  const saved = settings.read<unknown>(languageKey);
  return isLocale(saved) ? saved : matchLocale(languages);
}

/**
 * The language choice: the browser's language at first, then the user's choice from Settings,
 * remembered in settings. Also keeps the browser's language tags, whose regions pick the
 * emergency number shown with the red flags.
 */
export interface LanguageModel {
  readonly browserLanguages: ReadonlySignal<readonly string[]>;
  /** True when the chosen language's catalog could not be loaded; the app stays in English. */
  readonly loadFailed: ReadonlySignal<boolean>;
  /** Settles once the first language is in place (English when its catalog fails). */
  readonly ready: Promise<void>;
  choose(next: Locale): Promise<void>;
}

export function createLanguage(
  settings: SettingsStore,
  languages: readonly string[],
): LanguageModel {
  const loadFailed = signal(false);
  const apply = async (next: Locale) => {
    try {
      await setLocale(next);
      loadFailed.value = false;
    } catch {
      loadFailed.value = true;
      await setLocale('en');
    }
  };
  return {
    browserLanguages: signal([...languages]),
    loadFailed,
    ready: apply(initialLocale(settings, languages)),
    choose(next) {
      settings.write(languageKey, next);
      return apply(next);
    },
  };
}
