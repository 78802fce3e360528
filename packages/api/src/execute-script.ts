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

// `API.ns.method(` by method name, checked once: a batched call then costs one Map lookup, not a
// regex test and a template. Bounded, as callers may pass names outside the schema.
const callPrefixes = new Map<string, string>();
const MAX_CACHED_PREFIXES = 2048;

function callPrefix(method: string): string {
  const cached = callPrefixes.get(method);
  if (cached !== undefined) return cached;
  if (!isScriptMethodName(method)) throw new TypeError(`Cannot batch method ${JSON.stringify(method)}: not a VK method name`);
  const prefix = `API.${method}(`;
  if (callPrefixes.size < MAX_CACHED_PREFIXES) callPrefixes.set(method, prefix);
  return prefix;
}

/** How the script is spelled: as text, or already form-encoded. */
interface Spelling {
  readonly open: string;
  readonly separator: string;
  readonly close: string;
  readonly params: (json: string) => string;
}

const identity = (text: string): string => text;
const AS_TEXT: Spelling = { open: 'return [', separator: ',', close: '];', params: identity };
// Form encoding is per code point, so the encoded script is the concatenation of its encoded
// pieces; a call's prefix (letters, `.`, `(`) and `)` need none. JSON.stringify escapes lone
// surrogates, so encodeURIComponent cannot throw on a call's params.
const AS_FORM: Spelling = {
  open: encodeURIComponent(AS_TEXT.open),
  separator: encodeURIComponent(AS_TEXT.separator),
  close: encodeURIComponent(AS_TEXT.close),
  params: encodeURIComponent,
};

/**
 * Params go in as the same strings the form body would carry (`"1,2"`, `"1"`, JSON text), so a
 * call means exactly the same batched or not; JSON.stringify makes them safe string literals.
 */
function writeScript(calls: readonly ScriptCall[], spelling: Spelling): string {
  let code = spelling.open;
  for (let i = 0; i < calls.length; i += 1) {
    const { method, params } = calls[i] as ScriptCall;
    code += `${i === 0 ? '' : spelling.separator}${callPrefix(method)}${spelling.params(JSON.stringify(params))})`;
  }
  return code + spelling.close;
}

export function buildExecuteCode(calls: readonly ScriptCall[]): string {
  return writeScript(calls, AS_TEXT);
}

/**
 * The `code` param of a batched execute, form-encoded: `code=${formEncode(buildExecuteCode(calls))}`,
 * encoded call by call (the prefixes need no encoding) rather than as one long string.
 */
export function buildExecuteForm(calls: readonly ScriptCall[]): string {
  return `code=${writeScript(calls, AS_FORM)}`;
}
