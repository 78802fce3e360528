// @ts-check
// The bot: answers every message with a photo and an inline keyboard whose callback button is
// answered with a snackbar. vk-io-equivalent.md has the same bot on vk-io, to compare. run.mjs runs it on the fake VK.
import { answerTo, createLongPollBot, keyboard, replyTo, snackbar } from '@vkts/sdk';

// The photo the bot replies with, a 1×1 PNG (a path, URL, Blob or stream would do as well).
const PHOTO = {
  value: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  filename: 'photo.png',
};

/** @param {import('@vkts/sdk').Vk} vk  the API client and its uploads, with a community token (`createVk`) */
export function createBot({ api, upload }) {
  return createLongPollBot({ api })
    .on('message_new', async (event) =>
      api.messages.send({
        ...replyTo(event),
        message: 'Press the button',
        keyboard: keyboard.inline().callback('Press', { payload: { command: 'press' } }),
        attachment: (await upload.messagePhoto({ peer_id: event.object.message.peer_id, source: PHOTO })).attachment,
      }),
    )
    .on('message_event', (event) => api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: snackbar('Done') }));
}
