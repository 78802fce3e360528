/**
 * A small RFC 6902 (JSON Patch) implementation with RFC 6901 (JSON Pointer) paths.
 *
 * - `applyPatch` never mutates its input: it works on a `structuredClone` and returns the result.
 * - A failing operation throws a `PatchError` naming the operation index, the operation, the path
 *   and what failed; the input stays untouched (the patch is atomic).
 */
import { parseNamedPath } from './named-path.js';

export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'move'; from: string; path: string }
  | { op: 'copy'; from: string; path: string }
  | { op: 'test'; path: string; value: unknown };

export type PatchOpName = PatchOperation['op'];

export const PATCH_OP_NAMES: readonly PatchOpName[] = ['add', 'remove', 'replace', 'move', 'copy', 'test'];

/** Thrown when a pointer is malformed. */
export class JsonPointerError extends Error {
  override readonly name = 'JsonPointerError';
  constructor(
    readonly pointer: string,
    readonly reason: string,
  ) {
    super(`invalid JSON Pointer ${JSON.stringify(pointer)}: ${reason}`);
  }
}

/** Thrown when an operation of a patch cannot be applied. */
export class PatchError extends Error {
  override readonly name = 'PatchError';
  constructor(
    /** Zero-based index of the failing operation in the patch. */
    readonly index: number,
    readonly operation: PatchOperation,
    /** The pointer that failed (the operation's `path`, or its `from`). */
    readonly path: string,
    /** What failed, without the operation prefix. */
    readonly reason: string,
  ) {
    super(`op #${index} (${describeOperation(operation)}): ${reason}`);
  }
}

/** `replace /a/b`, `move /a -> /b`: a short human label of an operation. */
export function describeOperation(operation: PatchOperation): string {
  if (operation.op === 'move' || operation.op === 'copy') {
    return `${operation.op} ${operation.from || '""'} -> ${operation.path || '""'}`;
  }
  return `${operation.op} ${operation.path || '""'}`;
}

