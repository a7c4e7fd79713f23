import { afterEach, describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../../test/memory-settings';
import { locale, setLocale } from '../../../i18n/i18n';
import { createLanguage, initialLocale, languageKey } from './language';

describe('language', () => {
  afterEach(() => setLocale('en'));

  it("starts in the browser's language when nothing is remembered", () => {
    expect(initialLocale(createMemorySettings(), ['es-MX', 'en'])).toBe('es');
    expect(initialLocale(createMemorySettings(), ['zh-CN'])).toBe('zh-Hans');
    expect(initialLocale(createMemorySettings(), ['fr-FR'])).toBe('en');
  });

  it('prefers the remembered choice over the browser, and ignores a corrupt one', () => {
    expect(initialLocale(createMemorySettings({ [languageKey]: 'zh-Hans' }), ['es'])).toBe(
      'zh-Hans',
    );
    expect(initialLocale(createMemorySettings({ [languageKey]: 'xx' }), ['es'])).toBe('es');
  });

  it('remembers a choice made in Settings and switches the app to it', async () => {
    const settings = createMemorySettings();
    const language = createLanguage(settings, ['en-GB']);
    await language.ready;
    expect(language.browserLanguages.value).toEqual(['en-GB']);
    await language.choose('es');
    expect(locale.value).toBe('es');
    expect(settings.read(languageKey)).toBe('es');
  });
});
