// Type-checked by test/packaging/pack.test.ts in a scratch project (bundler).
import { createNameResolver, type MessageNames, type NamesApi } from '@vkts/relay';

declare const api: NamesApi;
const names = createNameResolver({ api, cacheSize: 100 });
export const who = (id: number): Promise<string | undefined> => names.nameOf(id);
export type Names = MessageNames;
// @ts-expect-error the api is required
createNameResolver({});
