// Every way a call can fail, over real HTTP: VK errors (ApiError), execute_errors, network
// failures, timeouts, aborts (TransportError), and replies that are not VK JSON
// (BadResponseError); and that no error ever carries the token.
import { inspect } from 'node:util';
import { fakeVkError, type FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, BadResponseError, TransportError, createApi, isApiError } from '../src/index.js';
import { GROUP_ID, GROUP_TOKEN, allRenderings, clientFor, rejectionOf, startFake, startServer, until } from './helpers.js';


describe('ApiError', () => {
  let fake: FakeVk;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(() => fake.close());

  it('carries code, errors.json name, method, error_msg and the params sent', async () => {
    const api = clientFor(fake, { retry: false });
    const error = await rejectionOf(api.groups.setCallbackSettings({ group_id: GROUP_ID, server_id: 999, message_new: true }));
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error, 104)).toBe(true);
    if (!isApiError(error, 104)) return;
    expect(error).toMatchObject({
      code: 104,
      name: 'api_error_not_found',
      method: 'groups.setCallbackSettings',
      vkMessage: 'Not found',
      description: 'Not found',
      viaExecute: false,
      params: { group_id: '1', server_id: '999', message_new: '1' },
    });
    expect(error.message).toBe('groups.setCallbackSettings failed with VK error 104 (api_error_not_found): Not found');
    expect(isApiError(error, 15)).toBe(false);
    expect(isApiError(error, [15, 104])).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
  });

  it('names a code errors.json does not know `ApiError`', async () => {
    fake.handle('groups.getTokenPermissions', () => {
      throw fakeVkError(77777, 'Brand new error');
    });
    const api = clientFor(fake, { retry: false });
    const error = await rejectionOf(api.groups.getTokenPermissions());
    expect(error).toMatchObject({ name: 'ApiError', code: 77777, vkMessage: 'Brand new error', description: undefined });
  });

  it('redacts secret-looking params (token, secret, key) but keeps the rest, keyboard included', async () => {
    fake.handle('groups.addCallbackServer', () => {
      throw fakeVkError(15, 'Access denied');
    });
    const api = clientFor(fake, { retry: false });
    const error = await rejectionOf(api.groups.addCallbackServer({ group_id: GROUP_ID, url: 'https://x.example', title: 'T', secret_key: 'hunter2' }));
    expect(error).toMatchObject({ params: { group_id: '1', url: 'https://x.example', title: 'T', secret_key: '[redacted]' } });
    expect(allRenderings(error)).not.toContain('hunter2');

    fake.handle('messages.send', () => {
      throw fakeVkError(901, "Can't send messages for users without permission");
    });
    const keyboard = JSON.stringify({ one_time: true, buttons: [[{ action: { type: 'text', label: 'Hi' } }]] });
    const send = await rejectionOf(api.messages.send({ peer_id: 10, message: 'hi', keyboard, random_id: 1 }));
    expect(send).toMatchObject({ code: 901, params: { keyboard, message: 'hi', random_id: '1' } });
  });

  it('maps execute_errors of a direct execute to ApiErrors next to the response', async () => {
    const api = clientFor(fake);
    const result = await api.execute({ code: `return [API.groups.getById({"group_ids":"1"}), API.groups.getById({"group_ids":"424242"})];` });
    expect(result.response).toEqual([expect.objectContaining({ groups: [expect.objectContaining({ id: 1 })] }), false]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 100, method: 'groups.getById', viaExecute: true });
    expect(result.errors[0]).toBeInstanceOf(ApiError);
  });

  it('never shows the token: VK echoing it in error_msg is scrubbed too', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { error_code: 5, error_msg: `User authorization failed: invalid access_token ${GROUP_TOKEN}` } }));
    });
    const api = clientFor(server, { retry: false });
    const error = await rejectionOf(api.groups.getById({ group_ids: [1] }));
    expect(isApiError(error, 5)).toBe(true);
    expect(allRenderings(error)).not.toContain(GROUP_TOKEN);
    expect(allRenderings(error)).toContain('[redacted]');
  });

  it('serialises to informative JSON', async () => {
    const api = clientFor(fake, { retry: false });
    const error = await rejectionOf(api.groups.setCallbackSettings({ group_id: GROUP_ID, server_id: 999 }));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'api_error_not_found',
      message: 'groups.setCallbackSettings failed with VK error 104 (api_error_not_found): Not found',
      method: 'groups.setCallbackSettings',
      code: 104,
      vkMessage: 'Not found',
      description: 'Not found',
      params: { group_id: '1', server_id: '999' },
      viaExecute: false,
    });
  });
});

