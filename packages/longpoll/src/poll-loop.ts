// The polling loop both Long Polls share: get a server, `a_check` with our `ts`, hand each batch
// to a consumer, and apply VK's failure rules. Only this file decides what happens to `ts`:
//
// - `{ ts, updates }`  → hand off the batch, then go on from the new ts;
// - `failed: 1`        → go on from the returned ts (a jump is reported to onGap);
// - `failed: 2`        → new key, keep our ts (peers that reset ts here lose events);
// - `failed: 3`        → new key and ts; the events in between are lost: onGap says which;
// - `failed: 4`        → (User Long Poll) the version is refused: fatal;
// - anything else, HTTP errors, network errors, timeouts → a fault: keep ts, back off (capped
//   exponential with jitter), forever until stopped; a good answer resets the backoff.
import { BadResponseError, TransportError, isApiError } from '@vkts/api';
import { createBackoff, describeError, sleep } from '@vkts/internals';
import type { HttpDispatcher } from '@vkts/types';
import type { BackoffOptions } from './backoff.js';
import { CheckWatch, checkOnce, prepareCheck, serverUrl, type CheckTarget } from './check-request.js';
import type { ContentCoding } from './options.js';
import {
  LongPollFatalError,
  LongPollFaultError,
  LongPollGapError,
  LongPollHookError,
  LongPollVersionError,
  type LongPollFaultReason,
  type LongPollKind,
} from './errors.js';
import { readReply, readTs } from './reply.js';

/** Events the loop could not deliver because VK says they are gone. */
export interface LongPollGap {
  /** `failed-3`: VK lost the session's information; `failed-1`: VK's history no longer reaches back to our ts. */
  readonly reason: 'failed-1' | 'failed-3';
  /** The ts we asked with: events from here on… */
  readonly fromTs: string;
  /** …up to (not including) this one were not delivered. */
  readonly toTs: string;
}

/**
 * What a consumer returns for a batch: when it has taken the batch, and when it is done with it.
 * `handled` is read only after `handedOff` has settled.
 */
export interface BatchProgress {
  /** The next poll starts after this (undefined: already). */
  readonly handedOff: Promise<void> | undefined;
  /**
   * The batch's ts is committed (`onTs`) after this; must never reject. Resolving with `false`
   * abandons the batch (an iterator left mid-batch): neither it nor any later ts is committed,
   * so a resume gets the untaken events again.
   */
  readonly handled: Promise<boolean | void> | undefined;
}

export type BatchConsumer = (updates: readonly unknown[]) => BatchProgress;

/**
 * An update's item, or undefined when the update was reported instead (not delivered). A promise
 * only when the item cannot be had at once (Bots Long Poll: zod loading to word a first
 * rejection); consumers then wait for it, keeping the batch's order, and report a rejection
 * instead of delivering the update.
 */
export type Decode<T> = (update: unknown) => T | undefined | Promise<T | undefined>;

/** A server as groups/messages.getLongPollServer return it. */
export interface RawSession {
  readonly server: string;
  readonly key: string;
  readonly ts: unknown;
}

export interface LoopConfig {
  readonly kind: LongPollKind;
  /** Seconds the server may hold a check. */
  readonly wait: number;
  readonly timeoutMs: number;
  readonly backoff: Required<BackoffOptions>;
  /** Extra query params of every check (`mode`, `version`). */
  readonly extra: Readonly<Record<string, string>>;
  /** The `version` sent, for the failed: 4 error. */
  readonly version?: number;
  readonly fetchSession: (signal: AbortSignal) => Promise<RawSession>;
  readonly dispatcher: HttpDispatcher;
  /** The coding asked for in `Accept-Encoding`; undefined asks for none. */
  readonly compression: ContentCoding | undefined;
  readonly onGap: ((gap: LongPollGap) => unknown) | undefined;
  readonly onTs: ((ts: string) => unknown) | undefined;
  readonly report: (error: unknown) => void;
}

/** Loop state that outlives a run: a restarted `start()` goes on from `ts`. */
export interface LoopState {
  /** The ts the next check asks with (undefined until the first server is known). */
  ts: string | undefined;
  /** The newest ts whose batch, and every batch before it, has been handled. */
  committedTs: string | undefined;
}

interface Session {
  readonly server: URL;
  readonly key: string;
  readonly target: CheckTarget;
}

