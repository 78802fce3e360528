// Module customization hooks (run on the loader thread), registered by load-recorder.mjs.
import { appendFileSync } from 'node:fs';

const log = process.env.VKTS_LOAD_LOG;

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (log) appendFileSync(log, `${result.url}\n`);
  return result;
}
