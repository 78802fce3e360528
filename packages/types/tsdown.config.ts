import { defineConfig } from 'tsdown';
import { vktsPackageConfig } from '../../tsdown.base.ts';

export default defineConfig(
  vktsPackageConfig({
    // `.` → src/index.ts (types + runtime metadata, never loads zod); `./zod` → src/zod.ts;
    // `./event-checks` → src/event-checks.ts (plain-JS event type guards, never loads zod).
    entry: { index: 'src/index.ts', zod: 'src/zod.ts', 'event-checks': 'src/event-checks.ts' },
    // Plain data and types: nothing Node-specific in the ESM build.
    platform: 'neutral',
  }),
);
