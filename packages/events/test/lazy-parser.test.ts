/**
 * createLazyEventParser: what createEventParser answers, but zod (and its validators) loads only
 * when a guard first rejects an event. The first test imports the package afresh
 * (`vi.resetModules`): files share their vitest worker, so another file may have loaded zod already.
 */
import { describe, expect, it, vi } from 'vitest';
import { createLazyEventParser, EventValidationError, InvalidEnvelopeError } from '../src/index.js';

const validJoin = () => ({ type: 'group_join', object: { user_id: 321, join_type: 'request' }, group_id: 1234 });
const badJoin = () => ({ type: 'group_join', object: { user_id: '321', join_type: 'walked_in' }, group_id: 1234 });
const unknownEvent = () => ({ type: 'brand_new_event', object: { anything: [1, 2] }, group_id: 7 });

describe('createLazyEventParser', () => {
  it('answers valid and unknown events at once without loading zod, then loads it for the first rejection only', async () => {
    vi.resetModules();
    const fresh = await import('../src/index.js');
    const { loadedEventChecker } = await import('../src/validators.js');
    expect(loadedEventChecker()).toBeUndefined();
    const onIssue = vi.fn<(error: EventValidationError) => void>();
    const parse = await fresh.createLazyEventParser({ mode: 'lenient', onIssue });
    const valid = validJoin();
    const unknown = unknownEvent();
    expect(parse(valid)).toBe(valid);
    expect(parse(unknown)).toBe(unknown);
    expect(() => parse({ failed: 2 })).toThrow(fresh.InvalidEnvelopeError);
    expect(loadedEventChecker()).toBeUndefined();
    expect(onIssue).not.toHaveBeenCalled();

    // The first rejection waits for zod to word it; the event is still delivered as received.
    const bad = badJoin();
    const first = parse(bad);
    expect(first).toBeInstanceOf(Promise);
    await expect(first).resolves.toBe(bad);
    expect(onIssue.mock.calls.map(([error]) => error.paths)).toEqual([['object.user_id', 'object.join_type']]);
    expect(loadedEventChecker()).toBeDefined();

    // Loaded now: later rejections are answered at once, like createEventParser's.
    const again = badJoin();
    expect(parse(again)).toBe(again);
    expect(onIssue).toHaveBeenCalledTimes(2);
  });

  it('rejects an invalid event in strict mode with the EventValidationError createEventParser throws', async () => {
    const parse = await createLazyEventParser({ mode: 'strict' });
    const valid = validJoin();
    expect(parse(valid)).toBe(valid);
    const error: unknown = await Promise.resolve()
      .then(() => parse(badJoin()))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventValidationError);
    expect(error instanceof EventValidationError && error.paths).toEqual(['object.user_id', 'object.join_type']);
    expect(() => parse(badJoin())).toThrow(/^Invalid "group_join" event \(2 issues\): object\.user_id: /);
  });

  it('checks nothing in off mode and checks its options as createEventParser does', async () => {
    const off = await createLazyEventParser({ mode: 'off' });
    const bad = badJoin();
    expect(off(bad)).toBe(bad);
    await expect(createLazyEventParser({ mode: 'lenient' })).rejects.toThrow(/^createLazyEventParser: mode 'lenient' needs an onIssue function/);
  });
});
