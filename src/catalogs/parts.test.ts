import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keyUsage } from '../../test/catalog-usage';
import { importsOf, messageLoads, reachedFrom } from '../../test/message-loads';
import { enPwa } from '../features/pwa/messages/en';
import { enShell } from '../features/shell/messages/en';
import { en } from './en';
import { messageParts, parts } from './parts';

/**
 * Each screen after the first loads only the message parts its route names (each feature's
 * routes.ts): these tests check that those parts hold every key its code can ask for, in every
 * state, by reading the code each load serves (test/message-loads.ts) for the keys it names (test/catalog-usage.ts).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const sourceFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .map((path) => `src/${path.split('\\').join('/')}`)
  .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path));
const loads = messageLoads(root, sourceFiles);
const firstScreenKeys = new Set(Object.keys({ ...enShell, ...enPwa }));

const keysOfPart = new Map<string, readonly string[]>();
for (const part of messageParts) keysOfPart.set(part, Object.keys(await parts[part].en()));

/** The parts that hold the keys the code of `files` names, and the keys no loaded part holds. */
function wordsWanted(files: readonly string[], loaded: readonly string[]) {
  const usage = keyUsage(
    files.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })),
  );
  const lacking = [...keysOfPart]
    .filter(([part]) => !loaded.includes(part))
    .flatMap(([part, keys]) =>
      keys.filter((key) => usage.isUsed(key)).map((key) => `${part}: ${key}`),
    );
  return { lacking };
}

describe('the message parts', () => {
  it('hold every English key once, the first screen’s apart', () => {
    const all = [...firstScreenKeys, ...[...keysOfPart.values()].flat()];
    expect(all.length).toBe(new Set(all).size);
    expect(all.sort()).toEqual(Object.keys(en).sort());
  });

  it('are found where the app loads them, each load readable', () => {
    // The lazy routes, History's preparation, Home's trial slot, the session's words, the
    // lock-screen pictures.
    expect(loads.length).toBeGreaterThanOrEqual(18);
    expect(loads.filter((load) => load.parts === 'unreadable').map((load) => load.at)).toEqual([]);
    for (const load of loads) {
      if (load.parts === 'unreadable') continue;
      expect(
        load.parts.filter((part) => !keysOfPart.has(part)),
        load.at,
      ).toEqual([]);
    }
  });

  it('load with every screen a route loads, and with all code loaded later that has words', () => {
    const served = new Set(loads.flatMap((load) => load.roots));
    const routeFiles = sourceFiles.filter((path) =>
      /^src\/features\/[^/]+\/routes\.ts$/.test(path),
    );
    const routeScreens = ['src/routes.tsx', ...routeFiles].flatMap((file) =>
      importsOf(root, file, 'dynamic'),
    );
    expect(routeScreens.length).toBeGreaterThanOrEqual(14);
    expect(routeScreens.filter((path) => !served.has(path))).toEqual([]);
    // Lazy code within a screen comes with the screen's words.
    const reached = new Set(reachedFrom(root, [...served]));
    const lazyUi = sourceFiles
      .flatMap((file) => importsOf(root, file, 'dynamic'))
      .filter((path) => path.includes('/ui/'));
    expect(lazyUi.filter((path) => !reached.has(path))).toEqual([]);
  });

  it.each(loads.map((load) => [load.at, load.roots.join(', '), load] as const))(
    'that the load at %s (for %s) holds every key its code can ask for',
    (_at, _roots, load) => {
      const loaded = load.parts === 'unreadable' ? [] : load.parts;
      const { lacking } = wordsWanted(reachedFrom(root, load.roots), loaded);
      expect(lacking).toEqual([]);
    },
  );
});
