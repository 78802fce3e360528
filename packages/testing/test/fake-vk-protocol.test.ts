import { connect } from 'node:net';
import { setTimeout as realDelay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeVk, type FakeVk } from '../src/index.js';
import { GROUP_TOKEN, SERVICE_TOKEN, USER_TOKEN, baseOptions, call, callRaw, ok, vkError } from './support/vk-wire.js';

let fake: FakeVk;
beforeEach(async () => {
  fake = await createFakeVk(baseOptions);
});
afterEach(async () => {
  await fake.close();
});

describe('transport', () => {
  it('listens on 127.0.0.1 and answers POST form bodies and GET queries alike', async () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const viaPost = await ok(fake, 'groups.getById', { group_id: 1 });
    const viaGet = await ok(fake, 'groups.getById', { group_id: 1 }, { httpMethod: 'GET' });
    expect(viaGet).toEqual(viaPost);
  });

  it('accepts the token as an access_token param as well as a Bearer header', async () => {
    expect(await ok(fake, 'groups.getById', {}, { tokenVia: 'param' })).toMatchObject({ groups: [{ id: 1 }] });
  });

  it('requires v, like VK (error 8)', async () => {
    const error = await vkError(fake, 'users.get', {}, { v: null });
    expect(error.error_code).toBe(8);
    expect(error.error_msg).toBe('Invalid request: v (version) is required');
  });

  it('rejects a version it does not serve (error 8)', async () => {
    const error = await vkError(fake, 'users.get', {}, { v: '5.131' });
    expect(error.error_code).toBe(8);
    expect(error.error_msg).toContain('5.131');
  });

  it('answers error 5 without a token and with an unknown one', async () => {
    const missing = await vkError(fake, 'users.get', {}, { token: null });
    expect(missing).toMatchObject({ error_code: 5, error_msg: 'User authorization failed: no access_token passed.' });
    const wrong = await vkError(fake, 'users.get', {}, { token: 'not-a-token' });
    expect(wrong).toMatchObject({ error_code: 5, error_msg: 'User authorization failed: invalid access_token (4).' });
  });

  it('answers error 5 for an Authorization header that is not Bearer', async () => {
    const response = await fetch(`${fake.url}/method/users.get`, {
      method: 'POST',
      headers: { authorization: `Basic ${GROUP_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'v=5.199',
    });
    const body: unknown = await response.json();
    expect(body).toMatchObject({ error: { error_code: 5 } });
  });

  it('answers error 3 for a method VK does not have', async () => {
    expect(await vkError(fake, 'users.fly')).toMatchObject({ error_code: 3, error_msg: 'Unknown method passed' });
  });

  it('answers errors with HTTP 200 and VK request_params (method, oauth, then the params)', async () => {
    const response = await callRaw(fake, 'users.fly', { user_ids: '1' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      error: {
        error_code: 3,
        error_msg: 'Unknown method passed',
        request_params: [
          { key: 'method', value: 'users.fly' },
          { key: 'oauth', value: '1' },
          { key: 'v', value: '5.199' },
          { key: 'user_ids', value: '1' },
        ],
      },
    });
  });
});

describe('token types', () => {
  it('answers 27 when a community token calls a user-only method', async () => {
    const error = await vkError(fake, 'wall.post', { message: 'hi' }, { token: GROUP_TOKEN });
    expect(error).toMatchObject({ error_code: 27, error_msg: 'Group authorization failed: method is unavailable with group auth.' });
  });

  it('answers 15 when a user token calls a community-only method', async () => {
    const error = await vkError(fake, 'messages.sendMessageEventAnswer', { event_id: 'e', user_id: 1, peer_id: 1 }, { token: USER_TOKEN });
    expect(error.error_code).toBe(15);
  });

  it('answers 28 when a service token calls a method closed to it', async () => {
    const error = await vkError(fake, 'messages.send', { peer_id: 1, random_id: 1, message: 'x' }, { token: SERVICE_TOKEN });
    expect(error.error_code).toBe(28);
  });
});

describe('params (error 100 names the param)', () => {
  it('rejects an unknown param', async () => {
    const error = await vkError(fake, 'users.get', { user_ids: '1', bogus: 'x' });
    expect(error.error_code).toBe(100);
    expect(error.error_msg).toBe('One of the parameters specified was missing or invalid: bogus is not a parameter of this method');
  });

  it('rejects a missing required param', async () => {
    const error = await vkError(fake, 'utils.resolveScreenName', {});
    expect(error.error_msg).toBe('One of the parameters specified was missing or invalid: screen_name is undefined');
  });

  it('rejects a non-integer integer', async () => {
    const error = await vkError(fake, 'users.get', { from_group_id: 'abc' });
    expect(error).toMatchObject({ error_code: 100, error_msg: expect.stringContaining('from_group_id not integer') });
  });

  it('rejects a boolean that is not 1 or 0', async () => {
    const error = await vkError(fake, 'messages.getConversations', { extended: 'yes' });
    expect(error.error_msg).toContain('extended must be 1 or 0');
  });

  it('rejects a bad list item, naming the param and the item', async () => {
    const error = await vkError(fake, 'messages.getById', { message_ids: '1,x' });
    expect(error.error_msg).toContain('message_ids item 2 not integer');
  });

  it('rejects values the validator refuses (range, enum)', async () => {
    const tooMany = await vkError(fake, 'messages.getConversations', { count: 500 });
    expect(tooMany.error_msg).toMatch(/: count is invalid: /);
    const badFilter = await vkError(fake, 'messages.getConversations', { filter: 'everything' });
    expect(badFilter.error_msg).toMatch(/: filter is invalid: /);
  });

  it('rejects malformed JSON in a json param', async () => {
    const error = await vkError(fake, 'messages.send', { peer_id: 1, random_id: 1, message: 'x', keyboard: '{oops' });
    expect(error.error_msg).toContain('keyboard is not valid JSON');
  });

  it('rejects a param given twice', async () => {
    const response = await fetch(`${fake.url}/method/users.get?user_ids=1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${GROUP_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'v=5.199&user_ids=2',
    });
    expect(await response.json()).toMatchObject({ error: { error_code: 100, error_msg: expect.stringContaining('user_ids is given more than once') } });
  });

  it('decodes lists, booleans and integer|string values before validating', async () => {
    const seen: unknown[] = [];
    fake.handle('users.get', (params) => {
      seen.push(params);
      return [];
    });
    fake.handle('messages.getConversations', (params) => {
      seen.push(params);
      return { count: 0, items: [] };
    });
    await ok(fake, 'users.get', { user_ids: '1,durov', fields: 'sex,city' });
    await ok(fake, 'messages.getConversations', { extended: 1, count: 5 });
    expect(seen).toEqual([
      { user_ids: [1, 'durov'], fields: ['sex', 'city'] },
      { extended: true, count: 5 },
    ]);
  });

  it('ignores transport params (lang, test_mode)', async () => {
    expect(await ok(fake, 'groups.getById', { lang: 'en', test_mode: 1 })).toMatchObject({ groups: [{ id: 1 }] });
  });
});

describe('rate limit (error 6)', () => {
  // The fake's limiter reads Date.now(): a fake Date holds the clock still while the requests
  // arrive (however slowly a loaded machine sends them) and moves it only when the test says.
  it('allows VK’s 3 requests per second for a user token, then answers 6, then recovers', async () => {
    const limited = await createFakeVk({ ...baseOptions, rateLimit: undefined });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => call(limited, 'users.get', {}, { token: USER_TOKEN })),
      );
      const codes = results.map((result) => ('error' in result ? result.error.error_code : 'ok'));
      expect(codes.filter((code) => code === 'ok')).toHaveLength(3);
      expect(codes.filter((code) => code === 6)).toHaveLength(2);
      const tooMany = results.find((result) => 'error' in result);
      expect(tooMany).toMatchObject({ error: { error_msg: 'Too many requests per second' } });

      vi.advanceTimersByTime(999);
      expect(await call(limited, 'users.get', {}, { token: USER_TOKEN })).toMatchObject({ error: { error_code: 6 } });
      vi.advanceTimersByTime(1);
      expect(await call(limited, 'users.get', {}, { token: USER_TOKEN })).toHaveProperty('response');
    } finally {
      vi.useRealTimers();
      await limited.close();
    }
  });

  it('counts per token and honours a custom limit', async () => {
    const limited = await createFakeVk({ ...baseOptions, rateLimit: { perSecond: 2 } });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const group = await Promise.all([1, 2, 3].map(() => call(limited, 'groups.getById', {})));
      const user = await Promise.all([1, 2].map(() => call(limited, 'users.get', {}, { token: USER_TOKEN })));
      expect(group.filter((result) => 'error' in result)).toHaveLength(1);
      expect(user.every((result) => 'response' in result)).toBe(true);
    } finally {
      vi.useRealTimers();
      await limited.close();
    }
  });

  it('allows 20 per second for a community token by default', async () => {
    const limited = await createFakeVk({ ...baseOptions, rateLimit: undefined });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const results = await Promise.all(Array.from({ length: 21 }, () => call(limited, 'groups.getById', {})));
      expect(results.filter((result) => 'error' in result)).toHaveLength(1);
    } finally {
      vi.useRealTimers();
      await limited.close();
    }
  });
});

