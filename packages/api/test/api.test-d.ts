// Type tests of the client's call signatures (checked by `vitest --typecheck`, never run).
import type {
  ApiErrorCode,
  ApiMethodName,
  ApiMethods,
  ApiNamespaceName,
  ApiParams,
  GroupsGetExtendedResponse,
  GroupsGetResponse,
  GroupsGroupFull,
  GroupsSetCallbackSettingsResponse,
  GroupsUserXtrRole,
  MessagesSendDeprecatedResponse,
  MessagesSendUserIdsResponse,
  WallGetResponse,
} from '@vkts/types';
import { describe, expectTypeOf, test } from 'vitest';
import {
  createApi,
  isApiError,
  type ApiError,
  type ApiNamespaceKey,
  type CallParams,
  type ExecuteResult,
  type OptionalParamsMethodName,
  type PageItem,
  type PaginatedMethodName,
} from '../src/index.js';

const api = createApi({ token: 't' });

describe('namespaced calls', () => {
  test('params and response come from ApiMethods', () => {
    expectTypeOf(api.groups.setCallbackSettings({ group_id: 1, server_id: 2, message_new: true })).resolves.toEqualTypeOf<GroupsSetCallbackSettingsResponse>();
    expectTypeOf(api.call('groups.setCallbackSettings', { group_id: 1, message_new: false })).resolves.toEqualTypeOf<GroupsSetCallbackSettingsResponse>();
    expectTypeOf(api.groups.setCallbackSettings({ group_id: 1 }, { signal: new AbortController().signal, timeoutMs: 5 })).resolves.toEqualTypeOf<GroupsSetCallbackSettingsResponse>();
  });

  test('the response variant follows the params', () => {
    expectTypeOf(api.groups.get()).resolves.toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf(api.groups.get({ user_id: 1 })).resolves.toEqualTypeOf<GroupsGetResponse>();
    expectTypeOf(api.groups.get({ extended: 1 })).resolves.toEqualTypeOf<GroupsGetExtendedResponse>();
    expectTypeOf(api.call('groups.get', { extended: true })).resolves.toEqualTypeOf<GroupsGetExtendedResponse>();
    expectTypeOf(api.messages.send({ peer_id: 1, message: 'hi' })).resolves.toEqualTypeOf<MessagesSendDeprecatedResponse>();
    expectTypeOf(api.messages.send({ peer_ids: [1, 2], message: 'hi' })).resolves.toEqualTypeOf<MessagesSendUserIdsResponse>();
  });

  test('methods without required params take none', () => {
    expectTypeOf(api.groups.get).toBeCallableWith();
    expectTypeOf(api.groups.get).toBeCallableWith(undefined, { batch: false });
  });

  test('messages.send: random_id is optional (the client fills it), still typed', () => {
    expectTypeOf(api.messages.send({ peer_id: 1, message: 'x' })).resolves.toBeNumber();
    expectTypeOf(api.messages.send({ peer_id: 1, message: 'x', random_id: 5 })).resolves.toBeNumber();
    // @ts-expect-error random_id is a number
    void api.messages.send({ peer_id: 1, random_id: 'x' });
  });

  test('wrong, misspelled and missing params are rejected', () => {
    // @ts-expect-error group_id is a number
    void api.groups.setCallbackSettings({ group_id: 'club1' });
    // @ts-expect-error misspelled event name
    void api.groups.setCallbackSettings({ group_id: 1, mesage_new: true });
    // @ts-expect-error group_id is required
    void api.groups.setCallbackSettings({ message_new: true });
    // @ts-expect-error params are required
    void api.groups.setCallbackSettings();
    // @ts-expect-error misspelled param through call()
    void api.call('groups.getById', { group_ids: [1], feilds: [] });
    // @ts-expect-error unknown option
    void api.groups.get({}, { retries: 3 });
  });

  test('unknown methods and namespaces do not exist', () => {
    // @ts-expect-error no such method
    void api.groups.setCallbackSetings;
    // @ts-expect-error no such namespace
    void api.group;
    // @ts-expect-error no such method name
    void api.call('groups.nope');
  });

  test('namespaces are derived from the method names; execute is top-level', () => {
    expectTypeOf<'groups'>().toExtend<ApiNamespaceKey>();
    expectTypeOf<'appWidgets'>().toExtend<ApiNamespaceKey>();
    expectTypeOf<'execute'>().not.toExtend<ApiNamespaceKey>();
    // The same namespaces the generator lists, found by splitting the method names.
    expectTypeOf<ApiNamespaceKey>().toEqualTypeOf<ApiNamespaceName>();
    expectTypeOf(api.execute({ code: 'return 1;' })).resolves.toEqualTypeOf<ExecuteResult>();
    expectTypeOf(api.execute({ code: 'return Args.x;', x: '1' })).resolves.toEqualTypeOf<ExecuteResult>();
    expectTypeOf(api.call('execute', { code: 'return 1;' })).resolves.toEqualTypeOf<ExecuteResult>();
    // @ts-expect-error execute needs its code
    void api.execute({});
  });
});

