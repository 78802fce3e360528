import { defineConfig } from 'vitest/config';
import { ProgressReporter } from './test/support/progress-reporter.js';

export default defineConfig({
  test: {
    include: ['codegen/test/**/*.test.ts', 'test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/.tmp/**'],
    // The type tests (*.test-d.ts) are checked by `pnpm typecheck` (tsgo over the whole project,
    // every test file included) before vitest runs, which is several times faster than vitest's
    // tsc pass; `vitest --typecheck` still reports them per test, with tsgo.
    typecheck: {
      enabled: false,
      checker: 'tsgo',
      include: ['codegen/test/**/*.test-d.ts', 'test/**/*.test-d.ts', 'packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // Each file's result as it finishes, plus a line at least every 20 s while files run.
    reporters: ['default', new ProgressReporter()],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
