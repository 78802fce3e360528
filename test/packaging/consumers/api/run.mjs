// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
import { createApi, isApiError } from '@vkts/api';
import { createFakeVk } from '@vkts/testing';

async function main() {
  const fake = await createFakeVk({ groups: [{ id: 1, name: 'Test' }], tokens: [{ token: 'group-token-1', type: 'group', groupId: 1 }] });
  const api = createApi({ token: 'group-token-1', tokenType: 'group', baseUrl: fake.url });
  try {
    const byId = await api.groups.getById({ group_id: 1 });
    let error;
    try {
      await api.call('groups.getById', { group_id: -0.5 });
    } catch (caught) {
      error = caught;
    }
    console.log(JSON.stringify({ groupName: byId.groups[0].name, errorCode: error && error.code, errorIsApiError: isApiError(error) }));
  } finally {
    await api.close();
    await fake.close();
  }
}
main();
