import type { ApiMethodName } from '@vkts/types';
import { apiRoute, type ApiEndpointState } from './api-endpoint.js';
import { builtinHandlers } from './builtin-methods.js';
import { CallbackDelivery, type FakeVkDelivery, type FakeVkEmitEvent, type FakeVkEmitOptions } from './callback-delivery.js';
import type { FakeVkCallRecord } from './call-pipeline.js';
import { CaptchaBook, FailurePlan, type FailNextOptions } from './failures.js';
import { storeHandler, type FakeVkHandler, type StoredHandler } from './handlers.js';
import { HttpHost } from './http-server.js';
import { isApiMethodName, methodMeta } from './method-schema.js';
import { resolveOptions, type FakeVkOptions } from './options.js';
import { RateLimiter } from './rate-limiter.js';
import { Router, type FakeHttpRequest, type FakeRouteHandler } from './router.js';
import { CallbackServerStore, type FakeVkCallbackServer, type FakeVkCallbackServerStatus } from './state/callback-servers.js';
import { LongPollServers, type FakeLongPoll } from './longpoll.js';
import { LongPollStore } from './state/long-poll.js';
import { MessageStore, type FakeVkEventAnswer, type FakeVkSentMessage } from './state/messages.js';
import { FakeUploadServers, type FakeVkUploads } from './uploads/fake-uploads.js';

/** One HTTP request the fake received, with every token replaced by `[REDACTED]`. */
export interface FakeVkRequest {
  /** The VK method for `/method/<name>` requests, else null. */
  method: string | null;
  /** `GET`, `POST`, … */
  httpMethod: string;
  path: string;
  /** Query and form-body params, decoded to strings (for a repeated name, the last value). */
  params: Record<string, string>;
  /** Lower-cased header names; `authorization` keeps only its scheme. */
  headers: Record<string, string>;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface FakeVk {
  /** Base URL, `http://127.0.0.1:<port>`: give it to the client as its API base. */
  readonly url: string;
  /** Every HTTP request, in arrival order. */
  readonly requests: readonly FakeVkRequest[];
  /** Every method call processed, including the calls inside `execute`, with its outcome. */
  readonly calls: readonly FakeVkCallRecord[];
  /** Messages delivered by messages.send. */
  readonly sentMessages: readonly FakeVkSentMessage[];
  /** Answers to callback button presses (messages.sendMessageEventAnswer), in order. */
  readonly eventAnswers: readonly FakeVkEventAnswer[];
  /**
   * Answer `method` with `handler` from now on (over the built-in or synthesized answer). The
   * handler gets validated params; throw `fakeVkError(code)` from it to answer with an error.
   * Returns a function that removes the handler again.
   */
  handle<M extends ApiMethodName>(method: M, handler: FakeVkHandler<M>): () => void;
  /** The next call(s) of `method` fail with VK error `code` (14 comes with a captcha to answer). */
  failNext(method: ApiMethodName, code: number, options?: FailNextOptions): void;
  /** Delay every API call by `ms` (a per-method latency wins over this). */
  setLatency(ms: number): void;
  /** Delay calls of one method by `ms`. */
  setLatency(method: ApiMethodName, ms: number): void;
  /**
   * Serve another path on the same server (e.g. a Long Poll or upload endpoint). Patterns use
   * `:name` segments; a later route wins over an earlier one for the same path.
   */
  route(httpMethod: string, path: string, handler: FakeRouteHandler): void;
  /** The code groups.getCallbackConfirmationCode returns for a community. */
  callbackConfirmationCode(groupId: number): string;
  /** A copy of a community's Callback servers and their settings. */
  callbackServers(groupId: number): FakeVkCallbackServer[];
  /**
   * Do what VK does after a server is added or edited (the fake does it by itself then, for
   * loopback URLs): POST a `confirmation` event to its URL and mark the server `ok` if the answer
   * is the confirmation code, else `failed`. Waits for a confirmation already in progress first.
   * A URL off this machine is never contacted: it is marked `failed`, as VK would an unreachable one.
   */
  confirmCallbackServer(groupId: number, serverId: number): Promise<FakeVkCallbackServerStatus>;
  /**
   * Deliver an event as VK's Callback API does: POST it (with `group_id`, `event_id`, `v` and the
   * server's `secret`) to every `ok` server of the community that has the event switched on, and
   * redeliver with `X-Retry-Counter` until the answer is exactly `ok` (at most `maxAttempts`).
   * Resolves with what happened at each server.
   */
  emit(groupId: number, event: FakeVkEmitEvent, options?: FakeVkEmitOptions): Promise<FakeVkDelivery[]>;
  /** Both Long Poll servers: queue events and script faults per community or user. */
  readonly longPoll: FakeLongPoll;
  /** Upload servers for every upload flow: what arrived, what was saved, faults to script. */
  readonly uploads: FakeVkUploads;
  /** Stop the server; requests in progress are answered first (held Long Poll checks at once). */
  close(): Promise<void>;
}

const REDACTED = '[REDACTED]';

/** Event flag params of a settings method: every param but the ones that are not events. */
function eventFlags(method: ApiMethodName, notEvents: readonly string[]): string[] {
  return Object.keys(methodMeta(method).params).filter((name) => !notEvents.includes(name));
}

function formParams(request: FakeHttpRequest): Record<string, string> {
  const params: Record<string, string> = Object.fromEntries(request.query);
  const type = request.headers['content-type'] ?? '';
  if (request.body !== '' && type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(request.body)));
  }
  return params;
}

