import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Layer rules (see ../shared/DESIGN.md): the model is pure, ui/ is domain-free.
const NOT_IN_MODEL = [
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react/*'],
    message: 'src/model is pure: no React.',
  },
  { group: ['zustand', 'zustand/*'], message: 'src/model is pure: no store.' },
  { group: ['sigma', 'sigma/*', '@sigma/*'], message: 'src/model is pure: no sigma.' },
  {
    group: ['**/state/**', '**/views/**', '**/app/**', '**/ui/**', '**/data/**', '**/url/**'],
    message: 'src/model imports nothing above it.',
  },
];
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'location',
  'HTMLElement',
].map((name) => ({ name, message: 'src/model is pure: no DOM.' }));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text only.',
        },
        { selector: "NewExpression[callee.name='Function']", message: 'Never execute data.' },
        { selector: "CallExpression[callee.name='eval']", message: 'Never execute data.' },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render data as text only.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: NOT_IN_MODEL }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/state/**', '**/state'], message: 'ui/ is presentational: no store.' },
            { group: ['**/model/**', '**/model'], message: 'ui/ is presentational: no domain.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/url/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/state/**', '**/views/**', '**/app/**', 'react', 'zustand', 'sigma'],
              message: 'data/ and url/ sit below state/ and views/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser tests reach into the page's sigma and graphology objects, which have no types there.
    files: ['test/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
