/**
 * callback.setup() against the fake VK over real HTTP: the fake confirms servers by POSTing to
 * the receiver (as VK does on add/edit) and delivers events with fake.emit, so setup and
 * delivery are tested end to end. Scenarios: fresh community, existing ok server, broken server,
 * other servers, idempotent second run, two communities on one endpoint, and the failures.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createApi, type Api } from '@vkts/api';
import { createFakeVk, type FakeVk } from '@vkts/testing';
import { callbackEventTypes } from '@vkts/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallbackSetupError, createCallback, type Callback, type CallbackOptions } from '../src/index.js';
import { eventFlags } from '../src/setup/event-flags.js';
import { listen, type Listening } from './support/http.js';

const GROUP = 1;
const OTHER_GROUP = 2;
const GROUP_TOKEN = 'group-token-setup-1';
const USER_TOKEN = 'user-token-admin-of-both';
/** Methods that change a community's Callback configuration. */
const WRITES = ['groups.addCallbackServer', 'groups.editCallbackServer', 'groups.deleteCallbackServer', 'groups.setCallbackSettings'];

let fake: FakeVk;
let api: Api;
let userApi: Api;
let endpoint: Listening;
/** The receiver behind the endpoint; swapped to simulate a restart on the same URL. */
let current: Callback;
let url: string;

function receiver(options: CallbackOptions = {}): Callback {
  const callback = createCallback({ onError: (error) => void errors.push(error), ...options });
  callback.router.on('message_new', () => {});
  callback.router.on('group_join', () => {});
  return callback;
}
let errors: unknown[] = [];

beforeEach(async () => {
  errors = [];
  fake = await createFakeVk({
    groups: [
      { id: GROUP, name: 'Bot one' },
      { id: OTHER_GROUP, name: 'Bot two' },
    ],
    tokens: [
      { token: GROUP_TOKEN, type: 'group', groupId: GROUP },
      { token: USER_TOKEN, type: 'user', userId: 100 },
    ],
    rateLimit: false,
  });
  api = createApi({ token: GROUP_TOKEN, tokenType: 'group', baseUrl: fake.url, rateLimit: false });
  userApi = createApi({ token: USER_TOKEN, baseUrl: fake.url, rateLimit: false });
  current = receiver();
  endpoint = await listen((request: IncomingMessage, response: ServerResponse) => current.node()(request, response));
  url = `${endpoint.url}/vk`;
});
afterEach(async () => {
  await fake.close();
  await api.close();
  await userApi.close();
  await endpoint.close();
});

/** Calls made since `from`, by method name. */
function callsSince(from: number): string[] {
  return fake.calls.slice(from).map((call) => call.method);
}

