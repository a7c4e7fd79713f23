import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Imports flow one way: ui → app → core; platform implements app's ports with core types. */
const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

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
    files: ['src/core/**'],
    rules: layer(
      ['**/app/**', '**/platform/**', '**/ui/**', 'preact', 'preact/*', '@preact/*', 'dexie'],
      'core/ is pure: it imports nothing from app, platform, ui or the DOM libraries.',
    ),
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
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
    files: ['src/app/**'],
    rules: layer(
      ['**/platform/**', '**/ui/**'],
      'app/ uses ports; it never imports platform/ or ui/.',
    ),
  },
  {
    files: ['src/platform/**'],
    rules: layer(['**/ui/**', '**/app/*-model*'], 'platform/ implements ports; no ui/ or models.'),
  },
  {
    // Worker files run without a DOM (tsconfig.worker.json checks their types): no screens, no
    // UI libraries, no window or document. Name a new worker file *.worker.ts.
    files: ['src/**/*.worker.ts', 'src/platform/ticker-worker.ts'],
    rules: {
      ...layer(
        ['**/ui/**', '**/app/*-model*', 'preact', 'preact/*', '@preact/*', 'preact-iso', 'uplot'],
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
    files: ['src/ui/**'],
    rules: layer(['**/platform/**'], 'ui/ reads models; platform adapters are wired in main.tsx.'),
  },
  {
    files: ['build/**', 'scripts/**', 'bench/**', 'e2e/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
