/**
 * Where the app loads message parts, and which source files each load serves: read from the
 * source itself with the TypeScript parser, so that a check of the parts against the keys the
 * code uses (src/catalogs/parts.test.ts) reads the declarations as they are written.
 *
 * A load is a call of `loadMessages(parts)` or `withMessages(parts, …)` (not the one inside
 * withMessages itself), or a screen's route (`{ path, parts, screen: () => import(…) }`, in a
 * feature's routes.ts: src/shared/ui/screen-route.ts); a call that passes a route's parts on
 * (`loadMessages(route.parts)`) is not a load of its own. Its parts must be written as an array
 * of strings, in the call or in a const of the same file, or the load is reported as unreadable.
 * What it serves: the code it loads along with it (each import() with a literal path in the
 * function around the call, or in the route's `screen`), or else the file it is in; with
 * everything those modules import in turn, statically or dynamically.
 * Type-only imports count too: a type can carry message keys
 * (`Extract<MessageKey, 'journal.import.${string}'>`).
 * Not followed: the catalogs and i18n/ (they are the words, not their users) and src/app.ts (the
 * App type, which screens name, is not the code they run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export interface MessageLoad {
  /** Project path of the file that loads, and the line of the call. */
  readonly at: string;
  readonly parts: readonly string[] | 'unreadable';
  /** Project paths of the modules it serves, before following their imports. */
  readonly roots: readonly string[];
}

const loaderNames = new Set(['loadMessages', 'withMessages']);

const parsed = new Map<string, ts.SourceFile>();

function parse(path: string): ts.SourceFile {
  let source = parsed.get(path);
  if (!source) {
    source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    parsed.set(path, source);
  }
  return source;
}

/** The project path that `specifier`, imported from `from`, names; undefined for packages. */
function resolveImport(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(join(root, from)), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  const found = candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path));
  return found && relative(root, found).split('\\').join('/');
}

const isDynamicImport = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword;

/** Every module `file` imports: statically, dynamically, or as types only. */
export function importsOf(root: string, file: string, only?: 'dynamic'): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      only !== 'dynamic' &&
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    }
    const argument = isDynamicImport(node) ? node.arguments[0] : undefined;
    if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    ts.forEachChild(node, visit);
  };
  visit(parse(join(root, file)));
  return found.flatMap((specifier) => resolveImport(root, file, specifier) ?? []);
}

/** Files the words' check never follows into. */
export const isWordsMachinery = (path: string): boolean =>
  /^src\/(catalogs\/|i18n\/|features\/[^/]+\/messages\/)/.test(path) || path === 'src/app.ts';

/** Every module `roots` reach through their imports, the roots among them. */
export function reachedFrom(root: string, roots: readonly string[]): string[] {
  const reached = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (reached.has(file) || isWordsMachinery(file)) continue;
    reached.add(file);
    queue.push(...importsOf(root, file));
  }
  return [...reached].sort();
}

/** The string elements of an array literal, or undefined when it is anything else. */
function stringsOf(node: ts.Expression | undefined, consts: Map<string, ts.Expression>) {
  let expression = node;
  while (expression && (ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression))) {
    expression = expression.expression;
  }
  if (expression && ts.isIdentifier(expression)) {
    return stringsOf(consts.get(expression.text), new Map());
  }
  if (!expression || !ts.isArrayLiteralExpression(expression)) return undefined;
  const strings = expression.elements.map((element) =>
    ts.isStringLiteralLike(element) ? element.text : undefined,
  );
  return strings.every((text) => text !== undefined) ? (strings as string[]) : undefined;
}

/** Every message load in `files` (project paths). */
export function messageLoads(root: string, files: readonly string[]): MessageLoad[] {
  const loads: MessageLoad[] = [];
  for (const file of files) {
    const source = parse(join(root, file));
    if (!/\b(loadMessages|withMessages)\(|\bscreen: \(\) =>/.test(source.text)) continue;
    const consts = new Map<string, ts.Expression>();
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          consts.set(declaration.name.text, declaration.initializer);
        }
      }
    }
    const visit = (node: ts.Node): void => {
      // withMessages() passes its caller's parts on: its callers are the loads.
      if (ts.isFunctionDeclaration(node) && loaderNames.has(node.name?.text ?? '')) return;
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        loaderNames.has(node.expression.text) &&
        !passesRoutePartsOn(node)
      ) {
        loads.push(describeLoad(root, file, source, node, consts));
      }
      const route = ts.isObjectLiteralExpression(node) ? routeOf(node) : undefined;
      if (route) loads.push(describeLoad(root, file, source, route.parts, consts, route.screen));
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return loads;
}

/** `loadMessages(route.parts)`: the route's declaration is the load. */
const passesRoutePartsOn = (call: ts.CallExpression): boolean => {
  const argument = call.arguments[0];
  return (
    argument !== undefined &&
    ts.isPropertyAccessExpression(argument) &&
    argument.name.text === 'parts'
  );
};

/** A screen's route: an object literal with `parts` and a `screen` function. */
function routeOf(
  node: ts.ObjectLiteralExpression,
): { parts: ts.Expression; screen: ts.Node } | undefined {
  const property = (name: string) =>
    node.properties.find(
      (p): p is ts.PropertyAssignment =>
        ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
    )?.initializer;
  const parts = property('parts');
  const screen = property('screen');
  return parts && screen && ts.isFunctionLike(screen) ? { parts, screen } : undefined;
}

function describeLoad(
  root: string,
  file: string,
  source: ts.SourceFile,
  load: ts.CallExpression | ts.Expression,
  consts: Map<string, ts.Expression>,
  screen?: ts.Node,
): MessageLoad {
  const line = source.getLineAndCharacterOfPosition(load.getStart()).line + 1;
  const parts =
    stringsOf(screen ? load : (load as ts.CallExpression).arguments[0], consts) ?? 'unreadable';
  // The function the load runs in (or the route's screen): what it imports is what the words
  // are for.
  let scope: ts.Node = screen ?? load;
  while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  if (!ts.isFunctionLike(scope)) scope = source;
  const roots = new Set<string>();
  const visit = (node: ts.Node): void => {
    const argument = isDynamicImport(node) ? node.arguments[0] : undefined;
    if (argument && ts.isStringLiteralLike(argument)) {
      const target = resolveImport(root, file, argument.text);
      if (target) roots.add(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return { at: `${file}:${line}`, parts, roots: roots.size > 0 ? [...roots].sort() : [file] };
}