describe('a fresh community', () => {
  it('adds the server, learns code and secret first, switches handled events on and the rest off, waits for ok', async () => {
    const result = await current.setup(api, { groupId: GROUP, url, title: 'my bot', pollIntervalMs: 20 });
    const [server] = fake.callbackServers(GROUP);
    expect(server).toMatchObject({ id: result.serverId, url, title: 'my bot', status: 'ok', api_version: '5.199' });
    expect(server?.secret_key).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(result).toEqual({
      groupId: GROUP,
      serverId: server?.id,
      url,
      changed: true,
      actions: [
        { kind: 'added', serverId: server?.id },
        { kind: 'settings', serverId: server?.id, apiVersion: '5.199', on: ['group_join', 'message_new'], off: eventFlags().length - 2 },
        { kind: 'confirmed', serverId: server?.id },
      ],
      secret: 'generated',
      apiVersion: '5.199',
      events: ['group_join', 'message_new'],
      eventsWithoutFlag: [],
    });
    // The result never carries the secret (it gets logged).
    expect(JSON.stringify(result)).not.toContain(server?.secret_key);
    // Every flag was sent explicitly: on for the handled two, off for all others.
    const on = Object.entries(server?.events ?? {}).filter(([, value]) => value === 1).map(([name]) => name);
    expect(on.sort()).toEqual(['group_join', 'message_new']);
    const setCall = fake.calls.find((call) => call.method === 'groups.setCallbackSettings');
    expect(Object.keys(setCall?.params ?? {}).filter((name) => name !== 'group_id' && name !== 'server_id' && name !== 'api_version').sort()).toEqual(
      [...eventFlags()].sort(),
    );
    // The confirmation code was fetched before the server was added.
    const order = fake.calls.map((call) => call.method);
    expect(order.indexOf('groups.getCallbackConfirmationCode')).toBeLessThan(order.indexOf('groups.addCallbackServer'));
  });

  it('then receives events the fake emits, with the secret it set', async () => {
    const texts: string[] = [];
    current.router.on('message_new', (event, context) => void texts.push(`${context.groupId}:${event.object.message.text}`));
    await current.setup(api, { groupId: GROUP, url, pollIntervalMs: 20 });
    const [delivery] = await fake.emit(GROUP, {
      type: 'message_new',
      object: { message: { date: 1, from_id: 5, id: 1, out: 0, peer_id: 5, text: 'hello', conversation_message_id: 1 } },
    });
    expect(delivery).toMatchObject({ delivered: true, attempts: [{ status: 200, body: 'ok' }] });
    expect(texts).toEqual(['1:hello']);
    // group_leave is switched off: VK (the fake) does not send it.
    expect(await fake.emit(GROUP, { type: 'group_leave', object: { user_id: 5, self: 1 } })).toEqual([]);
  });

  it('a second run (also after a restart, with a fresh receiver) changes nothing', async () => {
    const first = await current.setup(api, { groupId: GROUP, url, pollIntervalMs: 20 });
    const secret = fake.callbackServers(GROUP)[0]?.secret_key;
    // Restart: a new receiver that knows nothing yet, on the same URL.
    current = receiver();
    const before = fake.calls.length;
    const second = await current.setup(api, { groupId: GROUP, url, pollIntervalMs: 20 });
    expect(second).toMatchObject({ serverId: first.serverId, changed: false, actions: [], secret: 'kept' });
    expect(callsSince(before).filter((method) => WRITES.includes(method))).toEqual([]);
    expect(fake.callbackServers(GROUP)).toEqual([expect.objectContaining({ id: first.serverId, secret_key: secret, status: 'ok' })]);
    // The restarted receiver learned the kept secret and the code: events and confirmation work.
    const [delivery] = await fake.emit(GROUP, { type: 'group_join', object: { user_id: 5, join_type: 'join' } });
    expect(delivery?.delivered).toBe(true);
    expect(await fake.confirmCallbackServer(GROUP, first.serverId)).toBe('ok');
  });
});

