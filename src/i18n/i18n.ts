import { batch, computed, signal } from '@preact/signals';

/**
 * Every user-facing string lives in a message catalog; components call `t(key)`.
 * English is complete and the fallback; other languages are loaded when chosen.
 *
 * The messages come in parts, one or a few per feature (MessageParts). The first screen carries
 * its own parts' English words; every other part loads when a screen asks for it with
 * loadMessages(parts), in English and in the language shown. Every lazy route waits for its
 * parts, so a screen never renders before its words are there, and a language switch loads the
 * new language's words of every part asked for so far.
 *
 * This module is a leaf: it imports no catalog. The app registers its parts once at start
 * (`registerCatalogs`, from src/catalogs/register.ts). The keys' type comes from the English
 * catalog through `MessageKeys`, which src/catalogs/en.ts fills in by declaration merging, and
 * the parts' names through `MessageParts`, which it fills in from src/catalogs/parts.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by catalogs/en.ts
export interface MessageKeys {}
export type MessageKey = keyof MessageKeys & string;
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by catalogs/en.ts
export interface MessageParts {}
export type MessagePart = keyof MessageParts & string;
export type Locale = 'en' | 'es' | 'zh-Hans';
export const locales: readonly Locale[] = ['en', 'es', 'zh-Hans'];
export type Catalog = Readonly<Record<MessageKey, string>>;
export type Params = Readonly<Record<string, string | number>>;
export type PartialCatalog = Readonly<Partial<Record<MessageKey, string>>>;

/** Loads one part's words in one language. */
export type PartLoader = () => Promise<PartialCatalog>;
/** One part's loaders, one per language. */
export type PartLoaders = Readonly<Record<Locale, PartLoader>>;

/** Where the words come from. */
export interface CatalogSources {
  /** The first screen's words in English, which come with it. */
  readonly firstScreenEnglish: PartialCatalog;
  /** The first screen's words in the other languages, loaded when chosen. */
  readonly firstScreen: Readonly<Record<Exclude<Locale, 'en'>, PartLoader>>;
  /** Every later part's loaders: a small table, itself loaded with the first lazy screen. */
  readonly loadParts: () => Promise<Readonly<Record<MessagePart, PartLoaders>>>;
}

/** The first screen's words, as a part that is always asked for. */
const firstScreen = '';
type Part = MessagePart | typeof firstScreen;

let sources: CatalogSources | undefined;
let partsTable: ReturnType<CatalogSources['loadParts']> | undefined;
/** The parts asked for so far: a language switch loads them. */
const asked = new Set<Part>();
/** One load per part and language ("es:session"), shared, and forgotten when it fails. */
const loads = new Map<string, Promise<void>>();
/** The language being switched to: a screen that asks meanwhile loads its words too. */
let wantedLocale: Locale = 'en';

export const locale = signal<Locale>('en');
/** Each language's words of the parts loaded so far. */
const store: Record<Locale, PartialCatalog> = { en: {}, es: {}, 'zh-Hans': {} };
/**
 * The words shown and their English fallback. A language being switched to stays out until the
 * switch is done, so that nothing renders again half-switched (the language's radio button would
 * fall back to the old language meanwhile).
 */
const shown = signal<{ readonly lang: PartialCatalog; readonly en: PartialCatalog }>({
  lang: {},
  en: {},
});
const show = () => (shown.value = { lang: store[locale.value], en: store.en });

/** Called once at start, before the first render. */
export function registerCatalogs(next: CatalogSources): void {
  sources = next;
  partsTable = undefined;
  asked.clear();
  asked.add(firstScreen);
  loads.clear();
  loads.set(`en:${firstScreen}`, Promise.resolve());
  for (const lang of locales) store[lang] = {};
  store.en = next.firstScreenEnglish;
  show();
  wantedLocale = locale.value;
}

function catalogSources(): CatalogSources {
  if (!sources) throw new Error('No catalogs registered: main.tsx registers them at start.');
  return sources;
}

async function loaderOf(lang: Locale, part: Part): Promise<PartLoader> {
  const source = catalogSources();
  if (part === firstScreen) return source.firstScreen[lang as Exclude<Locale, 'en'>];
  partsTable ??= source.loadParts();
  partsTable.catch(() => (partsTable = undefined));
  return (await partsTable)[part][lang];
}

/** Loads one part in one language once; a failed load (offline before caching) may be retried. */
function loadPart(lang: Locale, part: Part): Promise<void> {
  const id = `${lang}:${part}`;
  let load = loads.get(id);
  if (!load) {
    load = loaderOf(lang, part)
      .then((loader) => loader())
      .then((words) => {
        store[lang] = { ...store[lang], ...words };
        if (lang === 'en' || lang === locale.value) show();
      });
    loads.set(id, load);
    load.catch(() => loads.delete(id));
  }
  return load;
}

/**
 * Loads the words of `parts`, in English and in the language shown (or being switched to), and
 * settles once they are there. Only English failing fails it: the screen then still has every
 * word, in English.
 */
export function loadMessages(parts: readonly MessagePart[]): Promise<void> {
  catalogSources();
  const lang = wantedLocale;
  return Promise.all(
    parts.map((part) => {
      asked.add(part);
      // Without the language shown, the screen still has every word, in English.
      return Promise.all([loadPart('en', part), loadPart(lang, part).catch(() => {})]);
    }),
  ).then(() => undefined);
}

/** Picks our locale from the browser's preferred languages. */
export function matchLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('es')) return 'es';
    if (lower.startsWith('zh')) return 'zh-Hans';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/**
 * Shows `next` once its words of every part asked for so far are loaded; fails, keeping the
 * language shown, when one of them cannot be loaded.
 */
export async function setLocale(next: Locale): Promise<void> {
  wantedLocale = next;
  try {
    await Promise.all([...asked].map((part) => loadPart(next, part)));
  } catch (error) {
    if (wantedLocale === next) wantedLocale = locale.value;
    throw error;
  }
  // A later switch has the last word.
  if (wantedLocale !== next) return;
  batch(() => {
    locale.value = next;
    show();
  });
}

function fill(template: string, params: Params | undefined, lang: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Params): string {
  const template = shown.value.lang[key] ?? shown.value.en[key];
  if (template === undefined) {
    // A screen used a message whose part it did not ask for: a bug that src/catalogs/parts.test.ts
    // catches, shown as the key rather than as nothing.
    console.error(`Message "${key}" is not loaded yet`);
    return key;
  }
  return fill(template, params, locale.value);
}

/** Plural-aware: picks `${key}.one` or `${key}.other` with Intl.PluralRules. */
export function tCount(base: string, count: number, params?: Params): string {
  const form = new Intl.PluralRules(locale.value).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}.${form}` as MessageKey, { count, ...params });
}

export const htmlLang = computed(() => locale.value);
