// Lua scripts, run with EVALSHA and sent whole (EVAL) only when the server does not know them
// yet (first use, or after a restart emptied its script cache).
import { createHash } from 'node:crypto';
import { isReplyError, type SendCommand } from './redis-client.js';

export interface Script {
  readonly source: string;
  readonly sha: string;
}

export function script(source: string): Script {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

export async function runScript(send: SendCommand, which: Script, keys: readonly string[], args: readonly string[]): Promise<unknown> {
  const tail = [String(keys.length), ...keys, ...args];
  try {
    return await send(['EVALSHA', which.sha, ...tail]);
  } catch (error) {
    if (!isReplyError(error, 'NOSCRIPT')) throw error;
    return send(['EVAL', which.source, ...tail]);
  }
}
