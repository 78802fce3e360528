import { randomBytes } from 'node:crypto';
import { isRecord } from '@vkts/internals';
import type { FakeRouteHandler, FakeHttpResponse } from './router.js';
import { storeHandler, type StoredHandler } from './handlers.js';
import { LongPollChannel, newLongPollKey, type ChannelAnswer, type ChannelSession, type CheckRequest, type FakeLongPollCheck } from './longpoll-channel.js';
import { paramError } from './vk-error.js';
import type { LongPollStore } from './state/long-poll.js';

/**
 * The Long Poll servers of the fake, both kinds, and the handle tests script them with:
 *
 * ```ts
 * const lp = fake.longPoll.group(1);
 * lp.push({ type: 'message_new', object: { … } }); // gets group_id, event_id and v like VK 5.103+
 * lp.failNext({ failed: 2 });                       // the next a_check answers this verbatim
 * lp.failNextHttp(502); lp.resetNext(); lp.stallNext(5000);
 * ```
 *
 * Scripted faults are met in order, one per `a_check` request, before anything else is looked at.
 */

/** A community event to queue; `group_id`, `event_id` and `v` are filled in when missing. */
export type FakeBotsEventInput = { readonly type: string } & Readonly<Record<string, unknown>>;

/** A queued community event as the Long Poll server will send it. */
export type FakeBotsEvent = { readonly type: string; readonly group_id: number; readonly event_id: string; readonly v: string } & Readonly<
  Record<string, unknown>
>;

/** A User Long Poll update: `[code, ...fields]`. */
export type FakeUserLongPollUpdate = readonly unknown[];

export interface FakeLongPollQueue<In, Out> {
  /** Queue events; held requests are answered at once. Returns the events as they will be sent. */
  push(...events: In[]): Out[];
  /**
   * The next request gets this JSON reply verbatim, except that `{ failed: 1 }` without a `ts`
   * gets the ts the request asked with (history intact). `failed` 2 and 3 also end the current
   * key, as on VK.
   */
  failNext(reply: { readonly failed: number } & Readonly<Record<string, unknown>>): void;
  /** The next request gets HTTP `status` with a plain-text body. */
  failNextHttp(status: number, body?: string): void;
  /** The next request's connection is destroyed without an answer. */
  resetNext(): void;
  /**
   * End the session key now, as VK does every few hours: checks with the old key get `failed: 2`.
   * `nextKey` picks the new key (e.g. one with `+/=` to test URL encoding).
   */
  expireKey(nextKey?: string): void;
  /** The next request is held for `ms` before it is looked at (longer than the client's timeout: a stall). */
  stallNext(ms: number): void;
  /** The number the next event will get (the `ts` a new session starts from). */
  readonly ts: number;
  /** The current session key (for tests that answer groups/messages.getLongPollServer themselves). */
  readonly key: string;
  /** Most events one answer carries. @default 100 */
  maxBatch: number;
  /** Every answered `a_check` request so far, in the order they were answered. */
  readonly checks: readonly FakeLongPollCheck[];
  /** `a_check` requests received and not answered yet (held for `wait`, or stalled). */
  readonly inFlight: number;
  /** Scripted faults not met yet. */
  readonly pendingFaults: number;
}

export interface FakeLongPoll {
  /** Bots Long Poll of a community (groups.getLongPollServer hands out its server). */
  group(groupId: number): FakeLongPollQueue<FakeBotsEventInput, FakeBotsEvent>;
  /**
   * User Long Poll (messages.getLongPollServer): a user's id for user tokens, minus the
   * community's id for a community token.
   */
  user(ownerId: number): FakeLongPollQueue<FakeUserLongPollUpdate, FakeUserLongPollUpdate>;
}

/** Versions of User Long Poll the fake accepts; others get `failed: 4` with this range, as VK answers. */
export const USER_LONG_POLL_VERSIONS = { min: 0, max: 19 } as const;

class Queue<In, Out> implements FakeLongPollQueue<In, Out> {
  readonly #channel: LongPollChannel<Out>;
  readonly #prepare: (event: In) => Out;

  constructor(channel: LongPollChannel<Out>, prepare: (event: In) => Out) {
    this.#channel = channel;
    this.#prepare = prepare;
  }

