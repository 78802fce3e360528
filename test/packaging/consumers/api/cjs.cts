// Type-checked by test/packaging/pack.test.ts: nodenext, CJS file → require() of the ESM-only package, .d.mts.
import type { Api } from '@vkts/api';
import type { GroupsGetExtendedResponse } from '@vkts/types';
import client = require('@vkts/api');

type Assert<T extends true> = T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

async function demo(api: Api = client.createApi({ token: 't' })): Promise<void> {
  const extended = await api.groups.get({ extended: 1 });
  type Check = Assert<Equal<typeof extended, GroupsGetExtendedResponse>>;
  // @ts-expect-error misspelled param
  await api.groups.get({ extnded: 1 });
}
void demo;
