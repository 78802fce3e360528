// VK's error objects → ApiError, with params redacted and the token scrubbed on the way.
import { ApiError } from './errors.js';
import { redactSecrets } from '@vkts/internals';
import { redactParams } from './redact.js';
import type { VkErrorBody } from './vk-reply.js';
import type { WireParams } from './wire-params.js';

export function toApiError(error: VkErrorBody, method: string, params: WireParams, token: string, viaExecute: boolean): ApiError {
  return new ApiError({
    code: error.code,
    method,
    vkMessage: redactSecrets(error.message, [token]),
    params: redactParams(params),
    subcode: error.subcode,
    captcha: error.captchaSid !== undefined ? { sid: error.captchaSid, img: error.captchaImg ?? '' } : undefined,
    redirectUri: error.redirectUri,
    viaExecute,
  });
}
