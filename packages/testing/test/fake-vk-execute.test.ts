import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeVk, type FakeVk } from '../src/index.js';
import { GROUP_ID, SERVICE_TOKEN, baseOptions, call, vkError } from './support/vk-wire.js';

let fake: FakeVk;
beforeEach(async () => {
  fake = await createFakeVk(baseOptions);
});
afterEach(async () => {
  await fake.close();
});

const batch = (...calls: string[]): string => `return [${calls.join(', ')}];`;

describe('execute', () => {
  it('runs every call of the batch and answers their responses in order', async () => {
    fake.handle('users.get', (params) => (params.user_ids ?? []).map((id) => ({ id: Number(id), first_name: 'U' })));
    const envelope = await call(fake, 'execute', {
      code: batch('API.groups.getById({"group_id":1})', 'API.users.get({"user_ids":[5,6]})', 'API.messages.send({"peer_id":3,"random_id":9,"message":"hi"})'),
    });
    expect(envelope).toEqual({
      response: [
        { groups: [expect.objectContaining({ id: GROUP_ID, name: 'Test' })], profiles: [] },
        [
          { id: 5, first_name: 'U' },
          { id: 6, first_name: 'U' },
        ],
        1,
      ],
    });
    expect(fake.sentMessages.map((message) => message.text)).toEqual(['hi']);
    expect(fake.calls.map((record) => [record.method, record.viaExecute])).toEqual([
      ['execute', false],
      ['groups.getById', true],
      ['users.get', true],
      ['messages.send', true],
    ]);
    // One HTTP request for the whole batch.
    expect(fake.requests).toHaveLength(1);
  });

  it('turns JSON values into wire values (booleans, lists) before the usual checks', async () => {
    const seen: unknown[] = [];
    fake.handle('messages.getConversations', (params) => {
      seen.push(params);
      return { count: 0, items: [] };
    });
    fake.handle('users.get', (params) => {
      seen.push(params);
      return [];
    });
    await call(fake, 'execute', {
      code: batch('API.messages.getConversations({"extended":true,"count":3,"fields":["sex","city"]})', 'API.users.get({"user_ids":"1,2"})'),
    });
    expect(seen).toEqual([{ extended: true, count: 3, fields: ['sex', 'city'] }, { user_ids: [1, 2] }]);
  });

  it('answers false and an execute_errors entry for a failing call, the rest still succeed', async () => {
    fake.failNext('users.get', 18);
    const envelope = await call(fake, 'execute', {
      code: batch('API.users.get({"user_ids":1})', 'API.groups.getById()', 'API.users.fly({})', 'API.users.get({"bogus":1})', 'API.wall.post({"message":"x"})'),
    });
    if (!('response' in envelope)) throw new Error('execute itself failed');
    expect(envelope.response).toEqual([false, expect.objectContaining({ groups: expect.any(Array) }), false, false, false]);
    expect(envelope.execute_errors).toEqual([
      { method: 'users.get', error_code: 18, error_msg: 'User was deleted or banned' },
      { method: 'users.fly', error_code: 3, error_msg: 'Unknown method passed' },
      { method: 'users.get', error_code: 100, error_msg: 'One of the parameters specified was missing or invalid: bogus is not a parameter of this method' },
      { method: 'wall.post', error_code: 27, error_msg: 'Group authorization failed: method is unavailable with group auth.' },
    ]);
  });

  it('leaves execute_errors out when every call succeeds, and runs an empty batch', async () => {
    expect(await call(fake, 'execute', { code: 'return [];' })).toEqual({ response: [] });
  });

  it.each([
    ['no return', '[API.users.get({})];'],
    ['a call that is not API.<ns>.<method>', 'return [API.users({})];'],
    ['a literal that is not an object as the argument', 'return [API.users.get([1,2])];'],
    ['an unterminated array', 'return [API.users.get({"a":"]"})'],
    ['an unterminated string', 'return "abc;'],
    ['a missing semicolon between statements', 'var a = 1 var b = 2; return a;'],
    ['a function definition', 'function f() { return 1; } return f();'],
    ['a call of something that is not a function', 'var a = 1; return a(2);'],
    ['an unknown method', 'return [1].map(2);'],
    ['an unknown character', 'return 1 # 2;'],
    ['assignment to a literal', '1 = 2; return 1;'],
  ])('answers error 12 for %s', async (_label, code) => {
    const error = await vkError(fake, 'execute', { code });
    expect(error.error_code).toBe(12);
    expect(error.error_msg).toMatch(/^Unable to compile code: /);
  });

  it('answers 13 for more than 25 calls, and 100 without code or with a repeated param', async () => {
    const many = batch(...Array.from({ length: 26 }, () => 'API.groups.getById()'));
    expect(await vkError(fake, 'execute', { code: many })).toMatchObject({
      error_code: 13,
      error_msg: 'Runtime error occurred during code invocation: too many API calls (more than 25)',
    });
    expect(await vkError(fake, 'execute', {})).toMatchObject({ error_code: 100, error_msg: expect.stringContaining('code is undefined') });
    expect((await call(fake, 'execute', { code: 'return [];', func_v: 2 }))).toEqual({ response: [] });
  });

  it('applies the token-type check and failNext to execute itself', async () => {
    expect((await vkError(fake, 'execute', { code: 'return [];' }, { token: SERVICE_TOKEN })).error_code).toBe(28);
    fake.failNext('execute', 6);
    expect((await vkError(fake, 'execute', { code: 'return [];' })).error_code).toBe(6);
  });
});