class FakeVkServer implements FakeVk {
  url = '';
  readonly requests: FakeVkRequest[] = [];
  readonly calls: FakeVkCallRecord[] = [];
  readonly #host: HttpHost;
  readonly #router = new Router();
  readonly #programmed = new Map<string, StoredHandler>();
  readonly #failures = new FailurePlan();
  readonly #latency = { global: 0, perMethod: new Map<string, number>() };
  readonly #callbackServers: CallbackServerStore;
  readonly #messages = new MessageStore();
  readonly #apiVersion: string;
  readonly #tokens: readonly string[];
  readonly #longPolls: LongPollServers;
  readonly #delivery: CallbackDelivery;
  readonly uploads: FakeUploadServers;

  constructor(options: FakeVkOptions) {
    const resolved = resolveOptions(options);
    this.#apiVersion = resolved.apiVersion;
    // Longest first, so a token that contains another is replaced whole.
    this.#tokens = [...resolved.tokens.keys()].sort((a, b) => b.length - a.length);
    // Both settings objects list every event; neither settings method can set all of them
    // (setLongPollSettings has no wall_schedule_post_* flags), so both stores know the union.
    const events = [
      ...new Set([
        ...eventFlags('groups.setCallbackSettings', ['group_id', 'server_id', 'api_version']),
        ...eventFlags('groups.setLongPollSettings', ['group_id', 'enabled', 'api_version']),
      ]),
    ];
    this.#callbackServers = new CallbackServerStore(resolved.apiVersion, events);
    const longPoll = new LongPollStore(resolved.apiVersion, events);
    const baseUrl = (): string => this.url;
    const delivery = new CallbackDelivery(this.#callbackServers);
    this.#delivery = delivery;
    this.#longPolls = new LongPollServers(longPoll, baseUrl);
    this.uploads = new FakeUploadServers(baseUrl);
    const state: ApiEndpointState = {
      options: resolved,
      rateLimiter: new RateLimiter(),
      latency: this.#latency,
      redact: (text) => this.#redact(text),
      programmed: this.#programmed,
      builtin: new Map([
        ...builtinHandlers({
          groups: resolved.groups,
          callbackServers: this.#callbackServers,
          longPoll,
          messages: this.#messages,
          baseUrl,
          onCallbackServerSaved: (groupId, server) => delivery.confirmInBackground(groupId, server),
        }),
        ...this.#longPolls.handlers(),
        ...this.uploads.handlers(),
      ]),
      failures: this.#failures,
      captchas: new CaptchaBook(baseUrl),
      calls: this.calls,
      baseUrl,
      synthesizedCount: new Map(),
    };
    const api = apiRoute(state);
    this.#router.add('GET', '/method/:name', api);
    this.#router.add('POST', '/method/:name', api);
    for (const route of this.#longPolls.routes()) this.#router.add('GET', route.path, route.handler);
    this.#host = new HttpHost({
      router: this.#router,
      maxBodyBytes: resolved.maxBodyBytes,
      onRequest: (request) => this.#record(request),
      raw: (request, response, url) => this.uploads.serveRaw(request, response, url),
    });
  }

