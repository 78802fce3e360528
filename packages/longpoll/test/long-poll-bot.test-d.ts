// Type tests of createLongPollBot: each chained handler gets its event's type, and the chain keeps
// the bot's type (its Long Poll controls included).
import type { Api } from '@vkts/api';
import type { AnyEvent, EventContext, EventRouter } from '@vkts/events';
import type { CallbackEventMap, UnknownEvent } from '@vkts/types';
import { describe, expectTypeOf, it } from 'vitest';
import { createLongPollBot, type BotsLongPoll, type LongPollBot } from '../src/index.js';

declare const api: Api;

describe('createLongPollBot', () => {
  it('types each handler by its event, and chains', () => {
    const bot = createLongPollBot({ api })
      .on('message_new', (event, context) => {
        expectTypeOf(event).toEqualTypeOf<CallbackEventMap['message_new']>();
        expectTypeOf(event.object.message.peer_id).toEqualTypeOf<number>();
        expectTypeOf(context).toEqualTypeOf<EventContext>();
      })
      .on(['group_join', 'group_leave'], (event) => {
        expectTypeOf(event).toEqualTypeOf<CallbackEventMap['group_join'] | CallbackEventMap['group_leave']>();
      })
      .onAny((event) => expectTypeOf(event).toEqualTypeOf<AnyEvent>())
      .onUnknown((event) => expectTypeOf(event).toEqualTypeOf<UnknownEvent>())
      .onError((error, event) => {
        expectTypeOf(error).toEqualTypeOf<unknown>();
        expectTypeOf(event).toEqualTypeOf<AnyEvent>();
      });
    expectTypeOf(bot).toEqualTypeOf<LongPollBot>();
    expectTypeOf(bot).toExtend<BotsLongPoll>();
    expectTypeOf(bot.router).toEqualTypeOf<EventRouter>();
    expectTypeOf(bot.start).returns.toEqualTypeOf<Promise<void>>();
  });

  it('refuses unknown event types and handlers of another event', () => {
    const bot = createLongPollBot({ api });
    // @ts-expect-error not an event type
    bot.on('mesage_new', () => undefined);
    // @ts-expect-error a message_event has no `message`
    bot.on('message_event', (event) => event.object.message);
    // @ts-expect-error the router option must be a router
    createLongPollBot({ api, router: {} });
  });
});
