// Type-checked by test/packaging/pack.test.ts in a scratch project (nodenext, ESM, .d.mts).
import { createApi, isApiError, type Api } from '@vkts/api';
import type { GroupsGetExtendedResponse } from '@vkts/types';

type Assert<T extends true> = T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export async function demo(api: Api = createApi({ token: 't' })): Promise<void> {
  const extended = await api.groups.get({ extended: 1 });
  type Check = Assert<Equal<typeof extended, GroupsGetExtendedResponse>>;
  // @ts-expect-error misspelled param
  await api.groups.get({ extnded: 1 });
  // @ts-expect-error not a VK API method
  await api.call('groups.nope', {});
  try {
    await api.call('groups.getById', { group_id: 1 });
  } catch (err) {
    if (isApiError(err, 15)) err.code satisfies 15;
  }
}
