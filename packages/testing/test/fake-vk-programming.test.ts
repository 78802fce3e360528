import { setTimeout as realDelay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeVk, fakeVkError, vkError as vkErrorAlias, type FakeVk, type FakeVkCallContext } from '../src/index.js';
import { GROUP_ID, USER_ID, USER_TOKEN, baseOptions, call, ok, vkError } from './support/vk-wire.js';

let fake: FakeVk;
beforeEach(async () => {
  fake = await createFakeVk(baseOptions);
});
afterEach(async () => {
  await fake.close();
});

describe('fake.handle', () => {
  it('answers with the programmed response and hands over typed params and the caller', async () => {
    const contexts: FakeVkCallContext[] = [];
    fake.handle('users.get', (params, context) => {
      contexts.push(context);
      return (params.user_ids ?? []).map((id) => ({ id: typeof id === 'number' ? id : 0, first_name: 'Pavel', last_name: 'Durov' }));
    });
    expect(await ok(fake, 'users.get', { user_ids: '1,2' }, { token: USER_TOKEN })).toEqual([
      { id: 1, first_name: 'Pavel', last_name: 'Durov' },
      { id: 2, first_name: 'Pavel', last_name: 'Durov' },
    ]);
    expect(contexts).toEqual([{ method: 'users.get', auth: { type: 'user', userId: USER_ID }, wireParams: { user_ids: '1,2' }, viaExecute: false }]);
  });

  it('still checks params before the handler runs', async () => {
    let ran = false;
    fake.handle('users.get', () => {
      ran = true;
      return [];
    });
    expect((await vkError(fake, 'users.get', { nope: 1 })).error_code).toBe(100);
    expect(ran).toBe(false);
  });

  it('answers with a VK error thrown by the handler (fakeVkError and its vkError alias)', async () => {
    fake.handle('users.get', () => {
      throw fakeVkError(18, 'User was deleted or banned');
    });
    expect(await vkError(fake, 'users.get', {})).toMatchObject({ error_code: 18, error_msg: 'User was deleted or banned' });
    fake.handle('users.get', () => {
      throw vkErrorAlias(30);
    });
    expect(await vkError(fake, 'users.get', {})).toMatchObject({ error_code: 30, error_msg: 'This profile is private' });
  });

  it('answers error 10 naming the method when a handler has a bug', async () => {
    fake.handle('users.get', () => {
      throw new Error('boom');
    });
    const error = await vkError(fake, 'users.get', {});
    expect(error.error_code).toBe(10);
    expect(error.error_msg).toContain('users.get');
    expect(error.error_msg).toContain('boom');
  });

  it('supports async handlers and can be removed again', async () => {
    const remove = fake.handle('groups.getById', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { groups: [{ id: 42, name: 'Programmed' }], profiles: [] };
    });
    expect(await ok(fake, 'groups.getById', {})).toEqual({ groups: [{ id: 42, name: 'Programmed' }], profiles: [] });
    remove();
    expect(await ok(fake, 'groups.getById', {})).toMatchObject({ groups: [{ id: GROUP_ID, name: 'Test' }] });
  });

  it('refuses names that are not VK methods', () => {
    // @ts-expect-error: not a method of the schema
    expect(() => fake.handle('users.fly', () => [])).toThrow(/not a VK API method/);
  });
});

describe('fake.failNext', () => {
  it('fails the next call with the error, then answers normally', async () => {
    fake.failNext('groups.getById', 10);
    expect(await vkError(fake, 'groups.getById', {})).toMatchObject({ error_code: 10, error_msg: 'Internal server error' });
    expect(await ok(fake, 'groups.getById', {})).toMatchObject({ groups: [{ id: GROUP_ID }] });
  });

  it('fails several calls in a row with times and a custom message; other methods are unaffected', async () => {
    fake.failNext('groups.getById', 9, { times: 2, message: 'Flood control: slow down' });
    expect(await ok(fake, 'users.get', {})).toBeDefined();
    expect((await vkError(fake, 'groups.getById', {})).error_msg).toBe('Flood control: slow down');
    expect((await vkError(fake, 'groups.getById', {})).error_code).toBe(9);
    expect(await ok(fake, 'groups.getById', {})).toBeDefined();
  });

  it('queues different failures in order', async () => {
    fake.failNext('users.get', 6);
    fake.failNext('users.get', 10);
    expect((await vkError(fake, 'users.get')).error_code).toBe(6);
    expect((await vkError(fake, 'users.get')).error_code).toBe(10);
    expect(await ok(fake, 'users.get')).toBeDefined();
  });

  it('sends a captcha with error 14 and lets the answered retry through', async () => {
    fake.failNext('messages.send', 14);
    const params = { peer_id: 5, random_id: 77, message: 'hello' };
    const captcha = await vkError(fake, 'messages.send', params);
    expect(captcha).toMatchObject({ error_code: 14, error_msg: 'Captcha needed' });
    expect(typeof captcha['captcha_sid']).toBe('string');
    expect(String(captcha['captcha_img'])).toContain(`${fake.url}/captcha.php?sid=${String(captcha['captcha_sid'])}`);

    const retried = await ok(fake, 'messages.send', { ...params, captcha_sid: String(captcha['captcha_sid']), captcha_key: 'abcd' });
    expect(retried).toBe(1);
    expect(fake.sentMessages).toHaveLength(1);
  });

  it('answers a wrong or reused captcha with a new captcha', async () => {
    fake.failNext('users.get', 14);
    const first = await vkError(fake, 'users.get');
    const sid = String(first['captcha_sid']);
    const wrongSid = await vkError(fake, 'users.get', { captcha_sid: '123', captcha_key: 'x' });
    expect(wrongSid.error_code).toBe(14);
    expect(wrongSid['captcha_sid']).not.toBe(sid);
    const emptyKey = await vkError(fake, 'users.get', { captcha_sid: sid, captcha_key: '' });
    expect(emptyKey.error_code).toBe(14);
  });

  it('adds redirect_uri to a programmed validation error (17)', async () => {
    fake.failNext('users.get', 17);
    const error = await vkError(fake, 'users.get');
    expect(error.error_code).toBe(17);
    expect(String(error['redirect_uri'])).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/validate\?sid=\d+$/);
  });

  it('rejects bad arguments', () => {
    expect(() => fake.failNext('users.get', 0)).toThrow(/positive integer/);
    expect(() => fake.failNext('users.get', 6, { times: 0 })).toThrow(/times/);
  });
});

