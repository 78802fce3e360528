// A vitest test of the getting-started bot against the fake VK (real HTTP on 127.0.0.1).
import { createApi } from '@vkts/api';
import { createFakeVk } from '@vkts/testing';
import { expect, test } from 'vitest';
import { createBot } from './bot.js';

test('answers a message', async () => {
  const fake = await createFakeVk({ groups: [{ id: 1, name: 'Test' }], tokens: [{ token: 't', type: 'group', groupId: 1 }] });
  const api = createApi({ token: 't', tokenType: 'group', baseUrl: fake.url });
  const bot = createBot(api);
  try {
    await bot.setup();
    const running = bot.start();
    fake.longPoll.group(1).push({
      type: 'message_new',
      object: {
        message: { date: 1, from_id: 100, id: 1, out: 0, peer_id: 100, text: 'hi', conversation_message_id: 1 },
        client_info: { button_actions: ['text'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
      },
    });
    await expect.poll(() => fake.sentMessages.length).toBe(1);
    expect(fake.sentMessages[0]?.text).toBe('You said: hi');
    await bot.stop();
    await running;
  } finally {
    await api.close();
    await fake.close();
  }
});
