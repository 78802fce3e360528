import { describe, expect, it, vi } from 'vitest';
import {
  createEventParser,
  EventValidationError,
  InvalidEnvelopeError,
  isKnownEvent,
  parseEvent,
  type ValidationMode,
} from '../src/index.js';

const MODES: readonly ValidationMode[] = ['strict', 'lenient', 'off'];

const validJoin = () => ({ type: 'group_join', object: { user_id: 321, join_type: 'request' }, group_id: 1234 });
/** Two wrong fields: a string where a number belongs, and a value outside the enum. */
const badJoin = () => ({ type: 'group_join', object: { user_id: '321', join_type: 'walked_in' }, group_id: 1234 });
const unknownEvent = () => ({ type: 'brand_new_event', object: { anything: [1, 2] }, group_id: 7, event_id: 'e1', v: '5.199' });

describe('strict mode', () => {
  it('resolves a valid event to the input object itself', async () => {
    const input = validJoin();
    const event = await parseEvent(input, { mode: 'strict' });
    expect(event).toBe(input);
    expect(isKnownEvent(event) && event.type === 'group_join' && event.object.join_type).toBe('request');
  });

  it('rejects an invalid event with EventValidationError naming the type and every failing path', async () => {
    const input = badJoin();
    const error = await parseEvent(input, { mode: 'strict' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventValidationError);
    if (!(error instanceof EventValidationError)) return;
    expect(error.eventType).toBe('group_join');
    expect(error.paths).toEqual(['object.user_id', 'object.join_type']);
    expect(error.issues.map((i) => i.code)).toEqual(['invalid_type', 'invalid_value']);
    expect(error.input).toBe(input);
    expect(error.message).toMatch(/^Invalid "group_join" event \(2 issues\): object\.user_id: .*; object\.join_type: /);
  });

  it('checks the envelope fields too', async () => {
    const error = await parseEvent({ ...validJoin(), group_id: '1234', event_id: 5 }, { mode: 'strict' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EventValidationError);
    expect(error instanceof EventValidationError && error.paths.sort()).toEqual(['event_id', 'group_id']);
  });

  it('keeps keys VK added that the schema does not know', async () => {
    const input = { ...validJoin(), brand_new_field: true, object: { ...validJoin().object, extra: 1 } };
    await expect(parseEvent(input, { mode: 'strict' })).resolves.toBe(input);
  });
});

describe('lenient mode', () => {
  it('delivers an invalid event as received and reports every issue to onIssue', async () => {
    const input = badJoin();
    const onIssue = vi.fn<(error: EventValidationError) => void>();
    const event = await parseEvent(input, { mode: 'lenient', onIssue });
    expect(event).toBe(input);
    expect(onIssue).toHaveBeenCalledTimes(1);
    const [error] = onIssue.mock.calls[0] ?? [];
    expect(error).toBeInstanceOf(EventValidationError);
    expect(error?.eventType).toBe('group_join');
    expect(error?.paths).toEqual(['object.user_id', 'object.join_type']);
    expect(error?.input).toBe(input);
  });

  it('delivers a valid event as received without calling onIssue', async () => {
    const input = validJoin();
    const onIssue = vi.fn();
    await expect(parseEvent(input, { mode: 'lenient', onIssue })).resolves.toBe(input);
    expect(onIssue).not.toHaveBeenCalled();
  });

  it('rejects with what onIssue throws, instead of swallowing it', async () => {
    const boom = new Error('issue sink down');
    const onIssue = () => {
      throw boom;
    };
    await expect(parseEvent(badJoin(), { mode: 'lenient', onIssue })).rejects.toBe(boom);
  });

  it('refuses to run without onIssue, where issues would vanish', async () => {
    await expect(parseEvent(validJoin(), { mode: 'lenient' })).rejects.toThrow(
      new TypeError(
        "parseEvent: mode 'lenient' needs an onIssue function, or validation issues would be silently dropped (use mode 'off' to skip validation)",
      ),
    );
  });
});

describe('off mode', () => {
  it('delivers an invalid event as received, without validating', async () => {
    const input = badJoin();
    await expect(parseEvent(input, { mode: 'off' })).resolves.toBe(input);
  });

  it('does not call onIssue', async () => {
    const onIssue = vi.fn();
    await parseEvent(badJoin(), { mode: 'off', onIssue });
    expect(onIssue).not.toHaveBeenCalled();
  });
});

describe('unknown event types', () => {
  it.each(MODES)('are delivered as received in %s mode', async (mode) => {
    const input = unknownEvent();
    const onIssue = vi.fn();
    const event = await parseEvent(input, { mode, onIssue });
    expect(event).toBe(input);
    expect(isKnownEvent(event)).toBe(false);
    expect(onIssue).not.toHaveBeenCalled();
  });

  it.each(MODES)('need nothing but a string type in %s mode', async (mode) => {
    const input = { type: 'x', group_id: 'not even a number' };
    await expect(parseEvent(input, { mode, onIssue: () => {} })).resolves.toBe(input);
  });
});

describe('input that is not an event envelope', () => {
  const cases: ReadonlyArray<readonly [string, unknown, RegExp]> = [
    ['null', null, /got null$/],
    ['undefined', undefined, /got undefined$/],
    ['a number', 42, /got a number$/],
    ['a JSON string not yet decoded', '{"type":"group_join"}', /got a string$/],
    ['an array', [{ type: 'group_join' }], /got an array of 1 item\(s\)$/],
    ['an empty object', {}, /got an object without "type" \(no keys\)$/],
    ['a bare event object', { user_id: 1, join_type: 'join' }, /without "type" \(keys: user_id, join_type\)$/],
    ['a numeric type', { type: 5, object: {} }, /got an object whose "type" is a number$/],
    ['a null type', { type: null }, /got an object whose "type" is null$/],
    ['a Long Poll failure', { failed: 2 }, /\(keys: failed\); it looks like a Bots Long Poll failure reply, not an event$/],
  ];

  it.each(MODES)('is rejected with InvalidEnvelopeError describing it, in %s mode', async (mode) => {
    for (const [, input, message] of cases) {
      const error = await parseEvent(input, { mode, onIssue: () => {} }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidEnvelopeError);
      expect(error).toBeInstanceOf(TypeError);
      expect(error instanceof Error && error.message).toMatch(/^Not a VK community event: expected an object with a string "type", got /);
      expect(error instanceof Error && error.message).toMatch(message);
      expect(error instanceof InvalidEnvelopeError && error.input).toBe(input);
    }
  });
});

describe('options', () => {
  it.each([undefined, 'loose', 1])('reject mode %j', async (mode) => {
    // @ts-expect-error -- what untyped callers can pass
    await expect(parseEvent(validJoin(), { mode })).rejects.toThrow(
      `parseEvent: options.mode must be 'strict', 'lenient' or 'off', got ${JSON.stringify(mode)}`,
    );
  });
});

describe('createEventParser', () => {
  it('parses synchronously with the same results as parseEvent', async () => {
    const strict = await createEventParser({ mode: 'strict' });
    const valid = validJoin();
    expect(strict(valid)).toBe(valid);
    const unknown = unknownEvent();
    expect(strict(unknown)).toBe(unknown);
    expect(() => strict(badJoin())).toThrow(EventValidationError);
    expect(() => strict(badJoin())).toThrow(/^Invalid "group_join" event \(2 issues\): object\.user_id: /);
    expect(() => strict({ failed: 1 })).toThrow(InvalidEnvelopeError);
  });

  it('reports lenient issues to onIssue and delivers as received', async () => {
    const onIssue = vi.fn<(error: EventValidationError) => void>();
    const lenient = await createEventParser({ mode: 'lenient', onIssue });
    const input = badJoin();
    expect(lenient(input)).toBe(input);
    expect(onIssue.mock.calls.map(([error]) => error.paths)).toEqual([['object.user_id', 'object.join_type']]);
  });

  it('does not validate in off mode, but still needs an envelope', async () => {
    const off = await createEventParser({ mode: 'off' });
    const input = badJoin();
    expect(off(input)).toBe(input);
    expect(() => off([])).toThrow(InvalidEnvelopeError);
  });

  it('checks the options once, when created', async () => {
    await expect(createEventParser({ mode: 'lenient' })).rejects.toThrow(
      /^createEventParser: mode 'lenient' needs an onIssue function/,
    );
    // @ts-expect-error -- what untyped callers can pass
    await expect(createEventParser({ mode: 'loose' })).rejects.toThrow(
      `createEventParser: options.mode must be 'strict', 'lenient' or 'off', got "loose"`,
    );
  });
});
