import { isPositiveInteger } from '@vkts/internals';
import { vkApiVersion, type GroupsGroupFull, type VkApiVersion } from '@vkts/types';

/** A community that exists on the fake. Any other GroupsGroupFull field is answered as given. */
export type FakeVkGroup = { id: number; name: string } & Omit<Partial<GroupsGroupFull>, 'id' | 'name'>;

/** An access token the fake accepts, and whom it belongs to. */
export type FakeVkToken =
  | { token: string; type: 'group'; groupId: number }
  | { token: string; type: 'user'; userId: number }
  | { token: string; type: 'service' };

/** Who is calling, as handlers see it (never the token itself). */
export type FakeVkAuth = { type: 'group'; groupId: number } | { type: 'user'; userId: number } | { type: 'service' };

export interface FakeVkOptions {
  /** Communities that exist. */
  groups?: readonly FakeVkGroup[];
  /** Tokens the fake accepts; any other token gets error 5. */
  tokens: readonly FakeVkToken[];
  /**
   * Requests per second per token, or `false` for no limit. By default VK's limits: 20/s for
   * community tokens, 3/s for user and service tokens.
   */
  rateLimit?: { perSecond: number } | false;
  /** The only `v` the fake accepts: vkApiVersion of @vkts/types. @default '5.199' */
  apiVersion?: VkApiVersion;
  /** Largest request body accepted; bigger ones get HTTP 413. @default 1 MiB */
  maxBodyBytes?: number;
}

export const DEFAULT_API_VERSION: VkApiVersion = vkApiVersion;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_RATE: Readonly<Record<FakeVkToken['type'], number>> = { group: 20, user: 3, service: 3 };

export interface ResolvedOptions {
  groups: ReadonlyMap<number, FakeVkGroup>;
  tokens: ReadonlyMap<string, { auth: FakeVkAuth; perSecond: number; id: number }>;
  apiVersion: string;
  maxBodyBytes: number;
}

/** Check the options once, up front, with messages that say what to fix (never quoting a token). */
export function resolveOptions(options: FakeVkOptions): ResolvedOptions {
  const problems: string[] = [];
  const groups = new Map<number, FakeVkGroup>();
  for (const [index, group] of (options.groups ?? []).entries()) {
    if (!isPositiveInteger(group.id)) problems.push(`groups[${index}].id must be a positive integer`);
    else if (groups.has(group.id)) problems.push(`groups[${index}].id ${group.id} is listed twice`);
    else groups.set(group.id, group);
    if (typeof group.name !== 'string' || group.name === '') problems.push(`groups[${index}].name must be a non-empty string`);
  }

  const rate = options.rateLimit;
  if (rate !== undefined && rate !== false && !isPositiveInteger(rate.perSecond)) {
    problems.push('rateLimit.perSecond must be a positive integer (or pass rateLimit: false)');
  }
  const tokens = new Map<string, { auth: FakeVkAuth; perSecond: number; id: number }>();
  if (!Array.isArray(options.tokens)) problems.push('tokens must be an array');
  for (const [index, entry] of (options.tokens ?? []).entries()) {
    if (typeof entry.token !== 'string' || entry.token === '') {
      problems.push(`tokens[${index}].token must be a non-empty string`);
      continue;
    }
    if (tokens.has(entry.token)) {
      problems.push(`tokens[${index}] repeats an earlier token`);
      continue;
    }
    let auth: FakeVkAuth;
    if (entry.type === 'group') {
      if (!groups.has(entry.groupId)) {
        problems.push(`tokens[${index}] is a community token of group ${String(entry.groupId)}, which is not in groups`);
      }
      auth = { type: 'group', groupId: entry.groupId };
    } else if (entry.type === 'user') {
      if (!isPositiveInteger(entry.userId)) problems.push(`tokens[${index}].userId must be a positive integer`);
      auth = { type: 'user', userId: entry.userId };
    } else if (entry.type === 'service') {
      auth = { type: 'service' };
    } else {
      problems.push(`tokens[${index}].type must be 'group', 'user' or 'service'`);
      continue;
    }
    const perSecond = rate === false ? Infinity : (rate?.perSecond ?? DEFAULT_RATE[auth.type]);
    tokens.set(entry.token, { auth, perSecond, id: index });
  }

  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  if (apiVersion !== DEFAULT_API_VERSION) problems.push(`apiVersion must be '${DEFAULT_API_VERSION}' (the schema @vkts/types was generated from)`);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!isPositiveInteger(maxBodyBytes)) problems.push('maxBodyBytes must be a positive integer');

  if (problems.length > 0) throw new TypeError(`createFakeVk: invalid options:\n  - ${problems.join('\n  - ')}`);
  return { groups, tokens, apiVersion, maxBodyBytes };
}
