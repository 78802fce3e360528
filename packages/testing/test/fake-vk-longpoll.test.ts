/**
 * The fake's Long Poll servers, spoken to by hand over HTTP: sessions from
 * groups/messages.getLongPollServer, numbered events with `wait`, and every scripted fault.
 */
import { apiValidators } from '@vkts/types/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFakeVk, type FakeVk } from '../src/index.js';
import { GROUP_ID, USER_ID, USER_TOKEN, baseOptions, ok, vkError } from './support/vk-wire.js';

let fake: FakeVk;
beforeEach(async () => {
  fake = await createFakeVk(baseOptions);
});
afterEach(async () => {
  await fake.close();
});

const zSession = z.object({ server: z.string(), key: z.string(), ts: z.union([z.string(), z.number()]) });
type Session = z.infer<typeof zSession>;

async function botsSession(): Promise<Session> {
  await ok(fake, 'groups.setLongPollSettings', { group_id: GROUP_ID, enabled: 1 });
  return zSession.parse(await ok(fake, 'groups.getLongPollServer', { group_id: GROUP_ID }));
}

async function check(session: Session, ts: string | number, extra: Record<string, string> = {}): Promise<Response> {
  const url = new URL(session.server);
  for (const [name, value] of Object.entries({ act: 'a_check', key: session.key, ts: String(ts), wait: '0', ...extra })) url.searchParams.set(name, value);
  return fetch(url);
}

async function json(response: Promise<Response>): Promise<unknown> {
  const answer = await response;
  expect(answer.status).toBe(200);
  return answer.json();
}

