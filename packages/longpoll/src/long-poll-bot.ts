// createLongPollBot: Bots Long Poll with a router of its own and chainable handlers, for the common
// bot that only handles events (`createLongPollBot({ api }).on(...).on(...)`), as
// `createCallback()` owns `callback.router`. A thin layer over createBotsLongPoll: the loop is the same.
import { createRouter, type AnyEvent, type ErrorHandler, type EventHandler, type EventRouter } from '@vkts/events';
import type { CallbackEventMap, UnknownEvent } from '@vkts/types';
import { createBotsLongPoll, type BotsLongPoll, type BotsLongPollOptions } from './bots-longpoll.js';

export interface LongPollBotOptions extends Omit<BotsLongPollOptions, 'router'> {
  /** Handlers registered elsewhere. @default a new router (`bot.router`) */
  readonly router?: EventRouter;
}

/**
 * A Bots Long Poll that owns its router: `start()` dispatches every event to it, `setup()`
 * switches on the events it has handlers for. Registration methods return the bot, so handlers
 * chain; `bot.router` gives the router's own methods (with their `Unsubscribe`).
 */
export interface LongPollBot extends BotsLongPoll {
  readonly router: EventRouter;
  /** `router.on`: the handler gets that type's event (the union of them for an array). */
  on<T extends keyof CallbackEventMap>(type: T | readonly T[], handler: NoInfer<EventHandler<CallbackEventMap[T]>>): LongPollBot;
  /** `router.onAny`: every event, known or not. */
  onAny(handler: EventHandler<AnyEvent>): LongPollBot;
  /** `router.onUnknown`: events whose `type` vkts does not know. */
  onUnknown(handler: EventHandler<UnknownEvent>): LongPollBot;
  /** `router.onError`: errors thrown by handlers (without one they go to the `onError` option). */
  onError(handler: ErrorHandler): LongPollBot;
}

/**
 * Bots Long Poll with a router of its own (or the `router` option) and chainable handlers:
 *
 * ```ts
 * const bot = createLongPollBot({ api })
 *   .on('message_new', (event) => api.messages.send({ peer_id: event.object.message.peer_id, message: 'hi' }))
 *   .on('group_join', (event) => console.log(event.object.user_id, 'joined'));
 * await bot.setup(); // switches on message_new and group_join
 * await bot.start();
 * ```
 */
export function createLongPollBot(options: LongPollBotOptions): LongPollBot {
  if (typeof options !== 'object' || options === null) throw new TypeError('createLongPollBot: `options` must be an object with at least `api`');
  const router = options.router ?? createRouter();
  // Checks the options (and the router) exactly as createBotsLongPoll does.
  const longPoll = createBotsLongPoll({ ...options, router });
  const bot: LongPollBot = {
    router,
    on(type, handler) {
      router.on(type, handler);
      return bot;
    },
    onAny(handler) {
      router.onAny(handler);
      return bot;
    },
    onUnknown(handler) {
      router.onUnknown(handler);
      return bot;
    },
    onError(handler) {
      router.onError(handler);
      return bot;
    },
    start: () => longPoll.start(),
    stop: () => longPoll.stop(),
    setup: (setupOptions) => longPoll.setup(setupOptions),
    get ts() {
      return longPoll.ts;
    },
    get committedTs() {
      return longPoll.committedTs;
    },
    get groupId() {
      return longPoll.groupId;
    },
    get running() {
      return longPoll.running;
    },
    [Symbol.asyncIterator]: () => longPoll[Symbol.asyncIterator](),
  };
  return bot;
}
