// A ready enrichment hook for the relay: who sent a message and what the conversation is called,
// as the routing service's MessageEvent carried them (user_name, peer_name, chat_id). Look-ups
// asked for in the same tick are batched into one users.get, one groups.getById and one
// messages.getConversationsById call (each cut at VK's per-call limits), and answers are kept in
// a bounded cache (oldest first out, with an age limit) so a busy chat costs no calls at all.
import { isKnownEvent, type AnyEvent, type DirectEventContext, type EventContext } from '@vkts/events';
import type {
  GroupsGetByIdParams,
  GroupsGetByIdResponse,
  MessagesGetConversationsByIdParams,
  MessagesGetConversationsByIdResponse,
  UsersGetParams,
  UsersGetResponse,
} from '@vkts/types';
import { checkPositiveInteger, isRecord } from '@vkts/internals';

/** The three methods the resolver calls; an @vkts/api client fits. */
export interface NamesApi {
  readonly users: { get(params: UsersGetParams): Promise<UsersGetResponse> };
  readonly groups: { getById(params: GroupsGetByIdParams): Promise<GroupsGetByIdResponse> };
  readonly messages: { getConversationsById(params: MessagesGetConversationsByIdParams): Promise<MessagesGetConversationsByIdResponse> };
}

/** Names of a message event's sender and conversation; a name is undefined when VK gave none. */
export interface MessageNames {
  /** The sender: a user (> 0) or a community (< 0). */
  readonly user_id: number;
  readonly user_name: string | undefined;
  /** The conversation: a user, a community (< 0) or a chat (2000000000 + chat_id). */
  readonly peer_id: number;
  readonly peer_name: string | undefined;
  /** Set for chats. */
  readonly chat_id: number | undefined;
}

export interface NameResolverOptions {
  readonly api: NamesApi;
  /** Names kept at most (users, communities and chats together). @default 10000 */
  readonly cacheSize?: number;
  /** How long a name is trusted, in ms (people rename chats). @default 600000 (10 minutes) */
  readonly cacheTtlMs?: number;
  /** Clock, for tests. @default Date.now */
  readonly now?: () => number;
}

export interface NameResolver {
  /** For `createRelay({ enrich })`: the names for message events, undefined for other events. */
  enrich(event: AnyEvent, context: DirectEventContext): Promise<MessageNames | undefined>;
  /** The name of a user (> 0), community (< 0) or chat peer (≥ 2000000000). */
  nameOf(id: number): Promise<string | undefined>;
}

const CHAT_OFFSET = 2_000_000_000;
const LIMITS = { user: 1000, group: 500, chat: 100 } as const;
type Kind = keyof typeof LIMITS;

function kindOf(id: number): Kind {
  return id >= CHAT_OFFSET ? 'chat' : id < 0 ? 'group' : 'user';
}

/** Sender and peer of the message events that have both; undefined for the rest. */
function participants(event: AnyEvent): { readonly from: number; readonly peer: number } | undefined {
  if (!isKnownEvent(event)) return undefined;
  switch (event.type) {
    case 'message_new':
      return { from: event.object.message.from_id, peer: event.object.message.peer_id };
    case 'message_reply':
    case 'message_edit':
      return { from: event.object.from_id, peer: event.object.peer_id };
    case 'message_event':
      return { from: event.object.user_id, peer: event.object.peer_id };
    default:
      return undefined;
  }
}

const CALLER = 'createNameResolver';

