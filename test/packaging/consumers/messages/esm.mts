// Type-checked by test/packaging/pack.test.ts in a scratch project (nodenext, ESM, .d.mts).
import { keyboard, payloadOf, snackbar, type Keyboard } from '@vkts/messages';
import type { MessagesEventData, MessagesKeyboard } from '@vkts/types';

interface Payload {
  n: number;
}
const board: MessagesKeyboard = keyboard.inline<Payload>().callback('Press', { payload: { n: 1 } });
const typed: Keyboard<Payload, 'standard'> = keyboard<Payload>().oneTime();
const data: MessagesEventData = snackbar('Done');
const payload: Payload | undefined = payloadOf<Payload>({ payload: '{"n":1}' });
// @ts-expect-error the payload must be a Payload
keyboard<Payload>().text('x', { payload: { n: 'one' } });
void board;
void typed;
void data;
void payload;
