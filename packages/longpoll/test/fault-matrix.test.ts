/**
 * Fault injection over the fake: every failure kind at several points of a stream, and mixed
 * sequences. Whatever happens, every event is delivered exactly once and in order, except across
 * `failed: 3`, where the lost range is reported to onGap, and the loop keeps going afterwards.
 */
import { createRouter } from '@vkts/events';
import type { FakeBotsEventInput, FakeLongPollQueue, FakeBotsEvent } from '@vkts/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LongPollFaultError, createBotsLongPoll, type LongPollGap } from '../src/index.js';
import { FAST, GROUP_ID, createWorld, messageNew, numberOf, range, until, type World } from './helpers.js';

type Queue = FakeLongPollQueue<FakeBotsEventInput, FakeBotsEvent>;

interface Fault {
  readonly name: string;
  readonly inject: (lp: Queue) => void;
  /** VK drops the events in between (only failed: 3). */
  readonly lossy?: boolean;
  /** Reported to onError as a LongPollFaultError (protocol answers like failed: 2 are not faults). */
  readonly reported: boolean;
}

// Longer than FAST.timeoutMs: the client's timer starts before the fake's hold does, so it always ends first.
const STALL_MS = FAST.timeoutMs + 1000;

const faults: readonly Fault[] = [
  { name: 'failed: 1 (history intact)', inject: (lp) => lp.failNext({ failed: 1 }), reported: false },
  { name: 'failed: 2', inject: (lp) => lp.failNext({ failed: 2 }), reported: false },
  { name: 'failed: 3', inject: (lp) => lp.failNext({ failed: 3 }), lossy: true, reported: false },
  { name: 'key expired', inject: (lp) => lp.expireKey(), reported: false },
  { name: 'HTTP 502', inject: (lp) => lp.failNextHttp(502), reported: true },
  { name: 'HTTP 500', inject: (lp) => lp.failNextHttp(500), reported: true },
  { name: 'HTTP 404', inject: (lp) => lp.failNextHttp(404), reported: true },
  { name: 'connection reset', inject: (lp) => lp.resetNext(), reported: true },
  { name: 'stall past the timeout', inject: (lp) => lp.stallNext(STALL_MS), reported: true },
  { name: '200 that is not JSON', inject: (lp) => lp.failNextHttp(200, '<html>bad gateway</html>'), reported: true },
  { name: 'unknown failure code', inject: (lp) => lp.failNext({ failed: 99 }), reported: true },
];

/** Events handled before the fault is scripted: before the first check, after one batch, mid-stream, once idle. */
const points = [0, 3, 6, 12] as const;
const TOTAL = 12;
const BATCH = 3;

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

interface Outcome {
  delivered: number[];
  gaps: LongPollGap[];
  errors: unknown[];
}

/**
 * Streams TOTAL events (ts 1…TOTAL, event n at ts n + 1) in batches of BATCH, runs `script` when
 * `point` events are handled, waits until every event is delivered or reported lost and every
 * scripted fault was met, then checks the loop still works by pushing three more.
 */
async function scenario(point: number, script: (lp: Queue) => void, faultsScripted: (lp: Queue) => boolean): Promise<Outcome> {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.maxBatch = BATCH;
  const startTs = lp.ts;
  lp.push(...range(0, TOTAL).map(messageNew));
  const outcome: Outcome = { delivered: [], gaps: [], errors: [] };
  const router = createRouter();
  router.on('message_new', (event) => {
    outcome.delivered.push(numberOf(event));
    if (outcome.delivered.length === point) script(lp);
  });
  if (point === 0) script(lp);
  const longPoll = createBotsLongPoll({
    api: world.api,
    router,
    ...FAST,
    startTs,
    onGap: (gap) => void outcome.gaps.push(gap),
    onError: (error) => void outcome.errors.push(error),
  });
  const running = longPoll.start();
  const lost = (): number => outcome.gaps.reduce((sum, gap) => sum + Number(gap.toTs) - Number(gap.fromTs), 0);
  await until(() => outcome.delivered.length + lost() >= TOTAL && faultsScripted(lp), 'all events accounted for');
  // Push the last events only once the client waits in a check again: after failed: 3 it must
  // first fetch a new session, and VK's new ts would skip events pushed before that.
  await until(() => lp.inFlight > 0, 'the client back in a check');
  lp.push(...range(TOTAL, TOTAL + 3).map(messageNew));
  await until(() => outcome.delivered.includes(TOTAL + 2), 'events after the faults');
  await longPoll.stop();
  await running;
  return outcome;
}

/** `gap`: VK dropped undelivered events (failed: 3 before the stream was drained), so exactly one gap is reported. */
function expectExactlyOnce(outcome: Outcome, gap: boolean): void {
  const lostIds = new Set(outcome.gaps.flatMap((g) => range(Number(g.fromTs) - 1, Number(g.toTs) - 1)));
  const expected = range(0, TOTAL + 3).filter((n) => !lostIds.has(n));
  expect(outcome.delivered).toEqual(expected);
  if (gap) {
    expect(outcome.gaps).toHaveLength(1);
    expect(outcome.gaps[0]?.reason).toBe('failed-3');
  } else {
    expect(outcome.gaps).toEqual([]);
  }
}

describe.each(faults)('$name', (fault) => {
  it.each(points)('after %i events: exactly once, in order', async (point) => {
    let armed = false;
    const outcome = await scenario(
      point,
      (lp) => {
        fault.inject(lp);
        armed = true;
      },
      (lp) => armed && lp.pendingFaults === 0,
    );
    // failed: 3 once everything was delivered loses nothing: there is nothing to report.
    expectExactlyOnce(outcome, fault.lossy === true && point < TOTAL);
    const faultErrors = outcome.errors.filter((error) => error instanceof LongPollFaultError);
    expect(outcome.errors).toEqual(faultErrors);
    if (fault.reported) expect(faultErrors.length).toBeGreaterThanOrEqual(1);
    else expect(faultErrors).toEqual([]);
  });
});

describe('mixed sequences', () => {
  const sequences: readonly { name: string; steps: readonly Fault[] }[] = [
    { name: 'failed: 2, HTTP 502, reset, failed: 1, stall', steps: [faults[1]!, faults[4]!, faults[7]!, faults[0]!, faults[8]!] },
    { name: 'three 503s, failed: 3, failed: 2', steps: [...range(0, 3).map(() => ({ name: '503', inject: (lp: Queue) => lp.failNextHttp(503), reported: true })), faults[2]!, faults[1]!] },
    { name: 'reset, key expired, not JSON, unknown code, failed: 1', steps: [faults[7]!, faults[3]!, faults[9]!, faults[10]!, faults[0]!] },
  ];
  it.each(sequences)('$name: exactly once, in order, gaps only for failed: 3', async ({ steps }) => {
    for (const point of [0, 6]) {
      await world.close();
      world = await createWorld();
      const outcome = await scenario(
        point,
        (lp) => steps.forEach((step) => step.inject(lp)),
        (lp) => lp.pendingFaults === 0,
      );
      expectExactlyOnce(outcome, steps.some((step) => step.lossy === true) && point < TOTAL);
    }
  });
});
