/**
 * Decoding every User Long Poll code the registry knows (schema/user-longpoll.json), with
 * updates shaped as VK sends them (version 3, mode 202), plus the raw fallbacks.
 */
import { userLongPollEventCodes, userLongPollMessageFlags } from '@vkts/types';
import { describe, expect, it } from 'vitest';
import { decodeUserLongPollUpdate } from '../src/index.js';

const messageUpdate = (code: number): unknown[] => [
  code,
  123,
  1 + 2 + 16 + 65536 + 131072 + 2 ** 25, // unread, outbox, chat, hidden, deleted_for_all, and an unknown bit
  2000000005,
  1700000000,
  'hello<br>world',
  { title: ' ... ', from: '456', emoji: '1', source_act: 'chat_invite_user', source_mid: '789', payload: '{"button":"1"}', marked_users: [[1, [456]]] },
  { attach1_type: 'photo', attach1: '456_789', attach2_type: 'doc', attach2: '456_1', fwd: '0_0', attach1_product_id: '0' },
  77,
  9,
  0,
];

/** One update per known code, and the decoded event it must give (without `raw`). */
const cases: Record<number, { update: unknown[]; expected: Record<string, unknown> }> = {
  6: { update: [6, 2000000005, 42], expected: { name: 'read_incoming', peer_id: 2000000005, local_id: 42 } },
  7: { update: [7, 100, 43], expected: { name: 'read_outgoing', peer_id: 100, local_id: 43 } },
  8: { update: [8, -100, 4 + 256, 1700000000, 6287487], expected: { name: 'friend_online', user_id: 100, platform: { raw: 260, name: 'android' }, timestamp: 1700000000, app_id: 6287487 } },
  9: { update: [9, -100, 1, 1700000000], expected: { name: 'friend_offline', user_id: 100, timeout: true, timestamp: 1700000000 } },
  10: { update: [10, -20, 2], expected: { name: 'dialog_flags_reset', peer_id: -20, mask: { raw: 2, unknownBits: 0, important: false, unanswered: true } } },
  11: { update: [11, -20, 3], expected: { name: 'dialog_flags_replace', peer_id: -20, flags: { raw: 3, unknownBits: 0, important: true, unanswered: true } } },
  12: { update: [12, -20, 1], expected: { name: 'dialog_flags_set', peer_id: -20, mask: { raw: 1, unknownBits: 0, important: true, unanswered: false } } },
  13: { update: [13, 100, 50], expected: { name: 'messages_delete', peer_id: 100, local_id: 50 } },
  14: { update: [14, 100, 50], expected: { name: 'messages_restore', peer_id: 100, local_id: 50 } },
  51: { update: [51, 5, 1], expected: { name: 'chat_params_changed', chat_id: 5, self: true } },
  52: { update: [52, 7, 2000000005, 100], expected: { name: 'chat_info_changed', change: { raw: 7, name: 'user_kicked' }, peer_id: 2000000005, info: 100 } },
  61: { update: [61, 100, 1], expected: { name: 'user_typing', user_id: 100, flags: 1 } },
  62: { update: [62, 100, 5], expected: { name: 'user_typing_in_chat', user_id: 100, chat_id: 5 } },
  70: { update: [70, 100, 555], expected: { name: 'user_call', user_id: 100, call_id: 555 } },
  80: { update: [80, 3, 0], expected: { name: 'unread_counter', count: 3, count_with_notifications: 0 } },
  114: { update: [114, { peer_id: 100, sound: 0, disabled_until: -1 }], expected: { name: 'notification_settings_changed', settings: { peer_id: 100, sound: false, disabled_until: -1, other: {} } } },
};
const messageNames: Record<number, [string, string]> = { 1: ['message_flags_replace', 'flags'], 2: ['message_flags_set', 'mask'], 3: ['message_flags_reset', 'mask'], 4: ['message_new', 'flags'], 5: ['message_edit', 'mask'] };

