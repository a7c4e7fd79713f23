import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { posix } from 'node:path';

/**
 * Inside a feature imports flow one way: ui → model → core; platform implements the features'
 * ports with their core types; features meet through their entry files (see featureEntries).
 */
const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/**
 * Features meet only through their entry files: another feature's `index.ts` (rules, data,
 * models) or `ui.ts` (components it lends to other screens). A lazy route may import() a
 * feature's screen directly, since that is how screens load on demand.
 */
const featureEntries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const own = file.match(/\/src\/features\/([^/]+)\//)?.[1];
    const check = (node) => {
      const spec = node.source?.value;
      if (!own || typeof spec !== 'string' || !spec.startsWith('.') || spec.endsWith('.css'))
        return;
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      const match = target.match(/\/src\/features\/([^/]+)(\/.*)?$/);
      if (!match || match[1] === own) return;
      if (!match[2] || /^\/(index|ui)(\.tsx?)?$/.test(match[2])) return;
      context.report({
        node: node.source,
        message: `Import ${match[1]} through its index.ts or ui.ts, not its inner files.`,
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
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
    // Each feature's core/ is a library you could publish: no UI, models, storage or browser.
    files: ['src/features/*/core/**'],
    rules: layer(
      [
        '**/model/**',
        '**/ui/**',
        '**/platform/**',
        '**/i18n/**',
        'preact',
        'preact/*',
        '@preact/*',
        'dexie',
      ],
      "a feature's core/ is pure: no models, ui, platform, i18n or DOM libraries.",
    ),
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
  {
    files: ['src/features/*/model/**'],
    rules: layer(
      ['**/ui/**', '**/platform/**'],
      'a model uses ports; it never imports ui/ or platform/.',
    ),
  },
  {
    files: ['src/platform/**'],
    rules: layer(['**/ui/**', '**/model/**'], 'platform/ implements ports; no ui/ or models.'),
  },
  {
    files: ['src/features/**', 'src/shared/**', 'src/i18n/**', 'src/catalogs/**'],
    rules: layer(
      ['**/platform/**'],
      'only main.tsx knows platform/: it builds the adapters and hands them in.',
    ),
  },
  {
    // A feature gets the app's models from the context (app-context.ts), never from app.ts,
    // which builds them: no feature reaches another's model through a module.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/platform/**'],
              message: 'only main.tsx knows platform/: it builds the adapters and hands them in.',
            },
            {
              group: ['**/src/app', '../../app', '../../../app', '../../../../app'],
              message: 'take the models from useApp() (app-context.ts); app.ts builds them.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/i18n/**', 'src/shared/**'],
    rules: layer(
      ['**/features/**', '**/catalogs/**'],
      'i18n/ and shared/ are leaves: they import no feature and no catalog.',
    ),
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    plugins: { acupress: { rules: { 'feature-entries': featureEntries } } },
    rules: { 'acupress/feature-entries': 'error' },
  },
  {
    // Worker files run without a DOM (tsconfig.worker.json checks their types): no screens, no
    // UI libraries, no window or document. Name a new worker file *.worker.ts.
    files: ['src/**/*.worker.ts', 'src/platform/ticker-worker.ts'],
    rules: {
      ...layer(
        ['**/ui/**', '**/model/**', 'preact', 'preact/*', '@preact/*', 'preact-iso', 'uplot'],
        'A worker has no DOM: it imports no ui/, models or DOM libraries.',
      ),
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
    files: ['build/**', 'scripts/**', 'bench/**', 'e2e/**', 'e2e-engines/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
