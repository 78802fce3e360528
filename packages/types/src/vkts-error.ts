// The one base class of every error the vkts packages throw or report. It lives here, in the
// package every other one depends on, so `instanceof VktsError` holds across packages: a class
// inlined into each package's build would be a different class in each.

/**
 * What went wrong, for code: a **number** only when VK itself reported the error (`ApiError`:
 * VK's `error_code`, e.g. `14` for a captcha), otherwise a **string** `"<package>.<what>"` that
 * vkts assigns and keeps stable (`'api.transport'`, `'callback.setup'`, `'longpoll.fault'`).
 * Finer detail lives in each class's own fields (`kind`, `reason`, `step`, …).
 */
export type VktsErrorCode = number | `${string}.${string}`;

// Shared by every copy of @vkts/types in a process (two installed versions, ESM and CJS builds
// both loaded): `instanceof VktsError` goes by this mark, not by one class object's identity.
const MARK: unique symbol = Symbol.for('vkts.error') as never;

/**
 * Base of every vkts error. Conventions (see docs/errors.md):
 * - `name` is the class name (`ApiError` uses VK's errors.json name, e.g. `api_error_captcha`);
 * - `code` is a {@link VktsErrorCode}: VK's number for errors VK reported, else `"<package>.<what>"`;
 * - `cause` (the standard `Error` option) is the error that led to this one, and is left out when
 *   it could carry a secret (a token, a Long Poll key);
 * - messages, fields, `cause` and `toJSON()` never hold tokens, secrets or keys.
 *
 * `error instanceof VktsError` is true for every error of every vkts package, including
 * `@vkts/events`' `EventDispatchError` (an `AggregateError`) and `InvalidEnvelopeError` (a
 * `TypeError`), which keep their built-in base and are marked with {@link markAsVktsError}.
 */
export class VktsError extends Error {
  readonly code: VktsErrorCode;

  constructor(code: VktsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** `instanceof VktsError`: anything marked; `instanceof` a subclass: its prototype chain as usual. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== VktsError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && MARK in value;
  }
}

/**
 * Makes instances of `errorClass` count as {@link VktsError} for `instanceof`, for an error class
 * that must extend a built-in error instead (`AggregateError`, `TypeError`). Such a class must
 * still follow the conventions: a `code` field and no secrets.
 */
export function markAsVktsError(errorClass: abstract new (...args: never[]) => Error & { readonly code: VktsErrorCode }): void {
  Object.defineProperty(errorClass.prototype, MARK, { value: true });
}

markAsVktsError(VktsError);
