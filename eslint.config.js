import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/.artifacts/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no extension APIs, no DOM, no Node built-ins, no UI, no outer layer.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill', 'preact', 'preact/*'], message: 'src/core is pure: no browser or UI imports.' },
            { group: ['node:*', 'fs', 'path', 'zlib', 'crypto', 'os', 'child_process'], message: 'src/core is pure: no Node built-ins.' },
            { group: ['../../platform/*', '../../background/*', '../../popup/*', '../../report/*', '../../cli/*', '../../ui/*', '../platform/*', '../background/*', '../popup/*', '../report/*', '../cli/*', '../ui/*'], message: 'src/core must not import outer layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'document', 'window', 'Buffer', 'process', 'require', 'localStorage', 'navigator'],
    },
  },
  {
    // Only src/platform may touch the polyfill.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**', 'src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Only src/platform imports webextension-polyfill.' }] },
      ],
    },
  },
);
