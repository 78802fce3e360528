import { createApi, isApiError } from '@vkts/api';

declare function askAHuman(imageUrl: string, signal?: AbortSignal): Promise<string>;
const token = process.env['VK_TOKEN'] ?? '';

// #region basics
const api = createApi({ token, tokenType: 'group' });

const { groups } = await api.groups.getById({ group_id: 1 }); // GroupsGetByIdObjectResponse
const { items } = await api.groups.get({ extended: 1 }); // extended: 1 selects GroupsGetExtendedResponse
// #endregion basics

// #region batching
const batching = createApi({ token, tokenType: 'group', batch: true });
const [users, communities] = await Promise.all([batching.users.get({ user_ids: [1] }), batching.groups.getById({ group_id: 1 })]); // one request
// #endregion batching

// #region retries
await api.wall.post({ owner_id: -1, message: 'once' }, { retry: false });
// #endregion retries

// #region errors
try {
  await api.groups.getCallbackSettings({ group_id: 1, server_id: 99 });
} catch (err) {
  if (isApiError(err, 104)) console.log(err.code, err.name, err.vkMessage, err.params);
}
// #endregion errors

// #region captcha
const withCaptcha = createApi({
  token,
  onCaptcha: async ({ img, signal }) => askAHuman(img, signal), // returns the key
});
// #endregion captcha

// #region pagination
for await (const userId of api.paginate('groups.getMembers', { group_id: 1 }, { pageSize: 1000 })) {
  console.log(userId); // every member, page by page
}
// #endregion pagination

console.log(groups, items, users, communities, withCaptcha);
