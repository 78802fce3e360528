import { defineConfig } from 'tsdown';
import { vktsPackageConfig } from '../../tsdown.base.ts';

export default defineConfig(
  vktsPackageConfig({
    entry: { index: 'src/index.ts' },
    // The fake VK is an HTTP server (node:http), so this package is Node-only.
    platform: 'node',
  }),
);