  push(...events: In[]): Out[] {
    const prepared = events.map(this.#prepare);
    this.#channel.append(prepared);
    return prepared;
  }

  failNext(reply: { readonly failed: number } & Readonly<Record<string, unknown>>): void {
    if (typeof reply?.failed !== 'number') throw new TypeError('failNext: the reply needs a numeric `failed`');
    this.#channel.script({ kind: 'reply', body: structuredClone(reply) });
  }

  failNextHttp(status: number, body?: string): void {
    if (!Number.isInteger(status) || status < 200 || status > 599) throw new RangeError(`failNextHttp: ${String(status)} is not an HTTP status`);
    this.#channel.script({ kind: 'http', status, body: body ?? `HTTP ${status} from the fake VK Long Poll server` });
  }

  resetNext(): void {
    this.#channel.script({ kind: 'reset' });
  }

  expireKey(nextKey?: string): void {
    if (nextKey !== undefined && (typeof nextKey !== 'string' || nextKey === '')) throw new TypeError('expireKey: the next key must be a non-empty string');
    this.#channel.rotateKey(nextKey);
  }

  stallNext(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`stallNext: ${String(ms)} is not a non-negative number of milliseconds`);
    this.#channel.script({ kind: 'stall', ms });
  }

  get ts(): number {
    return this.#channel.ts;
  }

  get key(): string {
    return this.#channel.key;
  }

  get maxBatch(): number {
    return this.#channel.maxBatch;
  }

  set maxBatch(value: number) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`maxBatch must be a positive integer, got ${String(value)}`);
    this.#channel.maxBatch = value;
  }

  get checks(): readonly FakeLongPollCheck[] {
    return this.#channel.checks;
  }

  get pendingFaults(): number {
    return this.#channel.pendingFaults;
  }

  get inFlight(): number {
    return this.#channel.inFlight;
  }
}

/** Both kinds of Long Poll server: channels, the control handle, the HTTP routes and messages.getLongPollServer. */
export class LongPollServers implements FakeLongPoll {
  readonly #store: LongPollStore;
  readonly #baseUrl: () => string;
  readonly #groups = new Map<number, LongPollChannel<FakeBotsEvent>>();
  readonly #users = new Map<number, { channel: LongPollChannel<FakeUserLongPollUpdate>; session: ChannelSession }>();
  readonly #groupQueues = new Map<number, Queue<FakeBotsEventInput, FakeBotsEvent>>();
  readonly #userQueues = new Map<number, Queue<FakeUserLongPollUpdate, FakeUserLongPollUpdate>>();
  #closed = false;

  constructor(store: LongPollStore, baseUrl: () => string) {
    this.#store = store;
    this.#baseUrl = baseUrl;
  }

  group(groupId: number): FakeLongPollQueue<FakeBotsEventInput, FakeBotsEvent> {
    let queue = this.#groupQueues.get(groupId);
    if (queue === undefined) {
      queue = new Queue(this.#groupChannel(groupId), (event: FakeBotsEventInput) => this.#botsEvent(groupId, event));
      this.#groupQueues.set(groupId, queue);
    }
    return queue;
  }

  user(ownerId: number): FakeLongPollQueue<FakeUserLongPollUpdate, FakeUserLongPollUpdate> {
    let queue = this.#userQueues.get(ownerId);
    if (queue === undefined) {
      queue = new Queue(this.#userChannel(ownerId).channel, (update: FakeUserLongPollUpdate) => {
        if (!Array.isArray(update) || typeof update[0] !== 'number') {
          throw new TypeError('push: a User Long Poll update is an array starting with its numeric code');
        }
        return structuredClone(update);
      });
      this.#userQueues.set(ownerId, queue);
    }
    return queue;
  }

