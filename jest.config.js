/** Jest runs every test under tests/, compiled by ts-jest (types are checked by `npm run typecheck`). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // No test may depend on a tight timeout on a loaded 2-core machine (imports start a worker thread,
  // files go through LibreOffice): a minute each unless a test says more.
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/summaryReporter.js'],
  // The project's tsconfig, emitted as CommonJS: jest's module system runs `require`, so the app's lazy
  // `import('./x.js')` (a split point in the deployed bundle, scripts/packageApi.ts) becomes a require
  // of the .ts file here.
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tests/tsconfig.jest.json', diagnostics: false }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