describe('fake.setLatency', () => {
  /** Calls `method` on a fake clock: whether it answered by `ms - 1` (early) and by `ms` (on time) fake milliseconds. */
  const answeredWithin = async (method: string, ms: number): Promise<{ early: boolean; onTime: boolean }> => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const arrived = fake.requests.length + 1;
      let answered = false;
      const pending = call(fake, method, {}).then(() => (answered = true));
      while (fake.requests.length < arrived) await realDelay(2);
      await vi.advanceTimersByTimeAsync(Math.max(0, ms - 1));
      await realDelay(20); // room for an answer that should not come yet
      const early = answered;
      await vi.advanceTimersByTimeAsync(1);
      await pending;
      return { early, onTime: answered };
    } finally {
      vi.useRealTimers();
    }
  };

  it('delays every call, and one method more than the rest', async () => {
    fake.setLatency(120);
    expect(await answeredWithin('groups.getById', 120)).toEqual({ early: false, onTime: true });
    fake.setLatency('users.get', 250);
    expect(await answeredWithin('users.get', 250)).toEqual({ early: false, onTime: true });
    expect(await answeredWithin('groups.getById', 120)).toEqual({ early: false, onTime: true });
    fake.setLatency(0);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // No latency: answered while the fake clock stands still.
      expect(await ok(fake, 'groups.getById', {})).toMatchObject({ groups: [{ id: 1 }] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects negative and non-finite latencies', () => {
    expect(() => fake.setLatency(-1)).toThrow(/non-negative/);
    expect(() => fake.setLatency('users.get', Number.NaN)).toThrow(/non-negative/);
  });
});

describe('fake.calls and fake.route', () => {
  it('records every call with its outcome', async () => {
    fake.failNext('users.get', 6);
    await call(fake, 'users.get', { user_ids: '1' });
    await call(fake, 'groups.getById', {});
    expect(fake.calls.map(({ method, params, viaExecute, error }) => ({ method, params, viaExecute, error }))).toEqual([
      { method: 'users.get', params: { user_ids: '1' }, viaExecute: false, error: { code: 6, message: 'Too many requests per second' } },
      { method: 'groups.getById', params: {}, viaExecute: false, error: undefined },
    ]);
  });

  it('serves extra routes on the same server (the extension point for Long Poll and uploads)', async () => {
    fake.route('GET', '/upload/:id', (request) => ({ json: { id: request.pathParams['id'], q: request.query.get('q') } }));
    fake.route('POST', '/text', (request) => ({ status: 201, text: `got ${request.body}` }));
    const json = await fetch(`${fake.url}/upload/7?q=x`);
    expect(await json.json()).toEqual({ id: '7', q: 'x' });
    const text = await fetch(`${fake.url}/text`, { method: 'POST', body: 'abc' });
    expect(text.status).toBe(201);
    expect(await text.text()).toBe('got abc');
    fake.route('GET', '/broken', () => {
      throw new Error('route bug');
    });
    const broken = await fetch(`${fake.url}/broken`);
    expect(broken.status).toBe(500);
    expect(await broken.json()).toMatchObject({ error: 'internal_error', message: expect.stringContaining('route bug') });
    expect(fake.requests.map((request) => request.method)).toEqual([null, null, null]);
    expect(() => fake.route('get', '/x', () => ({ text: '' }))).toThrow(/upper-case/);
  });
});
