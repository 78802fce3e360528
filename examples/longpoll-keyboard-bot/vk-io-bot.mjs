// @ts-check
// The same bot on vk-io (4.x), written as vk-io's docs write bots, to compare with bot.mjs
// (vk-io-equivalent.md counts both). `node run.mjs --vk-io` runs it on the same fake VK.
import { Keyboard } from 'vk-io';

// The photo the bot replies with, a 1×1 PNG (a path, URL or stream would do as well).
const PHOTO = {
  value: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  filename: 'photo.png',
};

/** @param {import('vk-io').VK} vk  a client with a community token */
export function createBot(vk) {
  vk.updates.on('message_new', (context) =>
    context.sendPhotos(PHOTO, {
      message: 'Press the button',
      keyboard: Keyboard.builder()
        .callbackButton({ label: 'Press', payload: { command: 'press' } })
        .inline(),
    }),
  );
  vk.updates.on('message_event', (context) => context.answer({ type: 'show_snackbar', text: 'Done' }));
  return vk.updates;
}
