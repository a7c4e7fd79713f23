import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogSources, Locale, MessagePart, PartialCatalog, PartLoader } from './i18n';

// i18n/ is a leaf: these tests hand it small parts of their own, as main.tsx hands it the app's
// (src/catalogs/register.ts; src/catalogs/parts.test.ts checks those).
type Words = Readonly<Record<string, string>>;
const words: Readonly<Record<string, Partial<Record<Locale, Words>>>> = {
  shell: { en: { 'home.start': 'Start a session' }, es: { 'home.start': 'Empezar una sesión' } },
  session: { en: { 'session.pause': 'Pause', 'session.end': 'End' }, es: { 'session.end': 'Fin' } },
  journal: {
    en: { 'journal.scale.pain': 'Your journal' },
    es: { 'journal.scale.pain': 'Tu diario' },
  },
};

/** Loaders that count their calls; `failing` names loads ("es:session") that fail once. */
function partLoaders(failing: readonly string[] = []) {
  const calls: string[] = [];
  const failed = new Set<string>();
  const loader =
    (part: string, lang: Locale): PartLoader =>
    async () => {
      const id = `${lang}:${part}`;
      calls.push(id);
      if (failing.includes(id) && !failed.has(id)) {
        failed.add(id);
        throw new Error(`offline: ${id}`);
      }
      return (words[part]?.[lang] ?? {}) as PartialCatalog;
    };
  const parts = Object.fromEntries(
    ['session', 'journal'].map((part) => [
      part,
      { en: loader(part, 'en'), es: loader(part, 'es'), 'zh-Hans': loader(part, 'zh-Hans') },
    ]),
  ) as unknown as Awaited<ReturnType<CatalogSources['loadParts']>>;
  const sources: CatalogSources = {
    firstScreenEnglish: words.shell?.en ?? {},
    firstScreen: { es: loader('shell', 'es'), 'zh-Hans': loader('shell', 'zh-Hans') },
    loadParts: async () => parts,
  };
  return { sources, calls };
}

const part = (name: string) => name as MessagePart;

// A fresh copy of the module each time: as on the first screen, before any lazy screen loads.
const freshI18n = async (failing: readonly string[] = []) => {
  vi.resetModules();
  const i18n = await import('./i18n');
  const { sources, calls } = partLoaders(failing);
  i18n.registerCatalogs(sources);
  return { ...i18n, calls };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('messages on the first screen and after', () => {
  it('has the first screen’s messages before anything else loads', async () => {
    const { t, calls } = await freshI18n();
    expect(t('home.start')).toBe('Start a session');
    expect(calls).toEqual([]);
  });

  it('shows a message that is not loaded yet as its key, and says so in the console', async () => {
    const { t } = await freshI18n();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(t('session.pause')).toBe('session.pause');
    expect(errors).toHaveBeenCalledWith('Message "session.pause" is not loaded yet');
  });

  it('loads the parts a screen asks for, and only those, once each', async () => {
    const { loadMessages, t, calls } = await freshI18n();
    await Promise.all([loadMessages([part('session')]), loadMessages([part('session')])]);
    expect(t('session.pause')).toBe('Pause');
    expect(calls).toEqual(['en:session']);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(t('journal.scale.pain')).toBe('journal.scale.pain');
  });

  it('tries a part again after a failed load', async () => {
    const { loadMessages, t } = await freshI18n(['en:session']);
    await expect(loadMessages([part('session')])).rejects.toThrow('offline');
    await loadMessages([part('session')]);
    expect(t('session.pause')).toBe('Pause');
  });
});

describe('switching language', () => {
  it('loads the new language’s words of every part asked so far, English for a missing one', async () => {
    const { loadMessages, setLocale, t, calls } = await freshI18n();
    await loadMessages([part('session')]);
    await setLocale('es');
    expect(calls.filter((id) => id.startsWith('es:')).sort()).toEqual(['es:session', 'es:shell']);
    expect(t('home.start')).toBe('Empezar una sesión');
    expect(t('session.end')).toBe('Fin');
    expect(t('session.pause')).toBe('Pause');
  });

  it('loads a part asked for later in the language shown, with English as its fallback', async () => {
    const { loadMessages, setLocale, t, calls } = await freshI18n();
    await setLocale('es');
    await loadMessages([part('journal')]);
    expect(calls).toContain('en:journal');
    expect(t('journal.scale.pain')).toBe('Tu diario');
  });

  it('loads the language being switched to for a part asked during the switch', async () => {
    const { loadMessages, setLocale, t } = await freshI18n();
    const switching = setLocale('es');
    await loadMessages([part('journal')]);
    await switching;
    expect(t('journal.scale.pain')).toBe('Tu diario');
  });

  it('keeps the language shown when one of the new language’s parts cannot be loaded', async () => {
    const { loadMessages, setLocale, t, locale } = await freshI18n(['es:session']);
    await loadMessages([part('session')]);
    await expect(setLocale('es')).rejects.toThrow('offline');
    expect(locale.value).toBe('en');
    expect(t('home.start')).toBe('Start a session');
    await setLocale('es');
    expect(t('session.end')).toBe('Fin');
  });

  it('still opens a screen, in English, when its part in the language shown cannot be loaded', async () => {
    const { loadMessages, setLocale, t } = await freshI18n(['es:journal']);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await setLocale('es');
    await loadMessages([part('journal')]);
    expect(t('journal.scale.pain')).toBe('Your journal');
  });

  it('says plainly when the app registered no catalogs', async () => {
    vi.resetModules();
    const { loadMessages } = await import('./i18n');
    expect(() => loadMessages([])).toThrow('No catalogs registered');
  });
});
