import { defineConfig } from 'tsdown';
import { vktsPackageConfig } from '../../tsdown.base.ts';

// The generated modules the `.` entry declares. The `./zod` and `./event-checks` entries import
// their types from the built `./index.mjs` instead of sharing them through a chunk: a shared
// chunk split the declarations in three files (`events.gen.d.mts`, `methods.gen.d.mts`,
// `index.d.mts`) tied by ~7,000 aliased import and export names, which tsc parses and binds in
// every consumer program (bench/RESULTS.md, section typecheck).
const DECLARED_BY_INDEX = /^\.\/(?:types|methods|events)\.gen\.js$/;
const IMPORTS_TYPES_ONLY = /[\\/]src[\\/]gen[\\/](?:zod|events-zod|events-check)\.gen\.(?:d\.)?ts$/;

export default defineConfig({
  ...vktsPackageConfig({
    // `.` → src/index.ts (types + runtime metadata, never loads zod); `./zod` → src/zod.ts;
    // `./event-checks` → src/event-checks.ts (plain-JS event type guards, never loads zod).
    entry: { index: 'src/index.ts', zod: 'src/zod.ts', 'event-checks': 'src/event-checks.ts' },
    // Plain data and types: nothing Node-specific in the ESM build.
    platform: 'neutral',
  }),
  plugins: [
    {
      name: 'vkts:types-from-index',
      resolveId(source: string, importer: string | undefined) {
        if (importer !== undefined && IMPORTS_TYPES_ONLY.test(importer) && DECLARED_BY_INDEX.test(source)) {
          return { id: './index.mjs', external: true };
        }
        return null;
      },
    },
  ],
});
