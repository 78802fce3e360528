import { randomBytes } from 'node:crypto';
import { describeError, sleep } from '@vkts/internals';
import type { CallbackServerStore, FakeVkCallbackServer, FakeVkCallbackServerStatus } from './state/callback-servers.js';

/**
 * The fake's outgoing side of the Callback API, as VK does it: a `confirmation` request when a
 * server is added or edited, and events POSTed to every confirmed server, redelivered with
 * `X-Retry-Counter` until the server answers `ok` (bounded).
 *
 * The fake never sends anything off the machine: it only POSTs to loopback URLs (127.0.0.0/8,
 * `localhost`, `[::1]`). A server at any other address is never confirmed automatically (it stays
 * as it was), `confirmCallbackServer` marks it `failed` as VK would an unreachable URL, and
 * `emit` skips it (it cannot be `ok` anyway).
 */

/** An event to send: `type` and `object` as in VK's events; the rest of the envelope is added. */
export interface FakeVkEmitEvent {
  type: string;
  object?: unknown;
  /** Reuse an id (e.g. to emit "the same event" again); by default a new 40-hex id. */
  event_id?: string;
  /** Override the server's api_version as `v`. */
  v?: string;
}

export interface FakeVkEmitOptions {
  /** Deliveries per server at most, the first included. @default 5 */
  maxAttempts?: number;
  /** Pause before each redelivery, in ms. @default 20 */
  retryDelayMs?: number;
  /** How long one delivery waits for the answer before it counts as failed, in ms. @default 5000 */
  timeoutMs?: number;
}

/** One POST of an event (or a confirmation) to a server. */
export interface FakeVkDeliveryAttempt {
  /** The `X-Retry-Counter` sent: undefined on the first delivery, then 1, 2, … */
  retry: number | undefined;
  /** HTTP status, or null when no answer came (connection refused, reset, timeout). */
  status: number | null;
  /** The answer's body (empty when none came). */
  body: string;
  /** Why no answer came. */
  error?: string;
}

/** What happened to an emitted event at one Callback server. */
export interface FakeVkDelivery {
  serverId: number;
  url: string;
  /** The envelope as sent (secret included, as VK sends it). */
  event: Record<string, unknown>;
  /** True once the server answered exactly `ok` with status 200. */
  delivered: boolean;
  attempts: FakeVkDeliveryAttempt[];
}

const CONFIRMATION_TIMEOUT_MS = 5000;
const DEFAULTS = { maxAttempts: 5, retryDelayMs: 20, timeoutMs: 5000 } as const;
const ATTEMPTS_CAP = 20;
const exactText = new TextDecoder('utf-8', { ignoreBOM: true });

/** True for URLs the fake may send to: loopback only. */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function checkEmitOptions(options: FakeVkEmitOptions): Required<FakeVkEmitOptions> {
  const resolved = { ...DEFAULTS, ...options };
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1 || resolved.maxAttempts > ATTEMPTS_CAP) {
    throw new RangeError(`emit: maxAttempts must be an integer from 1 to ${ATTEMPTS_CAP}, got ${String(resolved.maxAttempts)}`);
  }
  for (const name of ['retryDelayMs', 'timeoutMs'] as const) {
    const value = resolved[name];
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`emit: ${name} must be a non-negative number of ms, got ${String(value)}`);
  }
  return resolved;
}

export class CallbackDelivery {
  readonly #servers: CallbackServerStore;
  /** Aborted by close(): stops every outgoing request and pause. */
  readonly #stop = new AbortController();
  readonly #inFlight = new Set<Promise<unknown>>();
  /** The latest confirmation of each server, so an explicit one waits for an automatic one. */
  readonly #confirming = new Map<FakeVkCallbackServer, Promise<FakeVkCallbackServerStatus>>();
  /**
   * Confirmation requests go out one at a time, in the order servers were saved: tests can then
   * rely on the order a bot sees them in (HTTP connection reuse would otherwise reorder them).
   */
  #confirmations: Promise<unknown> = Promise.resolve();

  constructor(servers: CallbackServerStore) {
    this.#servers = servers;
  }

  /**
   * After groups.addCallbackServer / editCallbackServer: VK asks the URL to confirm. Loopback URLs
   * are asked in the background (the status is `wait` meanwhile); others are left alone.
   */
  confirmInBackground(groupId: number, server: FakeVkCallbackServer): void {
    if (!isLoopbackUrl(server.url)) return;
    server.status = 'wait';
    void this.#confirm(groupId, server);
  }

