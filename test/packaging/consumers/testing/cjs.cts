// Type-checked by test/packaging/pack.test.ts: nodenext, CJS file → require() of the ESM-only package, .d.mts.
import type { FakeVk } from '@vkts/testing';
import testing = require('@vkts/testing');
import zod = require('zod');

type Assert<T extends true> = T;
type IsAny<T> = 0 extends 1 & T ? true : false;
type Checks = [Assert<IsAny<FakeVk> extends true ? false : true>];

async function demo(): Promise<number> {
  const fake: FakeVk = await testing.createFakeVk({ tokens: [{ token: 't', type: 'user', userId: 1 }] });
  fake.failNext('groups.getById', 6);
  // @ts-expect-error not a VK API method
  fake.failNext('groups.nope', 6);
  await fake.close();
  const one: 1 = testing.synthesize(zod.z.literal(1));
  return one + testing.fakeVkError(100, 'bad').code;
}
void demo;
