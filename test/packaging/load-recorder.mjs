// `node --import <this file>`: records the URL of every ESM module resolution to the file
// named by $VKTS_LOAD_LOG (one URL a line). Used by pack.test.ts to prove which packages an
// entry point loads (e.g. that `@vkts/types` never loads zod).
import { register } from 'node:module';

register('./load-recorder-hooks.mjs', import.meta.url);
