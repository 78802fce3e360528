/**
 * Every real event payload of ../shared/fixtures/vk-events, delivered over HTTP as VK's Callback
 * API would (with event_id, v and the secret added), through every adapter: each reaches its own
 * typed handler exactly once, also when VK redelivers it, and no other handler.
 */
import type { EventContext } from '@vkts/events';
import type { CallbackEventType } from '@vkts/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallback, type Callback } from '../src/index.js';
import { allHarnesses } from './support/adapters.js';
import { eventId } from './support/events.js';
import { loadFixtures } from './support/fixtures.js';
import { send, type Listening } from './support/http.js';

const fixtures = loadFixtures();
const types = [...new Set(fixtures.events.map((fixture) => fixture.type))];
const SECRET = 'fixture-secret';

it(`finds the event fixtures in ${fixtures.dir}`, () => {
  expect(fixtures.unrecognised).toEqual([]);
  // Guards against the folder moving or emptying, which would make the tests below vacuous.
  expect(fixtures.events.length).toBeGreaterThanOrEqual(40);
});

describe.each(allHarnesses)('fixtures through $name', (harness) => {
  let callback: Callback;
  let server: Listening;
  const received = new Map<string, Array<{ type: CallbackEventType; context: EventContext }>>();
  const unexpected: string[] = [];

  beforeAll(async () => {
    callback = createCallback({ confirmation: 'code', secret: SECRET, validate: 'strict', onError: (error) => unexpected.push(String(error)) });
    for (const type of types) {
      callback.router.on(type, (event, context) => {
        // Typed: the handler's event is the union for `type`; its `type` says which one came.
        const list = received.get(context.eventId ?? '') ?? [];
        list.push({ type: event.type, context });
        received.set(context.eventId ?? '', list);
      });
    }
    callback.router.onUnknown((event) => void unexpected.push(`unknown ${event.type}`));
    server = await harness.start(callback);
  });
  afterAll(async () => {
    await server.close();
  });

  it.each(fixtures.events)('$file reaches the $type handler once', async (fixture) => {
    const id = eventId();
    const delivery = { ...fixture.json, event_id: id, v: '5.199', secret: SECRET };
    expect(await send(server.url, delivery)).toMatchObject({ status: 200, body: 'ok' });
    // VK redelivers (say our `ok` got lost): answered ok, not dispatched again.
    expect(await send(server.url, delivery, { retry: 1 })).toMatchObject({ status: 200, body: 'ok' });
    expect(received.get(id)).toEqual([
      { type: fixture.type, context: { groupId: fixture.json.group_id, eventId: id, apiVersion: '5.199', transport: 'callback' } },
    ]);
    expect(unexpected).toEqual([]);
  });
});
