// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
const { formatAttachment, keyboard, MessageLimitError, snackbar, VktsError } = require('@vkts/messages');

let limit;
let code;
let vkts = false;
try {
  const board = keyboard.inline();
  for (let row = 0; row < 7; row += 1) board.row().text(String(row));
} catch (error) {
  if (error instanceof MessageLimitError) limit = error.limit;
  vkts = error instanceof VktsError;
  code = error.code;
}
console.log(
  JSON.stringify({
    keyboard: String(keyboard.inline().callback('Press', { payload: { n: 1 } })),
    attachment: formatAttachment({ type: 'photo', ownerId: -1, id: 2, accessKey: 'key' }),
    snackbar: snackbar('Done'),
    limit,
    code,
    vkts,
  }),
);
