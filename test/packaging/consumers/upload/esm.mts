// Type-checked by test/packaging/pack.test.ts in a scratch project (nodenext, ESM, .d.mts).
import type { Api } from '@vkts/api';
import { createUpload, UploadSizeError, type UploadResult } from '@vkts/upload';

type Assert<T extends true> = T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export async function demo(api: Api): Promise<void> {
  const upload = createUpload(api, { retries: 1 });
  const result = await upload.messagePhoto({ peer_id: 1, source: './cat.jpg' });
  type Check = Assert<Equal<typeof result.attachment, string>>;
  // @ts-expect-error: one file per message photo
  await upload.messagePhoto({ peer_id: 1, source: ['a.jpg', 'b.jpg'] });
  const owner: UploadResult<'ownerPhoto'> = await upload.ownerPhoto({ source: new URL('https://example.com/a.png') });
  void owner.response.photo_src;
  void new UploadSizeError('messagePhoto', 0, 2, 1).limit;
}
