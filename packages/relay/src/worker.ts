// A consumer-group worker: XREADGROUP → validate → dispatch through the app's router → XACK.
//
// - Success: the entry is acknowledged (XACKs of one tick go out as one command).
// - Failure: the entry stays pending and its error is kept in a hash; once it has been idle for
//   `claimIdleMs`, XAUTOCLAIM (run by every worker every `claimIntervalMs`) hands it to a worker
//   again — the same mechanism that takes over entries of a consumer that died mid-handling.
// - An entry handled `maxDeliveries` times without success, or one that cannot be decoded, goes
//   to the dead-letter stream with its last error (XADD + XACK in one script).
// - Stopping (signal or `stop()`): no new reads; in-flight handlers get `stopTimeoutMs` to
//   finish and be acknowledged; those still running stay pending for another worker.
//
// Delivery is at-least-once across crashes: an entry whose handler ran but whose XACK never
// reached Redis is handled again (`context.relay.deliveryCount > 1` says so).
import {
  createEventParser,
  dispatcherOf,
  type DispatchNow,
  type EventParser,
  type EventRouter,
  type EventValidationError,
  type RelayedEventContext,
  type ValidationMode,
} from '@vkts/events';
import { RelayDeadLetterError, RelayTrimmedError, RelayWorkerError, type WorkerOperation } from './errors.js';
import { decodePayload, PAYLOAD_FIELD } from './payload.js';
import { commandSender, isReplyError, type RedisClientLike, type SendCommand } from './redis-client.js';
import { asArray, asInteger, asString, readEntries, readStreamReply, type StreamEntry } from './replies.js';
import { runScript, script } from './scripts.js';
import { checkPositiveInteger, createBackoff, describeError, isPromiseLike, sleep, type Backoff } from '@vkts/internals';
import { nonEmptyString, resolveBackoff, type BackoffOptions } from './options.js';

export interface WorkerOptions {
  /**
   * A client for this worker alone: a blocking XREADGROUP holds its connection for up to
   * `blockMs` (node-redis: `client.duplicate()`; ioredis: `redis.duplicate()`).
   */
  readonly redis: RedisClientLike;
  readonly stream: string;
  /** The consumer group; created (from the stream's start, `startId`) when missing. */
  readonly group: string;
  /** This worker's name in the group: unique and stable across restarts of the same worker. */
  readonly consumer: string;
  /** The same kind of router the transports dispatch to; handlers get `context.transport === 'relay'`. */
  readonly router: EventRouter;
  /** Handlers running at once; entries are read only as slots free up. 1 keeps stream order. @default 32 */
  readonly concurrency?: number;
  /** Longest wait of one XREADGROUP, in ms; also the longest `stop()` waits for it. @default 2000 */
  readonly blockMs?: number;
  /**
   * An entry pending this long is taken over: a failed one is retried, a dead consumer's handled
   * elsewhere. Keep it above your slowest handler, or a slow handling gets a twin. @default 60000
   */
  readonly claimIdleMs?: number;
  /** How often to look for such entries, in ms. @default claimIdleMs / 2 */
  readonly claimIntervalMs?: number;
  /** Handlings of an entry at most; then it goes to the dead-letter stream. @default 5 */
  readonly maxDeliveries?: number;
  /** @default `${stream}:dead` */
  readonly deadLetterStream?: string;
  /** Cap of the dead-letter stream (`MAXLEN ~`). @default 100000 */
  readonly deadLetterMaxLen?: number;
  /** Where a new group starts: `0` (every entry still in the stream) or `$` (only new ones). @default '0' */
  readonly startId?: '0' | '$';
  /** Schema check of each event (@vkts/events modes); issues go to `onError`. @default 'lenient' */
  readonly validate?: ValidationMode;
  /** How long stopping waits for in-flight handlers, in ms. @default 30000 */
  readonly stopTimeoutMs?: number;
  /** Backoff of Redis failures (group creation, reads, acks). @default { baseMs: 100, maxMs: 10000 } */
  readonly backoff?: BackoffOptions;
  readonly signal?: AbortSignal;
  /** Handler failures, Redis failures, dead-lettered and trimmed entries. @default console.error */
  readonly onError?: (error: unknown) => void;
}

export interface WorkerStats {
  /** Entries handled and acknowledged. */
  readonly acked: number;
  /** Handlings that failed (each stays pending, or is dead-lettered). */
  readonly failed: number;
  readonly deadLettered: number;
  /** Entries taken over with XAUTOCLAIM. */
  readonly reclaimed: number;
}

