import { defineConfig } from 'tsdown';
import { vktsPackageConfig } from '../../tsdown.base.ts';

export default defineConfig(
  vktsPackageConfig({
    // One entry: the router and parseEvent. zod arrives through a dynamic import of
    // `@vkts/types/zod` on the first validating parse, so `mode: 'off'` users never load it.
    entry: { index: 'src/index.ts' },
    // No Node-specific code: the router runs anywhere (Workers, Deno, browsers).
    platform: 'neutral',
  }),
);
