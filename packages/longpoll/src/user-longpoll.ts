// User Long Poll: a user's (or a community's) message events through messages.getLongPollServer,
// with the same loop and failure rules as Bots Long Poll, decoded by code into typed events.
import { checkPositiveInteger } from '@vkts/internals';
import { userLongPollVersion } from '@vkts/types';
import { resolveCommon, type CommonLongPollOptions } from './options.js';
import { LongPollRunner, type LongPollControls } from './runner.js';
import { decodeUserLongPollUpdate, type UserLongPollEvent } from './user/decode-update.js';

/** `mode` bits of the check (sum them). */
export const userLongPollModes = {
  /** Attachments of messages (position 7). */
  attachments: 2,
  /** The extended set of events (e.g. 114 as an object, which the decoder expects). */
  extendedEvents: 8,
  /** `pts` in every answer (for messages.getLongPollHistory). */
  pts: 32,
  /** Code 8 carries the platform in $extra. */
  friendOnlineExtra: 64,
  /** `random_id` of messages (position 8). */
  randomId: 128,
} as const;

/** attachments + extended events + friend-online extra + random_id: everything the decoder reads. */
export const DEFAULT_USER_LONG_POLL_MODE = 2 | 8 | 64 | 128;

export interface UserLongPollOptions extends CommonLongPollOptions {
  /** Sum of `userLongPollModes`. @default 202 (2 | 8 | 64 | 128) */
  readonly mode?: number;
  /** The Long Poll version, sent as `lp_version` and `version`: the decoder implements 3. @default 3 */
  readonly version?: 3;
  /** With a user token: poll a community's messages the user manages. */
  readonly groupId?: number;
  /** Receives every event, known or raw (`start()`); without it, iterate with `for await`. */
  readonly handler?: (event: UserLongPollEvent) => unknown;
}

/** `start()` calls `handler` with every event; without a handler, iterate with `for await`. */
export type UserLongPoll = LongPollControls<UserLongPollEvent>;

const CALLER = 'createUserLongPoll';

export function createUserLongPoll(options: UserLongPollOptions): UserLongPoll {
  const common = resolveCommon(options, CALLER);
  const { api, handler } = options;
  const mode = options.mode ?? DEFAULT_USER_LONG_POLL_MODE;
  if (!Number.isInteger(mode) || mode < 0) throw new RangeError(`${CALLER}: \`mode\` must be a non-negative integer (a sum of userLongPollModes), got ${String(mode)}`);
  const version = options.version ?? userLongPollVersion;
  if (version !== userLongPollVersion) throw new RangeError(`${CALLER}: \`version\` must be ${userLongPollVersion}, the layout the decoder implements`);
  const groupId = options.groupId;
  if (groupId !== undefined) checkPositiveInteger(CALLER, 'groupId', groupId);
  if (handler !== undefined && typeof handler !== 'function') throw new TypeError(`${CALLER}: \`handler\` must be a function`);

  const runner = new LongPollRunner<UserLongPollEvent>({
    caller: CALLER,
    loop: {
      kind: 'user',
      wait: common.wait,
      timeoutMs: common.timeoutMs,
      backoff: common.backoff,
      extra: { mode: String(mode), version: String(version) },
      version,
      fetchSession: (signal) => api.messages.getLongPollServer({ lp_version: version, ...(groupId === undefined ? {} : { group_id: groupId }) }, { signal }),
      onGap: options.onGap,
      onTs: options.onTs,
      report: common.report,
      compression: common.compression,
    },
    startTs: common.startTs,
    // Never undefined: unknown and malformed updates are delivered as `raw` events.
    decode: decodeUserLongPollUpdate,
    handle: handler,
    concurrency: common.concurrency,
    signal: options.signal,
    dispatcher: options.dispatcher,
  });

  // Closures, not the runner itself: `const { start, stop } = longPoll` keeps working.
  return {
    start: () => runner.start(),
    stop: () => runner.stop(),
    get ts() {
      return runner.ts;
    },
    get committedTs() {
      return runner.committedTs;
    },
    get running() {
      return runner.running;
    },
    [Symbol.asyncIterator]: () => runner[Symbol.asyncIterator](),
  };
}