describe('existing servers', () => {
  it('reuses an ok server with our URL, keeping its secret and fixing its settings', async () => {
    // Made by hand earlier, confirmed by a receiver configured statically.
    current = receiver({ confirmation: fake.callbackConfirmationCode(GROUP), secret: 'hand-made-secret' });
    const { server_id } = await api.groups.addCallbackServer({ group_id: GROUP, url, title: 'vkts', secret_key: 'hand-made-secret' });
    await expect.poll(() => fake.callbackServers(GROUP)[0]?.status).toBe('ok');
    await api.groups.setCallbackSettings({ group_id: GROUP, server_id, wall_post_new: true, api_version: '5.131' });

    current = receiver();
    const result = await current.setup(api, { groupId: GROUP, url, pollIntervalMs: 20 });
    expect(result).toMatchObject({
      serverId: server_id,
      secret: 'kept',
      actions: [{ kind: 'settings', serverId: server_id, apiVersion: '5.199', on: ['group_join', 'message_new'] }],
    });
    expect(fake.callbackServers(GROUP)[0]?.events).toMatchObject({ wall_post_new: 0, message_new: 1, group_join: 1 });
    expect(fake.callbackServers(GROUP)[0]?.api_version).toBe('5.199');
  });

  it('deletes a broken server with our URL and adds a working one', async () => {
    // Added while nothing answered the confirmation: failed.
    const { server_id: broken } = await api.groups.addCallbackServer({ group_id: GROUP, url, title: 'vkts', secret_key: 'old' });
    await expect.poll(() => fake.callbackServers(GROUP)[0]?.status).toBe('failed');
    const result = await current.setup(api, { groupId: GROUP, url, pollIntervalMs: 20 });
    expect(result.actions[0]).toEqual({ kind: 'deleted', serverId: broken, reason: 'broken', status: 'failed' });
    expect(result.actions.map((action) => action.kind)).toEqual(['deleted', 'added', 'settings', 'confirmed']);
    expect(fake.callbackServers(GROUP).map((server) => [server.id, server.status])).toEqual([[result.serverId, 'ok']]);
    expect(result.secret).toBe('generated');
  });

  it('leaves servers with other URLs alone, and deletes duplicates of ours', async () => {
    const other = await api.groups.addCallbackServer({ group_id: GROUP, url: 'https://elsewhere.example/hook', title: 'other' });
    await current.setup(api, { groupId: GROUP, url, pollIntervalMs: 20 });
    const kept = fake.callbackServers(GROUP).find((server) => server.url === url);
    // A second server with our URL appears (someone added it by hand), and confirms.
    await api.groups.addCallbackServer({ group_id: GROUP, url, title: 'dup', secret_key: kept?.secret_key ?? '' });
    await expect.poll(() => fake.callbackServers(GROUP).filter((server) => server.status === 'ok').length).toBe(2);
    const result = await current.setup(api, { groupId: GROUP, url, pollIntervalMs: 20 });
    expect(result.actions).toEqual([{ kind: 'deleted', serverId: expect.any(Number), reason: 'duplicate', status: 'ok' }]);
    expect(fake.callbackServers(GROUP).map((server) => server.id)).toEqual([other.server_id, kept?.id]);
  });

  it('edits a reused server whose title or secret differs, and waits for the new confirmation', async () => {
    await current.setup(api, { groupId: GROUP, url, pollIntervalMs: 20 });
    const result = await current.setup(api, { groupId: GROUP, url, title: 'renamed', secret: 'a-given-secret-value', pollIntervalMs: 20 });
    expect(result).toMatchObject({ changed: true, secret: 'given', actions: [{ kind: 'edited', fields: ['title', 'secret_key'] }, { kind: 'confirmed' }] });
    expect(fake.callbackServers(GROUP)[0]).toMatchObject({ title: 'renamed', secret_key: 'a-given-secret-value', status: 'ok' });
    const [delivery] = await fake.emit(GROUP, { type: 'group_join', object: { user_id: 5, join_type: 'join' } });
    expect(delivery?.delivered).toBe(true);
  });
});

describe('two communities on one endpoint', () => {
  it('confirms each with its own code and secret, and tells their events apart', async () => {
    const seen: string[] = [];
    current.router.on('group_join', (event, context) => void seen.push(`${context.groupId}:${event.object.user_id}`));
    const one = await current.setup(userApi, { groupId: GROUP, url, pollIntervalMs: 20 });
    const two = await current.setup(userApi, { groupId: OTHER_GROUP, url, pollIntervalMs: 20 });
    expect(fake.callbackConfirmationCode(GROUP)).not.toBe(fake.callbackConfirmationCode(OTHER_GROUP));
    const secrets = [fake.callbackServers(GROUP)[0]?.secret_key, fake.callbackServers(OTHER_GROUP)[0]?.secret_key];
    expect(new Set(secrets).size).toBe(2);
    expect([one.actions.at(-1), two.actions.at(-1)]).toEqual([
      { kind: 'confirmed', serverId: one.serverId },
      { kind: 'confirmed', serverId: two.serverId },
    ]);
    await fake.emit(OTHER_GROUP, { type: 'group_join', object: { user_id: 22, join_type: 'join' } });
    await fake.emit(GROUP, { type: 'group_join', object: { user_id: 11, join_type: 'join' } });
    expect(seen).toEqual(['2:22', '1:11']);
    // Each community's confirmation still answers with its own code.
    expect(await fake.confirmCallbackServer(GROUP, one.serverId)).toBe('ok');
    expect(await fake.confirmCallbackServer(OTHER_GROUP, two.serverId)).toBe('ok');
  });
});

