/**
 * ESLint (flat config): typescript-eslint with type information, React hooks rules (stale closures,
 * refs written during render), and jsx-a11y on the components. Rules that only restate what the
 * TypeScript compiler already checks, or that fight deliberate patterns, are off with a reason.
 */
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-e2e/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'public/',
      '**/*.mjs',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `!` after a check the compiler cannot follow (noUncheckedIndexedAccess makes every index optional)
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `void promise` marks a deliberately unawaited call
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // event handlers may start async work (the promise is voided inside)
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // numbers, booleans and arrays (joined with commas) in template strings are fine
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowArray: true }],
      // `as tf.Tensor2D` after a tfjs op documents the tensor's rank even where tfjs's typing already has it
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // `async` marks a function that returns a promise (route handlers, queued engine operations)
      '@typescript-eslint/require-await': 'off',
      // input sanitizers match control characters on purpose
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.tsx', 'src/app/**/*.ts', 'src/ui/**/*.ts', 'src/viz/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'react-hooks/refs': 'error',
    },
  },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // tests: loose typing of fixtures and mocks is fine
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
