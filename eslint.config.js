// Lint for what the type checker cannot see; formatting is Prettier's. `npm run typecheck` runs both.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';

const nodeGlobals = { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' };

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'resources/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      // `(a(), b())` hides a statement inside an expression: write two statements.
      'no-sequences': ['error', { allowInParentheses: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Text from pastes, files and the clipboard is cleaned of control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  ...svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // svelte-check type-checks the components against the DOM library, which knows every browser
      // global; ESLint's own list would need to be kept in step with it by hand.
      'no-undef': 'off',
      // Sets and maps held in $state.raw are replaced whole on each change, one signal however many
      // ids they hold (100,000 on select all); a SvelteSet would track every entry.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  { files: ['scripts/**/*.mjs', 'bin/**/*.js', '*.config.js'], languageOptions: { globals: nodeGlobals } },
  {
    // electron-builder loads its hooks with require().
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { ...nodeGlobals, require: 'readonly', exports: 'writable', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // A Playwright fixture that uses no other fixture still takes its first argument as a pattern.
    files: ['tests/e2e/**', 'tests/electron/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
