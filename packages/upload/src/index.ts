// @vkts/upload: every VK upload flow. `createUpload(api)` → `upload.messagePhoto({ peer_id, source })`.
export { createUpload } from './create-upload.js';
export type {
  AttachmentFlowName,
  AttachmentTask,
  AttachmentsOptions,
  Upload,
  UploadApi,
  UploadCallOptions,
  UploadMethods,
  UploadOptions,
  UploadParams,
  UploadResult,
} from './create-upload.js';
export { UploadInputError, UploadResultError, UploadServerError, UploadSizeError, UploadTransportError, VkUploadError } from './errors.js';
export type { UploadFileInput, UploadSource, UploadSourceValue } from './upload-source.js';
export { uploadFlows, type UploadFlowName, type UploadFlowSpec, type UploadFlows } from '@vkts/types';
// The base of every vkts error, shared by all packages (`instanceof VktsError`).
export { VktsError, type VktsErrorCode } from '@vkts/types';
