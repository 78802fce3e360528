// Bots Long Poll: community events through groups.getLongPollServer, validated with
// @vkts/events and dispatched through its router (or iterated with for await).
import {
  createEventContext,
  createLazyEventParser,
  dispatcherOf,
  type AnyEvent,
  type LazyEventParser,
  type EventRouter,
  type EventContextOptions,
  type EventValidationError,
  type ValidationMode,
} from '@vkts/events';
import { checkPositiveInteger } from '@vkts/internals';
import { resolveCommon, type CommonLongPollOptions } from './options.js';
import type { RawSession } from './poll-loop.js';
import { LongPollRunner, type LongPollControls } from './runner.js';
import { setUpBotsLongPoll, type BotsLongPollSetupOptions, type BotsLongPollSetupResult } from './setup.js';

export interface BotsLongPollOptions extends CommonLongPollOptions {
  /** The community; may be left out with a community token (found with groups.getById). */
  readonly groupId?: number;
  /** Receives every event (`start()`); without it, iterate with `for await`. */
  readonly router?: EventRouter;
  /**
   * How events are checked against their schema (see @vkts/events): `strict` reports a failing
   * event to `onError` instead of delivering it; `lenient` delivers it and reports the issues;
   * `off` checks nothing. @default 'lenient'
   */
  readonly validate?: ValidationMode;
  /** `lenient` only: where validation issues go. @default onError */
  readonly onIssue?: (error: EventValidationError) => void;
}

/** `start()` dispatches every event to the router; without a router, iterate with `for await`. */
export interface BotsLongPoll extends LongPollControls<AnyEvent> {
  /** Switches Long Poll on for the community with the wanted events (the router's by default) and every other off. */
  setup(options?: BotsLongPollSetupOptions): Promise<BotsLongPollSetupResult>;
  /** The community, once known. */
  readonly groupId: number | undefined;
}

const CALLER = 'createBotsLongPoll';

export function createBotsLongPoll(options: BotsLongPollOptions): BotsLongPoll {
  const common = resolveCommon(options, CALLER);
  const { api, router } = options;
  if (options.groupId !== undefined) checkPositiveInteger(CALLER, 'groupId', options.groupId);
  if (router !== undefined && (typeof router !== 'object' || typeof router.dispatch !== 'function')) {
    throw new TypeError(`${CALLER}: \`router\` must come from createRouter() (@vkts/events)`);
  }
  // Synchronous handlers are then done with in the loop's own tick, with no promise per event.
  const dispatch = router === undefined ? undefined : dispatcherOf(router);
  const mode = options.validate ?? 'lenient';
  const onIssue = options.onIssue ?? ((error: EventValidationError) => common.report(error));

  let groupId = options.groupId;
  // The context options of every event, made again only when groupId is found (not per event).
  let contextOptions: EventContextOptions = contextOptionsFor(groupId);
  let parser: LazyEventParser | undefined;

  const resolveGroupId = async (signal: AbortSignal): Promise<number> => {
    if (groupId !== undefined) return groupId;
    // A community token means "my community"; other tokens make VK answer error 100 here.
    const found = (await api.groups.getById({}, { signal })).groups?.[0]?.id;
    if (found === undefined) throw new TypeError(`${CALLER}: groups.getById returned no community; pass \`groupId\``);
    groupId = found;
    contextOptions = contextOptionsFor(found);
    return found;
  };

  const fetchSession = async (signal: AbortSignal): Promise<RawSession> => {
    // Loaded here, not at creation: validators load asynchronously, and a failure surfaces through start().
    // Lazy: only the generated guards load; zod (~32 MB of heap) waits for the first rejected event.
    parser ??= await createLazyEventParser(mode === 'lenient' ? { mode, onIssue } : { mode });
    const group_id = await resolveGroupId(signal);
    return api.groups.getLongPollServer({ group_id }, { signal });
  };

  const decode = (update: unknown): AnyEvent | undefined | Promise<AnyEvent | undefined> => {
    if (parser === undefined) throw new Error('unreachable: a batch before the first server');
    try {
      // A promise only while zod loads to word a first rejection; the consumers report it if it rejects.
      return parser(update);
    } catch (error) {
      // Not an event (InvalidEnvelopeError) or rejected by strict validation: reported, not delivered.
      common.report(error);
      return undefined;
    }
  };

  const runner = new LongPollRunner<AnyEvent>({
    caller: CALLER,
    loop: {
      kind: 'bots',
      wait: common.wait,
      timeoutMs: common.timeoutMs,
      backoff: common.backoff,
      extra: {},
      fetchSession,
      onGap: options.onGap,
      onTs: options.onTs,
      report: common.report,
      compression: common.compression,
    },
    startTs: common.startTs,
    decode,
    handle:
      dispatch === undefined
        ? undefined
        : (event) => dispatch(event, createEventContext(event, contextOptions)),
    concurrency: common.concurrency,
    signal: options.signal,
    dispatcher: options.dispatcher,
  });

  return {
    start: () => runner.start(),
    stop: () => runner.stop(),
    setup: async (setupOptions) => setUpBotsLongPoll(api, await resolveGroupId(new AbortController().signal), router, setupOptions),
    get ts() {
      return runner.ts;
    },
    get committedTs() {
      return runner.committedTs;
    },
    get groupId() {
      return groupId;
    },
    get running() {
      return runner.running;
    },
    [Symbol.asyncIterator]: () => runner[Symbol.asyncIterator](),
  };
}

function contextOptionsFor(groupId: number | undefined): EventContextOptions {
  return groupId === undefined ? { transport: 'longpoll' } : { transport: 'longpoll', groupId };
}
