// Lint: typescript-eslint (type-aware), React hooks, and the layer rules of ARCHITECTURE.md.
// The first import must stay first: it gives typescript-eslint the TypeScript API it needs.
import './scripts/lint/typescriptApi.cjs'
import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname
const projects = ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.test.json'].map((p) => `${root}/${p}`)
const R = 'src/renderer/src'

/** The layers. Order matters: a file belongs to the first element whose pattern matches. */
const elements = [
  { type: 'base', pattern: `${R}/base/**` },
  { type: 'domain', pattern: `${R}/domain/**` },
  { type: 'i18n', pattern: `${R}/i18n/**` },
  { type: 'platform', pattern: `${R}/platform/**` },
  { type: 'db', pattern: `${R}/db/**` },
  { type: 'pdf', pattern: `${R}/pdf/**` },
  { type: 'store', pattern: `${R}/store/**` },
  { type: 'ui', pattern: `${R}/ui/**` },
  { type: 'features', pattern: `${R}/features/**` },
  { type: 'app', pattern: `${R}/app/**` },
  { type: 'resources', pattern: 'resources/**' },
  { type: 'shared', pattern: 'src/shared/**' },
  { type: 'main', pattern: 'src/main/**' },
  { type: 'preload', pattern: 'src/preload/**' }
].map((e) => ({ ...e, partialMatch: false }))

const to = (...types) => ({ to: { element: { type: types } } })
/** What each layer may import (besides itself); everything else is an error. */
const layerPolicies = [
  { from: { element: { type: 'base' } }, allow: to('base') },
  { from: { element: { type: 'domain' } }, allow: to('domain', 'base') },
  { from: { element: { type: 'i18n' } }, allow: to('i18n', 'base') },
  { from: { element: { type: 'i18n' } }, allow: to('domain'), dependency: { kind: 'type' } },
  { from: { element: { type: 'platform' } }, allow: to('platform', 'domain', 'base', 'shared') },
  { from: { element: { type: 'db' } }, allow: to('db', 'domain', 'base', 'platform', 'resources') },
  // Documents are written in Swedish: their wording comes from i18n, as the screens' does.
  { from: { element: { type: 'pdf' } }, allow: to('pdf', 'domain', 'base', 'i18n', 'resources') },
  { from: { element: { type: 'store' } }, allow: to('store', 'db', 'domain', 'base') },
  { from: { element: { type: 'ui' } }, allow: to('ui', 'domain', 'base', 'i18n', 'platform') },
  {
    from: { element: { type: 'features' } },
    allow: to('features', 'ui', 'store', 'db', 'pdf', 'i18n', 'platform', 'domain', 'base', 'resources', 'shared')
  },
  {
    from: { element: { type: 'app' } },
    allow: to('app', 'features', 'ui', 'store', 'db', 'pdf', 'i18n', 'platform', 'domain', 'base', 'resources', 'shared')
  },
  { from: { element: { type: 'shared' } }, allow: to('shared') },
  { from: { element: { type: 'main' } }, allow: to('main', 'shared') },
  // Which parts of shared/ the preload script may take is narrowed below (channel names only).
  { from: { element: { type: 'preload' } }, allow: to('preload', 'shared') }
]

const restricted = (names, message) => ['error', { paths: names.map((name) => ({ name, message })), patterns: [] }]
const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/client',
  'zustand',
  'signature_pad',
  'react-aria-components',
  '@internationalized/date'
]
const storage = ['dexie']

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'out-*/**', 'dist/**', 'reports/**', 'test-results/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
      globals: { ...globals.browser, ...globals.node }
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // React event handlers may be async: their errors are caught inside (status messages).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // File names, PDF text and IPC strings are cleaned of control characters on purpose.
      'no-control-regex': 'off'
    }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*', 'resources/**/*'],
      'import/resolver': { typescript: { project: projects, noWarnOnMultipleProjects: true } },
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: projects, noWarnOnMultipleProjects: true })]
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }]
    }
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests read untyped JSON, YAML and mocks and poke at objects on purpose.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Tests reject with plain values to imitate what browsers and Dexie throw, cast fixtures
      // loosely, and keep async helpers async so every caller awaits the same way.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/require-await': 'off'
    }
  },
  {
    files: [`${R}/{base,domain}/**`],
    rules: {
      'no-restricted-imports': restricted([...uiLibraries, ...storage], 'domain/ and base/ are plain TypeScript: no React, no Dexie.')
    }
  },
  {
    files: ['src/preload/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@shared/*', '!@shared/channels'],
              allowTypeImports: true,
              message: 'The preload script takes only the channel names at run time; the rest of shared/ as types.'
            }
          ]
        }
      ]
    }
  },
  {
    files: [`${R}/{features,app,ui,store,i18n,pdf}/**`],
    rules: { 'no-restricted-imports': restricted(storage, 'All Dexie access lives in db/.') }
  }
)
