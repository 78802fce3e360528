// @ts-check
// The bot itself: what you would deploy. It answers every new message with a photo it uploads,
// and logs who joins.
// Wiring it to a real community takes four lines (see README.md); run.mjs wires it to the fake VK.
import { createCallback } from '@vkts/callback';
import { createUpload } from '@vkts/upload';

// A 1×1 PNG: the picture the bot sends back (any Buffer, Blob, stream, path or URL would do).
const PICTURE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * @param {object} options
 * @param {import('@vkts/api').Api} options.api  a client with a community token
 * @param {(line: string) => void} [options.log]
 */
export function createBot({ api, log = console.log }) {
  const upload = createUpload(api);
  const callback = createCallback({
    // No confirmation/secret here: callback.setup() fetches the code, generates the secret and
    // teaches both to this receiver. A fixed deployment could pass them instead.
    validate: 'strict',
    onError: (error) => log(`  bot: error: ${error instanceof Error ? error.message : String(error)}`),
  });

  callback.router.on('message_new', async (event, context) => {
    const { peer_id: peerId, from_id: fromId, text } = event.object.message;
    log(`  bot: message_new from ${fromId} in community ${context.groupId}: ${JSON.stringify(text)}`);
    const reply = `You said: ${text}`;
    // Three steps in one call: photos.getMessagesUploadServer, the multipart POST, photos.saveMessagesPhoto.
    const { attachment } = await upload.messagePhoto({ peer_id: peerId, source: { value: PICTURE, filename: 'reply.png' } });
    log(`  bot: uploaded ${attachment}`);
    log(`  bot → messages.send(peer_id=${peerId}, ${JSON.stringify(reply)}, attachment=${attachment})`);
    // random_id is filled in by the client and kept for retries, so VK delivers the reply once.
    const messageId = await api.messages.send({ peer_id: peerId, message: reply, attachment });
    log(`  bot ← message ${messageId} sent`);
  });

  callback.router.on('group_join', (event, context) => {
    log(`  bot: user ${event.object.user_id} joined community ${context.groupId} (${event.object.join_type})`);
  });

  return callback;
}
