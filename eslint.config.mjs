// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * typescript-eslint with type information over every tsconfig of the repository (the project service picks each
 * file's nearest tsconfig.json: cms/ has its own). `npm run lint`; CI runs it before the tests.
 */
export default tseslint.config(
  {
    // Generated, built or copied-in files: their generators own their style.
    ignores: [
      'node_modules/',
      '.data/',
      'cms/.next/',
      'api/dist/',
      'tests/artifacts/',
      'examples/src/gql/',
      'cms/payload-types.ts',
      'cms/app/(payload)/admin/importMap.js',
      'cms/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Root config files sit outside every tsconfig's include; they get a default project.
        projectService: { allowDefaultProject: ['*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // Without `noUncheckedIndexedAccess` an array element is typed as present, so the rule calls the `!` after
      // `rows[0]` unnecessary (281 places, mostly tests): there it says "this must exist". Enabling that compiler
      // option is the real fix and would make every one of them necessary.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Apollo plugin hooks, MikroORM migrations' up()/down() and Payload hooks are typed to return a Promise;
      // `async` without `await` is how an implementation says so.
      '@typescript-eslint/require-await': 'off',
      // `const { secret, ...rest } = row` is how the code leaves a field out; `_name` marks a parameter an
      // interface requires.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // TypeScript resolves every name (typescript-eslint's advice); the rule does not know Node's globals in .mjs.
      'no-undef': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests read untyped answers on purpose (`await response.json()`, pg rows, Apollo's cache) and check them
      // with expect(); a wrong field fails the assertion at run time. `no-explicit-any` still holds there.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
)
