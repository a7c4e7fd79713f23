// The feature graph: which feature imports which, type-only imports included (a cycle of types
// is still a cycle: neither side can be understood, moved or tested without the other).
// `node scripts/feature-graph.mjs` prints the edges and every cycle (strongly connected
// component); `--check` (part of `npm run check`) fails on any cycle. The shared vocabulary
// (points, sides, stored records) lives in src/domain/, below every feature.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) yield path;
  }
}

/** Edges `from → to` with the files that make each, for the app under `root`. */
export function featureEdges(root = appRoot) {
  const features = join(root, 'src', 'features');
  const featureOf = (path) => {
    const rel = relative(features, path);
    return rel.startsWith('..') ? null : rel.split(sep)[0];
  };
  const edges = new Map();
  for (const file of sourceFiles(features)) {
    const from = featureOf(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = featureOf(resolve(dirname(file), fileName));
      if (!to || to === from) continue;
      const key = `${from}→${to}`;
      if (!edges.has(key)) edges.set(key, new Set());
      edges.get(key).add(relative(root, file));
    }
  }
  return edges;
}

/**
 * The names features import from each other (type-only included): one per name and importing
 * file, `import { a, type B }` and `export { c } from` alike; a namespace or default import
 * counts as one. The fewer, the less each feature leans on another's vocabulary.
 */
export function featureImportedNames(root = appRoot) {
  const features = join(root, 'src', 'features');
  const featureOf = (path) => {
    const rel = relative(features, path);
    return rel.startsWith('..') ? null : rel.split(sep)[0];
  };
  const names = [];
  for (const file of sourceFiles(features)) {
    const from = featureOf(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      const isImport = ts.isImportDeclaration(statement);
      if (!isImport && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const to = featureOf(resolve(dirname(file), specifier.text));
      if (!to || to === from) continue;
      const bindings = isImport ? statement.importClause?.namedBindings : statement.exportClause;
      const listed =
        bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))
          ? bindings.elements.map((element) => (element.propertyName ?? element.name).text)
          : ['*'];
      if (isImport && statement.importClause?.name) listed.push('default');
      for (const name of listed)
        names.push(`${relative(root, file).split(sep).join('/')} ← ${to}: ${name}`);
    }
  }
  return names;
}

/** Tarjan's strongly connected components with more than one feature, each sorted. */
export function cyclesOf(edgeKeys) {
  const next = new Map();
  for (const key of edgeKeys) {
    const [from, to] = key.split('→');
    if (!next.has(from)) next.set(from, []);
    if (!next.has(to)) next.set(to, []);
    next.get(from).push(to);
  }
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (v) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), indexOf.get(w)));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of next.keys()) if (!indexOf.has(v)) visit(v);
  return components.sort((a, b) => a.join().localeCompare(b.join()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const edges = featureEdges();
  const cycles = cyclesOf(edges.keys());
  if (!process.argv.includes('--quiet')) {
    for (const [key, files] of [...edges].sort()) console.log(`${key}: ${files.size} files`);
  }
  for (const cycle of cycles) console.log(`cycle: ${cycle.join(' ↔ ')}`);
  console.log(`feature-edges: ${edges.size}`);
  console.log(`feature-cycles: ${cycles.length}`);
  console.log(`feature-imported-names: ${featureImportedNames().length}`);
  if (process.argv.includes('--check') && cycles.length) process.exit(1);
}