describe('TransportError', () => {
  it('network failure: kind network, the socket error as cause, no token anywhere', async () => {
    const server = await startServer(() => undefined);
    await server.close();
    const api = clientFor(server, { retry: false });
    const error = await rejectionOf(api.groups.getById({ group_ids: [1] }));
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ kind: 'network', method: 'groups.getById' });
    expect(error instanceof TransportError && error.cause).toMatchObject({ code: 'ECONNREFUSED' });
    expect(String(error)).toMatch(/^TransportError: groups\.getById: request failed: \w*Error \(ECONNREFUSED\)/);
    expect(allRenderings(error)).not.toContain(GROUP_TOKEN);
  });

  it('a connection the server drops mid-request is a network error', async () => {
    const server = await startServer((req) => req.socket.destroy());
    const api = clientFor(server, { retry: false });
    const error = await rejectionOf(api.groups.getById({ group_ids: [1] }));
    expect(error).toMatchObject({ name: 'TransportError', kind: 'network' });
    expect(allRenderings(error)).not.toContain(GROUP_TOKEN);
  });

  it('timeout: kind timeout after timeoutMs (client option and per call)', async () => {
    const fake = await startFake();
    try {
      fake.setLatency('groups.getById', 300);
      const api = clientFor(fake, { retry: false, timeoutMs: 50 });
      // The fake answers after 300 ms: a timeout error can only come from the 50 ms deadline.
      const error = await rejectionOf(api.groups.getById({ group_ids: [1] }));
      expect(error).toMatchObject({ name: 'TransportError', kind: 'timeout', message: 'groups.getById: no answer within 50 ms' });

      const slow = clientFor(fake, { retry: false });
      const perCall = await rejectionOf(slow.groups.getById({ group_ids: [1] }, { timeoutMs: 40 }));
      expect(perCall).toMatchObject({ kind: 'timeout', message: 'groups.getById: no answer within 40 ms' });
      expect(allRenderings(perCall)).not.toContain(GROUP_TOKEN);
    } finally {
      await fake.close();
    }
  });

  it('abort: kind aborted, the signal reason as cause, never retried', async () => {
    const fake = await startFake();
    try {
      fake.setLatency('groups.getById', 300);
      const api = clientFor(fake);
      const controller = new AbortController();
      const call = api.groups.getById({ group_ids: [1] }, { signal: controller.signal });
      await until(() => fake.requests.some((r) => r.method === 'groups.getById'), 'the request to arrive');
      controller.abort(new Error('user left'));
      const error = await rejectionOf(call);
      expect(error).toMatchObject({ name: 'TransportError', kind: 'aborted', message: 'groups.getById: aborted by the caller' });
      expect(error instanceof TransportError && error.cause).toMatchObject({ message: 'user left' });
      expect(fake.requests.filter((r) => r.method === 'groups.getById')).toHaveLength(1);

      const already = await rejectionOf(api.groups.getById({ group_ids: [1] }, { signal: AbortSignal.abort() }));
      expect(already).toMatchObject({ kind: 'aborted' });
      expect(fake.requests.filter((r) => r.method === 'groups.getById')).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});

describe('BadResponseError', () => {
  it('an HTML outage page names status and content-type instead of a SyntaxError', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>502 Bad Gateway</body></html>');
    });
    const api = clientFor(server, { retry: false });
    const error = await rejectionOf(api.groups.getById({ group_ids: [1] }));
    expect(error).toBeInstanceOf(BadResponseError);
    expect(error).toMatchObject({ status: 502, contentType: 'text/html; charset=utf-8', bodySnippet: '<html><body>502 Bad Gateway</body></html>' });
    expect(String(error)).toBe(
      'BadResponseError: groups.getById: VK answered with 41 bytes that are not JSON (HTTP 502, content-type text/html; charset=utf-8)',
    );
  });

  it('malformed JSON and JSON without response/error are BadResponseErrors too', async () => {
    let body = '{"response": [1, 2';
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    const api = clientFor(server, { retry: false });
    expect(await rejectionOf(api.groups.getById({ group_ids: [1] }))).toMatchObject({
      name: 'BadResponseError',
      status: 200,
      message: 'groups.getById: VK answered with malformed JSON (18 bytes) (HTTP 200, content-type application/json)',
    });
    body = '{"ok": true}';
    expect(await rejectionOf(api.groups.getById({ group_ids: [1] }))).toMatchObject({
      name: 'BadResponseError',
      message: expect.stringContaining('neither `response` nor `error`'),
    });
  });

  it('a reply with no content-type says so', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(503).end('Service Unavailable');
    });
    const api = clientFor(server, { retry: false });
    expect(await rejectionOf(api.groups.getById({ group_ids: [1] }))).toMatchObject({ status: 503, contentType: undefined, message: expect.stringContaining('content-type missing') });
  });
});

