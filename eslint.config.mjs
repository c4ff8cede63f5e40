// ESLint flat config. The one architectural rule lives here: shared/ is pure domain code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const outsideDomain = {
  patterns: [
    { group: ['**/addin/**', '**/functions/**', '../addin', '../functions', '../../addin', '../../functions'], message: 'shared/ must not import addin/ or functions/.' },
    { group: ['react', 'react-dom', 'react/*', '@fluentui/*', '@azure/*', '@microsoft/office-js', 'office-addin-*', 'exceljs'], message: 'shared/ is pure: zod and itself only.' },
    { group: ['node:*', 'fs', 'path', 'http', 'https', 'os', 'child_process', 'crypto'], message: 'shared/ does no I/O: pass values in.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'out/**', '.data/**', 'jest.config.js', 'tests/summaryReporter.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', outsideDomain],
      'no-restricted-globals': ['error', { name: 'process', message: 'shared/ reads no environment.' }, { name: 'Excel', message: 'Only addin/excel/ calls Excel.' }, { name: 'Office', message: 'Only addin/ talks to Office.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'shared/ has no clock: pass `now` in.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'shared/ has no clock: pass `now` in.' }, { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'shared/ is deterministic.' }],
    },
  },
  {
    files: ['functions/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/addin/**', '../addin', '../../addin'], message: 'functions/ never imports addin/.' }] }] },
  },
  {
    files: ['addin/**/*.ts', 'addin/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/functions/**', '../functions', '../../functions'], message: 'addin/ never imports functions/.' }] }] },
  },
);
