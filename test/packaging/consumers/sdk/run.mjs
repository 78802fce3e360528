// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
import { createRouter as routerOfEvents } from '@vkts/events';
import { createLongPollBot, createRouter, createVk, keyboard, replyTo, VktsError } from '@vkts/sdk';
import { createFakeVk } from '@vkts/testing';

const PICTURE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function main() {
  const fake = await createFakeVk({ groups: [{ id: 1, name: 'Test' }], tokens: [{ token: 'group-token-1', type: 'group', groupId: 1 }], rateLimit: false });
  const { api, upload, close } = createVk({ token: 'group-token-1', tokenType: 'group', baseUrl: fake.url });
  try {
    const bot = createLongPollBot({ api, wait: 1, startTs: 1 }).on('message_new', async (event) => {
      const { attachment } = await upload.messagePhoto({ peer_id: event.object.message.peer_id, source: { value: PICTURE, filename: 'a.png' } });
      await api.messages.send({ ...replyTo(event), message: 'hi', attachment, keyboard: keyboard.inline().callback('Press') });
      void bot.stop();
    });
    await bot.setup();
    fake.longPoll.group(1).push({ type: 'message_new', object: { message: { date: 1, from_id: 5, id: 1, out: 0, peer_id: 5, text: 'x', conversation_message_id: 1 }, client_info: { button_actions: ['text', 'callback'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 } } });
    await bot.start();
    const [sent] = fake.sentMessages;
    console.log(JSON.stringify({ text: sent?.text, photo: /^photo-1_\d+_\w+$/.test(sent?.attachments[0] ?? ''), inline: sent?.keyboard?.inline, sameRouter: createRouter === routerOfEvents, vkts: typeof VktsError }));
  } finally {
    await close();
    await fake.close();
  }
}
main();
