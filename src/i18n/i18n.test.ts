import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog, CatalogSources } from './i18n';

// i18n/ is a leaf: these tests hand it small catalogs of their own, as main.tsx hands it the
// app's (src/catalogs/register.ts; src/catalogs/first-screen.test.ts checks those).
const firstScreenEnglish = { 'home.start': 'Start a session' } as Partial<Catalog>;
const wholeEnglish = { ...firstScreenEnglish, 'session.pause': 'Pause' } as Catalog;
const spanish = { 'home.start': 'Empezar una sesión' } as Catalog;

// A fresh copy of the module each time: as on the first screen, before any lazy screen loads.
const freshI18n = async (loadEnglish: CatalogSources['loadEnglish'] = async () => wholeEnglish) => {
  vi.resetModules();
  const i18n = await import('./i18n');
  i18n.registerCatalogs({ firstScreenEnglish, loadEnglish, loaders: { es: async () => spanish } });
  return i18n;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('messages on the first screen and after', () => {
  it('has the first screen’s messages before anything else loads', async () => {
    const { t } = await freshI18n();
    expect(t('home.start')).toBe('Start a session');
  });

  it('shows a message that is not loaded yet as its key, and says so in the console', async () => {
    const { t } = await freshI18n();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(t('session.pause')).toBe('session.pause');
    expect(errors).toHaveBeenCalledWith('Message "session.pause" is not loaded yet');
  });

  it('has every message once loadMessages() has run, and loads them only once', async () => {
    const loadEnglish = vi.fn(async () => wholeEnglish);
    const { loadMessages, t } = await freshI18n(loadEnglish);
    const first = loadMessages();
    expect(loadMessages()).toBe(first);
    await first;
    expect(t('session.pause')).toBe('Pause');
    expect(loadEnglish).toHaveBeenCalledTimes(1);
  });

  it('tries the English catalog again after a failed load', async () => {
    const loadEnglish = vi
      .fn<CatalogSources['loadEnglish']>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(wholeEnglish);
    const { loadMessages, t } = await freshI18n(loadEnglish);
    await expect(loadMessages()).rejects.toThrow('offline');
    await loadMessages();
    expect(t('session.pause')).toBe('Pause');
  });

  it('switches to a registered language, falling back to English for a missing word', async () => {
    const { loadMessages, setLocale, t } = await freshI18n();
    await loadMessages();
    await setLocale('es');
    expect(t('home.start')).toBe('Empezar una sesión');
    expect(t('session.pause')).toBe('Pause');
  });

  it('says plainly when the app registered no catalogs', async () => {
    vi.resetModules();
    const { loadMessages } = await import('./i18n');
    expect(() => loadMessages()).toThrow('No catalogs registered');
  });
});
