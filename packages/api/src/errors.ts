// The errors a call can reject with. Every one of them is built from data the client already
// redacted (see redact.ts): none holds the token, so printing, logging or serialising them is safe.
import { VktsError, apiErrorNames, getApiErrorInfo, type ApiErrorCode, type ApiErrorName } from '@vkts/types';

/**
 * Base of every error this package throws (a {@link VktsError}: `code` is VK's number for
 * `ApiError`, `'api.transport'`, `'api.bad_response'` or `'api.validation'` otherwise);
 * `toJSON` keeps `JSON.stringify(err)` informative.
 */
export abstract class VkApiClientError extends VktsError {
  /** The VK method the failed call was for. */
  abstract readonly method: string;

  /** Plain data for logs: `JSON.stringify(err)` would otherwise give `{}` plus stray fields. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, method: this.method, ...this.details() };
  }

  protected abstract details(): Record<string, unknown>;
}

/** The captcha VK asks for with error 14. */
export interface CaptchaChallenge {
  readonly sid: string;
  readonly img: string;
}

export interface ApiErrorInit<C extends number = number> {
  readonly code: C;
  readonly method: string;
  /** VK's `error_msg`, already scrubbed of the token. */
  readonly vkMessage: string;
  /** Wire params of the call, already redacted. */
  readonly params: Readonly<Record<string, string>>;
  readonly subcode?: number | undefined;
  readonly captcha?: CaptchaChallenge | undefined;
  readonly redirectUri?: string | undefined;
  readonly viaExecute?: boolean | undefined;
}

/**
 * VK answered the call with an error (`{ error: { error_code, error_msg } }`, or an entry of
 * `execute_errors` for a batched call).
 *
 * `name` is the errors.json key of the code (`api_error_flood`), or `ApiError` for a code the
 * schema does not know; use {@link isApiError} or `instanceof ApiError` to recognise the class.
 */
export class ApiError<C extends number = number> extends VkApiClientError {
  override readonly name: ApiErrorName | 'ApiError';
  /** VK's `error_code`. */
  declare readonly code: C;
  readonly method: string;
  /** VK's `error_msg`, verbatim (minus the token, should VK ever echo it). */
  readonly vkMessage: string;
  /** errors.json description of the code, if the schema knows it. */
  readonly description: string | undefined;
  readonly subcode: number | undefined;
  /** The params the call sent, as form values, with secret-looking ones redacted. */
  readonly params: Readonly<Record<string, string>>;
  /** Set for error 14. */
  readonly captcha: CaptchaChallenge | undefined;
  /** Set for error 17 (validation required). */
  readonly redirectUri: string | undefined;
  /** The call was part of a batched `execute` request. */
  readonly viaExecute: boolean;

  constructor(init: ApiErrorInit<C>, options?: { cause?: unknown }) {
    const info = getApiErrorInfo(init.code);
    const name = isKnownErrorCode(init.code) ? apiErrorNames[init.code] : 'ApiError';
    const via = init.viaExecute ? ' (inside execute)' : '';
    super(init.code, `${init.method} failed with VK error ${init.code} (${name})${via}: ${init.vkMessage}`, options);
    this.name = name;
    this.method = init.method;
    this.vkMessage = init.vkMessage;
    this.description = info?.description;
    this.subcode = init.subcode;
    this.params = init.params;
    this.captcha = init.captcha;
    this.redirectUri = init.redirectUri;
    this.viaExecute = init.viaExecute ?? false;
  }

  /** The same error with `cause` set (e.g. why an `onCaptcha` gave up). */
  withCause(cause: unknown): ApiError<C> {
    return new ApiError<C>(this, { cause });
  }