/** Runs until `signal` aborts; resolves once every batch is handled and committed. Rejects with LongPollFatalError. */
export async function runPollLoop(config: LoopConfig, state: LoopState, consume: BatchConsumer, signal: AbortSignal): Promise<void> {
  const backoff = createBackoff(config.backoff);
  let session: Session | undefined;
  let lostFrom: string | undefined; // set by failed: 3 until the new session names where we resume
  let commits: Promise<void> = Promise.resolve();
  let abandoned = false;
  // A new key refused at once (failed: 2/3 before any answer with updates) twice in a row is not
  // VK's key expiry but a broken server: back off instead of spinning on getLongPollServer.
  let answeredInSession = false;
  let refusedFreshKeys = 0;

  const callHook = async (hook: 'onTs' | 'onGap', run: () => unknown): Promise<void> => {
    try {
      await run();
    } catch (error) {
      config.report(new LongPollHookError(hook, error));
    }
  };
  const commit = (handled: Promise<boolean | void> | undefined, ts: string): void => {
    // In order: a ts is committed only after its batch and every earlier one are handled.
    commits = Promise.all([commits, handled]).then(async ([, outcome]) => {
      if (outcome === false) abandoned = true;
      if (abandoned) return;
      state.committedTs = ts;
      if (config.onTs !== undefined) await callHook('onTs', () => config.onTs?.(ts));
    });
  };
  const gap = async (reason: LongPollGap['reason'], fromTs: string, toTs: string): Promise<void> => {
    // Only a move forward skips events (ts values are decimal strings of at most 20 digits).
    if (BigInt(toTs) <= BigInt(fromTs)) return;
    const report: LongPollGap = { reason, fromTs, toTs };
    if (config.onGap === undefined) config.report(new LongPollGapError(config.kind, report));
    else await callHook('onGap', () => config.onGap?.(report));
  };
  const fault = async (reason: LongPollFaultReason, message: string, extra: { status?: number; cause?: unknown } = {}): Promise<void> => {
    const retryInMs = backoff.next();
    config.report(new LongPollFaultError({ kind: config.kind, reason, message, status: extra.status, attempt: backoff.attempt, retryInMs, cause: extra.cause }));
    await sleep(retryInMs, signal);
  };

  /**
   * One check and what its answer means. Its own async function, not inline in the loop: a
   * suspended async function keeps every register of its frame, so inline the batch just handled
   * (its events, ~1 MB for 100 messages) stayed alive while the next check waited, and each
   * scavenge in between copied and promoted it (bench/longpoll).
   */
  const checkAndApply = async (current: Session, ts: string): Promise<'stopped' | 'next'> => {
    const outcome = await checkOnce({ server: current.server, key: current.key, ts, wait: config.wait, extra: config.extra, timeoutMs: config.timeoutMs, signal, watch, dispatcher: config.dispatcher, compression: config.compression }, current.target);
    if (outcome.kind === 'stopped') return 'stopped';
    if (outcome.kind === 'fault') {
      // An HTTP error page may come from a moved server: ask for a fresh one after the backoff.
      if (outcome.reason !== 'network' && outcome.reason !== 'timeout') session = undefined;
      await fault(outcome.reason, outcome.message, { status: outcome.status, cause: outcome.cause });
      return 'next';
    }

    const reply = readReply(outcome.json);
    switch (reply.kind) {
      case 'updates': {
        backoff.reset();
        answeredInSession = true;
        refusedFreshKeys = 0;
        const progress = consume(reply.updates);
        state.ts = reply.ts;
        if (progress.handedOff !== undefined) await progress.handedOff;
        // Read after the hand-off: a consumer knows what is left to wait for only then. Committed
        // even for an empty batch: the server may move ts past events we do not get.
        commit(progress.handled, reply.ts);
        break;
      }
      case 'failed':
        if (reply.code === 1) {
          backoff.reset();
          if (reply.ts === undefined) {
            await fault('bad-reply', 'failed: 1 came without a valid ts');
            break;
          }
          await gap('failed-1', ts, reply.ts);
          state.ts = reply.ts;
          commit(undefined, reply.ts);
        } else if (reply.code === 2 || reply.code === 3) {
          session = undefined;
          if (reply.code === 3) {
            lostFrom ??= ts;
            state.ts = undefined;
          }
          refusedFreshKeys = answeredInSession ? 0 : refusedFreshKeys + 1;
          if (refusedFreshKeys >= 2) await fault('bad-reply', `failed: ${reply.code} for a key just issued (${refusedFreshKeys} times in a row)`);
        } else {
          if (config.kind === 'bots') {
            session = undefined;
            await fault('bad-reply', 'failed: 4 is not a Bots Long Poll failure code');
            break;
          }
          throw new LongPollVersionError(config.version ?? 0, reply.minVersion, reply.maxVersion);
        }
        break;
      case 'unexpected':
        session = undefined;
        await fault('bad-reply', `the server answered ${reply.description}`);
        break;
    }
    return 'next';
  };

  const watch = new CheckWatch(signal);
  try {
    while (!signal.aborted) {
      if (session === undefined) {
        let raw: RawSession;
        try {
          raw = await config.fetchSession(signal);
        } catch (error) {
          if (signal.aborted) break;
          if (!isRetryableServerError(error)) throw new LongPollFatalError(config.kind, `getting a Long Poll server failed: ${describeError(error)}`, { cause: error });
          await fault('server', `getting a Long Poll server failed: ${describeError(error)}`, { cause: error });
          continue;
        }
        const ts = readTs(raw.ts);
        let server: URL | undefined;
        try {
          server = serverUrl(raw.server);
        } catch {
          server = undefined;
        }
        if (ts === undefined || server === undefined || typeof raw.key !== 'string' || raw.key === '') {
          await fault('server', 'the Long Poll server answer lacks a valid server, key or ts');
          continue;
        }
        session = { server, key: raw.key, target: prepareCheck({ server, key: raw.key, wait: config.wait, extra: config.extra, compression: config.compression }) };
        answeredInSession = false;
        if (state.ts === undefined) state.ts = ts;
        if (lostFrom !== undefined) {
          const from = lostFrom;
          lostFrom = undefined;
          await gap('failed-3', from, ts);
        }
      }
      const ts = state.ts;
      if (ts === undefined) throw new Error('unreachable: a session without a ts');

      if ((await checkAndApply(session, ts)) === 'stopped') break;
    }
  } finally {
    watch.close();
    // Stopped or failed: whatever was handed off still finishes and is committed.
    await commits;
  }
}

/**
 * Worth another try: the network, timeouts, 5xx/429 pages, and VK errors that pass (6: too many
 * requests, 9: flood control, 10: internal error). Anything else (a bad token, Long Poll
 * switched off, no access) will not heal by itself.
 */
function isRetryableServerError(error: unknown): boolean {
  if (error instanceof TransportError) return error.kind === 'network' || error.kind === 'timeout';
  if (error instanceof BadResponseError) return error.status >= 500 || error.status === 429;
  return isApiError(error, [6, 9, 10]);
}
