import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

/** Physical left/right utilities mirror wrongly in right-to-left pages; logical ones do not. */
const physicalDirectionClass =
  String.raw`(^|\s)-?(ml|mr|pl|pr|left|right|border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br|scroll-ml|scroll-mr|scroll-pl|scroll-pr)-\S|text-(left|right)\b|float-(left|right)\b`;

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'bench/bare-next/.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: `JSXAttribute[name.name='className'] Literal[value=/${physicalDirectionClass}/]`,
          message: 'Use logical utilities (ms-/me-/ps-/pe-/start-/end-/text-start) so right-to-left pages mirror.',
        },
        {
          selector: `JSXAttribute[name.name='className'] TemplateElement[value.raw=/${physicalDirectionClass}/]`,
          message: 'Use logical utilities (ms-/me-/ps-/pe-/start-/end-/text-start) so right-to-left pages mirror.',
        },
      ],
    },
  },
  {
    // Components are UI only: data comes through db/queries in server code.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'], message: 'Components never touch the database.' },
            { group: ['@/db', '@/db/*', '../db/*', '../../db/*'], message: 'Components never import db/: pass data from the page.' },
          ],
        },
      ],
    },
  },
  {
    // Pages, layouts and actions reach data through db/queries only.
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'], message: 'Use a function in db/queries instead.' },
          ],
        },
      ],
    },
  },
]);
