// Type tests of @vkts/sdk: createVk's clients are the packages' own types, and a bot written
// against this one import is typed end to end (events into handlers, payloads from keyboard<P>()).
import { describe, expectTypeOf, it } from 'vitest';
import {
  answerTo,
  createLongPollBot,
  createVk,
  keyboard,
  payloadOf,
  replyTo,
  snackbar,
  type Api,
  type LongPollBot,
  type Upload,
  type UploadResult,
  type Vk,
} from '../src/index.js';

interface Vote {
  choice: 'yes' | 'no';
}

describe('createVk', () => {
  it('gives the API client and the uploads, typed as their packages type them', () => {
    const vk = createVk({ token: 't', tokenType: 'group', upload: { retries: 1 } });
    expectTypeOf(vk).toEqualTypeOf<Vk>();
    expectTypeOf(vk.api).toEqualTypeOf<Api>();
    expectTypeOf(vk.upload).toEqualTypeOf<Upload>();
    expectTypeOf(vk.upload.messagePhoto({ peer_id: 1, source: 'cat.png' })).resolves.toEqualTypeOf<UploadResult<'messagePhoto'>>();
    // @ts-expect-error not an upload option
    createVk({ token: 't', tokenType: 'group', upload: { retry: 1 } });
    // @ts-expect-error not an API option
    createVk({ token: 't', tokenType: 'group', timeout: 1 });
  });
});

describe('a bot from one import', () => {
  it('types events into handlers and payloads from the keyboard', () => {
    const { api, upload } = createVk({ token: 't', tokenType: 'group' });
    const bot = createLongPollBot({ api })
      .on('message_new', async (event) => {
        const { attachment } = await upload.messagePhoto({ ...replyTo(event), source: Buffer.alloc(1) });
        expectTypeOf(attachment).toEqualTypeOf<string>();
        expectTypeOf(payloadOf<Vote>(event)).toEqualTypeOf<Vote | undefined>();
        return api.messages.send({ ...replyTo(event), message: 'Vote', attachment, keyboard: keyboard.inline<Vote>().callback('Yes', { payload: { choice: 'yes' } }) });
      })
      .on('message_event', (event) => {
        expectTypeOf(payloadOf<Vote>(event)?.choice).toEqualTypeOf<'yes' | 'no' | undefined>();
        return api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: snackbar('Done') });
      });
    expectTypeOf(bot).toEqualTypeOf<LongPollBot>();
    // @ts-expect-error 'maybe' is not a Vote
    keyboard.inline<Vote>().callback('Maybe', { payload: { choice: 'maybe' } });
    // @ts-expect-error answerTo takes a message_event, not a message_new
    createLongPollBot({ api }).on('message_new', (event) => answerTo(event));
  });
});
