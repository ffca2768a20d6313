import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'data/', 'server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      // `import { type X }` keeps a side-effect import under verbatimModuleSyntax (zod in the popup).
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Never innerHTML: page content is untrusted.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/extension/**', '**/server/**', 'node:*', 'dexie', 'hono', 'drizzle-orm'],
              message: 'shared/ is pure: no runtime-specific imports.',
            },
          ],
        },
      ],
    },
  },
);
