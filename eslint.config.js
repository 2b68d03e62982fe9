// Lint runs inside the test suite (tests/lint.test.ts), so a forbidden import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// Layers of STYLE.md, lowest first. A layer may import the layers listed in `may`, and no other.
const LAYERS = {
  lib: [],
  model: ['lib'],
  requirements: ['lib', 'model'],
  document: ['lib', 'model', 'requirements'],
  // Writers are pure functions of the document model, never of the draft.
  render: ['lib', 'document'],
  storage: ['lib', 'model'],
  wizard: ['lib', 'model', 'requirements', 'document', 'render', 'review'],
  // Reviewing, certifying and submitting a draft, for the app and the command line alike. It reads
  // the wizard's questions for their words (section-fields.ts, answer-words.ts, which have no React).
  review: ['lib', 'model', 'requirements', 'document', 'render', 'storage', 'wizard'],
  app: ['lib', 'model', 'requirements', 'document', 'render', 'storage', 'wizard', 'review', 'app'],
  cli: ['lib', 'model', 'requirements', 'document', 'render', 'review'],
};
const ALL = Object.keys(LAYERS);

const zones = Object.entries(LAYERS).flatMap(([layer, may]) =>
  ALL.filter((other) => other !== layer && !may.includes(other)).map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    message: `src/${layer} may not import src/${other} (see STYLE.md, "The shape we want").`,
  })),
);

const NON_UI = ['lib', 'model', 'requirements', 'document', 'render', 'storage', 'review', 'cli'];
const BROWSER_STORAGE = ['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
  name,
  message: 'Only src/storage touches browser storage.',
}));

export default tseslint.config(
  // src/render/pdf/wasm is AssemblyScript, which its compiler checks.
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'scratch/', 'docs/', 'tests/fixtures/', 'src/render/pdf/wasm/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: NON_UI.map((layer) => `src/${layer}/**`),
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'react-hook-form'].map((name) => ({
          name,
          message: 'React belongs in src/wizard and src/app only.',
        })),
      }],
    },
  },
  {
    // The service worker is plain JavaScript copied into the build (vite.config.ts, offlineApp).
    files: ['src/app/service-worker.js'],
    languageOptions: { globals: { self: 'readonly', caches: 'readonly', fetch: 'readonly', URL: 'readonly' } },
  },
  {
    // The command line's entry point, and the tools it runs, run in Node before any TypeScript loads.
    files: ['bin/**/*.js', 'tools/**/*.js'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/**'],
    ignores: ['src/storage/**'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_STORAGE] },
  },
);
