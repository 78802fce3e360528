// Type-checked by test/packaging/pack.test.ts: node16, CJS file → `require` condition, .d.cts.
import type { Api } from '@vkts/api';
import upload = require('@vkts/upload');

async function demo(api: Api): Promise<void> {
  const { attachments } = await upload.createUpload(api).albumPhotos({ album_id: 1, source: [Buffer.from('a'), Buffer.from('b')] });
  const first: string | undefined = attachments[0];
  void first;
}
void demo;
