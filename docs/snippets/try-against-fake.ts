import { createApi } from '@vkts/api';
import { createFakeVk } from '@vkts/testing';
import { createBot } from './bot.js';

const fake = await createFakeVk({ groups: [{ id: 1, name: 'Demo' }], tokens: [{ token: 'test', type: 'group', groupId: 1 }] });
const api = createApi({ token: 'test', tokenType: 'group', baseUrl: fake.url });
const bot = createBot(api);
await bot.setup(); // Long Poll on, exactly the router's events switched on
const running = bot.start();

// A user writes "hi":
fake.longPoll.group(1).push({
  type: 'message_new',
  object: {
    message: { date: Math.floor(Date.now() / 1000), from_id: 100, id: 1, out: 0, peer_id: 100, text: 'hi', conversation_message_id: 1 },
    client_info: { button_actions: ['text'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
  },
});
while (fake.sentMessages.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
console.log(fake.sentMessages[0]?.text); // You said: hi

await bot.stop();
await running;
await api.close();
await fake.close();
