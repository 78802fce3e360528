/**
 * Patch paths addressed by name: JSON Pointers (RFC 6901) whose tokens may also be selectors that
 * pick an array element by content instead of by index, so a patch keeps pointing at the same
 * method or parameter when upstream reorders its arrays:
 *
 * - `[name=messages.send]`: the element that is an object whose `name` is `messages.send`;
 * - `[$ref=#/definitions/subcodes/x]`: the object whose `$ref` is that (for elements without a name);
 * - `[=message_reply]`: the scalar element equal to `message_reply` (enum values).
 *
 * A selector runs from `[` to the first `]` and may hold `/` unescaped; other tokens are ordinary
 * pointer tokens (`~0`, `~1`). An element reachable by a selector may not be addressed by index:
 * the patch would silently move to another element after an upstream reorder.
 */

export type PathToken = { kind: 'key'; key: string } | { kind: 'select'; field: string; value: string };

/** Thrown for a path that is malformed or uses an index where a selector is required. */
export class NamedPathError extends Error {
  override readonly name = 'NamedPathError';
}

/** Splits a named path into tokens; throws NamedPathError when it is malformed. */
export function parseNamedPath(path: string): PathToken[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new NamedPathError(`invalid path ${JSON.stringify(path)}: must be empty or start with "/"`);
  const tokens: PathToken[] = [];
  let i = 1;
  for (;;) {
    if (path[i] === '[') {
      const close = path.indexOf(']', i);
      if (close === -1) throw new NamedPathError(`invalid path ${JSON.stringify(path)}: selector at ${i} has no closing "]"`);
      const body = path.slice(i + 1, close);
      const eq = body.indexOf('=');
      if (eq === -1) throw new NamedPathError(`invalid path ${JSON.stringify(path)}: selector [${body}] must look like [name=value], [$ref=value] or [=value]`);
      tokens.push({ kind: 'select', field: body.slice(0, eq), value: body.slice(eq + 1) });
      i = close + 1;
      if (i === path.length) return tokens;
      if (path[i] !== '/') throw new NamedPathError(`invalid path ${JSON.stringify(path)}: "/" expected after the selector [${body}]`);
      i++;
      continue;
    }
    const end = path.indexOf('/', i);
    const raw = end === -1 ? path.slice(i) : path.slice(i, end);
    if (/~(?![01])/.test(raw)) throw new NamedPathError(`invalid path ${JSON.stringify(path)}: bad escape in token ${JSON.stringify(raw)} (only ~0 and ~1 are allowed)`);
    tokens.push({ kind: 'key', key: raw.replace(/~1/g, '/').replace(/~0/g, '~') });
    if (end === -1) return tokens;
    i = end + 1;
  }
}

export function formatNamedPath(tokens: readonly PathToken[]): string {
  return tokens.map((t) => (t.kind === 'select' ? `/[${t.field}=${t.value}]` : `/${t.key.replace(/~/g, '~0').replace(/\//g, '~1')}`)).join('');
}

/** The selector that picks `element` out of its array, or undefined when it has none. */
export function selectorFor(element: unknown): PathToken | undefined {
  if (typeof element === 'string' || typeof element === 'number') return scalarSelectable(String(element)) ? { kind: 'select', field: '', value: String(element) } : undefined;
  if (!isRecord(element)) return undefined;
  for (const field of ['name', '$ref']) {
    const value = element[field];
    if (typeof value === 'string' && !value.includes(']')) return { kind: 'select', field, value };
  }
  return undefined;
}

export type Resolution =
  | { ok: true; pointer: string }
  /** `absent`: something the path names does not exist here (the patch's target is not in this version). */
  | { ok: false; absent: boolean; reason: string };

/**
 * Turns a named path into a plain JSON Pointer against `document`. `insertion`: the last token is
 * where something is added (it may be a new key, `-` or an insert index). A selector matching
 * nothing, or a missing member before the last token, is an absent target; a selector matching
 * twice, or an index addressing a selectable element, is an error.
 */
export function resolveNamedPath(document: unknown, path: string, insertion: boolean): Resolution {
  const tokens = parseNamedPath(path);
  const plain: string[] = [];
  let current: unknown = document;
  for (const [i, token] of tokens.entries()) {
    const last = i === tokens.length - 1;
    const here = formatNamedPath(tokens.slice(0, i)) || '""';
    if (token.kind === 'select') {
      if (!Array.isArray(current)) return { ok: false, absent: true, reason: `${here} is not an array, so [${token.field}=${token.value}] selects nothing` };
      const matches = current.flatMap((element, index) => (matchesSelector(element, token) ? [index] : []));
      if (matches.length === 0) return { ok: false, absent: true, reason: `no element [${token.field}=${token.value}] in ${here}` };
      if (matches.length > 1) return { ok: false, absent: false, reason: `[${token.field}=${token.value}] matches ${matches.length} elements of ${here}` };
      const index = matches[0] ?? 0;
      plain.push(String(index));
      current = current[index];
      continue;
    }
    plain.push(token.key);
    if (Array.isArray(current)) {
      if (last && insertion) break;
      if (!/^(?:0|[1-9][0-9]*)$/.test(token.key)) return { ok: false, absent: false, reason: `"${token.key}" is not an array index at ${here}` };
      const element: unknown = current[Number(token.key)];
      if (element === undefined) return { ok: false, absent: true, reason: `no element ${token.key} in ${here}` };
      const selector = selectorFor(element);
      if (selector?.kind === 'select') {
        return {
          ok: false,
          absent: false,
          reason: `${here}/${token.key} addresses an array element by index; address it by content as ${here === '""' ? '' : here}/[${selector.field}=${selector.value}] (pnpm schema:patches:convert rewrites old patches)`,
        };
      }
      current = element;
    } else if (isRecord(current)) {
      if (!Object.prototype.hasOwnProperty.call(current, token.key)) {
        if (last) break;
        return { ok: false, absent: true, reason: `no member "${token.key}" at ${here}` };
      }
      current = current[token.key];
    } else if (!last) {
      return { ok: false, absent: true, reason: `${here} is not an object or array` };
    }
  }
  return { ok: true, pointer: plain.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('') };
}

function matchesSelector(element: unknown, token: Extract<PathToken, { kind: 'select' }>): boolean {
  if (token.field === '') return (typeof element === 'string' || typeof element === 'number') && String(element) === token.value;
  if (!isRecord(element)) return false;
  const value = element[token.field];
  return (typeof value === 'string' || typeof value === 'number') && String(value) === token.value;
}

function scalarSelectable(value: string): boolean {
  return !value.includes(']');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
