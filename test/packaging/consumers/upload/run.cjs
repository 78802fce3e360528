// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
const { createApi } = require('@vkts/api');
const { createFakeVk } = require('@vkts/testing');
const { createUpload, uploadFlows } = require('@vkts/upload');

async function main() {
  const fake = await createFakeVk({ groups: [{ id: 1, name: 'Test' }], tokens: [{ token: 'group-token-1', type: 'group', groupId: 1 }], rateLimit: false });
  const api = createApi({ token: 'group-token-1', tokenType: 'group', baseUrl: fake.url });
  try {
    const { attachment } = await createUpload(api).messagePhoto({ peer_id: 1, source: Buffer.from('image') });
    console.log(JSON.stringify({ attachment: attachment.slice(0, 5), flows: Object.keys(uploadFlows).length, sent: fake.uploads.find(attachment) !== undefined }));
  } finally {
    await api.close();
    await fake.close();
  }
}
main();
