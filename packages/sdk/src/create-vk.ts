// createVk: the API client and its uploads from one set of options, the pair most bots and apps
// need (vk-io's `new VK()` gives the same two as `vk.api` and `vk.upload`).
import { createApi, type Api, type ApiOptions } from '@vkts/api';
import { createUpload, type Upload, type UploadOptions } from '@vkts/upload';

export interface VkOptions extends ApiOptions {
  /** Options of the uploads (`createUpload(api, upload)`): retries, timeouts, dispatcher. */
  readonly upload?: UploadOptions;
}

export interface Vk {
  /** The typed API client (`createApi`). */
  readonly api: Api;
  /** Every upload flow, through `api` (`createUpload`). */
  readonly upload: Upload;
  /** Closes the API client's own HTTP agent (`api.close()`); uploads then fail like any API call. */
  close(): Promise<void>;
}

/**
 * The API client (`createApi(options)`) and the uploads through it (`createUpload(api, options.upload)`).
 *
 * ```ts
 * const { api, upload } = createVk({ token: process.env.VK_TOKEN!, tokenType: 'group' });
 * const { attachment } = await upload.messagePhoto({ peer_id, source: './cat.jpg' });
 * await api.messages.send({ peer_id, attachment });
 * ```
 */
export function createVk(options: VkOptions): Vk {
  if (typeof options !== 'object' || options === null) throw new TypeError('createVk: `options` must be an object with at least `token` and `tokenType`');
  const { upload: uploadOptions, ...apiOptions } = options;
  const api = createApi(apiOptions);
  const upload = createUpload(api, uploadOptions);
  return { api, upload, close: () => api.close() };
}
