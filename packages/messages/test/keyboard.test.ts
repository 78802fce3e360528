import { describe, expect, it } from 'vitest';
import { KEYBOARD_LIMITS, Keyboard, MessageLimitError, MessagesError, VktsError, keyboard, textButton, linkButton, type MessageLimit } from '../src/index.js';

/** The MessageLimitError `run` throws (fails the test when it throws nothing or something else). */
function limitError(run: () => unknown): MessageLimitError {
  try {
    run();
  } catch (error) {
    if (error instanceof MessageLimitError) return error;
    throw error;
  }
  throw new Error('expected a MessageLimitError');
}

function expectLimit(run: () => unknown, limit: MessageLimit, message: RegExp): void {
  const error = limitError(run);
  expect(error).toBeInstanceOf(VktsError);
  expect(error).toBeInstanceOf(MessagesError);
  expect(error.code).toBe('messages.limit');
  expect(error.limit).toBe(limit);
  expect(error.message).toMatch(message);
}

/** A keyboard of `rows` full rows of `perRow` text buttons. */
function grid<K extends 'standard' | 'inline'>(board: Keyboard<unknown, K>, rows: number, perRow: number): Keyboard<unknown, K> {
  for (let r = 0; r < rows; r += 1) {
    board.row();
    for (let b = 0; b < perRow; b += 1) board.text(`${r}.${b}`);
  }
  return board;
}

describe('keyboard limits, one by one', () => {
  it('standard: 10 rows fit, an 11th is refused naming the limit', () => {
    const board = grid(keyboard(), 10, 1);
    expect(board.buttons).toHaveLength(10);
    expectLimit(() => board.row().text('x'), 'rows', /standard keyboard: at most 10 rows; this would be row 11/);
  });

  it('standard: 5 buttons a row fit, a 6th is refused', () => {
    const board = grid(keyboard(), 1, 5);
    expectLimit(() => board.text('six'), 'buttons-per-row', /at most 5 buttons a row; this would be button 6 of row 1/);
  });

  it('standard: 40 buttons fit, a 41st is refused', () => {
    const board = grid(keyboard(), 8, 5);
    expect(board.buttons.flat()).toHaveLength(40);
    expectLimit(() => board.row().text('41'), 'buttons', /standard keyboard: at most 40 buttons; this would be button 41/);
  });

  it('inline: 6 rows fit, a 7th is refused', () => {
    const board = grid(keyboard.inline(), 6, 1);
    expectLimit(() => board.row().callback('x'), 'rows', /inline keyboard: at most 6 rows; this would be row 7/);
  });

  it('inline: 10 buttons fit, an 11th is refused', () => {
    const board = grid(keyboard.inline(), 2, 5);
    expectLimit(() => board.row().text('11'), 'buttons', /inline keyboard: at most 10 buttons; this would be button 11/);
  });

  it('inline: 5 buttons a row fit, a 6th is refused', () => {
    const board = grid(keyboard.inline(), 1, 5);
    expectLimit(() => board.text('six'), 'buttons-per-row', /inline keyboard: at most 5 buttons a row/);
  });

  it('one_time is refused on an inline keyboard', () => {
    const inline = keyboard.inline();
    // @ts-expect-error oneTime exists on standard keyboards only
    expectLimit(() => inline.oneTime(), 'one-time-inline', /VK does not support one_time on inline keyboards/);
  });

  it('colours only on text and callback buttons', () => {
    const link = { ...linkButton('Site', 'https://vk.com'), color: 'primary' as const };
    expectLimit(() => keyboard().add(link), 'color', /a open_link button cannot have a colour/);
    // @ts-expect-error 'default' is not one of VK's colours
    expectLimit(() => textButton('x', { color: 'default' }), 'color', /not one of primary, secondary, negative, positive/);
  });

  it('hand-made buttons get the same checks', () => {
    expectLimit(() => keyboard().add({ action: { type: 'text', label: 'x'.repeat(41) } }), 'label-length', /a text button's label is 41 characters/);
    expectLimit(() => keyboard().add({ action: { type: 'location', payload: 'x'.repeat(256) } }), 'payload-length', /a location button's payload is 256 characters/);
  });

  it('labels of at most 40 characters, payloads of at most 255 as JSON', () => {
    expect(() => keyboard().text('x'.repeat(40))).not.toThrow();
    expectLimit(() => keyboard().text('x'.repeat(41)), 'label-length', /the label is 41 characters; VK allows at most 40/);
    expectLimit(() => keyboard().callback('x', { payload: 'y'.repeat(254) }), 'payload-length', /the payload is 256 characters as JSON; VK allows at most 255/);
    expect(() => keyboard().callback('x', { payload: 'y'.repeat(253) })).not.toThrow();
    expectLimit(() => keyboard().text('x', { payload: () => 1 }), 'payload-json', /has no JSON form/);
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expectLimit(() => keyboard().text('x', { payload: cyclic }), 'payload-json', /cannot be turned into JSON/);
  });

  it('the limits table is VK\'s', () => {
    expect(KEYBOARD_LIMITS).toEqual({ standard: { rows: 10, buttonsPerRow: 5, buttons: 40 }, inline: { rows: 6, buttonsPerRow: 5, buttons: 10 } });
  });
});

describe('keyboard shape', () => {
  it('is VK\'s JSON: buttons, one_time only when asked, inline only for inline, payloads serialised once', () => {
    const board = keyboard<{ cmd: string }>().text('Yes', { payload: { cmd: 'yes' }, color: 'positive' }).text('No').row().row().location().oneTime();
    expect(JSON.parse(JSON.stringify(board))).toEqual({
      buttons: [
        [
          { action: { type: 'text', label: 'Yes', payload: '{"cmd":"yes"}' }, color: 'positive' },
          { action: { type: 'text', label: 'No' } },
        ],
        [{ action: { type: 'location' } }],
      ],
      one_time: true,
    });
    expect(JSON.parse(keyboard.inline().callback('Go').toString())).toEqual({ buttons: [[{ action: { type: 'callback', label: 'Go' } }]], inline: true });
  });

  it('remove() is { buttons: [] }', () => {
    expect(keyboard.remove()).toEqual({ buttons: [] });
  });
});
