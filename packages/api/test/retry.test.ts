// Retries: which failures are retried (6, 10, network, timeouts, outage pages), how often and
// for how long, counted both by onRetry and by the requests the server saw; and that retrying
// messages.send never delivers a message twice.
import { request as httpRequest } from 'node:http';
import type { FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isApiError, type RetryEvent } from '../src/index.js';
import { advanceUntil, clientFor, recordRequests, settledCount, startFake, startServer, until, useFakeClock } from './helpers.js';

describe('retries', () => {
  let fake: FakeVk;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(() => fake.close());

  it.each([6, 10] as const)('retries VK error %i until it passes, and reports each retry', async (code) => {
    const events: RetryEvent[] = [];
    const api = clientFor(fake, { retry: { baseDelayMs: 1, onRetry: (event) => events.push(event) } });
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', code, { times: 2 });
    const response = await api.groups.getById({ group_ids: [1] });
    expect(response.groups?.[0]?.id).toBe(1);
    expect(sent()).toHaveLength(3);
    expect(events.map((e) => [e.retry, e.method, isApiError(e.error, code)])).toEqual([
      [1, 'groups.getById', true],
      [2, 'groups.getById', true],
    ]);
  });

  it('does not retry other VK errors (9: flood control lasts longer than any backoff)', async () => {
    const api = clientFor(fake);
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 9);
    await expect(api.groups.getById({ group_ids: [1] })).rejects.toMatchObject({ code: 9 });
    expect(sent()).toHaveLength(1);
  });

  it('the codes are configurable', async () => {
    const api = clientFor(fake, { retry: { baseDelayMs: 1, apiErrorCodes: [9] } });
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 9);
    await api.groups.getById({ group_ids: [1] });
    expect(sent()).toHaveLength(2);
  });

  it('is bounded by count: after `retries` retries the last error is thrown', async () => {
    const api = clientFor(fake, { retry: { retries: 2, baseDelayMs: 1 } });
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 6, { times: 3 });
    await expect(api.groups.getById({ group_ids: [1] })).rejects.toMatchObject({ code: 6 });
    expect(sent()).toHaveLength(3);
  });

  it('is bounded by time: no retry starts after maxElapsedMs', async () => {
    const slow = await startFake();
    try {
      slow.setLatency('groups.getById', 120);
      slow.failNext('groups.getById', 10, { times: 3 });
      const api = clientFor(slow, { retry: { retries: 10, baseDelayMs: 1, maxElapsedMs: 100 } });
      await expect(api.groups.getById({ group_ids: [1] })).rejects.toMatchObject({ code: 10 });
      expect(slow.requests).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });

  it('backs off with capped exponential delays (equal jitter)', async () => {
    const delays: number[] = [];
    const api = clientFor(fake, { retry: { retries: 4, baseDelayMs: 20, maxDelayMs: 50, onRetry: (e) => delays.push(e.delayMs) } });
    fake.failNext('groups.getById', 6, { times: 4 });
    await api.groups.getById({ group_ids: [1] });
    expect(delays).toHaveLength(4);
    // Retry n waits somewhere in [c/2, c], c = min(50, 20 · 2^(n-1)).
    delays.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(Math.min(50, 20 * 2 ** index) / 2);
      expect(delay).toBeLessThanOrEqual(Math.min(50, 20 * 2 ** index));
    });
  });

  it('retry: false (client) and { retry: false } (call) turn retries off', async () => {
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 6);
    await expect(clientFor(fake, { retry: false }).groups.getById({ group_ids: [1] })).rejects.toMatchObject({ code: 6 });
    fake.failNext('groups.getById', 6);
    await expect(clientFor(fake).groups.getById({ group_ids: [1] }, { retry: false })).rejects.toMatchObject({ code: 6 });
    expect(sent()).toHaveLength(2);
  });

  it('retries a dropped connection and an HTML outage page', async () => {
    let calls = 0;
    const server = await startServer((req, res) => {
      calls += 1;
      if (calls === 1) req.socket.destroy();
      else if (calls === 2) res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>Service Unavailable</h1>');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"response":{"groups":[],"profiles":[]}}');
    });
    const kinds: string[] = [];
    const api = clientFor(server, { retry: { baseDelayMs: 1, onRetry: (e) => kinds.push(e.error.name) } });
    await expect(api.groups.getById({ group_ids: [1] })).resolves.toEqual({ groups: [], profiles: [] });
    expect(server.requests()).toBe(3);
    expect(kinds).toEqual(['TransportError', 'BadResponseError']);
  });

  it('retries a timed-out attempt with a fresh timeout', async () => {
    useFakeClock(); // both timeouts run on the test's clock; the second answer comes when the test says
    let calls = 0;
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const server = await startServer((_req, res) => {
      calls += 1;
      // The first request never gets an answer; the second one's waits for the test.
      if (calls > 1) void released.then(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"response":1}'));
    });
    // Long on the fake clock (it costs no real time), so stepping it while real I/O catches up
    // cannot reach the second attempt's own deadline.
    const api = clientFor(server, { timeoutMs: 5000 });
    const call = api.call('groups.getById', { group_ids: [1] });
    const settled = settledCount([call]);
    await until(() => server.requests() === 1, 'the first request');
    await vi.advanceTimersByTimeAsync(5000); // the first attempt times out
    await advanceUntil(() => server.requests() === 2, 'the retry after its backoff', 1);
    // A deadline carried over from the first attempt has passed: it would end the call now.
    await vi.advanceTimersByTimeAsync(10);
    expect(settled()).toBe(0);
    release();
    await until(() => settled() === 1, 'the answer to the retry');
    await expect(call).resolves.toBe(1);
    expect(server.requests()).toBe(2);
  });

  it('an abort during the backoff stops the call at once', async () => {
    useFakeClock(); // the backoff never ends by itself: only the abort can end the call
    let retrying = false;
    const api = clientFor(fake, { retry: { baseDelayMs: 5000, maxDelayMs: 5000, onRetry: () => (retrying = true) } });
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 6, { times: 1 });
    const controller = new AbortController();
    const call = api.groups.getById({ group_ids: [1] }, { signal: controller.signal });
    const settled = settledCount([call]);
    await until(() => retrying, 'the retry to be scheduled');
    controller.abort();
    await until(() => settled() === 1, 'the call to end on the abort');
    await expect(call).rejects.toMatchObject({ name: 'TransportError', kind: 'aborted' });
    expect(sent()).toHaveLength(1);
  });
});

