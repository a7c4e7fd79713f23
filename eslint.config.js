import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { posix } from 'node:path';

/**
 * Every import form a module can take: static, re-export, and import() with a literal source.
 * Type-only imports count too: a cycle of types is still a cycle.
 */
const importVisitors = (check) => ({
  ImportDeclaration: (node) => check(node, node.source),
  ExportNamedDeclaration: (node) => node.source && check(node, node.source),
  ExportAllDeclaration: (node) => check(node, node.source),
  ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source),
});

// A gitignore-like pattern (a double star spans folders, a star one name) as a regular
// expression over an import specifier.
export function patternToRegExp(pattern) {
  const body = pattern
    .split(/(\*\*\/|\/\*\*|\*)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '/**') return '(?:/.*)?';
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`);
}

/**
 * One layer rule: the listed specifiers are refused, with the rule's reason. Each layer is
 * registered under its own name, so that a later block for a wider glob never replaces it
 * (ESLint keeps only the last setting of one rule name for a file).
 */
const layerRule = (patterns, message, { allowTypeImports = false } = {}) => {
  const regexps = patterns.map(patternToRegExp);
  return {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return importVisitors((node, source) => {
        const spec = source.value;
        if (typeof spec !== 'string') return;
        if (allowTypeImports && node.importKind === 'type') return;
        if (regexps.some((re) => re.test(spec)))
          context.report({ node: source, message: `'${spec}': ${message}` });
      });
    },
  };
};

/**
 * Features meet only through their entry files: another feature's `index.ts` (rules, data,
 * models) or `ui.ts` (components it lends to other screens), statically or with import().
 */
const featureEntries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const own = file.match(/\/src\/features\/([^/]+)\//)?.[1];
    return importVisitors((_node, source) => {
      const spec = source.value;
      if (!own || typeof spec !== 'string' || !spec.startsWith('.') || spec.endsWith('.css'))
        return;
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      const match = target.match(/\/src\/features\/([^/]+)(\/.*)?$/);
      if (!match || match[1] === own) return;
      if (!match[2] || /^\/(index|ui)(\.tsx?)?$/.test(match[2])) return;
      context.report({
        node: source,
        message: `Import ${match[1]} through its index.ts or ui.ts, not its inner files.`,
      });
    });
  },
};

/**
 * An allow-list layer rule: every relative import (and import()) of the files it covers must
 * land where `allows(target, own)` says, `target` being the imported path under src/ without
 * its extension ("domain/points", "features/session/core/planner") and `own` the file's own
 * feature; a package must pass `allowsPackage`. CSS files are the screens' own and pass.
 */
const onlyRule = (allows, message, allowsPackage = () => true) => ({
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const own = file.match(/\/src\/features\/([^/]+)\//)?.[1];
    return importVisitors((node, source) => {
      const spec = source.value;
      if (typeof spec !== 'string' || spec.endsWith('.css')) return;
      if (!spec.startsWith('.')) {
        if (!allowsPackage(spec))
          context.report({ node: source, message: `'${spec}': ${message}` });
        return;
      }
      const resolved = posix.normalize(posix.join(posix.dirname(file), spec));
      const target = resolved.match(/\/src\/(.*?)(\.tsx?)?$/)?.[1];
      if (target === undefined || allows(target, own, node)) return;
      context.report({ node: source, message: `'${spec}': ${message}` });
    });
  },
});
const under = (target, folder) => target === folder || target.startsWith(`${folder}/`);

const onlyMainKnowsPlatform =
  'only main.tsx knows platform/: it builds the adapters and hands them in.';

/** The layer rules: [name, files, ignores, rule]. Each name stands in exactly one block. */
const layers = [
  [
    // Rule 1: the domain is the shared vocabulary; it leans on nothing but itself and valibot.
    'domain-is-pure',
    ['src/domain/**'],
    ['src/domain/**/*.test.ts'],
    onlyRule(
      (target) => under(target, 'domain'),
      'domain/ imports only domain/ and valibot.',
      (pkg) => pkg === 'valibot',
    ),
  ],
  [
    // Rule 2.
    'core-imports-core',
    ['src/features/*/core/**'],
    ['src/features/*/core/**/*.test.ts'],
    onlyRule(
      (target, own) =>
        under(target, `features/${own}/core`) ||
        under(target, 'domain') ||
        under(target, 'shared/core'),
      "a feature's core/ imports only its own core/, domain/ and shared/core/.",
    ),
  ],
  [
    // Rule 3: models meet only in app.ts; a model that needs another names what it needs as a
    // small interface in its own ports.ts.
    'model-imports-no-feature',
    ['src/features/*/model/**'],
    ['src/features/*/model/**/*.test.ts'],
    onlyRule(
      (target, own) =>
        under(target, `features/${own}/core`) ||
        under(target, `features/${own}/model`) ||
        target === `features/${own}/ports` ||
        under(target, 'domain') ||
        target === 'shared/ports' ||
        under(target, 'shared/core') ||
        under(target, 'i18n'),
      'a model imports only its own core/, model/ and ports.ts, domain/, shared/ports and shared/core: never another feature (models meet in app.ts).',
    ),
  ],
  [
    // Rule 4.
    'ui-imports-through-ui-ts',
    ['src/features/*/ui/**'],
    ['src/features/*/ui/**/*.test.ts'],
    onlyRule(
      (target, own, node) =>
        under(target, `features/${own}`) ||
        under(target, 'domain') ||
        under(target, 'shared/ui') ||
        under(target, 'shared/core') ||
        target === 'shared/lazy' ||
        under(target, 'i18n') ||
        target === 'app-context' ||
        // The App type, and the shared ports' types a screen hands on (the models come from
        // useApp()).
        ((target === 'app' || target === 'shared/ports') && node.importKind === 'type') ||
        /^features\/[^/]+\/ui$/.test(target),
      'a screen imports its own feature, domain/, shared/ui, i18n/ and app-context.ts, and other features only through their ui.ts.',
    ),
  ],
  [
    'core-is-pure',
    ['src/features/*/core/**'],
    [],
    layerRule(
      [
        '**/model/**',
        '**/ui/**',
        '**/platform/**',
        '**/i18n/**',
        'preact',
        'preact/*',
        '@preact/*',
        'preact-iso',
        'dexie',
        'uplot',
      ],
      "a feature's core/ is pure: no models, ui, platform, i18n or DOM libraries.",
    ),
  ],
  [
    'model-uses-ports',
    ['src/features/*/model/**'],
    // A model's tests may check it against the words its screen shows.
    ['src/features/*/model/**/*.test.ts'],
    layerRule(
      ['**/ui/**', '**/platform/**'],
      'a model uses ports; it never imports ui/ or platform/.',
    ),
  ],
  [
    'platform-implements-ports',
    ['src/platform/**'],
    [],
    layerRule(['**/ui/**', '**/model/**'], 'platform/ implements ports; no ui/ or models.'),
  ],
  [
    'only-main-knows-platform',
    ['src/features/**', 'src/shared/**', 'src/i18n/**', 'src/catalogs/**'],
    [],
    layerRule(['**/platform/**'], onlyMainKnowsPlatform),
  ],
  [
    // A feature gets the app's models from the context (app-context.ts), never from app.ts,
    // which builds them: no feature reaches another's model through a module.
    'models-through-context',
    ['src/features/**'],
    [],
    layerRule(
      ['**/src/app', '../../app', '../../../app', '../../../../app'],
      'take the models from useApp() (app-context.ts); app.ts builds them.',
      { allowTypeImports: true },
    ),
  ],
  [
    'leaves-import-no-feature',
    ['src/i18n/**', 'src/shared/**'],
    [],
    layerRule(
      ['**/features/**', '**/catalogs/**'],
      'i18n/ and shared/ are leaves: they import no feature and no catalog.',
    ),
  ],
  [
    // Worker files run without a DOM (tsconfig.worker.json checks their types). Name a new
    // worker file *.worker.ts.
    'worker-has-no-dom',
    ['src/**/*.worker.ts', 'src/platform/ticker-worker.ts'],
    [],
    layerRule(
      ['**/ui/**', '**/model/**', 'preact', 'preact/*', '@preact/*', 'preact-iso', 'uplot'],
      'a worker has no DOM: it imports no ui/, models or DOM libraries.',
    ),
  ],
];

const acupress = {
  rules: {
    'feature-entries': featureEntries,
    ...Object.fromEntries(layers.map(([name, , , rule]) => [name, rule])),
  },
};

const noMarkupSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Render text, never markup.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'Render text, never markup.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render text, never markup.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out-*/',
      'dist-*/',
      '.cache/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'docs/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...noMarkupSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/features/*/core/**/*.ts'],
    ignores: ['src/features/*/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'core/ takes time as an argument.' },
        { name: 'window', message: 'core/ has no DOM.' },
        { name: 'document', message: 'core/ has no DOM.' },
        { name: 'performance', message: 'core/ takes time as an argument.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'core/ is deterministic.' },
      ],
    },
  },
  { plugins: { acupress } },
  ...layers.map(([name, files, ignores]) => ({
    files,
    ...(ignores.length ? { ignores } : {}),
    rules: { [`acupress/${name}`]: 'error' },
  })),
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: { 'acupress/feature-entries': 'error' },
  },
  {
    files: ['src/**/*.worker.ts', 'src/platform/ticker-worker.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'A worker has no DOM; use self and what a worker has.',
        })),
      ],
    },
  },
  {
    // The session's track is FLAC where the browser plays it, and Apple's FLAC decoder lands in
    // the wrong place after a seek (jellyfin-web#8084): the app never writes a media element's
    // time; it renders a new part from the position instead.
    files: ['src/platform/**', 'src/features/session/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noMarkupSinks,
        {
          selector:
            "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(currentTime|fastSeek)$/]",
          message:
            'Never seek the session track (FLAC seeks land wrong on iOS): render from the position.',
        },
        {
          selector: "CallExpression[callee.property.name='fastSeek']",
          message:
            'Never seek the session track (FLAC seeks land wrong on iOS): render from the position.',
        },
      ],
    },
  },
  {
    files: ['build/**', 'scripts/**', 'bench/**', 'e2e/**', 'e2e-engines/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
