import type { BaseOkResponse, GroupsGroupFull, GroupsLongPollEvents } from '@vkts/types';
import { zGroupsLongPollEvents } from '@vkts/types/zod';
import { storeHandler, type StoredHandler } from './handlers.js';
import type { FakeVkAuth, FakeVkGroup } from './options.js';
import type { CallbackServerStore, FakeVkCallbackServer } from './state/callback-servers.js';
import type { LongPollStore } from './state/long-poll.js';
import type { MessageStore } from './state/messages.js';
import { FakeVkError, detailedError, paramError } from './vk-error.js';

/**
 * Methods the fake answers from its own state rather than from a synthesized sample: what
 * Callback/Long Poll set-up code and bots depend on (communities, callback servers, long poll
 * settings, messages.send with VK's random_id dedupe).
 */
export interface BuiltinState {
  readonly groups: ReadonlyMap<number, FakeVkGroup>;
  readonly callbackServers: CallbackServerStore;
  readonly longPoll: LongPollStore;
  readonly messages: MessageStore;
  readonly baseUrl: () => string;
  /** Called after a Callback server is added or edited: VK then asks its URL to confirm it. */
  readonly onCallbackServerSaved?: (groupId: number, server: FakeVkCallbackServer) => void;
}

const OK: BaseOkResponse = 1;
const COMMUNITY_ALIAS = /^(?:club|public|event)(\d+)$/;

function findGroup(groups: ReadonlyMap<number, FakeVkGroup>, ref: number | string): FakeVkGroup | undefined {
  if (typeof ref === 'number') return groups.get(ref);
  const alias = COMMUNITY_ALIAS.exec(ref);
  if (alias?.[1] !== undefined) return groups.get(Number(alias[1]));
  for (const group of groups.values()) {
    if (group.screen_name === ref) return group;
  }
  return undefined;
}

/** The community a settings call is about; a community token may only touch its own. */
function communityFor(state: BuiltinState, groupId: number, auth: FakeVkAuth): FakeVkGroup {
  const group = state.groups.get(groupId);
  if (group === undefined) throw paramError(`group_id is invalid: there is no community ${groupId}`);
  if (auth.type === 'group' && auth.groupId !== groupId) {
    throw detailedError(15, `this community token belongs to community ${auth.groupId}, not ${groupId}`);
  }
  return group;
}

function asGroupFull(group: FakeVkGroup): GroupsGroupFull {
  return {
    screen_name: `club${group.id}`,
    is_closed: 0,
    type: 'group',
    photo_50: `https://vk.example/club${group.id}/50.jpg`,
    photo_100: `https://vk.example/club${group.id}/100.jpg`,
    photo_200: `https://vk.example/club${group.id}/200.jpg`,
    ...group,
  };
}

function serverFor(state: BuiltinState, groupId: number, serverId: number | undefined): FakeVkCallbackServer {
  const server =
    serverId === undefined ? state.callbackServers.list(groupId)[0] : state.callbackServers.get(groupId, serverId);
  if (server === undefined) throw new FakeVkError(104);
  return server;
}

function checkCallbackUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw paramError('url is invalid: not an absolute URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw paramError('url is invalid: must be http or https');
}

/**
 * The stored flags as VK's events object. The store holds a flag for every event param of
 * the settings methods; parsing (not asserting) proves that covers every event VK lists.
 */
function eventsObject(events: Record<string, 0 | 1>): GroupsLongPollEvents {
  return zGroupsLongPollEvents.parse(events);
}

/** Event flags of a settings call (every param that names a known event) as 0/1. */
function applyEventFlags(events: Record<string, 0 | 1>, params: object): void {
  for (const [name, value] of Object.entries(params)) {
    if (Object.hasOwn(events, name) && value !== undefined) events[name] = value === true || value === 1 ? 1 : 0;
  }
}

