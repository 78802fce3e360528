// @vkts/api: a typed VK API client. `createApi({ token })` → `api.groups.getById(...)`,
// `api.call('groups.getById', ...)`, `api.execute(...)`, `api.paginate(...)`.
export { createApi } from './create-api.js';
export { ApiError, BadResponseError, TransportError, ValidationError, VkApiClientError, isApiError } from './errors.js';
export type { ApiErrorInit, CaptchaChallenge, TransportErrorKind, ValidationIssue } from './errors.js';
export type {
  ApiOptions,
  BatchOptions,
  CallOptions,
  CaptchaRequest,
  ClientTokenType,
  PaginateOptions,
  RetryEvent,
  RetryOptions,
} from './options.js';
export type {
  Api,
  ApiCore,
  ApiNamespace,
  ApiNamespaceKey,
  ApiNamespaces,
  CallParams,
  CallResponse,
  ExecuteArg,
  ExecuteParams,
  ExecuteResult,
  OptionalParamsMethodName,
  PageItem,
  PaginatedMethodName,
  PaginateParams,
  ParamOverrides,
} from './client-types.js';
export { isSecretParamName } from './redact.js';
export { isUploadSaveMethod } from './unbatchable.js';
// The base of every vkts error, shared by all packages (`instanceof VktsError`).
export { VktsError, type VktsErrorCode } from '@vkts/types';
