import { defineConfig } from 'tsdown';
import { vktsPackageConfig } from '../../tsdown.base.ts';

export default defineConfig(vktsPackageConfig({ entry: { index: 'src/index.ts' } }));
