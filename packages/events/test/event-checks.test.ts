/**
 * The generated event type guards (`@vkts/types/event-checks`, the fast path of strict and
 * lenient parsing) give their zod validators' verdicts: on every real payload in
 * ../shared/fixtures/vk-events and every mutation of it, and on synthesized events of every type
 * (every optional key three levels deep, and required keys only) and every mutation of those.
 * Each definition the events reach is also compared on its own in event-definition-checks.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesize } from '@vkts/testing';
import { callbackEventTypes, type CallbackEventType } from '@vkts/types';
import { callbackEventChecks, isCallbackEvent } from '@vkts/types/event-checks';
import { callbackEventValidators, zCallbackEvent } from '@vkts/types/zod';
import { describe, expect, it } from 'vitest';
import { mutations, type Mutation } from '../../../test/events/mutations.js';
import { isKnownEventType } from '../src/index.js';
import { compareVerdicts, samplesAndMutations } from './parity.js';

const FIXTURES = join(fileURLToPath(new URL('../../../', import.meta.url)), '..', 'shared', 'fixtures', 'vk-events');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Fixture {
  readonly file: string;
  readonly type: CallbackEventType;
  /** The event, or for a bare event object (no envelope, named after its type) the object wrapped in one. */
  readonly event: Record<string, unknown>;
}

/** Fixtures that are events of a known type, or bare objects of one; Long Poll failure replies are left out. */
const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .flatMap((file): Fixture[] => {
    const json: unknown = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    const prefix = file.slice(0, file.indexOf('__'));
    if (!isRecord(json)) return [];
    if (typeof json.type === 'string' && isKnownEventType(json.type)) return [{ file, type: json.type, event: json }];
    if (!('type' in json) && !('failed' in json) && isKnownEventType(prefix)) {
      return [{ file, type: prefix, event: { type: prefix, group_id: 1, event_id: 'e', v: '5.199', object: json } }];
    }
    return [];
  });

describe('fixtures', () => {
  it('are there (at least 40 events, and the bare object)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(41);
  });

  it.each(fixtures)('$file: the guard agrees with the validator on the payload and every mutation of it', ({ type, event }) => {
    const cases: Mutation[] = [{ where: '(payload)', what: 'as received', value: event }, ...mutations(event)];
    const { compared, accepted, failures } = compareVerdicts(callbackEventChecks[type], callbackEventValidators[type], cases);
    expect(failures).toEqual([]);
    expect(callbackEventChecks[type](event)).toBe(callbackEventValidators[type].safeParse(event).success);
    expect(compared).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(0);
  });

  it("zod's validate (compared in bulk) and safeParse (what the checker runs) agree on every fixture mutation", () => {
    let compared = 0;
    for (const { type, event } of fixtures) {
      const validator = callbackEventValidators[type];
      for (const { where, what, value } of mutations(event)) {
        compared++;
        if (validator.validate(value) !== validator.safeParse(value).success) expect.fail(`${type} ${where} ${what}`);
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});

describe.each(callbackEventTypes)('%s', (type) => {
  it('the guard agrees with the validator on synthesized events and every mutation of them', () => {
    const samples = [
      { seed: 1, omitOptional: false, maxDepth: 3 },
      { seed: 2, omitOptional: true },
    ];
    const { compared, accepted, failures } = compareVerdicts(callbackEventChecks[type], callbackEventValidators[type], samplesAndMutations(callbackEventValidators[type], samples));
    expect(failures).toEqual([]);
    expect(compared).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThanOrEqual(samples.length);
  });
});

describe('isCallbackEvent', () => {
  it('agrees with zCallbackEvent on every type, other types, and mutations', () => {
    const cases: Mutation[] = [];
    const retypes: unknown[] = [...callbackEventTypes, 'unheard_of_event', '', 1, null, undefined, '__proto__', 'constructor'];
    for (const type of callbackEventTypes) {
      const event = synthesize(callbackEventValidators[type], { seed: 3, omitOptional: true });
      for (const retype of retypes) cases.push({ where: type, what: `type = ${String(retype)}`, value: { ...event, type: retype } });
      cases.push(...mutations(event));
    }
    for (const value of [null, undefined, 'message_new', [], [{ type: 'confirmation', group_id: 1 }]]) cases.push({ where: '(root)', what: String(value), value });
    const { compared, failures } = compareVerdicts(isCallbackEvent, zCallbackEvent, cases);
    expect(failures).toEqual([]);
    expect(compared).toBeGreaterThan(1_000);
  });
});
