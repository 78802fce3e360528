import { callMethod, recorded, tokenTypeError, type MethodCall, type PipelineState } from './call-pipeline.js';
import { parseExecuteCode } from './execute-code.js';
import { plannedError } from './failures.js';
import { isApiMethodName, methodMeta } from './method-schema.js';
import { FakeVkError, detailedError, paramError } from './vk-error.js';
import { toWireText, unexpectedParamError } from './wire-params.js';

/** VK runs at most 25 API calls per `execute`. */
export const MAX_EXECUTE_CALLS = 25;

/** One failed call inside `execute`, as VK lists it next to the response. */
export interface ExecuteError {
  method: string;
  error_code: number;
  error_msg: string;
}

export interface ExecuteResult {
  /** One entry per call: its response, or `false` where it failed. */
  response: unknown[];
  executeErrors: ExecuteError[];
}

// The schema lists no params for `execute`, so its own two are known here.
const EXECUTE_PARAMS = new Set(['code', 'func_v']);

/**
 * `execute` with the code shape a request batcher sends (see execute-code.ts). Each inner call
 * goes through the same checks as a direct call with the same token; a failed one yields
 * `false` and an `execute_errors` entry, like VK.
 */
export function runExecute(state: PipelineState, call: MethodCall): Promise<ExecuteResult> {
  return recorded(state, call, async () => {
    if (!methodMeta('execute').tokenTypes.includes(call.auth.type)) throw tokenTypeError(call.auth);
    const failure = state.failures.take('execute', call.captchaSolved);
    if (failure !== undefined) throw plannedError(failure, state.captchas, state.baseUrl());

    const unexpected = unexpectedParamError(call.wire, call.duplicates, (name) => EXECUTE_PARAMS.has(name));
    if (unexpected !== undefined) throw unexpected;
    const funcV = call.wire.get('func_v');
    if (funcV !== undefined && !/^\d+$/.test(funcV)) throw paramError('func_v not integer');
    const code = call.wire.get('code');
    if (code === undefined) throw paramError('code is undefined');

    const parsed = parseExecuteCode(code);
    if (!parsed.ok) throw detailedError(12, parsed.reason);
    if (parsed.calls.length > MAX_EXECUTE_CALLS) {
      throw detailedError(13, `too many API calls (${parsed.calls.length}, at most ${MAX_EXECUTE_CALLS})`);
    }

    const response: unknown[] = [];
    const executeErrors: ExecuteError[] = [];
    for (const inner of parsed.calls) {
      const metas = isApiMethodName(inner.method) ? methodMeta(inner.method).params : {};
      const wire = new Map<string, string>();
      for (const [name, value] of Object.entries(inner.params)) {
        // VKScript drops null and undefined arguments rather than sending them.
        if (value !== null && value !== undefined) wire.set(name, toWireText(value, metas[name]));
      }
      try {
        response.push(
          await callMethod(state, { name: inner.method, wire, duplicates: new Set(), auth: call.auth, viaExecute: true, captchaSolved: false }),
        );
      } catch (error) {
        if (!(error instanceof FakeVkError)) throw error;
        response.push(false);
        executeErrors.push({ method: inner.method, error_code: error.code, error_msg: error.message });
      }
    }
    return { response, executeErrors };
  });
}
