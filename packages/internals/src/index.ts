// What the vkts packages share. Private: every package's build inlines the parts it uses
// (`deps.alwaysBundle` in tsdown.base.ts), so no published package depends on this one.
export { backoffDelay, createBackoff, type Backoff, type BackoffBounds } from './backoff.js';
export { createDeadlineTimer, type DeadlineTimer } from './deadline-timer.js';
export { describeError, describeType, isPromiseLike, isRecord } from './guards.js';
export { checkNonNegativeNumber, checkPositiveInteger, checkPositiveNumber, isPositiveInteger } from './options.js';
export { MIN_REDACTED_SECRET_LENGTH, REDACTED, redactSecrets, redactedSnippet } from './redact.js';
export { sleep, type AbortSignalLike } from './sleep.js';
export {
  MAX_DECODED_BYTES,
  acceptEncodingFor,
  decodeContent,
  resolveCompression,
  runtimeHasZstd,
  type CompressionOption,
  type ContentCoding,
  utf8Text,
  type DecodeResult,
} from './content-encoding.js';
export { parseJsonBody, type PieceOptions } from './json-body.js';
export {
  ExchangeAbortedError,
  exchange,
  type AbortWatch,
  type RawAnswer,
} from './http-exchange.js';
