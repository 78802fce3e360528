// Which calls never go into a batched `execute`, derived from the generated metadata.
import { isScriptMethodName } from './execute-script.js';
import { methodMeta } from './known-methods.js';

// Params through which a `*.save*` method receives what an upload server returned.
const UPLOAD_RESULT_PARAMS = ['server', 'hash', 'photo', 'photos_list', 'file', 'upload_results', 'upload_response', 'response_json', 'thumb_json'];

// `video.save`/`audio.save` hand out an upload URL instead of taking upload results; the URL
// is bound to the request that made it, so they stay out of `execute` as well.
const UPLOAD_URL_SAVE = /^(video|audio)\.save$/;

/**
 * Upload-save methods (`photos.saveWallPhoto`, `docs.save`, `stories.save`, `video.save`, …):
 * a `*.save*` method that takes upload results, or the `.save` of video/audio. VK rejects or
 * mangles them inside `execute` (vk-io #302: "sendPhotos in chats: ExecuteError").
 */
export function isUploadSaveMethod(method: string): boolean {
  if (!/^[A-Za-z]+\.save/.test(method)) return false;
  if (UPLOAD_URL_SAVE.test(method)) return true;
  const meta = methodMeta(method);
  return meta !== undefined && UPLOAD_RESULT_PARAMS.some((param) => param in meta.params);
}

/**
 * Whether a call of `method` may be merged into an `execute` request: a name VKScript can call
 * (`ns.method`; a dotless name such as `execute` itself goes out alone, so it cannot fail the
 * calls batched with it) that is not an upload-save method.
 */
export function isBatchable(method: string): boolean {
  return isScriptMethodName(method) && !isUploadSaveMethod(method);
}
