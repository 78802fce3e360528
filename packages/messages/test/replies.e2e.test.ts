// The one-line replies end to end: a bot on Bots Long Poll and one on the Callback API, each
// answering message_new with an inline keyboard and a callback button press with a snackbar,
// against the fake VK.
import { createServer } from 'node:http';
import type { Api } from '@vkts/api';
import { createCallback } from '@vkts/callback';
import { createRouter, type EventRouter } from '@vkts/events';
import { createBotsLongPoll } from '@vkts/longpoll';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerTo, keyboard, payloadOf, replyTo, snackbar } from '../src/index.js';
import { GROUP_ID, USER_ID, createWorld, messageEvent, messageNew, until, type World } from './support.js';

interface Press {
  command: 'press';
  count: number;
}

/** The bot under test: the same handlers for both transports. */
function handlers(api: Api, router: EventRouter, pressed: (Press | undefined)[]): void {
  router.on('message_new', (event) =>
    api.messages.send({ ...replyTo(event, { quote: true }), message: 'Press it', keyboard: keyboard.inline<Press>().callback('Press', { payload: { command: 'press', count: 1 } }) }),
  );
  router.on('message_event', (event) => {
    pressed.push(payloadOf<Press>(event));
    return api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: snackbar('Done') });
  });
}

function expectBotAnswered(world: World, pressed: (Press | undefined)[]): void {
  const [reply] = world.fake.sentMessages;
  expect(reply).toMatchObject({ peerId: USER_ID, text: 'Press it' });
  expect(reply?.params.forward).toEqual({ peer_id: USER_ID, conversation_message_ids: [5], is_reply: true });
  expect(reply?.keyboard).toEqual({ inline: true, buttons: [[{ action: { type: 'callback', label: 'Press', payload: '{"command":"press","count":1}' } }]] });
  expect(pressed).toEqual([{ command: 'press', count: 1 }]);
  expect(world.fake.eventAnswers).toMatchObject([{ eventId: 'a1b2c3d4e5f6', userId: USER_ID, peerId: USER_ID, eventData: { type: 'show_snackbar', text: 'Done' } }]);
  expect(world.fake.calls.find((call) => call.method === 'messages.sendMessageEventAnswer')?.params['event_data']).toBe('{"type":"show_snackbar","text":"Done"}');
}

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

describe('replyTo / answerTo end to end', () => {
  it('on Bots Long Poll', async () => {
    const router = createRouter();
    const pressed: (Press | undefined)[] = [];
    handlers(world.api, router, pressed);
    const errors: unknown[] = [];
    const longPoll = createBotsLongPoll({ api: world.api, router, groupId: GROUP_ID, wait: 1, validate: 'strict', onError: (error) => void errors.push(error) });
    await longPoll.setup();
    const lp = world.fake.longPoll.group(GROUP_ID);
    const running = longPoll.start();
    await until(() => lp.inFlight === 1, 'the first poll');
    lp.push(messageNew('hello'), messageEvent({ command: 'press', count: 1 }));
    await until(() => world.fake.eventAnswers.length === 1 && world.fake.sentMessages.length === 1, 'the bot to answer');
    await longPoll.stop();
    await running;
    expect(errors).toEqual([]);
    expectBotAnswered(world, pressed);
  });

  it('on the Callback API', async () => {
    const errors: unknown[] = [];
    const callback = createCallback({ validate: 'strict', onError: (error) => void errors.push(error) });
    const pressed: (Press | undefined)[] = [];
    handlers(world.api, callback.router, pressed);
    const server = createServer(callback.node());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP port');
    try {
      await callback.setup(world.api, { groupId: GROUP_ID, url: `http://127.0.0.1:${address.port}/vk`, title: 'messages test', pollIntervalMs: 10 });
      const [first] = await world.fake.emit(GROUP_ID, messageNew('hello'));
      const [second] = await world.fake.emit(GROUP_ID, messageEvent({ command: 'press', count: 1 }));
      expect([first?.delivered, second?.delivered]).toEqual([true, true]);
      await callback.drain();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(errors).toEqual([]);
    expectBotAnswered(world, pressed);
  });
});