  /** fake.confirmCallbackServer: waits for a confirmation in progress, then asks again. */
  async confirm(groupId: number, serverId: number): Promise<FakeVkCallbackServerStatus> {
    const server = this.#servers.get(groupId, serverId);
    if (server === undefined) throw new RangeError(`confirmCallbackServer: community ${groupId} has no Callback server ${serverId}`);
    await this.#confirming.get(server);
    if (!isLoopbackUrl(server.url)) {
      // As VK would find an address it cannot reach; the fake does not try.
      server.status = 'failed';
      return server.status;
    }
    return this.#confirm(groupId, server);
  }

  /** fake.emit: POST the event to every confirmed server that has its type switched on. */
  async emit(groupId: number, event: FakeVkEmitEvent, options: FakeVkEmitOptions = {}): Promise<FakeVkDelivery[]> {
    if (typeof event?.type !== 'string' || event.type === '') throw new TypeError('emit: the event needs a string `type`');
    if (event.type === 'confirmation') throw new TypeError('emit: VK sends `confirmation` itself; use fake.confirmCallbackServer()');
    const resolved = checkEmitOptions(options);
    const eventId = event.event_id ?? randomBytes(20).toString('hex');
    const targets = this.#servers
      .list(groupId)
      .filter((server) => server.status === 'ok' && isLoopbackUrl(server.url) && server.events[event.type] !== 0);
    return Promise.all(targets.map((server) => this.#track(this.#deliver(groupId, server, event, eventId, resolved))));
  }

  /** Stops outgoing requests and waits for them to settle. */
  async close(): Promise<void> {
    this.#stop.abort(new Error('the fake VK is closing'));
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  #confirm(groupId: number, server: FakeVkCallbackServer): Promise<FakeVkCallbackServerStatus> {
    const request = {
      type: 'confirmation',
      group_id: groupId,
      event_id: randomBytes(20).toString('hex'),
      v: server.api_version,
      ...(server.secret_key === '' ? {} : { secret: server.secret_key }),
    };
    const posted = this.#confirmations.then(() => this.#post(server.url, request, undefined, CONFIRMATION_TIMEOUT_MS));
    this.#confirmations = posted;
    const confirming = this.#track(
      posted.then((attempt) => {
        const code = this.#servers.confirmationCode(groupId);
        // A later edit may have started another confirmation: only the latest one decides.
        if (this.#confirming.get(server) === confirming) {
          server.status = attempt.status === 200 && attempt.body.trim() === code ? 'ok' : 'failed';
          this.#confirming.delete(server);
        }
        return server.status;
      }),
    );
    this.#confirming.set(server, confirming);
    return confirming;
  }

  async #deliver(
    groupId: number,
    server: FakeVkCallbackServer,
    event: FakeVkEmitEvent,
    eventId: string,
    options: Required<FakeVkEmitOptions>,
  ): Promise<FakeVkDelivery> {
    // Key order as VK sends it.
    const envelope: Record<string, unknown> = {
      group_id: groupId,
      type: event.type,
      event_id: eventId,
      v: event.v ?? server.api_version,
      object: event.object,
      ...(server.secret_key === '' ? {} : { secret: server.secret_key }),
    };
    const delivery: FakeVkDelivery = { serverId: server.id, url: server.url, event: envelope, delivered: false, attempts: [] };
    for (let attempt = 0; attempt < options.maxAttempts && !this.#stop.signal.aborted; attempt++) {
      if (attempt > 0) await sleep(options.retryDelayMs, this.#stop.signal);
      const result = await this.#post(server.url, envelope, attempt === 0 ? undefined : attempt, options.timeoutMs);
      delivery.attempts.push(result);
      // VK wants exactly `ok`: anything else (even `ok` with a BOM) is a failed delivery.
      if (result.status === 200 && result.body === 'ok') {
        delivery.delivered = true;
        break;
      }
    }
    return delivery;
  }

  async #post(url: string, body: object, retry: number | undefined, timeoutMs: number): Promise<FakeVkDeliveryAttempt> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (retry !== undefined) headers['x-retry-counter'] = String(retry);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.any([this.#stop.signal, AbortSignal.timeout(timeoutMs)]),
      });
      // Bytes decoded as they are: `text()` would drop a byte-order mark, which VK does not.
      return { retry, status: response.status, body: exactText.decode(await response.arrayBuffer()) };
    } catch (error) {
      return { retry, status: null, body: '', error: describeError(error) };
    }
  }

  #track<T>(work: Promise<T>): Promise<T> {
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work)).catch(() => {});
    return work;
  }
}