export interface Worker {
  /** Resolves once the worker has stopped (it never rejects: failures go to `onError`). */
  readonly done: Promise<void>;
  /** Stops reading, lets in-flight handlers finish (up to `stopTimeoutMs`), resolves when stopped. */
  stop(): Promise<void>;
  stats(): WorkerStats;
}

const CALLER = 'createWorker';

// KEYS: stream, dead-letter stream, errors hash. ARGV: group, entry id, payload, error ('' = the
// recorded one), deliveries, consumer, dead-letter maxLen. Answers the error it recorded.
const DEAD_LETTER = script(`
local last = ARGV[4]
if last == '' then last = redis.call('HGET', KEYS[3], ARGV[2]) or 'never acknowledged: its consumers stopped or died while handling it' end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[7], '*', 'data', ARGV[3], 'error', last, 'deliveries', ARGV[5], 'stream', KEYS[1], 'entry', ARGV[2], 'consumer', ARGV[6])
redis.call('HDEL', KEYS[3], ARGV[2])
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
return last
`);

interface Config {
  readonly send: SendCommand;
  readonly stream: string;
  readonly group: string;
  readonly consumer: string;
  readonly dispatch: DispatchNow;
  readonly concurrency: number;
  readonly blockMs: number;
  readonly claimIdleMs: number;
  readonly claimIntervalMs: number;
  readonly maxDeliveries: number;
  readonly deadLetterStream: string;
  readonly deadLetterMaxLen: number;
  readonly errorsKey: string;
  readonly startId: '0' | '$';
  readonly validate: ValidationMode;
  readonly stopTimeoutMs: number;
  readonly backoff: Required<BackoffOptions>;
  readonly report: (error: unknown) => void;
}

function resolveOptions(options: WorkerOptions): Config {
  const stream = nonEmptyString(CALLER, 'stream', options.stream);
  const group = nonEmptyString(CALLER, 'group', options.group);
  const consumer = nonEmptyString(CALLER, 'consumer', options.consumer);
  const router = options.router;
  if (typeof router !== 'object' || router === null || typeof router.dispatch !== 'function') {
    throw new TypeError(`${CALLER}: \`router\` must come from createRouter() (@vkts/events)`);
  }
  const claimIdleMs = checkPositiveInteger(CALLER, 'claimIdleMs', options.claimIdleMs ?? 60_000);
  const startId = options.startId ?? '0';
  if (startId !== '0' && startId !== '$') throw new TypeError(`${CALLER}: \`startId\` must be '0' or '$'`);
  const validate = options.validate ?? 'lenient';
  if (validate !== 'strict' && validate !== 'lenient' && validate !== 'off') throw new TypeError(`${CALLER}: \`validate\` must be 'strict', 'lenient' or 'off'`);
  return {
    send: commandSender(CALLER, options.redis),
    stream,
    group,
    consumer,
    dispatch: dispatcherOf(router),
    concurrency: checkPositiveInteger(CALLER, 'concurrency', options.concurrency ?? 32),
    blockMs: checkPositiveInteger(CALLER, 'blockMs', options.blockMs ?? 2000),
    claimIdleMs,
    claimIntervalMs: checkPositiveInteger(CALLER, 'claimIntervalMs', options.claimIntervalMs ?? Math.max(1, Math.floor(claimIdleMs / 2))),
    maxDeliveries: checkPositiveInteger(CALLER, 'maxDeliveries', options.maxDeliveries ?? 5),
    deadLetterStream: nonEmptyString(CALLER, 'deadLetterStream', options.deadLetterStream ?? `${stream}:dead`),
    deadLetterMaxLen: checkPositiveInteger(CALLER, 'deadLetterMaxLen', options.deadLetterMaxLen ?? 100_000),
    errorsKey: `${stream}:${group}:errors`,
    startId,
    validate,
    stopTimeoutMs: checkPositiveInteger(CALLER, 'stopTimeoutMs', options.stopTimeoutMs ?? 30_000),
    backoff: resolveBackoff(CALLER, options.backoff),
    report: options.onError ?? ((error: unknown) => console.error(error)),
  };
}

export function createWorker(options: WorkerOptions): Worker {
  const config = resolveOptions(options);
  const stopping = new AbortController();
  const stop = (): void => stopping.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  if (options.signal?.aborted === true) stop();
  const state = new WorkerState(config, stopping.signal);
  const done = state.run().finally(() => options.signal?.removeEventListener('abort', stop));
  return {
    done,
    stop() {
      stop();
      return done;
    },
    stats: () => state.stats(),
  };
}

