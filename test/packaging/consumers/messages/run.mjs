// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
import { formatAttachment, keyboard, MessageLimitError, snackbar } from '@vkts/messages';

let limit;
try {
  const board = keyboard.inline();
  for (let row = 0; row < 7; row += 1) board.row().text(String(row));
} catch (error) {
  if (error instanceof MessageLimitError) limit = error.limit;
}
console.log(
  JSON.stringify({
    keyboard: String(keyboard.inline().callback('Press', { payload: { n: 1 } })),
    attachment: formatAttachment({ type: 'photo', ownerId: -1, id: 2, accessKey: 'key' }),
    snackbar: snackbar('Done'),
    limit,
  }),
);