describe('token redaction', () => {
  it('never records the token in fake.requests (header or param)', async () => {
    await call(fake, 'groups.getById', {});
    await call(fake, 'groups.getById', {}, { tokenVia: 'param' });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]?.headers['authorization']).toBe('Bearer [REDACTED]');
    expect(fake.requests[1]?.params['access_token']).toBe('[REDACTED]');
    expect(JSON.stringify(fake.requests)).not.toContain(GROUP_TOKEN);
    expect(fake.requests[0]).toMatchObject({ method: 'groups.getById', httpMethod: 'POST', params: { v: '5.199' } });
    expect(typeof fake.requests[0]?.at).toBe('number');
  });

  it('never echoes the token in request_params or error messages', async () => {
    const error = await vkError(fake, 'users.get', { bogus: GROUP_TOKEN }, { tokenVia: 'param' });
    const text = JSON.stringify(error);
    expect(text).not.toContain(GROUP_TOKEN);
    expect(error.request_params.map((param) => param.key)).not.toContain('access_token');
    expect(error.request_params).toContainEqual({ key: 'bogus', value: '[REDACTED]' });
    expect(fake.calls[0]?.params).toEqual({ bogus: '[REDACTED]' });
  });

  it('never echoes a token a handler puts in its error message', async () => {
    fake.handle('users.get', () => {
      throw new Error(`could not use ${GROUP_TOKEN}`);
    });
    const error = await vkError(fake, 'users.get');
    expect(error.error_msg).toContain('could not use [REDACTED]');
    expect(JSON.stringify(fake.calls)).not.toContain(GROUP_TOKEN);
  });

  it('redacts a token-looking Authorization value with no scheme', async () => {
    await fetch(`${fake.url}/method/users.get`, { method: 'POST', headers: { authorization: GROUP_TOKEN }, body: '' });
    expect(fake.requests[0]?.headers['authorization']).toBe('[REDACTED]');
  });
});

