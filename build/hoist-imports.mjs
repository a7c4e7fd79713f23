// Lets the browser fetch a lazy screen's files in one round: each later chunk names, at its
// top, every chunk it needs, not only those it imports itself.
//
// Without module preloads (vite.config.ts: their lists of every lazy chunk's files would sit in
// the first screen's script), a screen's chunk loads, then its imports, then theirs: up to seven
// rounds for the session screen, each a network round trip before the service worker has the
// files. With every chunk it needs named at its top (`import "./x.js";`, which evaluates nothing
// new: x is a dependency either way), the browser asks for them all as soon as it reads it.
// The entry chunks (the first screen) are left as they are.
import { posix } from 'node:path';

/**
 * Every chunk that `fileName` needs, transitively, in the order they evaluate (dependencies
 * first, depth first, as ES modules do), so that naming them first changes no evaluation order.
 */
export function evaluationOrder(fileName, importsOf) {
  const order = [];
  const seen = new Set([fileName]);
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dependency of importsOf(name)) visit(dependency);
    order.push(name);
  };
  for (const name of importsOf(fileName)) visit(name);
  return order;
}

export function hoistImports() {
  return {
    name: 'acupress-hoist-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const importsOf = (name) => bundle[name]?.imports ?? [];
      for (const chunk of chunks) {
        if (chunk.isEntry) continue;
        const needed = evaluationOrder(chunk.fileName, importsOf);
        // Nothing to gain when it names every chunk it needs already.
        if (needed.every((name) => chunk.imports.includes(name))) continue;
        const from = posix.dirname(chunk.fileName);
        const specifier = (name) => {
          const path = posix.relative(from, name);
          return path.startsWith('.') ? path : `./${path}`;
        };
        chunk.code = `${needed.map((name) => `import"${specifier(name)}";`).join('')}\n${chunk.code}`;
        chunk.imports = [...new Set([...needed, ...chunk.imports])];
      }
    },
  };
}
