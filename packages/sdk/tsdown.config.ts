import { defineConfig } from 'tsdown';
import { vktsPackageConfig } from '../../tsdown.base.ts';

export default defineConfig(
  vktsPackageConfig({
    entry: { index: 'src/index.ts' },
    // Re-exports Node-only packages (@vkts/api, @vkts/upload, @vkts/longpoll on undici).
    platform: 'node',
  }),
);
