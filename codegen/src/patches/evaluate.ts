import { PatchError, applyPatch, getAtPointer, jsonEqual, type PatchOperation } from './json-patch.js';
import { NamedPathError, formatNamedPath, parseNamedPath, resolveNamedPath } from './named-path.js';

// What one patch does to one schema document, judged by name and by value:
// - applies: every operation went through and the document changed;
// - fixed-upstream: the document already holds the patch's result at every place it writes
//   (compared by value at the named place, whether or not its `test` guards still pass);
// - not-applicable: something the patch names (its file, a method, a param, a definition, an enum
//   value it tests for) does not exist in this schema version, so there is nothing to patch;
// - broken: the target is there but differs from what the patch expects — upstream changed it in
//   another way, and a maintainer has to look.

export type PatchVerdict = 'applies' | 'fixed-upstream' | 'not-applicable' | 'broken';

export interface PatchEvaluation {
  verdict: PatchVerdict;
  /** The operations with every named path resolved to a plain pointer (for verdict `applies`). */
  resolved?: PatchOperation[];
  /** Why the patch did not apply: `op #N (…): …`. */
  detail?: string;
}

export type Attempt = PatchEvaluation | { verdict: 'failed'; absent: boolean; detail: string };

/**
 * Applies `operations` to `document` in place (it must be the caller's own copy). On `failed` the
 * document may be left half-patched: the caller rebuilds it and asks judgeFailure (applyPatches
 * does), so the common case — every patch applies — costs no copy per patch.
 */
export function tryPatchInPlace(document: unknown, operations: readonly PatchOperation[]): Attempt {
  const resolved: PatchOperation[] = [];
  let changed = false;
  for (const [index, operation] of operations.entries()) {
    const step = resolveOperation(document, operation);
    if (!step.ok) return { verdict: 'failed', absent: step.absent, detail: `op #${index} (${operation.op} ${operation.path}): ${step.reason}` };
    const plain = step.operation;
    const before = plain.op === 'add' || plain.op === 'replace' ? getAtPointer(document, plain.path) : undefined;
    try {
      applyPatch(document, [plain], { inPlace: true });
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      const absent = error.reason.startsWith('path not found') || error.reason.startsWith('"from" path not found');
      return { verdict: 'failed', absent, detail: `op #${index} (${operation.op} ${operation.path}): ${error.reason}` };
    }
    if (plain.op !== 'test' && !((plain.op === 'add' || plain.op === 'replace') && before !== undefined && jsonEqual(before, plain.value))) changed = true;
    resolved.push(plain);
  }
  if (!changed) return { verdict: 'fixed-upstream', detail: 'it applies but changes nothing: the schema already holds its result' };
  return { verdict: 'applies', resolved };
}

/** Whether `document` already holds what `operations` write, at every place they write. */
export function holdsResult(document: unknown, operations: readonly PatchOperation[]): boolean {
  const writes = operations.filter((op) => op.op !== 'test');
  if (writes.length === 0) return false;
  return writes.every((op) => {
    if (op.op === 'move' || op.op === 'copy') return false;
    const tokens = parseNamedPath(op.path);
    if (op.op === 'remove') {
      // Removed means absent from a parent that is still there.
      const last = tokens.at(-1);
      const parent = resolveNamedPath(document, formatNamedPath(tokens.slice(0, -1)), false);
      const container = parent.ok ? getAtPointer(document, parent.pointer) : undefined;
      if (last === undefined || container === undefined) return false;
      if (last.kind === 'select') {
        const found = resolveNamedPath(container, formatNamedPath([last]), false);
        return Array.isArray(container) && !found.ok && found.absent;
      }
      return typeof container === 'object' && container !== null && !Array.isArray(container) && !Object.prototype.hasOwnProperty.call(container, last.key);
    }
    const last = tokens.at(-1);
    if (op.op === 'add' && last?.kind === 'key' && last.key === '-') {
      const list = resolveNamedPath(document, op.path.slice(0, -2), false);
      const array = list.ok ? getAtPointer(document, list.pointer) : undefined;
      return Array.isArray(array) && array.some((item) => jsonEqual(item, op.value));
    }
    const target = resolveNamedPath(document, op.path, false);
    return target.ok && jsonEqual(getAtPointer(document, target.pointer), op.value);
  });
}

/** The verdict on a patch that failed on `before` (the target as it was just before the patch). */
export function judgeFailure(before: unknown, operations: readonly PatchOperation[], detail: string, absent: boolean): PatchEvaluation {
  if (holdsResult(before, operations)) return { verdict: 'fixed-upstream', detail: `upstream already holds its result (${detail})` };
  return { verdict: absent ? 'not-applicable' : 'broken', detail };
}

type Step = { ok: true; operation: PatchOperation } | { ok: false; absent: boolean; reason: string };

function resolveOperation(document: unknown, operation: PatchOperation): Step {
  try {
    const insertion = operation.op === 'add' || operation.op === 'move' || operation.op === 'copy';
    const path = resolveNamedPath(document, operation.path, insertion);
    if (!path.ok) return path;
    if (operation.op === 'move' || operation.op === 'copy') {
      const from = resolveNamedPath(document, operation.from, false);
      if (!from.ok) return from;
      return { ok: true, operation: { ...operation, path: path.pointer, from: from.pointer } };
    }
    return { ok: true, operation: { ...operation, path: path.pointer } };
  } catch (error) {
    if (error instanceof NamedPathError) return { ok: false, absent: false, reason: error.message };
    throw error;
  }
}