describe('robustness', () => {
  it('answers 404 JSON for paths it does not serve', async () => {
    const response = await fetch(`${fake.url}/nothing/here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });

  it('answers 405 for other HTTP methods on /method/*', async () => {
    const response = await fetch(`${fake.url}/method/users.get`, { method: 'PUT', body: 'v=5.199' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('POST');
  });

  it('answers 413 for a body over the limit and keeps serving', async () => {
    const small = await createFakeVk({ ...baseOptions, maxBodyBytes: 1024 });
    try {
      const response = await fetch(`${small.url}/method/messages.send`, {
        method: 'POST',
        headers: { authorization: `Bearer ${GROUP_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: `v=5.199&message=${'x'.repeat(4096)}`,
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: 'payload_too_large' });
      expect(await ok(small, 'groups.getById', {})).toMatchObject({ groups: [{ id: 1 }] });
    } finally {
      await small.close();
    }
  });

  it('answers 415 for a body that is not a form', async () => {
    const response = await fetch(`${fake.url}/method/users.get`, {
      method: 'POST',
      headers: { authorization: `Bearer ${GROUP_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ v: '5.199' }),
    });
    expect(response.status).toBe(415);
  });

  it('survives malformed bodies and malformed HTTP', async () => {
    const garbage = await fetch(`${fake.url}/method/users.get`, {
      method: 'POST',
      headers: { authorization: `Bearer ${GROUP_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: '%%%&&&===v=5.199&\u0000\uffff',
    });
    expect(garbage.status).toBe(200);
    // A request line no HTTP parser accepts, over a raw socket.
    const port = Number(new URL(fake.url).port);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(await ok(fake, 'groups.getById', {})).toMatchObject({ groups: [{ id: 1 }] });
  });

  it('rejects bad options with a message that says what to fix, never quoting a token', async () => {
    await expect(createFakeVk({ tokens: [{ token: 'secret-1', type: 'group', groupId: 99 }] })).rejects.toThrow(/community token of group 99, which is not in groups/);
    const duplicate = createFakeVk({
      groups: [{ id: 1, name: 'A' }],
      tokens: [
        { token: 'secret-2', type: 'user', userId: 1 },
        { token: 'secret-2', type: 'user', userId: 2 },
      ],
    });
    await expect(duplicate).rejects.toThrow(/tokens\[1\] repeats an earlier token/);
    await duplicate.catch((error: unknown) => {
      expect(String(error)).not.toContain('secret-2');
    });
    await expect(createFakeVk({ ...baseOptions, rateLimit: { perSecond: 0 } })).rejects.toThrow(/rateLimit\.perSecond/);
  });
});

describe('close()', () => {
  it('waits for a request in progress and answers it', async () => {
    const slow = await createFakeVk(baseOptions);
    slow.setLatency('groups.getById', 300);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // the latency ends when the test says
    try {
      const pending = ok(slow, 'groups.getById', {});
      while (slow.requests.length === 0) await realDelay(2);
      let closed = false;
      const closing = slow.close().then(() => (closed = true));
      await realDelay(20); // room for a close() that would not wait
      expect(closed).toBe(false);
      await vi.advanceTimersByTimeAsync(300);
      await closing;
      expect(await pending).toMatchObject({ groups: [{ id: 1 }] });
    } finally {
      vi.useRealTimers();
    }
    await expect(fetch(`${slow.url}/method/groups.getById`)).rejects.toThrow();
  });

  it('can be called twice', async () => {
    const twice = await createFakeVk(baseOptions);
    await Promise.all([twice.close(), twice.close()]);
    await twice.close();
  });
});