/** Splits a JSON Pointer into unescaped reference tokens (`""` is the whole document). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new JsonPointerError(pointer, 'must be empty or start with "/"');
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~(?![01])/.test(token)) throw new JsonPointerError(pointer, `bad escape in token ${JSON.stringify(token)} (only ~0 and ~1 are allowed)`);
      return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

/** Joins reference tokens back into a JSON Pointer, escaping `~` and `/`. */
export function formatPointer(tokens: readonly string[]): string {
  return tokens.map((token) => '/' + token.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Short, single-line rendering of a JSON value for error messages. */
export function briefJson(value: unknown, max = 80): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Structural JSON equality: object member order is irrelevant, array order matters. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  const kb = Object.keys(rb);
  if (ka.length !== kb.length) return false;
  return ka.every((key) => hasOwn(rb, key) && jsonEqual(ra[key], rb[key]));
}

/**
 * Checks the shape of one raw operation (as read from JSON) and returns the problems found,
 * each naming the offending field (e.g. `path must be a string`). An empty list means well-formed.
 */
export function operationProblems(raw: unknown): string[] {
  if (!isPlainObject(raw)) return ['must be an object like {"op": "...", "path": "..."}'];
  const problems: string[] = [];
  const op = raw['op'];
  if (typeof op !== 'string' || !(PATCH_OP_NAMES as readonly string[]).includes(op)) {
    problems.push(`op must be one of ${PATCH_OP_NAMES.join(', ')} (got ${briefJson(op)})`);
    return problems;
  }
  const allowed = new Set(['op', 'path']);
  checkPointerField(raw, 'path', problems);
  if (op === 'add' || op === 'replace' || op === 'test') {
    allowed.add('value');
    if (!hasOwn(raw, 'value')) problems.push(`value is required for "${op}"`);
  }
  if (op === 'move' || op === 'copy') {
    allowed.add('from');
    checkPointerField(raw, 'from', problems);
  }
  for (const key of Object.keys(raw)) {
    if (!allowed.has(key)) problems.push(`unexpected field "${key}" for "${op}"`);
  }
  return problems;
}

/** Narrows a raw value to a `PatchOperation`, throwing on the first problem. */
export function toOperation(raw: unknown): PatchOperation {
  const problems = operationProblems(raw);
  if (problems.length > 0) throw new TypeError(`malformed patch operation: ${problems.join('; ')}`);
  return raw as PatchOperation;
}

/**
 * Applies the operations in order to a clone of `document` and returns the patched clone.
 * Throws `PatchError` on the first failing operation; `document` is never modified.
 * With `inPlace`, `document` itself is patched (and may be left half-patched by an error); the
 * returned root is the document unless an operation replaced the whole of it.
 */
export function applyPatch(document: unknown, operations: readonly PatchOperation[], { inPlace = false } = {}): unknown {
  const state: { root: unknown } = { root: inPlace ? document : structuredClone(document) };
  operations.forEach((operation, index) => {
    applyOperation(state, operation, index);
  });
  return state.root;
}

/** Reads the value at `pointer`, or `undefined` when it does not exist. */
export function getAtPointer(document: unknown, pointer: string): unknown {
  const result = resolve(document, parsePointer(pointer));
  return result.ok ? result.value : undefined;
}

// ---------------------------------------------------------------------------

type Container = Record<string, unknown> | unknown[];
type Resolved = { ok: true; value: unknown } | { ok: false; reason: string };

function applyOperation(state: { root: unknown }, operation: PatchOperation, index: number): void {
  const fail = (reason: string, path: string = operation.path): never => {
    throw new PatchError(index, operation, path, reason);
  };
  const tokensOf = (pointer: string): string[] => {
    try {
      return parsePointer(pointer);
    } catch (error) {
      return fail(error instanceof JsonPointerError ? error.reason : String(error), pointer);
    }
  };

  const path = tokensOf(operation.path);
  switch (operation.op) {
    case 'test': {
      const found = resolve(state.root, path);
      if (!found.ok) fail(`path not found: ${found.reason}`);
      else if (!jsonEqual(found.value, operation.value)) {
        fail(`test failed: value differs — expected ${briefJson(operation.value)}, found ${briefJson(found.value)}`);
      }
      return;
    }
    case 'add':
      insert(state, path, structuredClone(operation.value), fail);
      return;
    case 'remove':
      if (path.length === 0) fail('cannot remove the whole document');
      take(state.root, path, fail);
      return;
    case 'replace': {
      const found = resolve(state.root, path);
      if (!found.ok) fail(`path not found: ${found.reason}`);
      if (path.length === 0) {
        state.root = structuredClone(operation.value);
        return;
      }
      const { parent, key } = parentOf(state.root, path, fail);
      setMember(parent, key, structuredClone(operation.value));
      return;
    }
    case 'copy': {
      const from = tokensOf(operation.from);
      const found = resolve(state.root, from);
      if (!found.ok) fail(`"from" path not found: ${found.reason}`, operation.from);
      else insert(state, path, structuredClone(found.value), fail);
      return;
    }
    case 'move': {
      const from = tokensOf(operation.from);
      if (operation.from === operation.path) {
        const found = resolve(state.root, from);
        if (!found.ok) fail(`"from" path not found: ${found.reason}`, operation.from);
        return;
      }
      if (from.length < path.length && from.every((token, i) => token === path[i])) {
        fail('cannot move a value into one of its own children', operation.from);
      }
      if (from.length === 0) fail('cannot move the whole document', operation.from);
      const found = resolve(state.root, from);
      if (!found.ok) fail(`"from" path not found: ${found.reason}`, operation.from);
      const value = take(state.root, from, (reason) => fail(reason, operation.from));
      insert(state, path, value, fail);
      return;
    }
    default: {
      const unknownOp: never = operation;
      fail(`unknown op ${briefJson((unknownOp as { op?: unknown }).op)}`);
    }
  }
}

function insert(state: { root: unknown }, path: readonly string[], value: unknown, fail: (reason: string) => never): void {
  if (path.length === 0) {
    state.root = value;
    return;
  }
  const { parent, key, parentPointer } = parentOf(state.root, path, fail);
  if (Array.isArray(parent)) {
    const position = key === '-' ? parent.length : arrayIndex(key);
    if (position === undefined) fail(`"${key}" is not an array index at ${parentPointer || '""'}`);
    else if (position > parent.length) fail(`index ${position} is out of bounds at ${parentPointer || '""'} (array length ${parent.length})`);
    else parent.splice(position, 0, value);
    return;
  }
  setMember(parent, key, value);
}

/** Removes and returns the value at `path` (which must exist). */
function take(root: unknown, path: readonly string[], fail: (reason: string) => never): unknown {
  const found = resolve(root, path);
  if (!found.ok) return fail(`path not found: ${found.reason}`);
  const { parent, key } = parentOf(root, path, fail);
  if (Array.isArray(parent)) {
    const position = arrayIndex(key);
    if (position === undefined) return fail(`"${key}" is not an array index`);
    return parent.splice(position, 1)[0];
  }
  const value = parent[key];
  delete parent[key];
  return value;
}

function parentOf(
  root: unknown,
  path: readonly string[],
  fail: (reason: string) => never,
): { parent: Container; key: string; parentPointer: string } {
  const parentTokens = path.slice(0, -1);
  const key = path[path.length - 1] ?? '';
  const parentPointer = formatPointer(parentTokens);
  const found = resolve(root, parentTokens);
  if (!found.ok) return fail(`path not found: ${found.reason}`);
  const parent = found.value;
  if (!Array.isArray(parent) && !isPlainObject(parent)) {
    return fail(`parent ${parentPointer || '""'} is ${kindOf(parent)}, not an object or array`);
  }
  return { parent, key, parentPointer };
}

function resolve(root: unknown, tokens: readonly string[]): Resolved {
  let current: unknown = root;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const here = formatPointer(tokens.slice(0, i)) || '""';
    if (Array.isArray(current)) {
      const position = arrayIndex(token);
      if (position === undefined) return { ok: false, reason: `"${token}" is not an array index at ${here}` };
      if (position >= current.length) {
        return { ok: false, reason: `index ${position} is out of bounds at ${here} (array length ${current.length})` };
      }
      current = current[position];
    } else if (isPlainObject(current)) {
      if (!hasOwn(current, token)) return { ok: false, reason: `no member "${token}" at ${here}` };
      current = current[token];
    } else {
      return { ok: false, reason: `${here} is ${kindOf(current)}, cannot look up "${token}"` };
    }
  }
  return { ok: true, value: current };
}

function setMember(parent: Container, key: string, value: unknown): void {
  if (Array.isArray(parent)) {
    const position = arrayIndex(key);
    if (position !== undefined) parent[position] = value;
    return;
  }
  // defineProperty keeps keys such as "__proto__" ordinary own data members.
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

function arrayIndex(token: string): number | undefined {
  return /^(?:0|[1-9][0-9]*)$/.test(token) ? Number(token) : undefined;
}

function checkPointerField(raw: Record<string, unknown>, field: 'path' | 'from', problems: string[]): void {
  const value = raw[field];
  if (typeof value !== 'string') {
    problems.push(`${field} must be a JSON Pointer string (got ${briefJson(value)})`);
    return;
  }
  try {
    parseNamedPath(value);
  } catch (error) {
    problems.push(`${field}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
