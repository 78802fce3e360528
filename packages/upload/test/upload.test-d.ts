import type { ApiResponse, DocsSaveResponse, PhotosPhoto } from '@vkts/types';
import { describe, expectTypeOf, it } from 'vitest';
import type { Upload, UploadParams, UploadResult } from '../src/index.js';

declare const upload: Upload;
declare const bytes: Buffer;

describe('flow params come from the get-server and save methods', () => {
  it('takes each step’s params with the schema’s types', () => {
    expectTypeOf<UploadParams<'messagePhoto'>['peer_id']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<UploadParams<'messageDocument'>['title']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UploadParams<'chatPhoto'>['chat_id']>().toEqualTypeOf<number>();
    void upload.wallPhoto({ group_id: 1, caption: 'hi', source: bytes });
    // @ts-expect-error: chat_id is required by photos.getChatUploadServer
    void upload.chatPhoto({ source: bytes });
    // @ts-expect-error: peer_id is a number in the schema
    void upload.messagePhoto({ peer_id: '1', source: bytes });
    // @ts-expect-error: not a param of either step of this flow
    void upload.messagePhoto({ peer_id: 1, album_id: 2, source: bytes });
    // @ts-expect-error: the values filled from the upload reply are not the caller's
    void upload.messagePhoto({ peer_id: 1, hash: 'x', source: bytes });
  });

  it('takes several files only where VK does', () => {
    void upload.albumPhotos({ album_id: 1, source: [bytes, bytes] });
    // @ts-expect-error: one file per message photo
    void upload.messagePhoto({ peer_id: 1, source: [bytes, bytes] });
  });
});

describe('results come from the save method', () => {
  it('types the response and adds attachment strings where they exist', () => {
    expectTypeOf<UploadResult<'messagePhoto'>['response']>().toEqualTypeOf<PhotosPhoto[]>();
    expectTypeOf<UploadResult<'messagePhoto'>['attachment']>().toEqualTypeOf<string>();
    expectTypeOf<UploadResult<'document'>['response']>().toEqualTypeOf<DocsSaveResponse>();
    expectTypeOf<UploadResult<'video'>['response']>().toEqualTypeOf<ApiResponse<'video.save'>>();
    expectTypeOf<UploadResult<'ownerPhoto'>>().not.toHaveProperty('attachment');
  });

  it('attachments() takes only attachable flows', () => {
    void upload.attachments([{ flow: 'messagePhoto', params: { peer_id: 1, source: bytes } }]);
    // @ts-expect-error: an owner photo is not an attachment
    void upload.attachments([{ flow: 'ownerPhoto', params: { source: bytes } }]);
  });
});
