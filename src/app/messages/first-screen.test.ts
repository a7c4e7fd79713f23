import { describe, expect, it } from 'vitest';
import { keyUsage } from '../../../test/catalog-usage';
import { staticImportGraph } from '../../../test/static-imports';
import { en } from './en';
import { enPwa } from './en-pwa';
import { enShell } from './en-shell';

/**
 * The first screen carries only its own English messages; the rest load with the first lazy
 * screen. These checks keep that split true as screens change.
 */
const sources = import.meta.glob(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const firstScreenModules = staticImportGraph(sources, '/src/main.tsx');
const isMessageFile = (path: string) => path.startsWith('/src/app/messages/');
const usage = keyUsage(
  firstScreenModules
    .filter((path) => !isMessageFile(path))
    .map((path) => ({ path, text: sources[path] ?? '' })),
);
const firstScreenKeys = new Set(Object.keys({ ...enShell, ...enPwa }));

describe('the first screen', () => {
  it('is found by following the imports from main.tsx', () => {
    expect(firstScreenModules).toContain('/src/ui/screens/home.tsx');
    expect(firstScreenModules).toContain('/src/app/i18n.ts');
    expect(firstScreenModules).not.toContain('/src/ui/screens/settings.tsx');
  });

  it('loads only the shell and update messages up front', () => {
    expect(firstScreenModules.filter(isMessageFile)).toEqual([
      '/src/app/messages/en-pwa.ts',
      '/src/app/messages/en-shell.ts',
    ]);
  });

  it('has every message it uses', () => {
    const missing = Object.keys(en).filter((key) => usage.isUsed(key) && !firstScreenKeys.has(key));
    expect(missing).toEqual([]);
  });

  it('carries no message that only later screens use', () => {
    expect([...firstScreenKeys].filter((key) => !usage.isUsed(key))).toEqual([]);
  });
});