describe('messages.send and random_id', () => {
  it('gets a random random_id when none is given, and keeps the one given', async () => {
    const fake = await startFake();
    try {
      const api = clientFor(fake);
      await api.messages.send({ peer_id: 10, message: 'one' });
      await api.messages.send({ peer_id: 10, message: 'two' });
      await api.messages.send({ peer_id: 10, message: 'three', random_id: 42 });
      const ids = fake.sentMessages.map((m) => m.randomId);
      expect(ids).toHaveLength(3);
      expect(ids[0]).not.toBe(ids[1]);
      for (const id of ids.slice(0, 2)) expect(typeof id === 'number' && Number.isSafeInteger(id) && id > 0).toBe(true);
      // Drawn from 53 bits, not int32: both below 2^32 has a chance of 2^-42.
      expect(ids.slice(0, 2).some((id) => id > 2 ** 32)).toBe(true);
      expect(ids[2]).toBe(42);
    } finally {
      await fake.close();
    }
  });

  it('a retry after a lost answer reuses the random_id, so VK delivers the message once', async () => {
    const fake = await startFake();
    try {
      // A proxy that forwards the first send to VK but drops VK's answer, as a broken
      // connection would: the message is delivered, the client sees a network failure.
      let forwarded = 0;
      const proxy = await startServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          forwarded += 1;
          const upstream = httpRequest(`${fake.url}${req.url ?? ''}`, { method: 'POST', headers: { ...req.headers, host: new URL(fake.url).host } }, (answer) => {
            if (forwarded === 1) {
              answer.resume();
              answer.on('end', () => req.socket.destroy());
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          });
          upstream.end(Buffer.concat(chunks));
        });
      });
      const api = clientFor(proxy);
      const messageId = await api.messages.send({ peer_id: 10, message: 'exactly once' });
      const sends = fake.requests.filter((r) => r.method === 'messages.send');
      expect(sends).toHaveLength(2);
      expect(sends[0]?.params.random_id).toBe(sends[1]?.params.random_id);
      expect(fake.sentMessages).toHaveLength(1);
      expect(fake.sentMessages[0]?.messageId).toBe(messageId);
    } finally {
      await fake.close();
    }
  });
});
