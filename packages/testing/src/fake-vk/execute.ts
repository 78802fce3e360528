import { callMethod, recorded, tokenTypeError, type MethodCall, type PipelineState } from './call-pipeline.js';
import { parseExecuteCode } from './execute-code.js';
import { Interpreter, RuntimeError, toValue, type Value } from './execute-run.js';
import { plannedError } from './failures.js';
import { isApiMethodName, methodMeta } from './method-schema.js';
import { FakeVkError, detailedError, paramError } from './vk-error.js';
import { TRANSPORT_PARAMS, toWireText, unexpectedParamError } from './wire-params.js';

/** One failed call inside `execute`, as VK lists it next to the response. */
export interface ExecuteError {
  method: string;
  error_code: number;
  error_msg: string;
}

export interface ExecuteResult {
  /** What the code returned (`false` in place of each failed call's response). */
  response: Value;
  executeErrors: ExecuteError[];
}

// The schema lists no params for `execute`: besides these two, every param is an argument the
// code reads as `Args.<name>`.
const EXECUTE_PARAMS = new Set(['code', 'func_v']);

/**
 * `execute`: compiles the VKScript (error 12 when it cannot, see execute-code.ts) and runs it
 * (error 13 for what fails at run time, see execute-run.ts). Each API call goes through the same
 * checks as a direct call with the same token; a failed one yields `false` and an
 * `execute_errors` entry, like VK.
 */
export function runExecute(state: PipelineState, call: MethodCall): Promise<ExecuteResult> {
  return recorded(state, call, async () => {
    if (!methodMeta('execute').tokenTypes.includes(call.auth.type)) throw tokenTypeError(call.auth);
    const failure = state.failures.take('execute', call.captchaSolved);
    if (failure !== undefined) throw plannedError(failure, state.captchas, state.baseUrl());

    const repeated = unexpectedParamError(call.wire, call.duplicates, () => true);
    if (repeated !== undefined) throw repeated;
    const funcV = call.wire.get('func_v');
    if (funcV !== undefined && !/^\d+$/.test(funcV)) throw paramError('func_v not integer');
    const code = call.wire.get('code');
    if (code === undefined) throw paramError('code is undefined');
    const args = new Map([...call.wire].filter(([name]) => !EXECUTE_PARAMS.has(name) && !TRANSPORT_PARAMS.has(name)));

    const parsed = parseExecuteCode(code);
    if (!parsed.ok) throw detailedError(12, parsed.reason);

    const executeErrors: ExecuteError[] = [];
    const interpreter = new Interpreter({
      args,
      async callApi(method, params) {
        const metas = isApiMethodName(method) ? methodMeta(method).params : {};
        const wire = new Map<string, string>();
        for (const [name, value] of Object.entries(params)) {
          // VKScript drops null arguments rather than sending them.
          if (value !== null) wire.set(name, toWireText(value, metas[name]));
        }
        try {
          return toValue(await callMethod(state, { name: method, wire, duplicates: new Set(), auth: call.auth, viaExecute: true, captchaSolved: false }));
        } catch (error) {
          if (!(error instanceof FakeVkError)) throw error;
          executeErrors.push({ method, error_code: error.code, error_msg: error.message });
          return false;
        }
      },
    });
    try {
      return { response: await interpreter.run(parsed.program), executeErrors };
    } catch (error) {
      if (error instanceof RuntimeError) throw detailedError(13, error.message);
      throw error;
    }
  });
}
