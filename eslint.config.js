import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/*
 * The pipeline order of main/ (DESIGN.md): a stage may import only the stages of the tiers before
 * its own, type-only imports included; the stages of one tier never import each other. The Template
 * tier stands before pdf, check and docx because they read a template's style. main/common is the
 * first tier and imports nothing but itself, not even a package, so the renderer may run it.
 */
const TIERS = [
  ['common'],
  ['article'],
  ['analysis'],
  ['brief'],
  ['templates'],
  ['pdf', 'check', 'docx'],
  ['files'],
  ['api'],
  ['electron', 'web', 'cli'],
]
const HOSTS = TIERS.at(-1)

/**
 * A relative import that reaches one of `folders` at the top of main/ (or the project's renderer/).
 * Matching the written path keeps to ESLint's own rule; it holds while no folder inside a stage is
 * named like a stage.
 */
function reaching(folders) {
  return `^(\\.\\./)+(${folders.join('|')})(/|$)`
}

/*
 * ESLint's import rule skips `import()` and `import('…').Type`: the same patterns as AST selectors.
 * Type-level `import('…')` counts wherever type imports do.
 */
const DYNAMIC_IMPORT = 'ImportExpression[source.value=REGEX]'
const TYPE_QUERY = 'TSImportType[source.value=REGEX]'

function selectorsFor(patterns, nodes) {
  return patterns.flatMap(({ regex, message }) =>
    nodes.map((node) => ({ selector: node.replace('REGEX', `/${regex.replaceAll('/', '\\/')}/`), message })),
  )
}

function layeringRules(patterns) {
  return {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', ...selectorsFor(patterns, [DYNAMIC_IMPORT, TYPE_QUERY])],
  }
}

function stageBoundaries(tier, stage) {
  const earlier = TIERS.slice(0, tier).flat()
  const later = TIERS.slice(tier + 1).flat()
  const siblings = TIERS[tier].filter((other) => other !== stage)
  const allowed = earlier.length > 0 ? `only ${earlier.join(', ')}` : 'nothing but itself'
  const patterns = [
    {
      regex: reaching([...later, 'renderer']),
      message: `main/${stage} may import ${allowed}: later stages and renderer/ build on it, not under it.`,
    },
  ]
  if (siblings.length > 0) {
    patterns.push({
      regex: reaching(siblings),
      message: HOSTS.includes(stage)
        ? 'Hosts never import each other: code two hosts need moves down into main/api or main/common.'
        : `main/${stage} does not import ${siblings.join(' or ')}: the same tier of the pipeline.`,
    })
  }
  if (stage === 'common') {
    patterns.push({
      regex: '^[^.]',
      message: 'main/common is dependency-free (the renderer runs it): no packages, no Node built-ins.',
    })
  }
  return { files: [`main/${stage}/**/*.ts`], rules: layeringRules(patterns) }
}

const RENDERER_RUNTIME_IMPORT = {
  regex: '^(\\.\\./)+main/(?!common(/|$))',
  message: 'renderer/ may import only types from main/, and run-time code only from main/common.',
}

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...selectorsFor([RENDERER_RUNTIME_IMPORT], [DYNAMIC_IMPORT])],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...RENDERER_RUNTIME_IMPORT, allowTypeImports: true },
            {
              group: ['electron', 'node:*', 'fs', 'path', 'child_process', 'os'],
              message: 'renderer/ runs in the browser sandbox.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: "Only main/electron/ imports 'electron'." }] },
      ],
    },
  },
  ...TIERS.flatMap((stages, tier) => stages.map((stage) => stageBoundaries(tier, stage))),
)
