// Type-checked by test/packaging/pack.test.ts in a scratch project (nodenext, ESM, .d.mts).
import { answerTo, createLongPollBot, createVk, keyboard, payloadOf, replyTo, snackbar, type LongPollBot, type Vk } from '@vkts/sdk';

interface Vote {
  choice: 'yes' | 'no';
}
const vk: Vk = createVk({ token: 't', tokenType: 'group' });
const bot: LongPollBot = createLongPollBot({ api: vk.api })
  .on('message_new', (event) => vk.api.messages.send({ ...replyTo(event), message: 'Vote', keyboard: keyboard.inline<Vote>().callback('Yes', { payload: { choice: 'yes' } }) }))
  .on('message_event', (event) => {
    const choice: 'yes' | 'no' | undefined = payloadOf<Vote>(event)?.choice;
    return vk.api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: snackbar(`You said ${choice}`) });
  });
// @ts-expect-error not an event type
bot.on('mesage_new', () => undefined);
const attachment: Promise<string | undefined> = vk.upload.messagePhoto({ peer_id: 1, source: 'cat.png' }).then((result) => result.attachment);
void attachment;
