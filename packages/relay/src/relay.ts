// The publisher: a router handler that appends each event to a Redis stream and settles only once
// Redis has it. Appends are idempotent by event_id (one Lua script: look the id up, else XADD and
// remember the entry id), so VK's redeliveries and Long Poll replays after a restart add nothing.
//
// What a failed append does depends on where the event came from:
// - Callback: the handler rejects, the receiver answers 500 (with `ack: 'after-handlers'`), and
//   VK redelivers later — VK's retry is the backoff.
// - Long Poll: @vkts/longpoll reports a failed handler and moves on, so the relay retries the
//   append itself (capped backoff) until Redis takes it or the relay is closed. Meanwhile the
//   handler has not settled, so the loop does not commit the batch's ts; `guardTs` keeps a ts
//   from being saved past an append that was given up at close.
import type { AnyEvent, DirectEventContext, EventContext } from '@vkts/events';
import { RelayClosedError, RelayPublishError } from './errors.js';
import { encodePayload, PAYLOAD_FIELD } from './payload.js';
import { commandSender, type RedisClientLike } from './redis-client.js';
import { asArray, asInteger, asString } from './replies.js';
import { streamChooser, type RelayRoute } from './routes.js';
import { runScript, script } from './scripts.js';
import { checkPositiveInteger, createBackoff, isPromiseLike, sleep } from '@vkts/internals';
import { resolveBackoff, type BackoffOptions } from './options.js';

/** A value, or a promise of it (a hook may be sync or async). */
type MaybePromise<T> = T | PromiseLike<T>;

export interface RelayOptions<E = undefined> {
  readonly redis: RedisClientLike;
  /** Where events no route claims go. @default 'vkts:events' */
  readonly stream?: string;
  /** Streams by event type or predicate; the first match wins, the rest go to `stream`. */
  readonly routes?: readonly RelayRoute[];
  /**
   * Retention: each stream is capped at about this many entries (`XADD … MAXLEN ~`), the oldest
   * trimmed first — whether or not a worker has acknowledged them. Size it for your rate times
   * the longest outage of the workers you want to survive (entries are ~1–2 KB). @default 100000
   */
  readonly maxLen?: number;
  /**
   * How long an appended event_id is remembered for idempotence, in ms: a redelivery or Long Poll
   * replay later than this is appended again. Redis keeps one small key per event for this long.
   * @default 3600000 (1 hour)
   */
  readonly dedupeTtlMs?: number;
  /**
   * Adds data to each event before it is appended (JSON-serialisable), e.g. `createNameResolver`'s
   * names. A failing hook is reported and the event appended without enrichment.
   */
  readonly enrich?: (event: AnyEvent, context: DirectEventContext) => MaybePromise<E>;
  /** Retrying Long Poll appends. @default { baseMs: 100, maxMs: 10000 } */
  readonly backoff?: BackoffOptions;
  /** Aborting it is `close()`. */
  readonly signal?: AbortSignal;
  /** Receives failed appends being retried and enrichment failures. @default console.error */
  readonly onError?: (error: unknown) => void;
}

/** Where an event is: its stream and entry id; `duplicate` when it was there already. */
export interface RelayReceipt {
  readonly stream: string;
  readonly entryId: string;
  readonly duplicate: boolean;
}

export interface Relay {
  /**
   * The router handler: `router.onAny(relay.handler)`. Resolves once Redis has the event; see the
   * file comment for failures. Refuses events that already came through a relay.
   */
  readonly handler: (event: AnyEvent, context: EventContext) => Promise<void>;
  /** Appends one event (one try); rejects with `RelayPublishError`. */
  publish(event: AnyEvent, context: DirectEventContext): Promise<RelayReceipt>;
  /**
   * Wraps @vkts/longpoll's `onTs`: passes each ts on only while no Long Poll append has been
   * given up (at `close()` with Redis unreachable), so a restart resumes before the lost events.
   */
  guardTs<R>(onTs: (ts: string) => R): (ts: string) => R | undefined;
  /** Stops retrying: appends still being retried reject with `RelayClosedError`. */
  close(): void;
}

const CALLER = 'createRelay';

// KEYS[1] the stream, KEYS[2] the event's idempotence key; ARGV: maxLen, payload, key TTL (ms).
// Answers { entry id, 1 if appended now / 0 if it was there }.
const APPEND = script(`
local known = redis.call('GET', KEYS[2])
if known then return { known, 0 } end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', '${PAYLOAD_FIELD}', ARGV[2])
redis.call('SET', KEYS[2], id, 'PX', ARGV[3])
return { id, 1 }
`);