describe('every known code', () => {
  it('has a case here', () => {
    expect([...Object.keys(cases), ...Object.keys(messageNames)].map(Number).sort((a, b) => a - b)).toEqual([...userLongPollEventCodes]);
  });

  it.each(Object.entries(messageNames))('code %s decodes flags, extra fields, additional data and attachments', (code, [name, flagsField]) => {
    const update = messageUpdate(Number(code));
    const event = decodeUserLongPollUpdate(update);
    expect(event).toEqual({
      code: Number(code),
      name,
      message_id: 123,
      [flagsField]: {
        raw: update[2],
        unknownBits: 2 ** 25,
        unread: true,
        outbox: true,
        replied: false,
        important: false,
        chat: true,
        friends: false,
        spam: false,
        deleted: false,
        fixed: false,
        media: false,
        hidden: true,
        deleted_for_all: true,
        not_delivered: false,
      },
      peer_id: 2000000005,
      timestamp: 1700000000,
      text: 'hello\nworld',
      text_html: 'hello<br>world',
      additional: {
        title: ' ... ',
        from: 456,
        emoji: true,
        source_act: 'chat_invite_user',
        source_mid: 789,
        payload: '{"button":"1"}',
        other: { marked_users: [[1, [456]]] },
      },
      attachments: {
        items: [
          { type: 'photo', id: '456_789' },
          { type: 'doc', id: '456_1' },
        ],
        other: { fwd: '0_0', attach1_product_id: '0' },
      },
      random_id: 77,
      conversation_message_id: 9,
      edit_time: 0,
      raw: update,
    });
  });

  it.each(Object.entries(cases))('code %s', (code, { update, expected }) => {
    expect(decodeUserLongPollUpdate(update)).toEqual({ code: Number(code), ...expected, raw: update });
  });
});

describe('message text', () => {
  it('is HTML-decoded, and kept as VK sent it in text_html', () => {
    const html = 'Tom &amp; Jerry say &quot;hi&quot; &lt;3<br>line two&#33; &#x1F600; &apos;q&apos;<br/>end';
    const event = decodeUserLongPollUpdate([4, 1, 0, 100, 1700000000, html]);
    expect(event).toMatchObject({ name: 'message_new', text: 'Tom & Jerry say "hi" <3\nline two! \u{1F600} \'q\'\nend', text_html: html });
  });

  it('leaves plain text alone and unknown or impossible entities as they are', () => {
    expect(decodeUserLongPollUpdate([4, 1, 0, 100, 1, 'plain'])).toMatchObject({ text: 'plain', text_html: 'plain' });
    expect(decodeUserLongPollUpdate([4, 1, 0, 100, 1, '&bogus; &#xD800; &amp;amp;'])).toMatchObject({ text: '&bogus; &#xD800; &amp;' });
  });
});

describe('partial and odd updates', () => {
  it('leaves out optional fields VK did not send, and reads [] as an empty object', () => {
    expect(decodeUserLongPollUpdate([4, 1, 0, 100])).toMatchObject({ name: 'message_new', peer_id: 100 });
    expect(decodeUserLongPollUpdate([4, 1, 0, 100])).not.toHaveProperty('text');
    expect(decodeUserLongPollUpdate([4, 1, 0, 100, 1, 'x', [], []])).toMatchObject({ additional: { other: {} }, attachments: { items: [], other: {} } });
  });

  it('keeps a known key with an unexpected value in `other` instead of failing', () => {
    expect(decodeUserLongPollUpdate([4, 1, 0, 100, 1, 'x', { from: 'not a number' }])).toMatchObject({ additional: { other: { from: 'not a number' } } });
  });

  it('delivers unknown codes raw', () => {
    expect(decodeUserLongPollUpdate([119, 1, 2, 3])).toEqual({ name: 'raw', code: 119, reason: 'unknown-code', problem: undefined, raw: [119, 1, 2, 3] });
  });

  it('delivers updates that do not fit their code raw, saying why', () => {
    expect(decodeUserLongPollUpdate([6, 100])).toMatchObject({ name: 'raw', code: 6, reason: 'malformed', problem: 'read_incoming: field local_id (position 2) is missing' });
    expect(decodeUserLongPollUpdate([4, 'x', 0])).toMatchObject({ name: 'raw', reason: 'malformed', problem: 'message_new: field message_id (position 1) is not an integer' });
    expect(decodeUserLongPollUpdate({ code: 4 })).toMatchObject({ name: 'raw', code: undefined, reason: 'malformed', problem: 'the update is not an array' });
    expect(decodeUserLongPollUpdate(['4'])).toMatchObject({ name: 'raw', reason: 'malformed' });
  });

  it('decodes every message flag bit of the registry', () => {
    for (const [name, bit] of Object.entries(userLongPollMessageFlags)) {
      const event = decodeUserLongPollUpdate([4, 1, bit]);
      if (event.name !== 'message_new') throw new Error('not decoded');
      expect(event.flags[name as keyof typeof userLongPollMessageFlags]).toBe(true);
      expect(Object.entries(event.flags).filter(([key, value]) => key !== 'raw' && key !== 'unknownBits' && value === true)).toEqual([[name, true]]);
    }
  });
});
