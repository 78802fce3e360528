// Every groups.* method of the schema, called through the client's namespaces with params
// synthesised from its params validator: the fake accepts each call and each response
// validates against the method's response validators.
import { apiMethodMeta, apiMethodNames, type ApiMethodName } from '@vkts/types';
import { apiValidators } from '@vkts/types/zod';
import { synthesize, type FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../src/index.js';
import { GROUP_ID, GROUP_TOKEN, USER_TOKEN, startFake } from './helpers.js';

const groupsMethods = apiMethodNames.filter((name) => name.startsWith('groups.'));

// The methods that keep state on the fake act on its one community (and, for the Callback
// ones, on a server that exists there), so their synthesised ids are pinned to those. Every
// other param stays as synthesised.
function pinned(method: ApiMethodName, params: object, serverId: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  const meta = apiMethodMeta[method].params;
  if ('group_id' in meta) out.group_id = GROUP_ID;
  if ('server_id' in meta && method !== 'groups.addCallbackServer') out.server_id = serverId;
  if ('url' in meta && method.includes('CallbackServer')) out.url = 'https://bot.example/vk';
  if (method === 'groups.getCallbackServers') out.server_ids = [serverId];
  if (method === 'groups.getById') {
    out.group_ids = [GROUP_ID];
    delete out.group_id;
  }
  return out;
}

function namespaced(api: Api, method: ApiMethodName): (params: object) => Promise<unknown> {
  const [, name = ''] = method.split('.');
  const fn: unknown = Reflect.get(api.groups, name);
  if (typeof fn !== 'function') throw new Error(`api.groups.${name} is not a function`);
  return (params) => Promise.resolve(fn(params));
}

describe('every groups.* method through the client', () => {
  let fake: FakeVk;
  let groupApi: Api;
  let userApi: Api;
  let serverId: number;

  beforeAll(async () => {
    fake = await startFake();
    const common = { baseUrl: fake.url, rateLimit: false, validate: 'both' } as const;
    groupApi = createApi({ token: GROUP_TOKEN, tokenType: 'group', ...common });
    userApi = createApi({ token: USER_TOKEN, tokenType: 'user', ...common });
    ({ server_id: serverId } = await groupApi.groups.addCallbackServer({ group_id: GROUP_ID, url: 'https://bot.example/vk', title: 'Test' }));
    // groups.getLongPollServer answers only once Bots Long Poll is on, as on VK.
    await groupApi.groups.setLongPollSettings({ group_id: GROUP_ID, enabled: true });
  });

  afterAll(async () => {
    await groupApi.close();
    await userApi.close();
    await fake.close();
  });

  it('covers the 51 methods of the schema', () => {
    expect(groupsMethods).toHaveLength(51);
  });

  // deleteCallbackServer runs last: it removes the server the others use.
  const ordered = [...groupsMethods.filter((m) => m !== 'groups.deleteCallbackServer'), 'groups.deleteCallbackServer' as const];

  it.each(ordered)('%s', async (method) => {
    const validators = apiValidators[method];
    const params = pinned(method, synthesize(validators.params), serverId);
    const api = apiMethodMeta[method].tokenTypes.includes('group') ? groupApi : userApi;
    const before = fake.requests.length;

    const response = await namespaced(api, method)(params);

    const variants = Object.values(validators.responses);
    expect(variants.some((variant) => variant.safeParse(response).success)).toBe(true);
    const sent = fake.requests.slice(before);
    expect(sent.map((r) => r.method)).toEqual([method]);
  });
});