describe('Bots Long Poll', () => {
  it('is off until groups.setLongPollSettings(enabled=1)', async () => {
    expect((await vkError(fake, 'groups.getLongPollServer', { group_id: GROUP_ID })).error_msg).toContain('Bots Long Poll is disabled');
  });

  it('numbers events from the session ts, gives them group_id, event_id and v, and answers in batches', async () => {
    const session = await botsSession();
    expect(session.server).toBe(`${fake.url}/bots-longpoll/${GROUP_ID}`);
    const lp = fake.longPoll.group(GROUP_ID);
    expect(String(session.ts)).toBe(String(lp.ts));
    lp.maxBatch = 2;
    const pushed = lp.push({ type: 'group_join', object: { user_id: 1, join_type: 'join' } }, { type: 'group_leave', object: { user_id: 2, self: 1 } }, { type: 'like_add', object: {} });
    expect(pushed[0]).toMatchObject({ group_id: GROUP_ID, v: '5.199', event_id: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(await json(check(session, session.ts))).toEqual({ ts: String(Number(session.ts) + 2), updates: pushed.slice(0, 2) });
    expect(await json(check(session, Number(session.ts) + 2))).toEqual({ ts: String(Number(session.ts) + 3), updates: pushed.slice(2) });
    // Asking again from an earlier ts gives the same events again: VK keeps history by ts.
    expect(await json(check(session, session.ts))).toMatchObject({ updates: pushed.slice(0, 2) });
    expect(lp.checks.map((c) => [c.answer, c.count, c.keyValid])).toEqual([
      ['events', 2, true],
      ['events', 1, true],
      ['events', 2, true],
    ]);
    expect(apiValidators['groups.getLongPollServer'].responses.response.parse(session)).toBeTruthy();
  });

  it('holds a check for `wait` seconds and answers as soon as an event is pushed', async () => {
    const session = await botsSession();
    const lp = fake.longPoll.group(GROUP_ID);
    const pending = json(check(session, session.ts, { wait: '90' }));
    while (lp.inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const [event] = lp.push({ type: 'group_join', object: { user_id: 1, join_type: 'join' } });
    expect(await pending).toEqual({ ts: String(Number(session.ts) + 1), updates: [event] });
  });

  it('answers failed: 2 for an old key, failed: 1 with the current ts for a ts out of range', async () => {
    const session = await botsSession();
    const lp = fake.longPoll.group(GROUP_ID);
    lp.expireKey();
    expect(await json(check(session, session.ts))).toEqual({ failed: 2 });
    const fresh = zSession.parse(await ok(fake, 'groups.getLongPollServer', { group_id: GROUP_ID }));
    expect(await json(check(fresh, 999))).toEqual({ failed: 1, ts: String(lp.ts) });
  });

  it('meets scripted faults in order, one per check, then answers normally', async () => {
    const session = await botsSession();
    const lp = fake.longPoll.group(GROUP_ID);
    lp.failNext({ failed: 1 });
    lp.failNext({ failed: 1, ts: 10 });
    lp.failNextHttp(502);
    lp.resetNext();
    lp.stallNext(1);
    lp.failNext({ failed: 3 });
    expect(lp.pendingFaults).toBe(6);
    expect(await json(check(session, session.ts))).toEqual({ failed: 1, ts: String(session.ts) });
    expect(await json(check(session, session.ts))).toEqual({ failed: 1, ts: 10 });
    const bad = await check(session, session.ts);
    expect([bad.status, await bad.text()]).toEqual([502, 'HTTP 502 from the fake VK Long Poll server']);
    await expect(check(session, session.ts)).rejects.toThrow();
    expect(await json(check(session, session.ts))).toEqual({ ts: String(session.ts), updates: [] });
    expect(await json(check(session, session.ts))).toEqual({ failed: 3 });
    // failed: 3 ended the key.
    expect(await json(check(session, session.ts))).toEqual({ failed: 2 });
    expect(lp.checks.map((c) => c.answer)).toEqual(['failed', 'failed', 'http', 'reset', 'empty', 'failed', 'failed']);
    expect(lp.checks.map((c) => c.stalled)).toEqual([false, false, false, false, true, false, false]);
  });

  it('gives a held check a fault scripted while it waits, and close() answers held and stalled checks', async () => {
    const session = await botsSession();
    const lp = fake.longPoll.group(GROUP_ID);
    const held = json(check(session, session.ts, { wait: '90' }));
    while (lp.inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    lp.failNext({ failed: 2 });
    expect(await held).toEqual({ failed: 2 });

    const fresh = zSession.parse(await ok(fake, 'groups.getLongPollServer', { group_id: GROUP_ID }));
    lp.stallNext(600_000);
    const stalled = check(fresh, fresh.ts, { wait: '90' });
    const waiting = check(fresh, fresh.ts, { wait: '90' });
    while (lp.inFlight < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await fake.close();
    expect(await (await stalled).json()).toEqual({ ts: String(fresh.ts), updates: [] });
    expect(await (await waiting).json()).toEqual({ ts: String(fresh.ts), updates: [] });
  });

  it('rejects bad scripts clearly', () => {
    const lp = fake.longPoll.group(GROUP_ID);
    expect(() => lp.failNextHttp(99)).toThrow(/not an HTTP status/);
    expect(() => lp.stallNext(-1)).toThrow(/non-negative/);
    expect(() => (lp.maxBatch = 0)).toThrow(/positive integer/);
    // @ts-expect-error an event needs a type
    expect(() => lp.push({ object: {} })).toThrow(/string `type`/);
  });
});

describe('User Long Poll', () => {
  it('serves a user token through messages.getLongPollServer with numeric ts, and checks the version', async () => {
    const session = zSession.parse(await ok(fake, 'messages.getLongPollServer', { lp_version: 3, need_pts: 1 }, { token: USER_TOKEN }));
    expect(session.server).toBe(`${fake.url}/user-longpoll/${USER_ID}`);
    expect(typeof session.ts).toBe('number');
    const lp = fake.longPoll.user(USER_ID);
    lp.push([4, 1, 1, 2000000001, 1700000000, 'hi', { from: '5' }, {}, 0, 7], [80, 3, 0]);
    expect(await json(check(session, session.ts, { mode: '2', version: '3' }))).toEqual({
      ts: Number(session.ts) + 2,
      updates: [[4, 1, 1, 2000000001, 1700000000, 'hi', { from: '5' }, {}, 0, 7], [80, 3, 0]],
    });
    expect(lp.checks[0]?.params).toMatchObject({ mode: '2', version: '3' });
    expect(await json(check(session, session.ts, { version: '99' }))).toEqual({ failed: 4, min_version: 0, max_version: 19 });
    // @ts-expect-error an update is an array
    expect(() => lp.push({ code: 4 })).toThrow(/array starting with its numeric code/);
  });

  it('serves a community token as minus the community id, and refuses a service token', async () => {
    const session = zSession.parse(await ok(fake, 'messages.getLongPollServer', {}));
    expect(session.server).toBe(`${fake.url}/user-longpoll/-${GROUP_ID}`);
    expect(session).not.toHaveProperty('pts');
  });
});