  get longPoll(): FakeLongPoll {
    return this.#longPolls;
  }

  get sentMessages(): readonly FakeVkSentMessage[] {
    return this.#messages.sent;
  }

  get eventAnswers(): readonly FakeVkEventAnswer[] {
    return this.#messages.eventAnswers;
  }

  async start(): Promise<void> {
    this.url = await this.#host.listen();
  }

  handle<M extends ApiMethodName>(method: M, handler: FakeVkHandler<M>): () => void {
    this.#knownMethod('handle', method);
    const stored = storeHandler(method, handler);
    this.#programmed.set(method, stored);
    return () => {
      if (this.#programmed.get(method) === stored) this.#programmed.delete(method);
    };
  }

  failNext(method: ApiMethodName, code: number, options?: FailNextOptions): void {
    this.#knownMethod('failNext', method);
    this.#failures.add(method, code, options);
  }

  setLatency(ms: number): void;
  setLatency(method: ApiMethodName, ms: number): void;
  setLatency(first: number | ApiMethodName, second?: number): void {
    const ms = typeof first === 'number' ? first : second;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw new TypeError(`setLatency: the latency must be a non-negative number of milliseconds, got ${String(ms)}`);
    }
    if (typeof first === 'number') {
      this.#latency.global = ms;
    } else {
      this.#knownMethod('setLatency', first);
      this.#latency.perMethod.set(first, ms);
    }
  }

  route(httpMethod: string, path: string, handler: FakeRouteHandler): void {
    this.#router.add(httpMethod, path, handler);
  }

  callbackConfirmationCode(groupId: number): string {
    return this.#callbackServers.confirmationCode(groupId);
  }

  callbackServers(groupId: number): FakeVkCallbackServer[] {
    return structuredClone(this.#callbackServers.list(groupId));
  }

  confirmCallbackServer(groupId: number, serverId: number): Promise<FakeVkCallbackServerStatus> {
    return this.#delivery.confirm(groupId, serverId);
  }

  emit(groupId: number, event: FakeVkEmitEvent, options?: FakeVkEmitOptions): Promise<FakeVkDelivery[]> {
    return this.#delivery.emit(groupId, event, options);
  }

  async close(): Promise<void> {
    this.#longPolls.close();
    // Abort outgoing Callback requests and wait for them, so none outlives the fake.
    await this.#delivery.close();
    return this.#host.close();
  }

  #knownMethod(caller: string, method: string): void {
    if (!isApiMethodName(method)) throw new TypeError(`${caller}: '${method}' is not a VK API method known to @vkts/types`);
  }

  #redact(text: string): string {
    let result = text;
    for (const token of this.#tokens) result = result.replaceAll(token, REDACTED);
    return result;
  }

  #record(request: FakeHttpRequest): void {
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(formParams(request))) {
      params[name] = name === 'access_token' ? REDACTED : this.#redact(value);
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (name === 'authorization') {
        // Keep the scheme (is the client sending `Bearer`?), never the credentials.
        const scheme = /^(\S+)\s+\S/.exec(value)?.[1];
        headers[name] = scheme === undefined ? REDACTED : `${this.#redact(scheme)} ${REDACTED}`;
      } else {
        headers[name] = this.#redact(value);
      }
    }
    const match = /^\/method\/([^/]+)$/.exec(request.path);
    this.requests.push({ method: match?.[1] ?? null, httpMethod: request.method, path: request.path, params, headers, at: Date.now() });
  }
}

/**
 * Start a fake VK API on 127.0.0.1 (a free port) that speaks VK's protocol strictly: form
 * bodies, `v`, tokens, VK's error objects, rate limits, `execute`, and stateful community
 * settings and messages.send. Methods without state answer a sample synthesized from their
 * response schema, unless a test programs them with `fake.handle`.
 */
export async function createFakeVk(options: FakeVkOptions): Promise<FakeVk> {
  const fake = new FakeVkServer(options);
  await fake.start();
  return fake;
}
