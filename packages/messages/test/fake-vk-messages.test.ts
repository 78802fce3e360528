// Round trips through the fake VK's messages.send, and the fake refusing what VK refuses.
import { ApiError, createApi } from '@vkts/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentOf, callbackButton, formatAttachments, keyboard, linkButton, snackbar, template, textButton } from '../src/index.js';
import { GROUP_ID, TOKEN, USER_ID, createWorld, rawCall, type World } from './support.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('every action type, through messages.send and back', () => {
  it('standard keyboard: text, open_link, location, vkpay, open_app, callback, intent_subscribe, intent_unsubscribe', async () => {
    const board = keyboard<{ n: number }>()
      .text('Text', { payload: { n: 1 }, color: 'primary' })
      .callback('Callback', { payload: { n: 2 }, color: 'negative' })
      .link('Link', 'https://vk.com', { payload: { n: 3 } })
      .row()
      .location({ payload: { n: 4 } })
      .row()
      .vkPay('action=transfer-to-group&group_id=1&aid=10', { payload: { n: 5 } })
      .row()
      .app('App', { appId: 6979558, ownerId: -GROUP_ID, hash: 'start', payload: { n: 6 } })
      .row()
      .subscribe('Subscribe', { intent: 'promo_newsletter', subscribeId: 1 })
      .unsubscribe('Unsubscribe', { intent: 'confirmed_notification' })
      .oneTime();
    await world.api.messages.send({ peer_id: USER_ID, message: 'all buttons', keyboard: board });
    const [sent] = world.fake.sentMessages;
    expect(sent?.keyboard).toEqual(JSON.parse(JSON.stringify(board)));
    expect(sent?.keyboard?.buttons.flat().map((button) => button.action.type)).toEqual([
      'text',
      'callback',
      'open_link',
      'location',
      'vkpay',
      'open_app',
      'intent_subscribe',
      'intent_unsubscribe',
    ]);
    expect(sent?.keyboard?.one_time).toBe(true);
    expect(world.fake.calls[0]?.params['keyboard']).toBe(board.toString());
  });

  it('a client that validates params accepts built keyboards, templates and event_data', async () => {
    const api = createApi({ token: TOKEN, tokenType: 'group', baseUrl: world.fake.url, rateLimit: false, validate: 'both' });
    try {
      await api.messages.send({ peer_id: USER_ID, message: 'x', keyboard: keyboard.inline().callback('Go', { payload: { a: 1 } }).text('Hi', { color: 'secondary' }) });
      await api.messages.send({ peer_id: USER_ID, message: 'x', template: template.carousel([{ title: 't', buttons: [textButton('b')] }]) });
      await api.messages.sendMessageEventAnswer({ event_id: 'e', user_id: USER_ID, peer_id: USER_ID, event_data: snackbar('ok') });
    } finally {
      await api.close();
    }
    expect(world.fake.sentMessages).toHaveLength(2);
    expect(world.fake.eventAnswers).toHaveLength(1);
  });

  it('inline keyboard and keyboard.remove()', async () => {
    await world.api.messages.send({ peer_id: USER_ID, message: 'inline', keyboard: keyboard.inline().callback('Go', { payload: 'go', color: 'positive' }) });
    await world.api.messages.send({ peer_id: USER_ID, message: 'bye', keyboard: keyboard.remove() });
    expect(world.fake.sentMessages.map((m) => m.keyboard)).toEqual([
      { buttons: [[{ action: { type: 'callback', label: 'Go', payload: '"go"' }, color: 'positive' }]], inline: true },
      { buttons: [] },
    ]);
  });

  it('a carousel template and attachments', async () => {
    const carousel = template.carousel([
      { title: 'One', description: 'first', photoId: '-3_1', buttons: [callbackButton('Pick', { payload: { id: 1 } })], action: { type: 'open_photo' } },
      { title: 'Two', description: 'second', photoId: '-3_2', buttons: [callbackButton('Pick', { payload: { id: 2 } })], action: { type: 'open_photo' } },
    ]);
    const attachment = formatAttachments([attachmentOf({ type: 'photo', photo: { id: 1, owner_id: -3, access_key: 'k' } }), 'doc100_5']);
    await world.api.messages.send({ peer_id: USER_ID, message: 'pick one', template: carousel, attachment });
    const [sent] = world.fake.sentMessages;
    expect(sent?.template).toEqual(carousel);
    expect(sent?.attachments).toEqual(['photo-3_1_k', 'doc100_5']);
  });
});

