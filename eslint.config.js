import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import noInlineUiText from './eslint-rules/no-inline-ui-text.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tests/.output/**', 'tests/fixtures/**/*.aiplan'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Time and chance come in through one door each, so tests can pin them: the clock modules and
    // the id module are the only readers (tests pin the clock: page.clock, vi.setSystemTime).
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['renderer/clock.ts', 'electron/clock.ts', 'tests/e2e/harness/pinned-clock.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time through the clock module (renderer/clock.ts, electron/clock.ts) or take `now` as an argument.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the time through the clock module (renderer/clock.ts, electron/clock.ts), or use performance.now() for an interval.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Take an id or random generator as an argument (renderer/store/ids.ts makes ids); tests use a seeded generator.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'node:*', 'fs', 'path'], message: 'The renderer reaches the main process only through window.planner.' }] }],
    },
  },
  {
    // The domain stays pure: it runs in the renderer, in Node, in tests and in scripts alike.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'electron', 'electron-store', 'node:*', 'fs', 'path', '@dnd-kit/*', '../renderer/*', '../electron/*', '../../renderer/*', '../../electron/*'],
          message: 'shared/ is the pure domain: no React, Electron, Node or UI imports.',
        }],
      }],
    },
  },
  {
    // Plain Node modules of the main process must run (and be tested) without Electron.
    files: ['electron/files/**/*.ts', 'electron/recovery/**/*.ts', 'electron/settings/settings.ts', 'electron/cli/**/*.ts', 'electron/protocol/resolve-app-path.ts', 'electron/security/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Keep this module free of Electron so it runs in vitest and the CLI.' }] }],
    },
  },
  {
    // Words in JSX come from the message catalogues, so a new inline string fails the lint.
    files: ['renderer/**/*.tsx'],
    plugins: { i18n: { rules: { 'no-inline-ui-text': noInlineUiText } } },
    rules: { 'i18n/no-inline-ui-text': 'error' },
  },
);
