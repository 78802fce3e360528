// What a Long Poll server's JSON answer means. Only `{ ts, updates: [] }` carries events; every
// other shape is a failure code or a fault, never events.
import { isRecord } from '@vkts/internals';

export type LongPollReply =
  | { readonly kind: 'updates'; readonly ts: string; readonly updates: readonly unknown[] }
  /** History lost or out of date: go on from `ts` (missing in some replies: then it is a fault). */
  | { readonly kind: 'failed'; readonly code: 1; readonly ts: string | undefined }
  /** The key expired: get a new one, keep our `ts`. */
  | { readonly kind: 'failed'; readonly code: 2 }
  /** Information lost: get a new key and `ts`. */
  | { readonly kind: 'failed'; readonly code: 3 }
  /** User Long Poll: the `version` param is not accepted. */
  | { readonly kind: 'failed'; readonly code: 4; readonly minVersion: number | undefined; readonly maxVersion: number | undefined }
  | { readonly kind: 'unexpected'; readonly description: string };

/** VK sends `ts` as a decimal string (Bots) or a number (User); both become the string. */
export function readTs(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return value;
  return undefined;
}

function optionalInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

export function readReply(json: unknown): LongPollReply {
  if (!isRecord(json)) return { kind: 'unexpected', description: `JSON ${Array.isArray(json) ? 'array' : typeof json} instead of an object` };
  if ('failed' in json) {
    switch (json['failed']) {
      case 1:
        return { kind: 'failed', code: 1, ts: readTs(json['ts']) };
      case 2:
        return { kind: 'failed', code: 2 };
      case 3:
        return { kind: 'failed', code: 3 };
      case 4:
        return { kind: 'failed', code: 4, minVersion: optionalInteger(json['min_version']), maxVersion: optionalInteger(json['max_version']) };
      default:
        return { kind: 'unexpected', description: `unknown failure code failed: ${JSON.stringify(json['failed'])}` };
    }
  }
  const ts = readTs(json['ts']);
  const updates = json['updates'];
  if (ts === undefined) return { kind: 'unexpected', description: `no valid ts (keys: ${Object.keys(json).slice(0, 8).join(', ') || 'none'})` };
  if (!Array.isArray(updates)) return { kind: 'unexpected', description: 'updates is missing or not an array' };
  return { kind: 'updates', ts, updates };
}
