// @ts-check
// The bot: answers every message with an inline keyboard whose callback button is answered with a
// snackbar. vk-io-equivalent.md has the same bot on vk-io, to compare. run.mjs runs it on the fake VK.
import { createRouter } from '@vkts/events';
import { createBotsLongPoll } from '@vkts/longpoll';
import { answerTo, keyboard, replyTo, snackbar } from '@vkts/messages';

/** @param {import('@vkts/api').Api} api  a client with a community token */
export function createBot(api) {
  const router = createRouter();
  router.on('message_new', (event) => api.messages.send({ ...replyTo(event), message: 'Press the button', keyboard: keyboard.inline().callback('Press', { payload: { command: 'press' } }) }));
  router.on('message_event', (event) => api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: snackbar('Done') }));
  return createBotsLongPoll({ api, router });
}
