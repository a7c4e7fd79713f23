/**
 * How the built app's code is cut into files (rolldown's manual code splitting).
 *
 * Left alone, the bundler gives every small module that several screens share a file of its
 * own: History asked for 27 files, most a few hundred bytes, and then, one round later, for
 * seven files of words. A phone's service worker answers them one after another (10–20 ms each
 * on this machine under load). So:
 * - the first screen's code stays one group of its own, so nothing joins it (bench:size);
 * - the shared vocabulary the later screens import (`src/domain/`, `src/shared/`, `src/i18n/`,
 *   the schema library and the table of message parts) is one file, and the wiring of the app's
 *   later models (`src/app-later.ts`) goes in it, so that building one costs no file of its own;
 * - each language's words for the later screens are one file, not one per part.
 */
const partMessages =
  /[\\/]src[\\/]features[\\/](?:[a-z]+[\\/]messages[\\/](en|es|zh-hans)|shell[\\/]messages[\\/](en|es|zh-hans)-(?:core|trust))\.ts$/i;

/** @type {NonNullable<Exclude<import('rolldown').OutputOptions['codeSplitting'], boolean | undefined>['groups']>} */
export const chunkGroups = [
  { name: 'first-screen', tags: ['$initial'], priority: 3 },
  {
    debugName: 'messages',
    name: (id) => {
      const found = partMessages.exec(id);
      return found ? `messages-${(found[1] ?? found[2]).toLowerCase()}` : null;
    },
    test: partMessages,
    priority: 2,
  },
  {
    name: 'vocabulary',
    test: /[\\/]src[\\/](?:domain|shared|i18n)[\\/]|[\\/]src[\\/]app-later\.ts$|[\\/]src[\\/]catalogs[\\/]parts\.ts$|[\\/]node_modules[\\/]valibot[\\/]/,
    priority: 1,
  },
];
