// Lint enforces the layering described in README/architecture: electron only in
// main/electron/** and preload/index.ts; no Node built-ins in the renderer or the
// pure contract; renderer and preload never import from main/ (shared types live
// in preload/contract/); services never reach into a transport.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronBan = {
  name: 'electron',
  message: "Only main/electron/** and preload/index.ts may import 'electron'.",
};
const mainBan = {
  group: ['**/main/**'],
  message:
    'The renderer and preload never import from main/ (the Node side). Shared types and schemas belong in preload/contract/ (e.g. preload/contract/model/).',
};
const builtinBan = nodeBuiltins.map((name) => ({
  name,
  message: 'No Node built-ins here: this code runs in the sandboxed renderer.',
}));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'dist/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronBan] }],
    },
  },
  {
    files: ['main/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['preload/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [mainBan] }] },
  },
  {
    files: ['renderer/**', 'preload/contract/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: [electronBan, ...builtinBan], patterns: [mainBan] }],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['main/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            {
              group: ['**/electron/**', '**/main/electron', '../electron'],
              message: 'Services must not depend on the Electron transport.',
            },
            {
              group: ['**/web/**', '**/main/web', '../web'],
              message: 'Services must not depend on the browser-mode transport.',
            },
          ],
        },
      ],
    },
  },
);
