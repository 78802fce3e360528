import { applyPatch, jsonEqual, parsePointer, type PatchOperation } from './json-patch.js';
import { formatNamedPath, parseNamedPath, resolveNamedPath, selectorFor, type PathToken } from './named-path.js';

// Converts a patch written in the old index-based format (`/methods/42/parameters/1/required`)
// into paths addressed by name (`/methods/[name=messages.send]/parameters/[name=random_id]/required`),
// reading the indexes against the schema document they were written for. The operations are
// replayed one by one, so an index is read against the document as the earlier operations left it.
// A `test` of an element's own `name` becomes redundant once the path selects by that name, and
// is dropped.

export interface ConvertedPatch {
  operations: PatchOperation[];
  /** How many paths changed (0: the patch was already addressed by name). */
  rewritten: number;
  /** How many redundant `…/[name=X]/name == X` tests were dropped. */
  dropped: number;
  /** The document after the operations (for converting the next patch of the same file). */
  after: unknown;
  /** Per operation given: its converted form, or undefined when it was dropped. */
  mapping: (PatchOperation | undefined)[];
}

export function convertPatch(document: unknown, operations: readonly PatchOperation[]): ConvertedPatch {
  let state = structuredClone(document);
  const converted: PatchOperation[] = [];
  let rewritten = 0;
  let dropped = 0;
  const mapping: (PatchOperation | undefined)[] = [];
  for (const [index, operation] of operations.entries()) {
    const insertion = operation.op === 'add' || operation.op === 'move' || operation.op === 'copy';
    const path = namePath(state, operation.path, insertion, index);
    let next: PatchOperation = { ...operation, path };
    if (operation.op === 'move' || operation.op === 'copy') next = { ...operation, path, from: namePath(state, operation.from, false, index) };
    if (path !== operation.path || ('from' in next && 'from' in operation && next.from !== operation.from)) rewritten++;
    // Advance the document with the operation as written (plain pointers into today's arrays).
    const plain = resolveNamedPath(state, next.path, insertion);
    if (!plain.ok) throw new Error(`op #${index} (${operation.op} ${operation.path}): ${plain.reason}`);
    const from = next.op === 'move' || next.op === 'copy' ? resolveNamedPath(state, next.from, false) : undefined;
    if (from && !from.ok) throw new Error(`op #${index} (${operation.op} ${operation.path}): ${from.reason}`);
    state = applyPatch(state, [{ ...next, path: plain.pointer, ...(from?.ok ? { from: from.pointer } : {}) } as PatchOperation]);
    if (isRedundantNameTest(next)) {
      dropped++;
      mapping.push(undefined);
      continue;
    }
    converted.push(next);
    mapping.push(next);
  }
  return { operations: converted, rewritten, dropped, after: state, mapping };
}

/** `test …/[name=X]/name` with value X: the selector already says it. */
export function isRedundantNameTest(operation: PatchOperation): boolean {
  if (operation.op !== 'test') return false;
  const tokens = parseNamedPath(operation.path);
  const last = tokens.at(-1);
  const owner = tokens.at(-2);
  return last?.kind === 'key' && last.key === 'name' && owner?.kind === 'select' && owner.field === 'name' && owner.value === operation.value;
}

function namePath(document: unknown, path: string, insertion: boolean, index: number): string {
  // Already named paths may hold selectors; plain ones are read token by token.
  const tokens: PathToken[] = path.includes('[') ? parseNamedPath(path) : parsePointer(path).map((key) => ({ kind: 'key', key }));
  const out: PathToken[] = [];
  let current: unknown = document;
  for (const [i, token] of tokens.entries()) {
    const last = i === tokens.length - 1;
    if (token.kind === 'select') {
      out.push(token);
      const found = resolveNamedPath(current, formatNamedPath([token]), false);
      if (!found.ok) throw new Error(`op #${index}: ${path}: ${found.reason}`);
      current = Array.isArray(current) ? current[Number(found.pointer.slice(1))] : undefined;
      continue;
    }
    if (Array.isArray(current) && /^(?:0|[1-9][0-9]*)$/.test(token.key) && !(last && insertion)) {
      const element: unknown = current[Number(token.key)];
      const selector = selectorFor(element);
      const unique = selector?.kind === 'select' && current.filter((e) => jsonEqual(selectorFor(e), selector)).length === 1;
      out.push(unique && selector ? selector : token);
      current = element;
      continue;
    }
    out.push(token);
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[token.key] : undefined;
  }
  return formatNamedPath(out);
}

/**
 * The patch file's text with its operations replaced, keeping everything else as written (the
 * files are hand-formatted): each changed path is swapped in place, each dropped one-line test
 * removed. Falls back to re-rendering the whole file when the text cannot be edited that way.
 */
export function rewritePatchText(text: string, before: readonly PatchOperation[], mapping: readonly (PatchOperation | undefined)[]): string {
  const after = mapping.filter((op): op is PatchOperation => op !== undefined);
  const edited = editInPlace(text, before, mapping, after);
  if (edited !== undefined) return edited;
  const raw = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify({ ...raw, patch: after }, null, 2)}\n`;
}

function editInPlace(
  text: string,
  before: readonly PatchOperation[],
  mapping: readonly (PatchOperation | undefined)[],
  after: readonly PatchOperation[],
): string | undefined {
  let out = text;
  let cursor = out.indexOf('"patch"');
  if (cursor === -1) return undefined;
  for (const [i, operation] of before.entries()) {
    const pathAt = findMember(out, 'path', operation.path, cursor);
    if (pathAt === undefined) return undefined;
    const target = mapping[i];
    if (target) {
      out = out.slice(0, pathAt.start) + `"path": ${JSON.stringify(target.path)}` + out.slice(pathAt.end);
      cursor = pathAt.start;
      if ((operation.op === 'move' || operation.op === 'copy') && (target.op === 'move' || target.op === 'copy')) {
        const fromAt = findMember(out, 'from', operation.from, cursor);
        if (fromAt === undefined) return undefined;
        out = out.slice(0, fromAt.start) + `"from": ${JSON.stringify(target.from)}` + out.slice(fromAt.end);
      }
      continue;
    }
    // A dropped operation: it must sit alone on its line.
    const lineStart = out.lastIndexOf('\n', pathAt.start) + 1;
    const lineEnd = out.indexOf('\n', pathAt.start);
    const line = out.slice(lineStart, lineEnd);
    if (!/^\s*\{.*\},?\s*$/.test(line)) return undefined;
    out = out.slice(0, lineStart) + out.slice(lineEnd + 1);
    cursor = lineStart;
  }
  // A dropped last operation leaves a trailing comma before `]`.
  out = out.replace(/,(\s*\n\s*\]\s*\n\}\s*)$/, '$1');
  try {
    const parsed = JSON.parse(out) as { patch?: unknown };
    return jsonEqual(parsed.patch, after) ? out : undefined;
  } catch {
    return undefined;
  }
}

function findMember(text: string, member: string, value: string, from: number): { start: number; end: number } | undefined {
  const pattern = new RegExp(`"${member}"\\s*:\\s*${escapeRegExp(JSON.stringify(value))}`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