export function createRelay<E = undefined>(options: RelayOptions<E>): Relay {
  const send = commandSender(CALLER, options.redis);
  const fallback = options.stream ?? 'vkts:events';
  if (typeof fallback !== 'string' || fallback === '') throw new TypeError(`${CALLER}: \`stream\` must be a non-empty string`);
  const chooseStream = streamChooser(CALLER, options.routes, fallback);
  const maxLen = String(checkPositiveInteger(CALLER, 'maxLen', options.maxLen ?? 100_000));
  const dedupeTtl = String(checkPositiveInteger(CALLER, 'dedupeTtlMs', options.dedupeTtlMs ?? 3_600_000));
  const backoff = resolveBackoff(CALLER, options.backoff);
  const enrich = options.enrich;
  if (enrich !== undefined && typeof enrich !== 'function') throw new TypeError(`${CALLER}: \`enrich\` must be a function`);
  const report = options.onError ?? ((error: unknown) => console.error(error));
  const closing = new AbortController();
  const close = (): void => closing.abort();
  options.signal?.addEventListener('abort', close, { once: true });
  if (options.signal?.aborted === true) close();
  let gaveUp = false;

  async function append(stream: string, event: AnyEvent, context: DirectEventContext, enrichment: unknown): Promise<RelayReceipt> {
    const data = encodePayload(event, context, enrichment);
    try {
      if (context.eventId === undefined) {
        // No event_id (API < 5.103): nothing to be idempotent by.
        const entryId = asString(await send(['XADD', stream, 'MAXLEN', '~', maxLen, '*', PAYLOAD_FIELD, data]), 'the XADD entry id');
        return { stream, entryId, duplicate: false };
      }
      const key = `${stream}:seen:${context.groupId}:${context.eventId}`;
      const reply = asArray(await runScript(send, APPEND, [stream, key], [maxLen, data, dedupeTtl]), 'the append result');
      return { stream, entryId: asString(reply[0], 'the entry id'), duplicate: asInteger(reply[1], 'the appended flag') === 0 };
    } catch (error) {
      throw new RelayPublishError({ stream, eventType: event.type, eventId: context.eventId }, error);
    }
  }

  function enrichment(event: AnyEvent, context: DirectEventContext): MaybePromise<unknown> {
    if (enrich === undefined) return undefined;
    const failed = (error: unknown): undefined => {
      report(error);
      return undefined;
    };
    try {
      const value = enrich(event, context);
      return isPromiseLike(value) ? Promise.resolve(value).then(undefined, failed) : value;
    } catch (error) {
      return failed(error);
    }
  }

  async function publish(event: AnyEvent, context: DirectEventContext): Promise<RelayReceipt> {
    return append(chooseStream(event, context), event, context, await enrichment(event, context));
  }

  async function publishUntilStored(event: AnyEvent, context: DirectEventContext): Promise<RelayReceipt> {
    const stream = chooseStream(event, context);
    const extra = await enrichment(event, context);
    const delays = createBackoff(backoff);
    for (;;) {
      if (closing.signal.aborted) {
        gaveUp = true;
        throw new RelayClosedError(`the relay was closed before the "${event.type}" event ${context.eventId ?? '(no event_id)'} reached stream "${stream}"`);
      }
      try {
        return await append(stream, event, context, extra);
      } catch (error) {
        const wait = delays.next();
        const cause = error instanceof RelayPublishError ? error.cause : error;
        report(new RelayPublishError({ stream, eventType: event.type, eventId: context.eventId, attempt: delays.attempt, retryInMs: wait }, cause));
        await sleep(wait, closing.signal);
      }
    }
  }

  return {
    handler(event, context) {
      if (context.transport === 'relay') {
        return Promise.reject(new TypeError(`${CALLER}: the "${event.type}" event came from stream "${context.relay.stream}"; a relay only publishes events taken from VK`));
      }
      const done = context.transport === 'longpoll' ? publishUntilStored(event, context) : publish(event, context);
      return done.then(noop);
    },
    publish,
    guardTs(onTs) {
      let warned = false;
      return (ts) => {
        if (!gaveUp) return onTs(ts);
        if (!warned) {
          warned = true;
          report(new RelayClosedError(`not saving Long Poll ts ${ts}: an earlier event never reached Redis, so a restart must fetch it again`));
        }
        return undefined;
      };
    },
    close,
  };
}

function noop(): void {}

