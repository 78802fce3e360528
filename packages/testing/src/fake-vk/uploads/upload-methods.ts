// The API side of uploads on the fake: every get-server method of the flow table hands out a URL
// on the fake's own upload server, every save method turns a received upload into the objects VK
// would make, and photos.getById / docs.getById find them again.
import { uploadFlows, type UploadFlowName, type UploadFlowSpec } from '@vkts/types';
import type { FakeVkCallContext } from '../handlers.js';
import type { StoredHandler } from '../handlers.js';
import { detailedError, paramError } from '../vk-error.js';
import { ownerOf, token, type FakeVkUpload, type SavedObject, type UploadStore } from './upload-store.js';

const specs: readonly UploadFlowSpec[] = Object.values(uploadFlows);

/** The flow a get-server call is for: the one whose fixed params (docs' `type`) the call matches. */
function flowOfGetServer(method: string, params: Readonly<Record<string, unknown>>): UploadFlowSpec | undefined {
  const candidates = specs.filter((spec) => spec.getServer.method === method);
  return (
    candidates.find((spec) => spec.getServer.fixed.length > 0 && spec.getServer.fixed.every(([name, value]) => params[name] === value)) ??
    candidates.find((spec) => spec.getServer.fixed.length === 0 || spec.getServer.fixed.some(([name, value]) => name === 'type' && value === 'doc' && params['type'] === undefined))
  );
}

const DOC_TYPES: Partial<Record<UploadFlowName, string>> = { audioMessage: 'audio_message', graffiti: 'graffiti' };

function photoObject(ownerId: number, id: number, accessKey: string, albumId: number): Record<string, unknown> {
  return {
    id,
    owner_id: ownerId,
    album_id: albumId,
    date: Math.floor(Date.now() / 1000),
    access_key: accessKey,
    text: '',
    has_tags: false,
    sizes: [{ type: 'x', url: `https://vk.example/photo${ownerId}_${id}.jpg`, width: 604, height: 604 }],
  };
}

export function uploadHandlers(store: UploadStore, baseUrl: () => string): Map<string, StoredHandler> {
  const handlers = new Map<string, StoredHandler>();

  for (const method of new Set(specs.map((spec) => spec.getServer.method))) {
    handlers.set(method, async (params, context) => {
      const spec = flowOfGetServer(method, params);
      if (spec === undefined) throw paramError(`type is invalid for ${method}`);
      const ownerId = typeof params['group_id'] === 'number' ? -params['group_id'] : typeof params['owner_id'] === 'number' ? params['owner_id'] : ownerOf(context.auth);
      const videoId = spec.name === 'video' ? store.nextId() : undefined;
      const ticket = store.ticket(spec.name, ownerId, videoId);
      const uploadUrl = `${baseUrl()}/upload/${ticket.id}?key=${ticket.key}&act=${spec.name}`;
      if (spec.result === 'stories') return { upload_url: uploadUrl, user_ids: [], peer_ids: [] };
      if (spec.name !== 'video') return { upload_url: uploadUrl, album_id: 0, user_id: ownerId > 0 ? ownerId : 0, group_id: ownerId < 0 ? -ownerId : 0 };
      const accessKey = token();
      const title = typeof params['name'] === 'string' ? params['name'] : 'Untitled';
      const description = typeof params['description'] === 'string' ? params['description'] : '';
      const video = { owner_id: ownerId, video_id: videoId, access_key: accessKey, title, description };
      store.save({ kind: 'video', ownerId, id: videoId ?? 0, accessKey, flow: 'video', object: { id: videoId, owner_id: ownerId, title, description, access_key: accessKey } });
      return { ...video, upload_url: uploadUrl };
    });
  }

  for (const method of new Set(specs.flatMap((spec) => (spec.save === undefined ? [] : [spec.save.method])))) {
    handlers.set(method, async (params, context) => {
      const upload = store.pendingIn(params);
      if (upload === undefined) throw paramError('the upload result is invalid: no upload of this fake matches it (already saved, or never uploaded)');
      const spec: UploadFlowSpec = uploadFlows[upload.flow];
      if (spec.save?.method !== method) throw paramError(`the upload result is for ${spec.save?.method ?? spec.getServer.method}, not ${method}`);
      if (spec.upload.reply.includes('hash') && params['hash'] !== `h${upload.id}`) throw detailedError(121, 'Invalid hash');
      store.markSaved(upload);
      return saveResponse(store, spec, upload, params, context);
    });
  }

  handlers.set('photos.getById', async (params) => lookup(store, params['photos'], 'photo'));
  handlers.set('docs.getById', async (params) => lookup(store, params['docs'], 'doc'));
  return handlers;
}

