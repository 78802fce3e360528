// One call as one HTTP request (no batching, no retries): the reply's `response`, or an ApiError.
import type { Attempt } from './attempt.js';
import type { ExecuteResult } from './client-types.js';
import type { Transport } from './http-transport.js';
import { toApiError } from './vk-error.js';
import type { WireParams } from './wire-params.js';

export type SendCall = (method: string, params: WireParams, attempt: Attempt) => Promise<unknown>;

export function createSendCall(transport: Transport, token: string): SendCall {
  return async (method, params, attempt) => {
    const { reply } = await transport.post(method, params, attempt);
    if (!reply.ok) throw toApiError(reply.error, method, params, token, false);
    if (method !== 'execute') return reply.response;
    // A direct `execute`: its inner calls' errors belong to the caller, next to the response.
    const result: ExecuteResult = {
      response: reply.response,
      errors: reply.executeErrors.map((error) => toApiError(error, error.method ?? 'execute', {}, token, true)),
    };
    return result;
  };
}