class WorkerState {
  readonly #config: Config;
  readonly #stopping: AbortSignal;
  /** Entry ids being handled here now. */
  readonly #inflight = new Set<string>();
  /** Entry ids handled, waiting for the next XACK. */
  #acks: string[] = [];
  /** Acked entries that had failed before: their recorded error is dropped with the ack. */
  #clearErrors: string[] = [];
  /** Handled entries whose XACK has not been answered yet: never reclaimed by this worker. */
  readonly #acking = new Set<string>();
  #ackScheduled = false;
  #flushing: Promise<void> | undefined;
  /** Woken when a slot frees up (or on stop). */
  #slotFreed: (() => void) | undefined;
  /** Set once stopped: later completions are left pending, not acknowledged. */
  #finished = false;
  #parser: EventParser | undefined;
  /** Aborted once stopped: cuts short the waits of drain and ack retries (no timer outlives the worker). */
  readonly #closed = new AbortController();
  #acked = 0;
  #failed = 0;
  #deadLettered = 0;
  #reclaimed = 0;

  constructor(config: Config, stopping: AbortSignal) {
    this.#config = config;
    this.#stopping = stopping;
    stopping.addEventListener('abort', () => this.#wake(), { once: true });
  }

  stats(): WorkerStats {
    return { acked: this.#acked, failed: this.#failed, deadLettered: this.#deadLettered, reclaimed: this.#reclaimed };
  }

  async run(): Promise<void> {
    const { validate, report } = this.#config;
    try {
      this.#parser = await createEventParser(
        validate === 'lenient' ? { mode: validate, onIssue: (error: EventValidationError) => report(error) } : { mode: validate },
      );
      if (await this.#retrying('create-group', () => this.#createGroup())) await this.#loop();
    } catch (error) {
      report(error);
    }
    await this.#drain();
    this.#finished = true;
    this.#closed.abort();
  }

  async #loop(): Promise<void> {
    const { send, stream, group, consumer, blockMs, claimIntervalMs } = this.#config;
    const backoff = createBackoff(this.#config.backoff);
    let nextClaim = 0;
    while (!this.#stopping.aborted) {
      // Acks go out before the next command: a blocking read would hold them up.
      this.#flushNow();
      if (performance.now() >= nextClaim) {
        await this.#retrying('reclaim', () => this.#reclaim());
        nextClaim = performance.now() + claimIntervalMs;
      }
      const free = await this.#freeSlots();
      if (this.#stopping.aborted) break;
      const block = Math.max(1, Math.min(blockMs, Math.ceil(nextClaim - performance.now())));
      this.#flushNow();
      let reply: unknown;
      try {
        reply = await send(['XREADGROUP', 'GROUP', group, consumer, 'COUNT', String(free), 'BLOCK', String(block), 'STREAMS', stream, '>']);
        backoff.reset();
      } catch (error) {
        // The stream or group vanished (a Redis that lost its data): make the group again.
        if (isReplyError(error, 'NOGROUP')) await this.#retrying('create-group', () => this.#createGroup());
        else await this.#failedOnce('read', error, backoff);
        continue;
      }
      for (const entry of readStreamReply(reply, stream)) this.#start(entry, 1);
    }
  }

  async #createGroup(): Promise<void> {
    const { send, stream, group, startId } = this.#config;
    try {
      await send(['XGROUP', 'CREATE', stream, group, startId, 'MKSTREAM']);
    } catch (error) {
      if (!isReplyError(error, 'BUSYGROUP')) throw error;
    }
  }

  /** Runs `operation` until it succeeds (true) or the worker stops (false), with backoff. */
  async #retrying(operation: WorkerOperation, run: () => Promise<void>): Promise<boolean> {
    const backoff = createBackoff(this.#config.backoff);
    while (!this.#stopping.aborted) {
      try {
        await run();
        return true;
      } catch (error) {
        await this.#failedOnce(operation, error, backoff);
      }
    }
    return false;
  }

  async #failedOnce(operation: WorkerOperation, error: unknown, backoff: Backoff): Promise<void> {
    const retryInMs = backoff.next();
    const { stream, consumer } = this.#config;
    this.#config.report(new RelayWorkerError({ operation, stream, consumer, attempt: backoff.attempt, retryInMs }, error));
    await sleep(retryInMs, this.#stopping);
  }

  /** Slots free now; waits for one when all are taken (or for the stop). */
  async #freeSlots(): Promise<number> {
    const { concurrency } = this.#config;
    while (this.#inflight.size >= concurrency && !this.#stopping.aborted) {
      await new Promise<void>((resolve) => {
        this.#slotFreed = resolve;
      });
    }
    return Math.max(0, concurrency - this.#inflight.size);
  }

  #wake(): void {
    const wake = this.#slotFreed;
    this.#slotFreed = undefined;
    wake?.();
  }

  /** Takes over entries pending longer than `claimIdleMs` (failed ones, or a dead consumer's). */
  async #reclaim(): Promise<void> {
    const { send, stream, group, consumer, claimIdleMs, concurrency, report } = this.#config;
    let cursor = '0-0';
    do {
      const free = concurrency - this.#inflight.size;
      if (free <= 0 || this.#stopping.aborted) return;
      const reply = asArray(
        await send(['XAUTOCLAIM', stream, group, consumer, String(claimIdleMs), cursor, 'COUNT', String(free)]),
        'the XAUTOCLAIM reply',
      );
      cursor = asString(reply[0], 'the XAUTOCLAIM cursor');
      const trimmed: string[] = [];
      // Our own entries come back too when idle long enough: skip those running or being acked here.
      const entries = readEntries(reply[1], trimmed).filter((entry) => !this.#inflight.has(entry.id) && !this.#acking.has(entry.id));
      // Redis 7 lists pending entries that were trimmed away, and drops them from the group.
      if (reply[2] !== undefined) for (const id of asArray(reply[2], 'the deleted ids')) trimmed.push(asString(id, 'a deleted id'));
      if (trimmed.length > 0) report(new RelayTrimmedError(stream, trimmed));
      if (entries.length === 0) continue;
      const counts = await Promise.all(entries.map((entry) => this.#deliveryCount(entry.id)));
      this.#reclaimed += entries.length;
      entries.forEach((entry, index) => this.#start(entry, counts[index] ?? 1));
    } while (cursor !== '0-0');
  }

  async #deliveryCount(id: string): Promise<number> {
    const { send, stream, group } = this.#config;
    const reply = asArray(await send(['XPENDING', stream, group, id, id, '1']), 'the XPENDING reply');
    const [first] = reply;
    // Gone meanwhile (acknowledged elsewhere): count it as the first delivery; the ack is a no-op.
    if (first === undefined) return 1;
    return asInteger(asArray(first, 'a pending entry')[3], 'the delivery count');
  }

  #start(entry: StreamEntry, deliveryCount: number): void {
    const { stream, maxDeliveries } = this.#config;
    this.#inflight.add(entry.id);
    if (deliveryCount > maxDeliveries) {
      // Handed out more often than allowed without an ack: its handlers kept failing or crashing.
      this.#deadLetter(entry, deliveryCount - 1, '');
      return;
    }
    const payload = decodePayload(entry.fields.get(PAYLOAD_FIELD));
    if (typeof payload === 'string') {
      this.#deadLetter(entry, deliveryCount, `cannot decode the entry: ${payload}`);
      return;
    }
    let context: RelayedEventContext;
    let outcome: unknown;
    try {
      const event = this.#parse(payload.event);
      const { groupId, eventId, apiVersion, transport } = payload.context;
      context = {
        groupId,
        eventId,
        apiVersion,
        transport: 'relay',
        relay: { origin: transport, deliveryCount, stream, entryId: entry.id, enrichment: payload.enrichment },
      };
      outcome = this.#config.dispatch(event, context);
    } catch (error) {
      // The event failed strict validation (or is no event at all): retrying will not help.
      this.#deadLetter(entry, deliveryCount, `the event was refused: ${describeError(error)}`);
      return;
    }
    if (!isPromiseLike(outcome)) {
      this.#succeeded(entry.id, deliveryCount);
      return;
    }
    outcome.then(
      () => this.#succeeded(entry.id, deliveryCount),
      (error: unknown) => this.#handlerFailed(entry, deliveryCount, error),
    );
  }

  #parse(input: unknown): ReturnType<EventParser> {
    const parse = this.#parser;
    if (parse === undefined) throw new Error('unreachable: an entry before the parser loaded');
    return parse(input);
  }

  #settled(id: string): void {
    this.#inflight.delete(id);
    this.#wake();
  }

  #succeeded(id: string, deliveryCount: number): void {
    if (this.#finished) return; // stopped meanwhile: left pending for another worker
    this.#acks.push(id);
    this.#acking.add(id);
    if (deliveryCount > 1) this.#clearErrors.push(id);
    this.#acked += 1;
    this.#flushSoon();
    this.#settled(id);
  }

  #handlerFailed(entry: StreamEntry, deliveryCount: number, error: unknown): void {
    this.#failed += 1;
    this.#config.report(error);
    if (this.#finished) return;
    const reason = describeError(error);
    if (deliveryCount >= this.#config.maxDeliveries) {
      this.#deadLetter(entry, deliveryCount, reason);
      return;
    }
    // Left pending: reclaimed after claimIdleMs. The error is kept for the dead-letter record.
    const { send, errorsKey } = this.#config;
    send(['HSET', errorsKey, entry.id, reason]).then(undefined, (failure: unknown) => this.#reportOnce('record-failure', failure));
    this.#settled(entry.id);
  }

  #deadLetter(entry: StreamEntry, deliveries: number, error: string): void {
    const { send, stream, group, consumer, deadLetterStream, deadLetterMaxLen, errorsKey, report } = this.#config;
    const data = entry.fields.get(PAYLOAD_FIELD) ?? JSON.stringify(Object.fromEntries(entry.fields));
    runScript(send, DEAD_LETTER, [stream, deadLetterStream, errorsKey], [group, entry.id, data, error, String(deliveries), consumer, String(deadLetterMaxLen)]).then(
      (recorded) => {
        this.#deadLettered += 1;
        const lastError = typeof recorded === 'string' ? recorded : error;
        report(new RelayDeadLetterError({ stream, deadLetterStream, entryId: entry.id, deliveries, lastError }));
        this.#settled(entry.id);
      },
      (failure: unknown) => {
        // Still pending: it comes back through XAUTOCLAIM and is dead-lettered then.
        this.#reportOnce('dead-letter', failure);
        this.#settled(entry.id);
      },
    );
  }

  #reportOnce(operation: WorkerOperation, error: unknown): void {
    const { stream, consumer } = this.#config;
    this.#config.report(new RelayWorkerError({ operation, stream, consumer, attempt: 1, retryInMs: 0 }, error));
  }

