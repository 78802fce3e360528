/**
 * Every Bots Long Poll fixture of ../shared/fixtures/vk-events flows from the fake through the
 * loop to its typed handler (strict validation), and the `lp_failed__*` replies, served verbatim,
 * drive the failure paths. `group_change_settings__vknet.json` is a bare event object, not an
 * update (see the events package's fixture test), so there is nothing to serve.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRouter, isKnownEventType, type CallbackEventType } from '@vkts/events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBotsLongPoll, type LongPollGap } from '../src/index.js';
import { FAST, GROUP_ID, createWorld, messageNew, numberOf, range, until, type World } from './helpers.js';

const FIXTURES = join(fileURLToPath(new URL('../../../', import.meta.url)), '..', 'shared', 'fixtures', 'vk-events');
const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.json')).sort();
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Record<string, unknown>;
const events = files.filter((file) => !file.startsWith('lp_failed__') && typeof read(file)['type'] === 'string');
const failures = files.filter((file) => file.startsWith('lp_failed__'));

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

it('covers the fixture folder', () => {
  expect(events.length).toBeGreaterThanOrEqual(40);
  expect(failures).toHaveLength(4);
  expect(files.filter((f) => !events.includes(f) && !failures.includes(f))).toEqual(['group_change_settings__vknet.json']);
});

it('delivers every event fixture to the handler of its type, validated strictly', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.maxBatch = 10;
  const pushed = lp.push(
    ...events.map((file) => {
      const json = read(file);
      const type = json['type'];
      if (typeof type !== 'string') throw new Error(`${file} has no type`);
      return { ...json, type };
    }),
  );
  const types = [...new Set(pushed.map((event) => event.type))];
  const received: { file: string; type: string }[] = [];
  const router = createRouter();
  for (const type of types) {
    if (!isKnownEventType(type)) throw new Error(`fixture of unknown type ${type}`);
    router.on(type satisfies CallbackEventType, (event, context) => {
      expect(event.type).toBe(type);
      expect(context.eventId).toBe(event.event_id);
      received.push({ file: events[received.length] ?? '?', type: event.type });
    });
  }
  const errors: unknown[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST, validate: 'strict', startTs: 1, onError: (e) => void errors.push(e) });
  const loop = longPoll.start();
  await until(() => received.length + errors.length === events.length);
  await longPoll.stop();
  await loop;
  expect(errors).toEqual([]);
  expect(received.map((r) => r.type)).toEqual(events.map((file) => read(file)['type']));
});

describe('lp_failed fixtures, served verbatim', () => {
  async function run(file: string): Promise<{ seen: number[]; gaps: LongPollGap[]; checks: readonly { ts: string; answer: string }[] }> {
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.push(...range(0, 12).map(messageNew)); // ts 1…12, next 13
    const reply = read(file);
    if (typeof reply['failed'] !== 'number') throw new Error(`${file} has no numeric failed`);
    lp.failNext({ ...reply, failed: reply['failed'] });
    const seen: number[] = [];
    const gaps: LongPollGap[] = [];
    const router = createRouter();
    router.on('message_new', (event) => void seen.push(numberOf(event)));
    const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST, startTs: 1, onGap: (gap) => void gaps.push(gap) });
    const loop = longPoll.start();
    await until(() => lp.pendingFaults === 0 && lp.checks.some((c) => c.answer === 'events' || c.answer === 'empty'));
    await until(() => seen.length + gaps.reduce((sum, g) => sum + Number(g.toTs) - Number(g.fromTs), 0) === 12);
    await longPoll.stop();
    await loop;
    return { seen, gaps, checks: lp.checks };
  }

  it.each(failures.filter((f) => read(f)['failed'] === 1))('%s: goes on from the returned ts (10) and reports the skipped range', async (file) => {
    const { seen, gaps, checks } = await run(file);
    expect(checks[1]?.ts).toBe('10');
    expect(gaps).toEqual([{ reason: 'failed-1', fromTs: '1', toTs: '10' }]);
    expect(seen).toEqual([9, 10, 11]);
  });

  it.each(failures.filter((f) => read(f)['failed'] === 2))('%s: new key, same ts, nothing lost', async (file) => {
    const { seen, gaps, checks } = await run(file);
    expect(checks[1]?.ts).toBe('1');
    expect(gaps).toEqual([]);
    expect(seen).toEqual(range(0, 12));
  });

  it.each(failures.filter((f) => read(f)['failed'] === 3))('%s: new key and ts, the gap reported', async (file) => {
    const { seen, gaps, checks } = await run(file);
    expect(checks[1]?.ts).toBe('13');
    expect(gaps).toEqual([{ reason: 'failed-3', fromTs: '1', toTs: '13' }]);
    expect(seen).toEqual([]);
  });
});