// The method sets `call` and `paginate` constrain `M` to are named lists (a mapped type over 566
// methods costs every consumer's compiler a second); each must be exactly its mapped form.
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type MappedOptionalParamsMethodName = { [M in ApiMethodName]: [RequiredKeys<CallParams<M>>] extends [never] ? M : never }[ApiMethodName];
type MappedPaginatedMethodName = {
  [M in ApiMethodName]: ['count' | 'offset'] extends [keyof ApiParams<M>] ? ([PageItem<ApiMethods[M]['response']>] extends [never] ? never : M) : never;
}[ApiMethodName];

describe('method sets', () => {
  test('OptionalParamsMethodName is every method whose call params are all optional', () => {
    // The mapped form takes `execute` in: its params' index signature hides the required `code`.
    expectTypeOf<OptionalParamsMethodName>().toEqualTypeOf<Exclude<MappedOptionalParamsMethodName, 'execute'>>();
    expectTypeOf<'messages.send'>().toExtend<OptionalParamsMethodName>();
    expectTypeOf<'execute'>().not.toExtend<OptionalParamsMethodName>();
    // @ts-expect-error execute needs its code
    void api.call('execute');
  });

  test('PaginatedMethodName is every count/offset method answering { count, items }', () => {
    expectTypeOf<PaginatedMethodName>().toEqualTypeOf<MappedPaginatedMethodName>();
  });
});

describe('paginate', () => {
  test('only count/offset methods answering { count, items }', () => {
    expectTypeOf<'groups.getMembers'>().toExtend<PaginatedMethodName>();
    expectTypeOf<'wall.get'>().toExtend<PaginatedMethodName>();
    expectTypeOf<'groups.getById'>().not.toExtend<PaginatedMethodName>();
    expectTypeOf<'groups.setCallbackSettings'>().not.toExtend<PaginatedMethodName>();
    // @ts-expect-error groups.getById has no count/offset
    void api.paginate('groups.getById', { group_ids: [1] });
  });

  test('items are typed, following the response variant', () => {
    expectTypeOf(api.paginate('groups.getMembers', { group_id: 1 })).toEqualTypeOf<AsyncIterableIterator<number>>();
    expectTypeOf(api.paginate('groups.getMembers', { group_id: 1, fields: ['sex'] })).toEqualTypeOf<AsyncIterableIterator<GroupsUserXtrRole>>();
    expectTypeOf(api.paginate('groups.get', { extended: 1 }, { pageSize: 50 })).toEqualTypeOf<AsyncIterableIterator<GroupsGroupFull>>();
    expectTypeOf(api.paginate('wall.get', { domain: 'club1' })).toEqualTypeOf<AsyncIterableIterator<WallGetResponse['items'][number]>>();
    expectTypeOf(api.paginate('groups.get')).toEqualTypeOf<AsyncIterableIterator<number>>();
  });

  test('count is the pageSize option, not a param', () => {
    // @ts-expect-error count is set by pageSize
    void api.paginate('groups.getMembers', { group_id: 1, count: 10 });
  });

  test('a key that is not a param is rejected, in a literal or not', () => {
    // @ts-expect-error misspelled param (a literal: excess-property check)
    void api.paginate('groups.getMembers', { group_id: 1, feilds: ['sex'] });
    const params = { group_id: 1, feilds: ['sex'] };
    // @ts-expect-error misspelled param (a variable: named by the key it lacks)
    void api.paginate('groups.getMembers', params);
    const given = { group_id: 1, fields: ['sex' as const] };
    expectTypeOf(api.paginate('groups.getMembers', given)).toEqualTypeOf<AsyncIterableIterator<GroupsUserXtrRole>>();
    // @ts-expect-error groups.get needs no params, but a stray key is still one
    void api.paginate('groups.get', { extended: 1, filtre: ['admin'] });
  });
});

describe('isApiError', () => {
  test('narrows to ApiError and to the codes asked for', () => {
    const error: unknown = new Error('x');
    if (isApiError(error)) {
      expectTypeOf(error).toEqualTypeOf<ApiError>();
      expectTypeOf(error.code).toBeNumber();
      expectTypeOf(error.params).toEqualTypeOf<Readonly<Record<string, string>>>();
    }
    if (isApiError(error, 104)) expectTypeOf(error.code).toEqualTypeOf<104>();
    if (isApiError(error, [6, 10])) expectTypeOf(error.code).toEqualTypeOf<6 | 10>();
    expectTypeOf(isApiError).toBeCallableWith(error, 104);
    const codes: readonly ApiErrorCode[] = [6, 9, 10];
    expectTypeOf(isApiError).toBeCallableWith(error, codes);
  });

  test('codes the schema does not know are rejected', () => {
    // @ts-expect-error 123456 is not a VK error code
    isApiError(new Error('x'), 123456);
  });
});