  /** Acks of handlers that finished outside the loop's turn: sent at the end of the tick. */
  #flushSoon(): void {
    if (this.#ackScheduled) return;
    this.#ackScheduled = true;
    queueMicrotask(() => this.#flushNow());
  }

  /** Sends the queued acks now (the XACK is written before this returns), unless one is under way. */
  #flushNow(): void {
    this.#ackScheduled = false;
    if (this.#flushing !== undefined || this.#acks.length === 0) return;
    this.#flushing = this.#flushAcks().finally(() => {
      this.#flushing = undefined;
      if (this.#acks.length > 0 && !this.#finished) this.#flushNow();
    });
  }

  /** XACKs what is queued; on failure keeps it and tries again with backoff (until drained). */
  async #flushAcks(): Promise<void> {
    const { send, stream, group, errorsKey } = this.#config;
    const backoff = createBackoff(this.#config.backoff);
    while (this.#acks.length > 0) {
      const ids = this.#acks;
      const clear = this.#clearErrors;
      this.#acks = [];
      this.#clearErrors = [];
      try {
        const acked = send(['XACK', stream, group, ...ids]);
        if (clear.length > 0) await send(['HDEL', errorsKey, ...clear]);
        await acked;
        for (const id of ids) this.#acking.delete(id);
        backoff.reset();
      } catch (error) {
        this.#acks = [...ids, ...this.#acks];
        this.#clearErrors = [...clear, ...this.#clearErrors];
        const retryInMs = backoff.next();
        this.#config.report(new RelayWorkerError({ operation: 'ack', stream, consumer: this.#config.consumer, attempt: backoff.attempt, retryInMs }, error));
        await sleep(retryInMs, this.#closed.signal);
        if (this.#finished) return;
      }
    }
  }

  /** After the loop: lets in-flight handlers finish (bounded) and their acks reach Redis. */
  async #drain(): Promise<void> {
    const timeUp = new AbortController();
    const timer = setTimeout(() => timeUp.abort(), this.#config.stopTimeoutMs);
    const expired = new Promise<void>((resolve) => timeUp.signal.addEventListener('abort', () => resolve(), { once: true }));
    try {
      while (this.#inflight.size > 0 && !timeUp.signal.aborted) {
        await Promise.race([
          new Promise<void>((resolve) => {
            this.#slotFreed = resolve;
          }),
          expired,
        ]);
      }
      this.#flushNow();
      while (this.#flushing !== undefined && !timeUp.signal.aborted) await Promise.race([this.#flushing, expired]);
    } finally {
      clearTimeout(timer);
      timeUp.abort();
    }
  }
}