function lookup(store: UploadStore, refs: unknown, kind: 'photo' | 'doc'): unknown[] {
  const list = Array.isArray(refs) ? refs : [];
  return list.flatMap((ref) => {
    const found = typeof ref === 'string' ? store.find(`${kind}${ref}`) : undefined;
    return found?.kind === kind ? [found.object] : [];
  });
}

function saveResponse(store: UploadStore, spec: UploadFlowSpec, upload: FakeVkUpload, params: Readonly<Record<string, unknown>>, context: FakeVkCallContext): unknown {
  const groupId = params['group_id'];
  const ownerId = typeof groupId === 'number' ? -groupId : upload.ownerId !== 0 ? upload.ownerId : ownerOf(context.auth);
  const keep = (kind: SavedObject['kind'], object: (id: number, accessKey: string) => Record<string, unknown>): Record<string, unknown> => {
    const id = store.nextId();
    const accessKey = token();
    return store.save({ kind, ownerId, id, accessKey, flow: spec.name, object: object(id, accessKey) }).object;
  };
  switch (spec.result) {
    case 'photos':
      return upload.parts.map(() => keep('photo', (id, key) => photoObject(ownerId, id, key, spec.name === 'albumPhotos' && typeof params['album_id'] === 'number' ? params['album_id'] : -3)));
    case 'doc': {
      const type = DOC_TYPES[spec.name] ?? 'doc';
      const part = upload.parts[0];
      const doc = keep('doc', (id, key) => ({
        id,
        owner_id: ownerId,
        title: typeof params['title'] === 'string' ? params['title'] : (part?.filename ?? 'file'),
        size: part?.size ?? 0,
        ext: (part?.filename ?? '').split('.').pop() ?? '',
        url: `https://vk.example/doc${ownerId}_${id}`,
        date: Math.floor(Date.now() / 1000),
        type: 8,
        access_key: key,
        ...(type === 'audio_message' ? { duration: 1, waveform: [0], link_ogg: `https://vk.example/audio${id}.ogg`, link_mp3: `https://vk.example/audio${id}.mp3` } : {}),
        ...(type === 'graffiti' ? { width: 512, height: 512 } : {}),
      }));
      return { type, [type]: doc };
    }
    case 'stories': {
      const story = keep('story', (id, key) => ({ id, owner_id: ownerId, date: Math.floor(Date.now() / 1000), access_key: key, type: spec.name === 'storyVideo' ? 'video' : 'photo', can_see: 1 }));
      return { count: 1, items: [story] };
    }
    case 'video':
    case 'none':
      return noAttachmentResponse(store, spec, ownerId);
  }
}

function noAttachmentResponse(store: UploadStore, spec: UploadFlowSpec, ownerId: number): unknown {
  const id = store.nextId();
  switch (spec.name) {
    case 'ownerPhoto':
      return { photo_hash: token(), photo_src: `https://vk.example/owner${ownerId}.jpg`, saved: 1, post_id: id };
    case 'ownerCover':
      return { images: [{ url: `https://vk.example/cover${ownerId}.jpg`, width: 1590, height: 400 }] };
    case 'chatPhoto':
      return { message_id: id };
    case 'marketProductPhoto':
      return { photo_id: id };
    case 'pollPhoto':
      return { id, color: 'ffffff', name: 'photo', type: 'tile', images: [{ url: `https://vk.example/poll${id}.jpg`, width: 510, height: 200 }] };
    case 'videoThumb':
      return { photo_id: id, photo_owner_id: ownerId, photo_hash: token(), image: [] };
    default:
      return { id: `${ownerId}_${id}`, type: '510x128', images: [{ url: `https://vk.example/widget${id}.png`, width: 510, height: 128 }] };
  }
}
