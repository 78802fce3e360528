import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './test/support/longest-first-sequencer.js';
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
    // Vitest's default on 2 cores is ONE worker (cores - 1), so every file would wait for the one
    // before it; most files spend their time waiting on sockets, child processes and timers, so
    // three workers keep both cores busy.
    maxWorkers: 3,
    // Files share their worker (one per slot) instead of each starting a fresh one: loading the
    // packages, zod, TypeScript and ts-morph once per worker rather than once per file more than
    // halved the CPU time of the ~75 small files (111 s → 34 s). No test file relies on a fresh
    // module state: none mocks modules or stubs globals, fake timers are restored in `finally`,
    // and the tests that check what an import loads (lazy zod) run it in a child process.
    isolate: false,
    // The longest files start first, so the run does not end on one of them alone.
    sequence: { sequencer: LongestFirstSequencer },
    // VKTS_CPU_LOG=<file>: each file's CPU time, for `node test/support/cpu-report.mjs <file>`.
    setupFiles: process.env['VKTS_CPU_LOG'] === undefined ? [] : ['./test/support/cpu-log.setup.ts'],
    // Hang guards, not speed checks: a CPU-bound test (every method of the fake, every variant of
    // an event) takes seconds on a quiet machine but many times that on a loaded one.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
