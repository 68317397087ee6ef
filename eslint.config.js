// Lint rules: typescript-eslint's recommended set, plus the project's own
// promises made concrete: no HTML strings into the DOM, no network, no eval.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noHtmlStrings = [
  { object: 'document', property: 'write', message: 'Never write page-supplied strings as HTML.' },
  { property: 'innerHTML', message: 'Build DOM nodes (or Preact elements) instead of HTML strings.' },
  { property: 'outerHTML', message: 'Build DOM nodes (or Preact elements) instead of HTML strings.' },
  { property: 'insertAdjacentHTML', message: 'Build DOM nodes (or Preact elements) instead of HTML strings.' },
  { property: 'createContextualFragment', message: 'Build DOM nodes instead of parsing HTML.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'packages/', '.profiles/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', URL: 'readonly', performance: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly',
        TextDecoder: 'readonly', structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', ...noHtmlStrings],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in components.' },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'No raw HTML in components.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Summit Lens sends no network request.' },
        { name: 'XMLHttpRequest', message: 'Summit Lens sends no network request.' },
        { name: 'WebSocket', message: 'Summit Lens sends no network request.' },
        { name: 'EventSource', message: 'Summit Lens sends no network request.' },
        { name: 'eval', message: 'No code from strings.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // src/core/ is pure logic, no DOM and no browser APIs, so that all of it
    // runs in Node's unit tests: it depends on nothing above it. (Its files
    // take this as said.)
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(common|content|popup|background)(/|$)',
              message: 'src/core/ imports nothing from common/, content/, popup/ or background/: pass what it needs in.',
            },
            {
              regex: '^(webextension-polyfill|preact)(/|$)',
              message: 'src/core/ is pure logic: no browser APIs, no UI.',
            },
          ],
        },
      ],
    },
  },
);