describe('no error shows the token', () => {
  it('every kind of failure, rendered every way, cause chains included', async () => {
    const fake = await startFake();
    const html = await startServer((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end(`<p>bad gateway for ${GROUP_TOKEN}</p>`));
    const dead = await startServer(() => undefined);
    await dead.close();
    try {
      fake.setLatency('users.get', 200);
      const api = clientFor(fake, { retry: false, batch: true, validate: 'params' });
      fake.failNext('groups.getById', 5);
      const errors: unknown[] = await Promise.all([
        rejectionOf(api.groups.getById({ group_ids: [1] }, { batch: false })), // ApiError
        rejectionOf(Promise.all([api.groups.getById({ group_ids: [424242] }), api.groups.getById({ group_ids: [1] })])), // ApiError via execute
        rejectionOf(api.users.get({ user_ids: [1] }, { timeoutMs: 20, batch: false })), // timeout
        rejectionOf(api.users.get({ user_ids: [1] }, { signal: AbortSignal.abort(new Error('stop')), batch: false })), // aborted
        rejectionOf(api.groups.getMembers({ group_id: 1, count: 100_000 })), // ValidationError
        rejectionOf(clientFor(html, { retry: false }).groups.getById({ group_ids: [1] })), // BadResponseError
        rejectionOf(clientFor(dead, { retry: false }).groups.getById({ group_ids: [1] })), // network
      ]);
      const closed = clientFor(fake);
      await closed.close();
      errors.push(await rejectionOf(closed.groups.getById({ group_ids: [1] })));
      expect(errors.map((e) => (e instanceof Error ? e.name : typeof e))).toEqual([
        'api_error_auth',
        'api_error_param',
        'TransportError',
        'TransportError',
        'ValidationError',
        'BadResponseError',
        'TransportError',
        'TransportError',
      ]);
      for (const error of errors) expect(allRenderings(error)).not.toContain(GROUP_TOKEN);
    } finally {
      await fake.close();
    }
  });
});

describe('BadResponseError.bodySnippet never keeps part of the token', () => {
  it('a 200 page echoing the Authorization header, the token straddling the cut at 200 characters', async () => {
    let start = 0;
    // The page puts "Bearer <token>" wherever the test asks, as a misconfigured proxy's debug page would.
    const page = await startServer((req, res) => {
      const padding = '.'.repeat(Math.max(0, start - 'Authorization: Bearer '.length));
      res.writeHead(200, { 'content-type': 'text/html' }).end(`${padding}Authorization: ${req.headers.authorization ?? ''} <p>more</p>`);
    });
    const api = clientFor(page, { retry: false });
    for (const at of [150, 185, 196, 199, 200]) {
      start = at;
      const error = await rejectionOf(api.groups.getById({ group_ids: [1] }));
      expect(error).toBeInstanceOf(BadResponseError);
      if (!(error instanceof BadResponseError)) return;
      expect(error.bodySnippet.length).toBeLessThanOrEqual(200 + '[redacted]'.length);
      // Any 4 characters of the token past its common `vk1.a.` prefix would be a leak.
      const rendered = allRenderings(error);
      for (let i = 6; i + 4 <= GROUP_TOKEN.length; i += 1) expect(rendered).not.toContain(GROUP_TOKEN.slice(i, i + 4));
      if (at < 200) expect(error.bodySnippet).toMatch(/Bearer \[redacted\]/);
    }
  });
});

describe('the client object', () => {
  it('holds the token only in closures: inspecting or serialising the client shows none', async () => {
    const api = createApi({ token: GROUP_TOKEN, baseUrl: 'http://127.0.0.1:9' });
    void api.groups; // materialise a namespace
    expect(inspect(api, { showHidden: true, depth: 5 })).not.toContain(GROUP_TOKEN);
    expect(JSON.stringify(api)).not.toContain(GROUP_TOKEN);
    await api.close();
  });
});

describe('options', () => {
  it('bad options fail at createApi with clear messages that never quote the token', () => {
    expect(() => createApi({ token: '' })).toThrow('createApi: `token` must be a non-empty string');
    expect(() => createApi({ token: GROUP_TOKEN, batch: { maxCalls: 26 } })).toThrow('`batch.maxCalls` must be an integer from 1 to 25, got 26');
    expect(() => createApi({ token: GROUP_TOKEN, tokenType: 'service', batch: true })).toThrow('service tokens');
    expect(() => createApi({ token: GROUP_TOKEN, rateLimit: { perSecond: 0 } })).toThrow('`rateLimit.perSecond` must be a positive number, got 0');
    expect(() => createApi({ token: GROUP_TOKEN, baseUrl: 'api.vk.com' })).toThrow('`baseUrl` must be an http(s) URL');
  });
});
