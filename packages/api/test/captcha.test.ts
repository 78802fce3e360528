// Error 14: onCaptcha gets the challenge, its key is sent back with captcha_sid, and giving up
// fails the call with the captcha error.
import type { FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, type CaptchaRequest } from '../src/index.js';
import { clientFor, recordRequests, startFake } from './helpers.js';

describe('captcha', () => {
  let fake: FakeVk;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(() => fake.close());

  it('asks onCaptcha and retries with captcha_sid + captcha_key', async () => {
    const asked: CaptchaRequest[] = [];
    const api = clientFor(fake, {
      onCaptcha: (request) => {
        asked.push(request);
        return 'xk7q';
      },
    });
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 14);
    const response = await api.groups.getById({ group_ids: [1] });
    expect(response.groups?.[0]?.id).toBe(1);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ method: 'groups.getById', sid: expect.stringMatching(/^\d+$/), img: expect.stringContaining('captcha') });
    const [first, second] = sent();
    expect(first?.params).not.toHaveProperty('captcha_sid');
    expect(second?.params).toMatchObject({ group_ids: '1', captcha_sid: asked[0]?.sid, captcha_key: 'xk7q' });
  });

  it('a wrong key gets a new captcha, asked again (a few times at most)', async () => {
    let answers = 0;
    const api = clientFor(fake, {
      onCaptcha: () => {
        answers += 1;
        return '';
      },
    });
    fake.failNext('groups.getById', 14);
    const error: unknown = await api.groups.getById({ group_ids: [1] }).catch((e: unknown) => e);
    expect(isApiError(error, 14)).toBe(true);
    expect(answers).toBe(3);
  });

  it('onCaptcha throwing gives up: the call fails with error 14, the reason as cause', async () => {
    const api = clientFor(fake, {
      onCaptcha: () => {
        throw new Error('no human around');
      },
    });
    fake.failNext('groups.getById', 14);
    const error: unknown = await api.groups.getById({ group_ids: [1] }).catch((e: unknown) => e);
    expect(isApiError(error, 14)).toBe(true);
    expect(isApiError(error, 14) && error.captcha).toMatchObject({ sid: expect.any(String) });
    expect(error instanceof Error && error.cause).toMatchObject({ message: 'no human around' });
  });

  it('without onCaptcha, error 14 rejects with the challenge attached', async () => {
    const api = clientFor(fake);
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 14);
    await expect(api.groups.getById({ group_ids: [1] })).rejects.toMatchObject({ code: 14, name: 'api_error_captcha', captcha: { sid: expect.any(String) } });
    expect(sent()).toHaveLength(1);
  });

  it('a captcha inside a batch: the call goes out alone to get a sid, then is solved', async () => {
    const asked: string[] = [];
    const api = clientFor(fake, { batch: true, onCaptcha: ({ method }) => (asked.push(method), 'k') });
    const sent = recordRequests(fake);
    // One captcha inside execute (no sid there), one for the direct call that follows.
    fake.failNext('users.get', 14, { times: 2 });
    const [users, groups] = await Promise.all([api.users.get({ user_ids: [1] }), api.groups.getById({ group_ids: [1] })]);
    expect(users).toHaveLength(1);
    expect(groups.groups).toHaveLength(1);
    expect(asked).toEqual(['users.get']);
    expect(sent().map((r) => r.method)).toEqual(['execute', 'users.get', 'users.get']);
  });

  // Issue 13: a lone call in its batch window goes out as the plain method, so its 14 already has
  // a sid; it must not be sent a second time as if it had come from inside execute.
  it.each([false, true])('without onCaptcha, a lone call with batch: %s rejects 14 after one request', async (batch) => {
    const api = clientFor(fake, { batch });
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 14);
    await expect(api.groups.getById({ group_ids: [1] })).rejects.toMatchObject({ code: 14, viaExecute: false, captcha: { sid: expect.any(String) } });
    expect(sent().map((r) => r.method)).toEqual(['groups.getById']);
  });

  it.each([false, true])('with onCaptcha, a lone call with batch: %s asks once and sends the answer once', async (batch) => {
    const asked: string[] = [];
    const api = clientFor(fake, { batch, onCaptcha: ({ method }) => (asked.push(method), 'k') });
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 14);
    const response = await api.groups.getById({ group_ids: [1] });
    expect(response.groups?.[0]?.id).toBe(1);
    expect(asked).toEqual(['groups.getById']);
    expect(sent().map((r) => [r.method, r.params.captcha_key])).toEqual([
      ['groups.getById', undefined],
      ['groups.getById', 'k'],
    ]);
  });
});
