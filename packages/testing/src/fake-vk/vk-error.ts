import { getApiErrorInfo } from '@vkts/types';

/** Extra fields VK puts next to `error_code`/`error_msg` (`captcha_sid`, `redirect_uri`, …). */
export type VkErrorExtra = Readonly<Record<string, string | number>>;

/** Keys of the error object the fake itself fills; handlers cannot override them. */
const RESERVED_KEYS = new Set(['error_code', 'error_msg', 'request_params']);

/**
 * A VK API error the fake answers with. Throw one from a `fake.handle` handler (see
 * `fakeVkError`) to make the call fail the way VK would.
 */
export class FakeVkError extends Error {
  override readonly name = 'FakeVkError';
  readonly code: number;
  readonly extra: VkErrorExtra;

  constructor(code: number, message?: string, extra: VkErrorExtra = {}) {
    if (!Number.isInteger(code) || code < 1) {
      throw new TypeError(`FakeVkError: the error code must be a positive integer, got ${String(code)}`);
    }
    for (const key of Object.keys(extra)) {
      if (RESERVED_KEYS.has(key)) throw new TypeError(`FakeVkError: extra field "${key}" is filled by the fake itself`);
    }
    super(message ?? defaultErrorMessage(code));
    this.code = code;
    this.extra = extra;
  }
}

/** VK's text for a code: the errors.json description, e.g. "Too many requests per second". */
export function defaultErrorMessage(code: number): string {
  return getApiErrorInfo(code)?.description ?? `Error ${code}`;
}

/** VK's message shape for errors with details: "User authorization failed: no access_token passed." */
export function detailedError(code: number, detail: string, extra?: VkErrorExtra): FakeVkError {
  return new FakeVkError(code, `${defaultErrorMessage(code)}: ${detail}`, extra);
}

/** Error 100 naming the offending parameter, as VK does. */
export function paramError(detail: string): FakeVkError {
  return detailedError(100, detail);
}

/**
 * A VK error for a handler to throw: `throw fakeVkError(15, 'Access denied')`. The message
 * defaults to VK's description of the code.
 */
export function fakeVkError(code: number, message?: string, extra?: VkErrorExtra): FakeVkError {
  return new FakeVkError(code, message, extra);
}

/** Alias of `fakeVkError`. */
export const vkError = fakeVkError;
