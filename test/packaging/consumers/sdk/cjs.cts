// Type-checked by test/packaging/pack.test.ts: nodenext, CJS file → require() of the ESM-only package, .d.mts.
import sdk = require('@vkts/sdk');

const vk: sdk.Vk = sdk.createVk({ token: 't', tokenType: 'group' });
const bot: sdk.LongPollBot = sdk.createLongPollBot({ api: vk.api }).on('message_new', (event) => vk.api.messages.send({ ...sdk.replyTo(event), message: 'hi' }));
// @ts-expect-error not an event type
bot.on('mesage_new', () => undefined);
void bot;
