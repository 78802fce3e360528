import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['codegen/test/**/*.test.ts', 'test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/.tmp/**'],
    typecheck: {
      enabled: true,
      include: ['codegen/test/**/*.test-d.ts', 'test/**/*.test-d.ts', 'packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