describe('the fake refuses what VK refuses', () => {
  const send = (params: Record<string, string>) => rawCall(world.fake, 'messages.send', { peer_id: String(USER_ID), random_id: '1', message: 'x', ...params });

  it.each([
    ['not JSON', '{buttons'],
    ['no buttons', '{}'],
    ['an unknown action', '{"buttons":[[{"action":{"type":"teleport","label":"x"}}]]}'],
    ['a text button without label', '{"buttons":[[{"action":{"type":"text"}}]]}'],
    ['a colour on a link', '{"buttons":[[{"action":{"type":"open_link","label":"x","link":"https://vk.com"},"color":"primary"}]]}'],
    ['the legacy colour default', '{"buttons":[[{"action":{"type":"text","label":"x"},"color":"default"}]]}'],
    ['a payload that is not JSON', '{"buttons":[[{"action":{"type":"text","label":"x","payload":"{oops"}}]]}'],
    ['one_time on inline', '{"inline":true,"one_time":true,"buttons":[[{"action":{"type":"callback","label":"x"}}]]}'],
    ['an empty row', '{"buttons":[[]]}'],
    ['7 inline rows', JSON.stringify({ inline: true, buttons: Array.from({ length: 7 }, () => [textButton('x')]) })],
    ['6 buttons in a row', JSON.stringify({ buttons: [Array.from({ length: 6 }, () => textButton('x'))] })],
  ])('keyboard with %s: error 911', async (_, keyboardText) => {
    const answer = await send({ keyboard: keyboardText });
    expect(answer).toMatchObject({ error: { error_code: 911, error_msg: expect.stringMatching(/^Keyboard format is invalid/) } });
    expect(world.fake.sentMessages).toHaveLength(0);
  });

  it('the client gets 911 as an ApiError', async () => {
    const error = await rejection(world.api.messages.send({ peer_id: USER_ID, message: 'x', keyboard: '{"buttons":[[{"action":{"type":"text"}}]]}' }));
    expect(error.code).toBe(911);
  });

  it.each([
    ['template', { template: '{"type":"list"}' }, /template is invalid: type must be carousel/],
    ['template without text', { message: '', template: JSON.stringify(template.carousel([{ title: 'a', buttons: [linkButton('x', 'https://vk.com')] }])) }, /message is undefined/],
    ['payload', { payload: 'not json' }, /payload is invalid: payload is not valid JSON/],
    ['attachment', { attachment: 'photo1_2,nonsense' }, /attachment is invalid: "nonsense" is not <type><owner_id>_<id>/],
    ['random_id beyond int64', { random_id: '9223372036854775808' }, /random_id is invalid: out of the signed 64-bit range/],
    ['random_id not a number', { random_id: '12abc' }, /random_id not integer/],
  ])('%s: error 100 naming it in VK\'s words', async (_, params, message) => {
    const answer = await send(params);
    expect(answer).toMatchObject({ error: { error_code: 100, error_msg: expect.stringMatching(message) } });
    expect(JSON.stringify(answer)).toMatch(/One of the parameters specified was missing or invalid/);
  });

  it('event_data of sendMessageEventAnswer', async () => {
    const answer = await rawCall(world.fake, 'messages.sendMessageEventAnswer', { event_id: 'e', user_id: '1', peer_id: '1', event_data: '{"type":"show_snackbar","text":""}' });
    expect(answer).toMatchObject({ error: { error_code: 100, error_msg: expect.stringMatching(/event_data is invalid: show_snackbar needs a text of 1 to 90 characters/) } });
  });
});

describe('random_id: VK\'s whole signed 64-bit range', () => {
  it('accepts 17-digit ids as vk-io sends them, and dedupes on the exact id', async () => {
    const first = await rawCall(world.fake, 'messages.send', { peer_id: String(USER_ID), random_id: '17000000000000001', message: 'one' });
    const again = await rawCall(world.fake, 'messages.send', { peer_id: String(USER_ID), random_id: '17000000000000001', message: 'one' });
    // 17000000000000002 rounds to the same double as ...001: only the exact text tells them apart.
    const next = await rawCall(world.fake, 'messages.send', { peer_id: String(USER_ID), random_id: '17000000000000002', message: 'two' });
    const extremes = await rawCall(world.fake, 'messages.send', { peer_id: String(USER_ID), random_id: '-9223372036854775808', message: 'min' });
    expect([first, again, next, extremes]).toEqual([{ response: 1 }, { response: 1 }, { response: 2 }, { response: 3 }]);
    expect(world.fake.sentMessages.map((m) => m.randomId)).toEqual([17000000000000001n, 17000000000000002n, -9223372036854775808n]);
  });
});
