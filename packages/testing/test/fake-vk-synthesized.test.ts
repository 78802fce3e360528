import { apiMethodMeta, apiMethodNames, uploadFlows, type ParamMeta } from '@vkts/types';
import { apiValidators } from '@vkts/types/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeVk, synthesize, type FakeVk } from '../src/index.js';
import { GROUP_TOKEN, SERVICE_TOKEN, USER_TOKEN, baseOptions, call } from './support/vk-wire.js';

// Methods the fake answers from its own state (covered in fake-vk-community.test.ts); every
// other method answers a sample synthesized from its response schema.
const STATEFUL = new Set([
  'execute',
  'messages.send',
  'groups.getById',
  'groups.getCallbackConfirmationCode',
  'groups.getCallbackServers',
  'groups.addCallbackServer',
  'groups.editCallbackServer',
  'groups.deleteCallbackServer',
  'groups.getCallbackSettings',
  'groups.setCallbackSettings',
  'groups.getLongPollSettings',
  'groups.setLongPollSettings',
  'groups.getLongPollServer',
]);

/**
 * A param value as a VK client puts it in a form body. A json param always carries JSON text
 * (the validators also allow a string there: text the caller serialized already).
 */
function wireValue(value: unknown, meta: ParamMeta | undefined): string {
  if (meta?.wire === 'json') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && meta?.wire === 'list') return value.map((item) => wireValue(item, undefined)).join(',');
  return JSON.stringify(value);
}

let fake: FakeVk;
beforeAll(async () => {
  fake = await createFakeVk(baseOptions);
});
afterAll(async () => {
  await fake.close();
});

// Upload save methods need an upload the fake received first (covered in packages/upload/test).
const UPLOAD_SAVES = new Set(Object.values(uploadFlows).flatMap((flow) => (flow.save === undefined ? [] : [flow.save.method])));
const methods = apiMethodNames.filter((name) => !STATEFUL.has(name) && !UPLOAD_SAVES.has(name));

describe('synthesized responses', () => {
  it('cover many methods across every namespace', () => {
    const namespaces = new Set(methods.map((name) => name.split('.')[0]));
    expect(methods.length).toBeGreaterThan(60);
    expect(namespaces.size).toBeGreaterThan(30);
  });

  it('answer every other method, called with synthesized required params, with a response its validator accepts', async () => {
    const failures: string[] = [];
    for (const name of methods) {
      const meta = apiMethodMeta[name];
      const validators = apiValidators[name];
      const token = meta.tokenTypes.includes('user') ? USER_TOKEN : meta.tokenTypes.includes('group') ? GROUP_TOKEN : SERVICE_TOKEN;
      const params = synthesize(validators.params, { omitOptional: true, seed: name.length });
      const form: Record<string, string> = {};
      for (const [param, value] of Object.entries(params ?? {})) {
        if (value !== undefined) form[param] = wireValue(value, meta.params[param]);
      }
      const envelope = await call(fake, name, form, { token });
      if ('error' in envelope) {
        failures.push(`${name}: error ${envelope.error.error_code} ${envelope.error.error_msg}`);
        continue;
      }
      const accepted = Object.values(validators.responses).some((validator) => validator.safeParse(envelope.response).success);
      if (!accepted) failures.push(`${name}: the response matches none of its validators`);
    }
    expect(failures).toEqual([]);
  });

  it('vary between calls but stay deterministic for a fresh fake', async () => {
    const first = await call(fake, 'users.get', {}, { token: USER_TOKEN });
    const second = await call(fake, 'users.get', {}, { token: USER_TOKEN });
    expect(second).not.toEqual(first);
    const fresh = await createFakeVk(baseOptions);
    try {
      const replay = [await call(fresh, 'wall.getById', { posts: '1_1' }, { token: USER_TOKEN })];
      const again = await createFakeVk(baseOptions);
      try {
        expect([await call(again, 'wall.getById', { posts: '1_1' }, { token: USER_TOKEN })]).toEqual(replay);
      } finally {
        await again.close();
      }
    } finally {
      await fresh.close();
    }
  });

  it('pick the extended variant for extended=1', async () => {
    const envelope = await call(fake, 'wall.getById', { posts: '1_1', extended: 1 }, { token: USER_TOKEN });
    if ('error' in envelope) throw new Error(envelope.error.error_msg);
    expect(apiValidators['wall.getById'].responses.extendedResponse.safeParse(envelope.response).success).toBe(true);
    expect(envelope.response).toHaveProperty('profiles');
  });
});
