import type { Locale, PartialCatalog } from '../i18n/i18n';

type Load<T> = () => Promise<Readonly<Record<keyof T, string>>>;

/** One part's loaders: the other languages must have the English part's keys, and only those. */
const part = <T>(en: Load<T>, es: Load<NoInfer<T>>, zhHans: Load<NoInfer<T>>) =>
  ({ en, es, 'zh-Hans': zhHans }) satisfies Record<Locale, () => Promise<PartialCatalog>>;

/**
 * The message parts of the screens after the first, and where each language's words of each come
 * from. Each is its own dynamic import, so each is its own chunk; this table itself loads with
 * the first lazy screen (register.ts), so that the first screen carries none of it. A lazy
 * screen names the parts it shows (its feature's routes.ts), and src/catalogs/parts.test.ts
 * checks that they hold every word its code can ask for.
 */
export const parts = {
  core: part(
    () => import('../features/shell/messages/en-core').then((m) => m.enCore),
    () => import('../features/shell/messages/es-core').then((m) => m.esCore),
    () => import('../features/shell/messages/zh-hans-core').then((m) => m.zhHansCore),
  ),
  trust: part(
    () => import('../features/shell/messages/en-trust').then((m) => m.enTrust),
    () => import('../features/shell/messages/es-trust').then((m) => m.esTrust),
    () => import('../features/shell/messages/zh-hans-trust').then((m) => m.zhHansTrust),
  ),
  guide: part(
    () => import('../features/guide/messages/en').then((m) => m.enGuide),
    () => import('../features/guide/messages/es').then((m) => m.esGuide),
    () => import('../features/guide/messages/zh-hans').then((m) => m.zhHansGuide),
  ),
  session: part(
    () => import('../features/session/messages/en').then((m) => m.enSession),
    () => import('../features/session/messages/es').then((m) => m.esSession),
    () => import('../features/session/messages/zh-hans').then((m) => m.zhHansSession),
  ),
  safety: part(
    () => import('../features/safety/messages/en').then((m) => m.enSafety),
    () => import('../features/safety/messages/es').then((m) => m.esSafety),
    () => import('../features/safety/messages/zh-hans').then((m) => m.zhHansSafety),
  ),
  journal: part(
    () => import('../features/journal/messages/en').then((m) => m.enJournal),
    () => import('../features/journal/messages/es').then((m) => m.esJournal),
    () => import('../features/journal/messages/zh-hans').then((m) => m.zhHansJournal),
  ),
  camera: part(
    () => import('../features/camera/messages/en').then((m) => m.enCamera),
    () => import('../features/camera/messages/es').then((m) => m.esCamera),
    () => import('../features/camera/messages/zh-hans').then((m) => m.zhHansCamera),
  ),
  trial: part(
    () => import('../features/trial/messages/en').then((m) => m.enTrial),
    () => import('../features/trial/messages/es').then((m) => m.esTrial),
    () => import('../features/trial/messages/zh-hans').then((m) => m.zhHansTrial),
  ),
  spots: part(
    () => import('../features/spots/messages/en').then((m) => m.enSpots),
    () => import('../features/spots/messages/es').then((m) => m.esSpots),
    () => import('../features/spots/messages/zh-hans').then((m) => m.zhHansSpots),
  ),
  turn: part(
    () => import('../features/turn/messages/en').then((m) => m.enTurn),
    () => import('../features/turn/messages/es').then((m) => m.esTurn),
    () => import('../features/turn/messages/zh-hans').then((m) => m.zhHansTurn),
  ),
};

/** Every part's name. */
export const messageParts = Object.keys(parts) as readonly (keyof typeof parts)[];
