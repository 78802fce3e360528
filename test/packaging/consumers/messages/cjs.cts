// Type-checked by test/packaging/pack.test.ts: nodenext, CJS file → require() of the ESM-only package, .d.mts.
import messages = require('@vkts/messages');

interface Payload {
  n: number;
}
const board = messages.keyboard.inline<Payload>().callback('Press', { payload: { n: 1 } });
const text: string = board.toString();
// @ts-expect-error the payload must be a Payload
messages.keyboard<Payload>().text('x', { payload: { n: 'one' } });
void text;
