import { describe, expect, it } from 'vitest';
import {
  MessageLimitError,
  PayloadError,
  VktsError,
  answerTo,
  callbackButton,
  carousel,
  linkButton,
  openApp,
  openLink,
  payloadOf,
  replyTo,
  snackbar,
  subscribeButton,
  textButton,
  appButton,
  type CarouselElementInput,
  type MessageLimit,
} from '../src/index.js';

function expectLimit(run: () => unknown, limit: MessageLimit, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(MessageLimitError);
  if (caught instanceof MessageLimitError) {
    expect(caught.limit).toBe(limit);
    expect(caught.code).toBe('messages.limit');
    expect(caught.message).toMatch(message);
  }
}

const element = (title: string, buttons = 1): CarouselElementInput => ({
  title,
  photoId: '-1_2',
  buttons: Array.from({ length: buttons }, (_, i) => callbackButton(`b${i}`, { payload: { i } })),
});

describe('carousel limits, one by one', () => {
  it('1 to 10 elements', () => {
    expect(carousel(Array.from({ length: 10 }, (_, i) => element(`e${i}`))).elements).toHaveLength(10);
    expectLimit(() => carousel(Array.from({ length: 11 }, (_, i) => element(`e${i}`))), 'carousel-elements', /has 11 elements; VK wants 1 to 10/);
    expectLimit(() => carousel([]), 'carousel-elements', /has 0 elements/);
  });

  it('1 to 3 buttons an element', () => {
    expect(() => carousel([element('a', 3)])).not.toThrow();
    expectLimit(() => carousel([element('a', 4)]), 'carousel-buttons', /element 1: has 4 buttons; VK wants 1 to 3/);
    expectLimit(() => carousel([element('a', 0)]), 'carousel-buttons', /has 0 buttons/);
  });

  it('title and description of at most 80 characters', () => {
    expectLimit(() => carousel([element('x'.repeat(81))]), 'carousel-text-length', /element 1: title is 81 characters; VK allows at most 80/);
    expectLimit(() => carousel([{ ...element('a'), description: 'y'.repeat(81) }]), 'carousel-text-length', /description is 81 characters/);
  });

  it('a photo or a title in each element', () => {
    expectLimit(() => carousel([{ description: 'd', buttons: [textButton('x')] }]), 'carousel-element-content', /needs a photoId or a title/);
  });

  it('every element shaped like the first', () => {
    expectLimit(() => carousel([element('a', 2), element('b', 1)]), 'carousel-structure', /element 2: has title, photoId and 1 button\(s\), but the first has title, photoId and 2 button\(s\)/);
    expectLimit(() => carousel([element('a'), { ...element('b'), description: 'extra' }]), 'carousel-structure', /element 2/);
  });

  it('is VK\'s template object', () => {
    expect(carousel([{ title: 'T', description: 'D', photoId: '-1_2', buttons: [linkButton('Open', 'https://vk.com')], action: { type: 'open_link', link: 'https://vk.com' } }])).toEqual({
      type: 'carousel',
      elements: [{ title: 'T', description: 'D', photo_id: '-1_2', buttons: [{ action: { type: 'open_link', label: 'Open', link: 'https://vk.com' } }], action: { type: 'open_link', link: 'https://vk.com' } }],
    });
  });
});

describe('buttons with their own fields', () => {
  it('open_app and intents keep only what was given, and check their numbers', () => {
    expect(appButton('App', { appId: 1 })).toEqual({ action: { type: 'open_app', label: 'App', app_id: 1 } });
    expect(subscribeButton('Sub', { intent: 'non_promo_newsletter', subscribeId: 100 })).toEqual({ action: { type: 'intent_subscribe', label: 'Sub', intent: 'non_promo_newsletter', subscribe_id: 100 } });
    expectLimit(() => subscribeButton('Sub', { intent: 'promo_newsletter', subscribeId: 101 }), 'integer', /subscribeId must be an integer from 0 to 100, got 101/);
    expectLimit(() => appButton('App', { appId: 0 }), 'integer', /appId must be an integer/);
    expectLimit(() => linkButton('Site', ''), 'required-field', /the link is empty/);
    expectLimit(() => textButton(''), 'label-length', /the label is empty/);
  });
});

describe('payloadOf', () => {
  it('reads message_new (JSON text) and message_event (parsed JSON) alike', () => {
    expect(payloadOf({ type: 'message_new', object: { message: { payload: '{"a":1}' } } })).toEqual({ a: 1 });
    expect(payloadOf({ type: 'message_event', object: { payload: { a: 1 } } })).toEqual({ a: 1 });
    expect(payloadOf({ payload: '"plain"' })).toBe('plain');
  });

  it('is undefined for a typed message', () => {
    expect(payloadOf({ type: 'message_new', object: { message: { text: 'hi' } } })).toBeUndefined();
    expect(payloadOf({ payload: '' })).toBeUndefined();
  });

  it('refuses a payload that is not JSON, or that the guard refuses, without echoing it', () => {
    expect(() => payloadOf({ payload: '{secret' })).toThrow(PayloadError);
    expect(() => payloadOf({ payload: '{secret' })).toThrow(VktsError);
    expect(() => payloadOf({ payload: '{secret' })).toThrow(expect.objectContaining({ code: 'messages.payload' }));
    expect(() => payloadOf({ payload: '{secret' })).toThrow(/not JSON \(7 characters\)/);
    const isNumber = (value: unknown): value is number => typeof value === 'number';
    expect(payloadOf({ payload: '5' }, isNumber)).toBe(5);
    expect(() => payloadOf({ payload: '"five"' }, isNumber)).toThrow(/the guard refused it/);
  });
});

describe('replies and answers', () => {
  const message = { peer_id: 2000000001, conversation_message_id: 42, text: 'hi' };

  it('replyTo: the conversation, and a quote on request', () => {
    expect(replyTo({ object: { message } })).toEqual({ peer_id: 2000000001 });
    expect(replyTo(message, { quote: true })).toEqual({ peer_id: 2000000001, forward: { peer_id: 2000000001, conversation_message_ids: [42], is_reply: true } });
    expect(() => replyTo({ peer_id: 1 }, { quote: true })).toThrow(/needs the message's conversation_message_id/);
  });

  it('answerTo: the three ids of the press', () => {
    expect(answerTo({ object: { event_id: 'e', user_id: 1, peer_id: 2 } })).toEqual({ event_id: 'e', user_id: 1, peer_id: 2 });
  });

  it('event_data helpers, with VK\'s limits', () => {
    expect(snackbar('Done')).toEqual({ type: 'show_snackbar', text: 'Done' });
    expectLimit(() => snackbar('x'.repeat(91)), 'snackbar-length', /the text is 91 characters; VK wants 1 to 90/);
    expect(openLink('https://vk.com')).toEqual({ type: 'open_link', link: 'https://vk.com' });
    expect(openApp({ appId: 5, ownerId: -1, hash: 'h' })).toEqual({ type: 'open_app', app_id: 5, owner_id: -1, hash: 'h' });
  });
});
