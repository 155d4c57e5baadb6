import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The architecture's arrows (README "Layout"): schema ← db, seed, server, web; seed and db never reach
 * into server or web; the explorer's app code talks to the server over HTTP only (its e2e harness may
 * start a server). Workspace imports (`@guanxi/seed`) resolve to the folders, so the zones see them.
 */
const ARROWS = [
  {
    target: './schema',
    from: ['./db', './seed', './server', './web', './scripts'],
    message: 'schema/ depends on nothing in the repo',
  },
  { target: './db', from: ['./seed', './server', './web'], message: 'db/ is below seed, server and web' },
  { target: './seed', from: ['./server', './web'], message: 'seed/ never imports server/ or web/' },
  { target: './server', from: ['./web'], message: 'server/ never imports web/' },
  {
    target: './web/src',
    from: ['./server', './seed', './db'],
    message: 'the explorer talks to the server over HTTP only',
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '.data/**', 'db/lib/**', 'db/target/**', 'web/dist/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'web/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: ARROWS }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
