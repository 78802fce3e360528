/** The bench payload: a realistic `message_new` as VK sends it (~700 bytes), with a given `event_id`. */
import { BENCH_GROUP_ID, BENCH_SECRET } from './protocol.js';

export function messageNewBody(eventId: string): string {
  return JSON.stringify({
    group_id: BENCH_GROUP_ID,
    type: 'message_new',
    event_id: eventId,
    v: '5.199',
    object: {
      message: {
        date: 1_700_000_000,
        from_id: 123456,
        id: 9876,
        out: 0,
        version: 10_000_123,
        attachments: [],
        conversation_message_id: 321,
        fwd_messages: [],
        important: false,
        is_hidden: false,
        peer_id: 123456,
        random_id: 0,
        text: 'Hello, bot! How are you today?',
      },
      client_info: { button_actions: ['text', 'vkpay', 'open_app', 'location', 'open_link', 'callback'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    },
    secret: BENCH_SECRET,
  });
}