describe('failures', () => {
  it('rejects with a clear error when VK cannot confirm the server', async () => {
    // The URL VK is told about leads nowhere (nothing listens on that path's port).
    const closed = await listen(() => {});
    const deadUrl = `${closed.url}/vk`;
    await closed.close();
    const error = await current.setup(api, { groupId: GROUP, url: deadUrl, pollIntervalMs: 20 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CallbackSetupError);
    expect(error).toMatchObject({ step: 'confirm', groupId: GROUP });
    expect(String(error)).toMatch(/VK could not confirm server \d+ \(status "failed"\)/);
  });

  it('times out while VK keeps the server waiting', async () => {
    const hanging = await listen(() => {}); // never answers
    try {
      const error = await current
        .setup(api, { groupId: GROUP, url: `${hanging.url}/vk`, pollIntervalMs: 20, confirmTimeoutMs: 200 })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'CallbackSetupError', step: 'confirm' });
      expect(String(error)).toMatch(/did not confirm server \d+ within 200 ms \(last status "wait"\)/);
    } finally {
      await fake.close(); // aborts the fake's pending confirmation request
      await hanging.close();
      fake = await createFakeVk({ groups: [{ id: GROUP, name: 'x' }], tokens: [] }); // for afterEach
    }
  });

  it('wraps VK errors with the step they happened in', async () => {
    fake.failNext('groups.addCallbackServer', 2000);
    const error = await current.setup(api, { groupId: GROUP, url, pollIntervalMs: 20 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'CallbackSetupError', step: 'add' });
    expect(String(error)).toContain('groups.addCallbackServer failed');
    expect(String(error)).not.toContain(GROUP_TOKEN);
  });

  it('checks its options before calling VK', async () => {
    const bare = createCallback();
    await expect(bare.setup(api, { groupId: GROUP, url })).rejects.toThrow(/no event handlers are registered/);
    await expect(current.setup(api, { groupId: 0, url })).rejects.toThrow(/groupId must be a positive integer/);
    await expect(current.setup(api, { groupId: GROUP, url: 'ftp://x' })).rejects.toThrow(/url must be an http\(s\) URL/);
    await expect(current.setup(api, { groupId: GROUP, url, title: 'a title far too long' })).rejects.toThrow(/title must be 1 to 14 characters/);
    // @ts-expect-error -- not an event type
    await expect(current.setup(api, { groupId: GROUP, url, events: ['message_nwe'] })).rejects.toThrow(/events lists types vkts does not know: message_nwe/);
    expect(fake.calls).toEqual([]);
  });

  it('reports wanted events that have no switch instead of dropping them silently', async () => {
    const result = await current.setup(api, { groupId: GROUP, url, events: ['message_new', 'confirmation', 'app_payload'], pollIntervalMs: 20 });
    expect(result.events).toEqual(['message_new']);
    expect(result.eventsWithoutFlag).toEqual(['confirmation', 'app_payload']);
  });
});

describe('event flags', () => {
  it('are the boolean params of groups.setCallbackSettings, every one a known event type', () => {
    const flags = eventFlags();
    expect(flags.length).toBeGreaterThanOrEqual(50);
    const known = new Set<string>(callbackEventTypes);
    expect(flags.filter((flag) => !known.has(flag))).toEqual([]);
    // The known types without a switch: VK sends them unasked (or offers no switch).
    const switchable = new Set<string>(flags);
    expect(callbackEventTypes.filter((type) => !switchable.has(type))).toEqual(['app_payload', 'confirmation', 'vkpay_transaction']);
  });
});
