// `validate`: params checked before anything is sent, responses checked against every
// response variant of the method.
import type { FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../src/index.js';
import { clientFor, recordRequests, startFake, startServer } from './helpers.js';

describe('validate', () => {
  let fake: FakeVk;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(() => fake.close());

  it("'params' rejects what the schema forbids before any request", async () => {
    const api = clientFor(fake, { validate: 'params' });
    const sent = recordRequests(fake);
    const error: unknown = await api.groups.getMembers({ group_id: 1, count: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ method: 'groups.getMembers', target: 'params', issues: [{ path: ['count'], code: 'too_big' }] });
    expect(String(error)).toMatch(/^ValidationError: groups\.getMembers: params do not match the schema at count: /);
    expect(sent()).toHaveLength(0);
  });

  it("'params' accepts valid params, messages.send without random_id included", async () => {
    const api = clientFor(fake, { validate: 'params' });
    await expect(api.groups.getMembers({ group_id: 1, count: 10 })).resolves.toBeDefined();
    await expect(api.messages.send({ peer_id: 10, message: 'validated' })).resolves.toEqual(expect.any(Number));
  });

  it("'responses' rejects a reply no response variant accepts; 'off' passes it through", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"response":{"groups":"not a list"}}');
    });
    const checked = clientFor(server, { validate: 'responses' });
    await expect(checked.groups.getById({ group_ids: [1] })).rejects.toMatchObject({
      name: 'ValidationError',
      target: 'response',
      method: 'groups.getById',
      issues: [{ path: ['groups'] }],
    });
    const unchecked = clientFor(server);
    await expect(unchecked.call('groups.getById', { group_ids: [1] })).resolves.toEqual({ groups: 'not a list' });
  });

  it("'both' passes real fake answers, batched ones included", async () => {
    const api = clientFor(fake, { validate: 'both', batch: true });
    const [groups, members] = await Promise.all([api.groups.getById({ group_ids: [1] }), api.groups.getMembers({ group_id: 1 })]);
    expect(groups.groups?.[0]?.id).toBe(1);
    expect(members.count).toEqual(expect.any(Number));
  });
});