  /** Answer every held or stalled request so that the HTTP server can close. */
  close(): void {
    this.#closed = true;
    for (const channel of this.#groups.values()) channel.close();
    for (const { channel } of this.#users.values()) channel.close();
  }

  /** `GET /bots-longpoll/:groupId` and `GET /user-longpoll/:ownerId`. */
  routes(): { path: string; handler: FakeRouteHandler }[] {
    return [
      { path: '/bots-longpoll/:id', handler: (request) => this.#serve(request.pathParams['id'], request.query, (id) => this.#groupChannel(id)) },
      { path: '/user-longpoll/:id', handler: (request) => this.#serve(request.pathParams['id'], request.query, (id) => this.#userChannel(id).channel) },
    ];
  }

  /** messages.getLongPollServer, answered from the user channels. */
  handlers(): Map<string, StoredHandler> {
    return new Map([
      [
        'messages.getLongPollServer',
        storeHandler('messages.getLongPollServer', (params, { auth }) => {
          if (auth.type === 'service') throw paramError('messages.getLongPollServer needs a user or community token');
          const ownerId = auth.type === 'user' ? auth.userId : -auth.groupId;
          const { session } = this.#userChannel(ownerId);
          const server = `${this.#baseUrl()}/user-longpoll/${ownerId}`;
          const wantsPts = params.need_pts === true || params.need_pts === 1;
          return { server, key: session.key, ts: session.ts, ...(wantsPts ? { pts: session.ts } : {}) };
        }),
      ],
    ]);
  }

  #groupChannel(groupId: number): LongPollChannel<FakeBotsEvent> {
    let channel = this.#groups.get(groupId);
    if (channel === undefined) {
      const settings = this.#store.of(groupId);
      channel = new LongPollChannel<FakeBotsEvent>({ session: settings, tsAs: 'string', enabled: () => settings.enabled });
      if (this.#closed) channel.close();
      this.#groups.set(groupId, channel);
    }
    return channel;
  }

  #userChannel(ownerId: number): { channel: LongPollChannel<FakeUserLongPollUpdate>; session: ChannelSession } {
    let entry = this.#users.get(ownerId);
    if (entry === undefined) {
      const session: ChannelSession = { key: newLongPollKey(), ts: 1 };
      const channel = new LongPollChannel<FakeUserLongPollUpdate>({ session, tsAs: 'number', reject: rejectUserVersion });
      if (this.#closed) channel.close();
      entry = { channel, session };
      this.#users.set(ownerId, entry);
    }
    return entry;
  }

  #botsEvent(groupId: number, event: FakeBotsEventInput): FakeBotsEvent {
    if (!isRecord(event) || typeof event.type !== 'string') throw new TypeError('push: a community event is an object with a string `type`');
    const copy: Record<string, unknown> = structuredClone(event);
    const group_id = typeof copy['group_id'] === 'number' ? copy['group_id'] : groupId;
    const event_id = typeof copy['event_id'] === 'string' ? copy['event_id'] : randomBytes(20).toString('hex');
    const v = typeof copy['v'] === 'string' ? copy['v'] : this.#store.of(groupId).api_version;
    return { ...copy, type: event.type, group_id, event_id, v };
  }

  async #serve(id: string | undefined, query: URLSearchParams, channelOf: (id: number) => LongPollChannel<unknown>): Promise<FakeHttpResponse> {
    const owner = Number(id);
    if (!Number.isSafeInteger(owner) || owner === 0) return { status: 404, text: `no Long Poll server at ${String(id)}` };
    if (query.get('act') !== 'a_check') return { status: 400, text: 'act=a_check is required' };
    const params: Record<string, string> = {};
    for (const [name, value] of query) if (name !== 'key') params[name] = value;
    const request: CheckRequest = { key: query.get('key') ?? '', ts: query.get('ts') ?? '', wait: Number(query.get('wait') ?? NaN), params };
    return toHttp(await channelOf(owner).check(request));
  }
}

function rejectUserVersion(request: CheckRequest): Record<string, unknown> | undefined {
  const raw = request.params['version'];
  if (raw === undefined) return undefined;
  const version = Number(raw);
  if (Number.isInteger(version) && version >= USER_LONG_POLL_VERSIONS.min && version <= USER_LONG_POLL_VERSIONS.max) return undefined;
  return { failed: 4, min_version: USER_LONG_POLL_VERSIONS.min, max_version: USER_LONG_POLL_VERSIONS.max };
}

function toHttp(answer: ChannelAnswer): FakeHttpResponse {
  switch (answer.kind) {
    case 'json':
      return { json: answer.body };
    case 'http':
      return { status: answer.status, text: answer.body };
    case 'reset':
      return { reset: true };
  }
}