export function createNameResolver(options: NameResolverOptions): NameResolver {
  const { api } = options;
  if (typeof api?.users?.get !== 'function' || typeof api.groups?.getById !== 'function' || typeof api.messages?.getConversationsById !== 'function') {
    throw new TypeError(`${CALLER}: \`api\` needs users.get, groups.getById and messages.getConversationsById (an @vkts/api client)`);
  }
  const cacheSize = checkPositiveInteger(CALLER, 'cacheSize', options.cacheSize ?? 10_000);
  const ttl = checkPositiveInteger(CALLER, 'cacheTtlMs', options.cacheTtlMs ?? 600_000);
  const now = options.now ?? Date.now;
  /** id → name and when it was fetched; Map order is insertion order, so the first key is the oldest. */
  const cache = new Map<number, { readonly name: string | undefined; readonly at: number }>();
  /** Ids asked for in this tick, with everyone waiting on each. */
  const wanted = new Map<number, ((name: string | undefined) => void)[]>();
  let scheduled = false;

  function remember(id: number, name: string | undefined): void {
    cache.delete(id);
    cache.set(id, { name, at: now() });
    if (cache.size > cacheSize) {
      const oldest = cache.keys().next();
      if (oldest.done !== true) cache.delete(oldest.value);
    }
  }

  async function fetchNames(kind: Kind, ids: readonly number[]): Promise<Map<number, string>> {
    const names = new Map<number, string>();
    if (kind === 'user') {
      for (const user of await api.users.get({ user_ids: [...ids] })) names.set(user.id, `${user.first_name ?? ''} ${user.last_name ?? ''}`.trim());
    } else if (kind === 'group') {
      const reply = await api.groups.getById({ group_ids: ids.map((id) => -id) });
      for (const group of reply.groups ?? []) names.set(-group.id, group.name ?? '');
    } else {
      const reply = await api.messages.getConversationsById({ peer_ids: [...ids] });
      for (const item of reply.items ?? []) {
        const title = item.chat_settings?.title;
        if (title !== undefined) names.set(item.peer.id, title);
      }
    }
    return names;
  }

  function flush(): void {
    scheduled = false;
    const batch = new Map(wanted);
    wanted.clear();
    const byKind = new Map<Kind, number[]>();
    for (const id of batch.keys()) {
      const kind = kindOf(id);
      const list = byKind.get(kind) ?? [];
      list.push(id);
      byKind.set(kind, list);
    }
    for (const [kind, ids] of byKind) {
      for (let start = 0; start < ids.length; start += LIMITS[kind]) {
        const chunk = ids.slice(start, start + LIMITS[kind]);
        const settle = (names: Map<number, string> | undefined): void => {
          for (const id of chunk) {
            const name = names?.get(id) || undefined;
            // A failed call is not cached: the next event asks again.
            if (names !== undefined) remember(id, name);
            for (const resolve of batch.get(id) ?? []) resolve(name);
          }
        };
        fetchNames(kind, chunk).then(settle, () => settle(undefined));
      }
    }
  }

  function nameOf(id: number): Promise<string | undefined> {
    const known = cache.get(id);
    if (known !== undefined && now() - known.at < ttl) return Promise.resolve(known.name);
    return new Promise((resolve) => {
      const waiting = wanted.get(id);
      if (waiting !== undefined) waiting.push(resolve);
      else wanted.set(id, [resolve]);
      if (!scheduled) {
        scheduled = true;
        // After the current tick: a Long Poll batch asks for all its names first.
        setImmediate(flush);
      }
    });
  }

  return {
    async enrich(event) {
      const who = participants(event);
      if (who === undefined) return undefined;
      const [userName, peerName] = await Promise.all([nameOf(who.from), who.peer === who.from ? undefined : nameOf(who.peer)]);
      return {
        user_id: who.from,
        user_name: userName,
        peer_id: who.peer,
        peer_name: who.peer === who.from ? userName : peerName,
        chat_id: who.peer >= CHAT_OFFSET ? who.peer - CHAT_OFFSET : undefined,
      };
    },
    nameOf,
  };
}

/** Whether `value` is what `createNameResolver().enrich` produced (as read back from JSON). */
export function isMessageNames(value: unknown): value is MessageNames {
  if (!isRecord(value)) return false;
  const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';
  const optionalNumber = (v: unknown): boolean => v === undefined || typeof v === 'number';
  return typeof value.user_id === 'number' && typeof value.peer_id === 'number' && optionalString(value.user_name) && optionalString(value.peer_name) && optionalNumber(value.chat_id);
}

/** In a worker's handler: the names the publisher added, or undefined (not relayed, or none added). */
export function messageNamesOf(context: EventContext): MessageNames | undefined {
  if (context.transport !== 'relay') return undefined;
  const enrichment = context.relay.enrichment;
  return isMessageNames(enrichment) ? enrichment : undefined;
}