export function builtinHandlers(state: BuiltinState): Map<string, StoredHandler> {
  const handlers = new Map<string, StoredHandler>();

  handlers.set(
    'groups.getById',
    storeHandler('groups.getById', (params, { auth }) => {
      const refs = [...(params.group_ids ?? []), ...(params.group_id === undefined ? [] : [params.group_id])];
      if (refs.length === 0) {
        // A community token means "my community"; any other token has to say which.
        if (auth.type !== 'group') throw paramError('group_ids is undefined');
        refs.push(auth.groupId);
      }
      const groups = refs.map((ref) => {
        const group = findGroup(state.groups, ref);
        if (group === undefined) throw paramError(`group_ids is invalid: there is no community ${String(ref)}`);
        return asGroupFull(group);
      });
      return { groups, profiles: [] };
    }),
  );

  handlers.set(
    'groups.getCallbackConfirmationCode',
    storeHandler('groups.getCallbackConfirmationCode', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      return { code: state.callbackServers.confirmationCode(params.group_id) };
    }),
  );

  handlers.set(
    'groups.getCallbackServers',
    storeHandler('groups.getCallbackServers', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      const wanted = params.server_ids === undefined ? undefined : new Set(params.server_ids);
      const items = state.callbackServers
        .list(params.group_id)
        .filter((server) => wanted === undefined || wanted.has(server.id))
        .map(({ id, title, creator_id, url, secret_key, status }) => ({ id, title, creator_id, url, secret_key, status }));
      return { count: items.length, items };
    }),
  );

  handlers.set(
    'groups.addCallbackServer',
    storeHandler('groups.addCallbackServer', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      checkCallbackUrl(params.url);
      const server = state.callbackServers.add(params.group_id, {
        url: params.url,
        title: params.title,
        secretKey: params.secret_key ?? '',
        creatorId: auth.type === 'user' ? auth.userId : 0,
      });
      if (server === undefined) throw new FakeVkError(2000);
      state.onCallbackServerSaved?.(params.group_id, server);
      return { server_id: server.id };
    }),
  );

  handlers.set(
    'groups.editCallbackServer',
    storeHandler('groups.editCallbackServer', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      checkCallbackUrl(params.url);
      const server = serverFor(state, params.group_id, params.server_id);
      // A new address has not answered a confirmation request yet.
      if (server.url !== params.url) server.status = 'unconfigured';
      server.url = params.url;
      server.title = params.title;
      if (params.secret_key !== undefined) server.secret_key = params.secret_key;
      state.onCallbackServerSaved?.(params.group_id, server);
      return OK;
    }),
  );

  handlers.set(
    'groups.deleteCallbackServer',
    storeHandler('groups.deleteCallbackServer', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      if (!state.callbackServers.delete(params.group_id, params.server_id)) throw new FakeVkError(104);
      return OK;
    }),
  );

  handlers.set(
    'groups.getCallbackSettings',
    storeHandler('groups.getCallbackSettings', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      const server = serverFor(state, params.group_id, params.server_id);
      return { api_version: server.api_version, events: eventsObject(server.events) };
    }),
  );

  handlers.set(
    'groups.setCallbackSettings',
    storeHandler('groups.setCallbackSettings', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      const server = serverFor(state, params.group_id, params.server_id);
      if (params.api_version !== undefined) server.api_version = params.api_version;
      applyEventFlags(server.events, params);
      return OK;
    }),
  );

  handlers.set(
    'groups.getLongPollSettings',
    storeHandler('groups.getLongPollSettings', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      const settings = state.longPoll.of(params.group_id);
      return { is_enabled: settings.enabled, api_version: settings.api_version, events: eventsObject(settings.events) };
    }),
  );

  handlers.set(
    'groups.setLongPollSettings',
    storeHandler('groups.setLongPollSettings', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      const settings = state.longPoll.of(params.group_id);
      if (params.enabled !== undefined) settings.enabled = params.enabled === true || params.enabled === 1;
      if (params.api_version !== undefined) settings.api_version = params.api_version;
      applyEventFlags(settings.events, params);
      return OK;
    }),
  );

  handlers.set(
    'groups.getLongPollServer',
    storeHandler('groups.getLongPollServer', (params, { auth }) => {
      communityFor(state, params.group_id, auth);
      const settings = state.longPoll.of(params.group_id);
      if (!settings.enabled) throw paramError('Bots Long Poll is disabled for this community (enable it with groups.setLongPollSettings)');
      return { key: settings.key, server: `${state.baseUrl()}/bots-longpoll/${params.group_id}`, ts: String(settings.ts) };
    }),
  );

  handlers.set(
    'messages.send',
    storeHandler('messages.send', (params, context) => {
      const { auth } = context;
      const { peer_id, peer_ids, user_id, chat_id, domain } = params;
      if (peer_id === undefined && peer_ids === undefined && user_id === undefined && chat_id === undefined && domain === undefined) {
        throw paramError('peer_id is undefined (give peer_id, peer_ids, user_id, chat_id or domain)');
      }
      const hasContent =
        (params.message !== undefined && params.message !== '') ||
        params.attachment !== undefined ||
        params.sticker_id !== undefined ||
        params.forward_messages !== undefined ||
        params.forward !== undefined;
      if (!hasContent) throw paramError('message is empty or invalid');
      // The exact random_id text: VK's range is int64, beyond what params.random_id can hold.
      return state.messages.send(auth, params, Date.now(), context.wireParams['random_id']);
    }),
  );

  handlers.set(
    'messages.sendMessageEventAnswer',
    storeHandler('messages.sendMessageEventAnswer', (params, { auth }) => {
      const data = params.event_data;
      state.messages.answerEvent(auth, params, typeof data === 'object' ? data : undefined, Date.now());
      return OK;
    }),
  );

  return handlers;
}
