/**
 * Every real payload in ../shared/fixtures/vk-events (outside the repo, next to it) against
 * parseEvent. Each file is classified by a rule, and every class is asserted:
 *
 * - event: an object with a string `type` that vkts knows and that matches the file name's
 *   `<type>__…` prefix → parses in strict mode;
 * - Long Poll failure reply (`lp_failed__…`): an object with a numeric `failed` and no `type`
 *   (https://dev.vk.com/ru/api/bots-long-poll/getting-started: `{failed: 1|2|3, ts?}`) → rejected
 *   with InvalidEnvelopeError in every mode;
 * - bare event object: no `type` and no `failed`, named after a known event type → rejected as
 *   an envelope, yet valid as that event's `object` once wrapped in an envelope.
 *
 * Anything else (a new file no rule covers, an unknown type, a name/type mismatch) fails the
 * "every file is recognised" test instead of being skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callbackEventValidators } from '@vkts/types/zod';
import { describe, expect, it } from 'vitest';
import { InvalidEnvelopeError, isKnownEvent, isKnownEventType, parseEvent, type ValidationMode } from '../src/index.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(REPO_ROOT, '..', 'shared', 'fixtures', 'vk-events');
const MODES: readonly ValidationMode[] = ['strict', 'lenient', 'off'];

type Fixture =
  | { readonly file: string; readonly kind: 'event'; readonly type: string; readonly json: unknown }
  | { readonly file: string; readonly kind: 'longpoll-failure'; readonly json: unknown }
  | { readonly file: string; readonly kind: 'bare-object'; readonly type: string; readonly json: unknown }
  | { readonly file: string; readonly kind: 'unrecognised'; readonly reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function classify(file: string): Fixture {
  if (!file.endsWith('.json')) return { file, kind: 'unrecognised', reason: 'not a .json file' };
  const prefix = file.slice(0, file.indexOf('__'));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
  } catch (error) {
    return { file, kind: 'unrecognised', reason: `invalid JSON: ${String(error)}` };
  }
  if (!isRecord(json)) return { file, kind: 'unrecognised', reason: 'not a JSON object' };
  if (typeof json.type === 'string') {
    if (!isKnownEventType(json.type)) return { file, kind: 'unrecognised', reason: `unknown event type "${json.type}"` };
    if (json.type !== prefix) return { file, kind: 'unrecognised', reason: `type "${json.type}" but named "${prefix}__…"` };
    return { file, kind: 'event', type: json.type, json };
  }
  if ('type' in json) return { file, kind: 'unrecognised', reason: '"type" is not a string' };
  if (typeof json.failed === 'number') {
    return prefix === 'lp_failed'
      ? { file, kind: 'longpoll-failure', json }
      : { file, kind: 'unrecognised', reason: 'a {failed} reply not named lp_failed__…' };
  }
  if (isKnownEventType(prefix)) return { file, kind: 'bare-object', type: prefix, json };
  return { file, kind: 'unrecognised', reason: 'no "type", no "failed", and the name is not an event type' };
}

const fixtures = readdirSync(FIXTURES)
  .filter((file) => file !== 'README.md')
  .sort()
  .map(classify);
const events = fixtures.filter((f) => f.kind === 'event');
const failures = fixtures.filter((f) => f.kind === 'longpoll-failure');
const bareObjects = fixtures.filter((f) => f.kind === 'bare-object');

describe(`fixtures in ${FIXTURES}`, () => {
  it('every file is recognised by one of the rules', () => {
    const unrecognised = fixtures.filter((f) => f.kind === 'unrecognised').map((f) => `${f.file}: ${f.reason}`);
    expect(unrecognised).toEqual([]);
  });

  it('holds the expected classes of files', () => {
    // Guards against the directory moving or emptying, which would make the it.each below vacuous.
    expect(events.length).toBeGreaterThanOrEqual(40);
    expect(failures.map((f) => f.file)).toEqual([
      'lp_failed__vknet-failed1.json',
      'lp_failed__vknet-failed1ts.json',
      'lp_failed__vknet-failed2.json',
      'lp_failed__vknet-failed3.json',
    ]);
    expect(bareObjects.map((f) => f.file)).toEqual(['group_change_settings__vknet.json']);
  });

  it.each(events)('$file parses in strict mode as "$type"', async (fixture) => {
    const event = await parseEvent(fixture.json, { mode: 'strict' });
    expect(isKnownEvent(event)).toBe(true);
    expect(event.type).toBe(fixture.type);
    expect(event).toBe(fixture.json);
    // parseEvent hands back the input, not the validator's output: fine only while the
    // validators neither transform nor default anything, so their output equals the input.
    if (!isKnownEventType(fixture.type)) throw new Error('unreachable: classified as known');
    expect(callbackEventValidators[fixture.type].parse(fixture.json)).toEqual(fixture.json);
  });

  it.each(failures)('$file (Long Poll failure reply) is not an event in any mode', async (fixture) => {
    for (const mode of MODES) {
      const parsing = parseEvent(fixture.json, { mode, onIssue: () => {} });
      await expect(parsing).rejects.toBeInstanceOf(InvalidEnvelopeError);
      await expect(parsing).rejects.toThrow(/without "type" \(keys: failed.*Bots Long Poll failure reply/);
    }
  });

  it.each(bareObjects)('$file (bare "$type" object) is not an envelope, but is a valid object', async (fixture) => {
    for (const mode of MODES) {
      await expect(parseEvent(fixture.json, { mode, onIssue: () => {} })).rejects.toBeInstanceOf(InvalidEnvelopeError);
    }
    const wrapped = { type: fixture.type, object: fixture.json, group_id: 1 };
    await expect(parseEvent(wrapped, { mode: 'strict' })).resolves.toEqual(wrapped);
  });
});