  protected details(): Record<string, unknown> {
    return {
      code: this.code,
      vkMessage: this.vkMessage,
      description: this.description,
      subcode: this.subcode,
      params: this.params,
      captcha: this.captcha,
      redirectUri: this.redirectUri,
      viaExecute: this.viaExecute,
    };
  }
}

function isKnownErrorCode(code: number): code is ApiErrorCode {
  return Object.hasOwn(apiErrorNames, code);
}

/**
 * Whether `error` is an {@link ApiError}, optionally with one of the given codes:
 * `if (isApiError(err, 104)) err.code // 104`.
 */
export function isApiError(error: unknown): error is ApiError;
export function isApiError<const C extends ApiErrorCode>(error: unknown, code: C | readonly C[]): error is ApiError<C>;
export function isApiError(error: unknown, code?: number | readonly number[]): boolean {
  if (!(error instanceof ApiError)) return false;
  if (code === undefined) return true;
  return typeof code === 'number' ? error.code === code : code.includes(error.code);
}

/** Why no answer came back. */
export type TransportErrorKind =
  /** The connection failed or broke (refused, reset, DNS, TLS…). */
  | 'network'
  /** `timeoutMs` ran out. */
  | 'timeout'
  /** The caller's `signal` aborted. */
  | 'aborted'
  /** `api.close()` was called. */
  | 'closed';

/** No VK answer: the network failed, the attempt timed out, the caller aborted, or the client was closed. */
export class TransportError extends VkApiClientError {
  override readonly name = 'TransportError';
  readonly kind: TransportErrorKind;
  readonly method: string;

  constructor(kind: TransportErrorKind, method: string, message: string, options?: { cause?: unknown }) {
    super('api.transport', `${method}: ${message}`, options);
    this.kind = kind;
    this.method = method;
  }

  protected details(): Record<string, unknown> {
    return { kind: this.kind, cause: describeCause(this.cause) };
  }
}

/**
 * VK (or something in front of it) answered, but not with the API's JSON envelope: an outage
 * page, a proxy error, truncated JSON, or JSON without `response`/`error`.
 */
export class BadResponseError extends VkApiClientError {
  override readonly name = 'BadResponseError';
  readonly method: string;
  /** HTTP status of the reply. */
  readonly status: number;
  /** `content-type` of the reply, or `undefined` if none was sent. */
  readonly contentType: string | undefined;
  /** The first characters of the body (token scrubbed), to tell what answered. */
  readonly bodySnippet: string;

  constructor(init: { method: string; status: number; contentType: string | undefined; bodySnippet: string; problem: string }) {
    super('api.bad_response', `${init.method}: ${init.problem} (HTTP ${init.status}, content-type ${init.contentType ?? 'missing'})`);
    this.method = init.method;
    this.status = init.status;
    this.contentType = init.contentType;
    this.bodySnippet = init.bodySnippet;
  }

  protected details(): Record<string, unknown> {
    return { status: this.status, contentType: this.contentType, bodySnippet: this.bodySnippet };
  }
}

/** One problem zod found, reduced to what is safe and useful to print. */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code: string;
}

/** `validate` is on and the params or the response do not match the schema. */
export class ValidationError extends VkApiClientError {
  override readonly name = 'ValidationError';
  readonly method: string;
  readonly target: 'params' | 'response';
  readonly issues: readonly ValidationIssue[];

  constructor(method: string, target: 'params' | 'response', issues: readonly ValidationIssue[]) {
    const first = issues[0];
    const where = first ? ` at ${first.path.map(String).join('.') || '(root)'}: ${first.message}` : '';
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    const subject = target === 'params' ? 'params do' : 'response does';
    super('api.validation', `${method}: ${subject} not match the schema${where}${more}`);
    this.method = method;
    this.target = target;
    this.issues = issues;
  }

  protected details(): Record<string, unknown> {
    return { target: this.target, issues: this.issues };
  }
}

function describeCause(cause: unknown): unknown {
  if (cause instanceof Error) {
    const code = 'code' in cause ? cause.code : undefined;
    return { name: cause.name, message: cause.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return cause === undefined ? undefined : String(cause);
}
