import { defineConfig } from 'tsdown';
import { vktsPackageConfig } from '../../tsdown.base.ts';

export default defineConfig(
  vktsPackageConfig({
    entry: { index: 'src/index.ts' },
    // No node: imports: the core and the Fetch adapter run on Workers, Deno and Bun; the Node,
    // Fastify and Koa adapters only use the request/response objects they are handed.
    platform: 'neutral',
  }),
);
