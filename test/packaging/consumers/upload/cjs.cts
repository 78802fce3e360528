// Type-checked by test/packaging/pack.test.ts: nodenext, CJS file → require() of the ESM-only package, .d.mts.
import type { Api } from '@vkts/api';
import upload = require('@vkts/upload');

async function demo(api: Api): Promise<void> {
  const { attachments } = await upload.createUpload(api).albumPhotos({ album_id: 1, source: [Buffer.from('a'), Buffer.from('b')] });
  const first: string | undefined = attachments[0];
  void first;
}
void demo;
