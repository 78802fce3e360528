// Reads VK's JSON envelope without trusting its shape: `{ response, execute_errors? }` or
// `{ error: { error_code, error_msg, … } }`.
import { isRecord } from '@vkts/internals';

/** One VK error: the `error` of a reply, or an entry of `execute_errors`. */
export interface VkErrorBody {
  readonly code: number;
  readonly message: string;
  readonly subcode: number | undefined;
  /** The method an `execute_errors` entry is about. */
  readonly method: string | undefined;
  readonly captchaSid: string | undefined;
  readonly captchaImg: string | undefined;
  readonly redirectUri: string | undefined;
}

export type VkReply =
  | { readonly ok: true; readonly response: unknown; readonly executeErrors: readonly VkErrorBody[] }
  | { readonly ok: false; readonly error: VkErrorBody };

/** The reply in `json`, or `undefined` if it is not VK's envelope. */
export function readVkReply(json: unknown): VkReply | undefined {
  if (!isRecord(json)) return undefined;
  if ('error' in json) {
    const error = readErrorBody(json.error);
    return error ? { ok: false, error } : undefined;
  }
  if (!('response' in json)) return undefined;
  const executeErrors = Array.isArray(json.execute_errors)
    ? json.execute_errors.map(readErrorBody).filter((e): e is VkErrorBody => e !== undefined)
    : [];
  return { ok: true, response: json.response, executeErrors };
}

function readErrorBody(value: unknown): VkErrorBody | undefined {
  if (!isRecord(value) || typeof value.error_code !== 'number') return undefined;
  return {
    code: value.error_code,
    message: typeof value.error_msg === 'string' ? value.error_msg : '',
    subcode: typeof value.error_subcode === 'number' ? value.error_subcode : undefined,
    method: typeof value.method === 'string' ? value.method : undefined,
    // VK sends captcha_sid as a string, but some proxies and old docs show a number.
    captchaSid: typeof value.captcha_sid === 'string' || typeof value.captcha_sid === 'number' ? String(value.captcha_sid) : undefined,
    captchaImg: typeof value.captcha_img === 'string' ? value.captcha_img : undefined,
    redirectUri: typeof value.redirect_uri === 'string' ? value.redirect_uri : undefined,
  };
}

