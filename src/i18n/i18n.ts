import { computed, signal } from '@preact/signals';

/**
 * Every user-facing string lives in a message catalog; components call `t(key)`.
 * English is complete and the fallback; other catalogs are loaded when chosen.
 *
 * The first screen carries only its own English messages (en-shell, en-pwa). The rest of the
 * English catalog loads with the first lazy screen: every lazy route waits for loadMessages(),
 * so a screen never renders before its messages are there.
 *
 * This module is a leaf: it imports no catalog. The app registers its catalogs once at start
 * (`registerCatalogs`, from src/catalogs/register.ts), and the keys' type comes from the English
 * catalog through `MessageKeys`, which src/catalogs/en.ts fills in by declaration merging.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by catalogs/en.ts
export interface MessageKeys {}
export type MessageKey = keyof MessageKeys & string;
export type Locale = 'en' | 'es' | 'zh-Hans';
export const locales: readonly Locale[] = ['en', 'es', 'zh-Hans'];
export type Catalog = Readonly<Record<MessageKey, string>>;
export type Params = Readonly<Record<string, string | number>>;
type PartialCatalog = Readonly<Partial<Record<MessageKey, string>>>;

/** Where the catalogs come from: the first screen's English words, and loaders for the rest. */
export interface CatalogSources {
  readonly firstScreenEnglish: PartialCatalog;
  readonly loadEnglish: () => Promise<Catalog>;
  /** Other languages, loaded when chosen. */
  readonly loaders: Readonly<Partial<Record<Locale, () => Promise<Catalog>>>>;
}

let sources: CatalogSources | undefined;
let english: PartialCatalog = {};
let englishLoad: Promise<Catalog> | undefined;

/** Called once at start, before the first render. */
export function registerCatalogs(next: CatalogSources): void {
  sources = next;
  english = next.firstScreenEnglish;
  englishLoad = undefined;
  loadedCatalog.value = english;
}

function catalogSources(): CatalogSources {
  if (!sources) throw new Error('No catalogs registered: main.tsx registers them at start.');
  return sources;
}

/** Loads the whole English catalog once; later calls share the same load. */
export function loadMessages(): Promise<Catalog> {
  englishLoad ??= catalogSources()
    .loadEnglish()
    .then(
      (en) => {
        english = en;
        if (locale.value === 'en') loadedCatalog.value = en;
        return en;
      },
      (error: unknown) => {
        // A failed load (offline before the app was cached) may be tried again.
        englishLoad = undefined;
        throw error;
      },
    );
  return englishLoad;
}

const catalogs: Partial<Record<Locale, PartialCatalog>> = {};

export const locale = signal<Locale>('en');
const loadedCatalog = signal<PartialCatalog>(english);

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

export async function setLocale(next: Locale): Promise<void> {
  const load = catalogSources().loaders[next];
  if (!catalogs[next] && load) catalogs[next] = await load();
  loadedCatalog.value = catalogs[next] ?? english;
  locale.value = next;
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
  const template = loadedCatalog.value[key] ?? english[key];
  if (template === undefined) {
    // A screen used a message before loadMessages() brought it: a bug the tests catch, shown
    // as the key rather than as nothing.
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

/** "1 minute 30 seconds", in the current language, from Intl unit formatting. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(locale.value, { style: 'unit', unit: name, unitDisplay: 'long' }).format(
      value,
    );
  const parts = [];
  if (minutes > 0) parts.push(unit(minutes, 'minute'));
  if (seconds > 0 || minutes === 0) parts.push(unit(seconds, 'second'));
  return new Intl.ListFormat(locale.value, { style: 'narrow', type: 'unit' }).format(parts);
}

/** "1:05" for the large countdown. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

export const htmlLang = computed(() => locale.value);
