// `api.execute` and `api.call('execute', …)` with users' own VKScript, over real HTTP against the
// fake VK: Args, variables, loops and API calls; execute_errors as ApiErrors; VK's 12 and 13.
import type { FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../src/index.js';
import { clientFor, startFake } from './helpers.js';

describe('execute with VKScript', () => {
  let fake: FakeVk;
  beforeAll(async () => {
    fake = await startFake();
    fake.handle('users.get', (params) => (params.user_ids ?? []).map((id) => ({ id: Number(id), first_name: `U${String(id)}` })));
  });
  afterAll(() => fake.close());

  it('runs code that reads Args, loops, pushes and calls the API with what it computed', async () => {
    const api = clientFor(fake);
    const code = `
      var ids = [];
      var i = parseInt(Args.from);
      while (i < parseInt(Args.from) + parseInt(Args.count)) {
        ids.push(i);
        i = i + 1;
      }
      var users = API.users.get({user_ids: ids});
      return {count: users.length, names: users@.first_name, tag: Args.tag};`;
    const result = await api.execute({ code, from: 7, count: 3, tag: 'x' });
    expect(result).toEqual({ response: { count: 3, names: ['U7', 'U8', 'U9'], tag: 'x' }, errors: [] });
  });

  it("api.call('execute', …) gives the same, and failed inner calls come back as ApiErrors", async () => {
    const api = clientFor(fake);
    const result = await api.call('execute', {
      code: 'var g = API.groups.getById({group_ids: Args.bad}); if (g) return "found"; return [g, API.groups.getById({group_id: 1}).groups.length];',
      bad: '424242',
    });
    expect(result.response).toEqual([false, 1]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toBeInstanceOf(ApiError);
    expect(result.errors[0]).toMatchObject({ method: 'groups.getById', viaExecute: true });
  });

  it('rejects with ApiError 12 for code VK cannot compile and 13 for code that fails while running', async () => {
    const api = clientFor(fake, { retry: false });
    const compile = api.execute({ code: 'return [1, 2' });
    await expect(compile).rejects.toBeInstanceOf(ApiError);
    await expect(compile).rejects.toMatchObject({
      code: 12,
      message: expect.stringContaining('Unable to compile code'),
    });
    const runtime = api.execute({ code: 'var a = {}; return a.b.c;' });
    await expect(runtime).rejects.toBeInstanceOf(ApiError);
    await expect(runtime).rejects.toMatchObject({
      code: 13,
      message: expect.stringContaining('Runtime error occurred during code invocation'),
    });
  });
});
