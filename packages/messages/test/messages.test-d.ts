import type { Api } from '@vkts/api';
import type { EventRouter } from '@vkts/events';
import { createLongPollBot, type UserLongPollEventMap } from '@vkts/longpoll';
import type { MessagesEventData, MessagesKeyboard, MessagesTemplate } from '@vkts/types';
import { describe, expectTypeOf, test } from 'vitest';
import { answerTo, callbackButton, keyboard, openApp, openLink, payloadOf, replyTo, snackbar, template, type Keyboard } from '../src/index.js';

interface MyPayload {
  command: 'buy' | 'sell';
  id: number;
}

declare const api: Api;
declare const router: EventRouter;

describe('keyboards in messages.send', () => {
  test('a built keyboard is the schema keyboard, accepted as it is', () => {
    const board = keyboard<MyPayload>().text('Buy', { payload: { command: 'buy', id: 1 } });
    expectTypeOf(board).toExtend<MessagesKeyboard>();
    expectTypeOf(keyboard.remove()).toExtend<MessagesKeyboard>();
    void api.messages.send({ peer_id: 1, message: 'x', keyboard: board });
    void api.messages.send({ peer_id: 1, message: 'x', keyboard: keyboard.inline().callback('Go') });
    void api.messages.edit({ peer_id: 1, message: 'x', keyboard: keyboard.remove() });
  });

  test('payloads must be the keyboard\'s payload type', () => {
    keyboard<MyPayload>().callback('Sell', { payload: { command: 'sell', id: 2 } });
    // @ts-expect-error 'hold' is not a command of MyPayload
    keyboard<MyPayload>().callback('Hold', { payload: { command: 'hold', id: 2 } });
    // @ts-expect-error id is missing
    keyboard<MyPayload>().text('Buy', { payload: { command: 'buy' } });
  });

  test('one_time only on standard keyboards; colours only where VK has them', () => {
    expectTypeOf(keyboard().oneTime()).toEqualTypeOf<Keyboard<unknown, 'standard'>>();
    // @ts-expect-error inline keyboards have no one_time
    keyboard.inline().oneTime();
    // @ts-expect-error open_link buttons have no colour
    keyboard().link('Site', 'https://vk.com', { color: 'primary' });
    // @ts-expect-error 'default' is not a VK colour
    keyboard().text('x', { color: 'default' });
  });

  test('a carousel is the template param', () => {
    const carousel = template.carousel([{ title: 'a', buttons: [callbackButton('Pick')] }]);
    expectTypeOf(carousel).toExtend<MessagesTemplate>();
    void api.messages.send({ peer_id: 1, message: 'pick', template: carousel });
  });
});

describe('payloads read back', () => {
  test('as the declared type in message_new and message_event handlers', () => {
    router.on('message_new', (event) => {
      expectTypeOf(payloadOf<MyPayload>(event)).toEqualTypeOf<MyPayload | undefined>();
    });
    router.on('message_event', (event) => {
      expectTypeOf(payloadOf<MyPayload>(event)).toEqualTypeOf<MyPayload | undefined>();
      const isMine = (value: unknown): value is MyPayload => typeof value === 'object' && value !== null && 'command' in value;
      expectTypeOf(payloadOf(event, isMine)).toEqualTypeOf<MyPayload | undefined>();
    });
  });

  test("the same in createLongPollBot's chained handlers, with the replies", () => {
    createLongPollBot({ api })
      .on('message_new', (event) => {
        expectTypeOf(payloadOf<MyPayload>(event)?.command).toEqualTypeOf<'buy' | 'sell' | undefined>();
        return api.messages.send({ ...replyTo(event), message: 'x', keyboard: keyboard.inline<MyPayload>().callback('Buy', { payload: { command: 'buy', id: 1 } }) });
      })
      .on('message_event', (event) => {
        expectTypeOf(payloadOf<MyPayload>(event)).toEqualTypeOf<MyPayload | undefined>();
        return api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: snackbar('Done') });
      })
      // @ts-expect-error answerTo needs a message_event
      .on('message_new', (event) => api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: snackbar('Done') }));
  });
});

describe('one-line replies', () => {
  test('replyTo and answerTo spread into the calls, end to end', () => {
    router.on('message_new', async (event) => {
      expectTypeOf(await api.messages.send({ ...replyTo(event), message: 'hi' })).toBeNumber();
      void api.messages.send({ ...replyTo(event, { quote: true }), message: 'quoted' });
      // @ts-expect-error a message_new is not a button press
      answerTo(event);
    });
    router.on('message_event', (event) => {
      void api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: snackbar('Done') });
      void api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: openLink('https://vk.com') });
      void api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: openApp({ appId: 1, hash: 'x' }) });
      // @ts-expect-error a snackbar needs its text
      void api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: { type: 'show_snackbar' } });
    });
  });

  test('event_data helpers are the schema\'s actions', () => {
    expectTypeOf(snackbar('x')).toExtend<MessagesEventData>();
    expectTypeOf(openLink('x')).toExtend<MessagesEventData>();
    expectTypeOf(openApp({ appId: 1 })).toExtend<MessagesEventData>();
  });

  test('User Long Poll messages: decoded text, and the text as sent', () => {
    expectTypeOf<UserLongPollEventMap['message_new']['text']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UserLongPollEventMap['message_new']['text_html']>().toEqualTypeOf<string | undefined>();
  });
});
