import { describe, expect, it } from 'vitest';
import { evaluationOrder, hoistImports } from './hoist-imports.mjs';

interface Chunk {
  type: 'chunk';
  fileName: string;
  imports: string[];
  isEntry: boolean;
  code: string;
}

const chunk = (fileName: string, imports: string[], isEntry = false): Chunk => ({
  type: 'chunk',
  fileName,
  imports,
  isEntry,
  code: `/* ${fileName} */`,
});

function hoist(chunks: Chunk[]) {
  const bundle: Record<string, Chunk | { type: 'asset'; fileName: string }> = Object.fromEntries(
    chunks.map((one) => [one.fileName, one]),
  );
  bundle['assets/index.css'] = { type: 'asset', fileName: 'assets/index.css' };
  hoistImports().generateBundle({}, bundle);
  return bundle;
}

describe('hoisting the imports of later chunks', () => {
  it('orders the chunks a chunk needs as ES modules evaluate them: dependencies first', () => {
    const imports: Record<string, string[]> = {
      a: ['b', 'd'],
      b: ['c'],
      c: [],
      d: ['e', 'c'],
      e: [],
    };
    expect(evaluationOrder('a', (name: string) => imports[name] ?? [])).toEqual([
      'c',
      'b',
      'e',
      'd',
    ]);
  });

  it('ends on a cycle', () => {
    const imports: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['b', 'a'] };
    expect(evaluationOrder('a', (name: string) => imports[name] ?? [])).toEqual(['c', 'b']);
  });

  it('names every chunk a later chunk needs at its top, in evaluation order', () => {
    const bundle = hoist([
      chunk('assets/index.js', [], true),
      chunk('assets/screen.js', ['assets/index.js', 'assets/words.js', 'assets/view.js']),
      chunk('assets/view.js', ['assets/index.js', 'assets/runtime.js']),
      chunk('assets/words.js', ['assets/index.js']),
      chunk('assets/runtime.js', []),
    ]);
    const screen = bundle['assets/screen.js'] as Chunk;
    expect(screen.code).toBe(
      'import"./index.js";import"./words.js";import"./runtime.js";import"./view.js";\n/* assets/screen.js */',
    );
    expect(screen.imports).toEqual([
      'assets/index.js',
      'assets/words.js',
      'assets/runtime.js',
      'assets/view.js',
    ]);
  });

  it('leaves the first screen, and a chunk that names all it needs, as they are', () => {
    const bundle = hoist([
      chunk('assets/index.js', ['assets/shared.js'], true),
      chunk('assets/shared.js', ['assets/runtime.js']),
      chunk('assets/runtime.js', []),
      chunk('assets/view.js', ['assets/runtime.js']),
    ]);
    expect((bundle['assets/index.js'] as Chunk).code).toBe('/* assets/index.js */');
    expect((bundle['assets/view.js'] as Chunk).code).toBe('/* assets/view.js */');
    expect((bundle['assets/shared.js'] as Chunk).code).toBe('/* assets/shared.js */');
  });
});
