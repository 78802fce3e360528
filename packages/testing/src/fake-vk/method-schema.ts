import { apiMethodMeta, type ApiMethodName, type MethodMeta } from '@vkts/types';
import { apiValidators } from '@vkts/types/zod';
import type { z } from 'zod';

// The generated tables are keyed by the literal method names; the fake looks methods up by
// the string it finds in the request path, so it reads them through these name-agnostic views.

export interface MethodValidators {
  readonly params: z.ZodType;
  readonly responses: Readonly<Record<string, z.ZodType>>;
}

export function isApiMethodName(name: string): name is ApiMethodName {
  return Object.hasOwn(apiMethodMeta, name);
}

export function methodMeta(name: ApiMethodName): MethodMeta {
  return apiMethodMeta[name];
}

export function methodValidators(name: ApiMethodName): MethodValidators {
  return apiValidators[name];
}

/**
 * Which response variant a call should get. The conditions of the variants (`extended=1` →
 * `extendedResponse`, `peer_ids` → `userIdsResponse`, …) exist only as types in @vkts/types, so
 * the common ones are repeated here; otherwise `response`, else the first key.
 */
export function responseKeyFor(name: ApiMethodName, params: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(methodValidators(name).responses);
  const truthy = (value: unknown): boolean => value === true || value === 1;
  const rules: [boolean, string][] = [
    [params['peer_ids'] !== undefined, 'userIdsResponse'],
    [truthy(params['extended']), 'extendedResponse'],
    [params['fields'] !== undefined, 'fieldsResponse'],
  ];
  for (const [applies, key] of rules) {
    if (applies && keys.includes(key)) return key;
  }
  if (keys.includes('response')) return 'response';
  const first = keys[0];
  if (first === undefined) throw new Error(`@vkts/types lists no response for ${name}`);
  return first;
}
