// The VKScript of a batched `execute`: `return [API.ns.method({...}), …];`, one entry per call.
import type { WireParams } from './wire-params.js';

export interface ScriptCall {
  readonly method: string;
  readonly params: WireParams;
}

// Only `ns.method` names can be written as `API.ns.method(…)`; the check in `buildExecuteCode`
// keeps a malformed name from ever becoming code.
const METHOD_NAME = /^[A-Za-z]+\.[A-Za-z]+$/;

/** Whether a call of `method` can be written into VKScript (`isBatchable` keeps the rest out). */
export function isScriptMethodName(method: string): boolean {
  return METHOD_NAME.test(method);
}

/**
 * Params go in as the same strings the form body would carry (`"1,2"`, `"1"`, JSON text), so a
 * call means exactly the same batched or not; JSON.stringify makes them safe string literals.
 */
export function buildExecuteCode(calls: readonly ScriptCall[]): string {
  let code = 'return [';
  for (let i = 0; i < calls.length; i += 1) {
    const { method, params } = calls[i] as ScriptCall;
    if (!isScriptMethodName(method)) throw new TypeError(`Cannot batch method ${JSON.stringify(method)}: not a VK method name`);
    code += `${i === 0 ? '' : ','}API.${method}(${JSON.stringify(params)})`;
  }
  return `${code}];`;
}
