// Type-checked by test/packaging/pack.test.ts in a scratch project that installed the packed tarballs.
import { createFakeVk, fakeVkError, synthesize, type FakeVk } from '@vkts/testing';
import { z } from 'zod';

type Assert<T extends true> = T;
type IsAny<T> = 0 extends 1 & T ? true : false;
export type Checks = [Assert<IsAny<FakeVk> extends true ? false : true>];

export async function demo(): Promise<number> {
  const fake: FakeVk = await createFakeVk({ tokens: [{ token: 't', type: 'user', userId: 1 }] });
  fake.handle('users.get', () => [{ id: 1, first_name: 'A', last_name: 'B' }]);
  fake.failNext('groups.getById', 6);
  // @ts-expect-error not a VK API method
  fake.failNext('groups.nope', 6);
  const err = fakeVkError(100, 'bad');
  await fake.close();
  const one: 1 = synthesize(z.literal(1));
  return one + err.code;
}
