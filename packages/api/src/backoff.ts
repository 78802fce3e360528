// Which failures are worth another attempt (the delay before it: backoffDelay in @vkts/internals).
import { ApiError, BadResponseError, TransportError } from './errors.js';
import type { ResolvedOptions } from './options.js';

export type RetryableError = ApiError | TransportError | BadResponseError;

/**
 * Retried: the configured VK codes (6, 10), network failures and timeouts (the request may not
 * have reached VK; messages.send is safe because its random_id is fixed), and 5xx/429 replies
 * that are not VK JSON (outage pages). Never: the caller's abort, a closed client, validation,
 * other VK errors.
 */
export function isRetryable(error: unknown, retry: ResolvedOptions['retry']): error is RetryableError {
  if (error instanceof ApiError) return retry.apiErrorCodes.some((code) => code === error.code);
  if (error instanceof TransportError) return error.kind === 'network' || error.kind === 'timeout';
  if (error instanceof BadResponseError) return error.status >= 500 || error.status === 429;
  return false;
}
