// A large JSON answer parsed without one flat string of the whole body.
//
// `JSON.parse` needs a flat string, and a string over V8's largest regular heap object (128 KB)
// goes to large-object space, which is mapped fresh for each such string and unmapped at the next
// GC: for VK's big answers (1,000 members with fields: 447 KB of UTF-8, 870 KB as UTF-16) that is
// ~210 page faults per call, 0.4–0.7 ms of system CPU here. So a body whose main array is large is
// parsed in pieces of at most ~48 KB of UTF-8 (each string then lives in the young generation),
// and the pieces' elements are put back in order. Net of the extra young-generation GC the pieces'
// strings bring, decode + parse of that answer measured 2–10 % cheaper.
//
// Pieces are cut where `},{"<first key>":` follows (a `"` inside a JSON string is always escaped,
// so that text only occurs between values). A cut inside a nested array makes its piece fail to
// parse: the cut moves on to the next candidate, and after a few misses the body is parsed whole.
// The result is always exactly `JSON.parse(utf8Text(body))`: each piece parses as a list of
// values, and so does the rest of the document with one stand-in where those values were
// (proof by substitution in JSON's grammar), and invalid JSON gets JSON.parse's own error.
import { utf8Text } from './content-encoding.js';

/** UTF-8 bytes per piece before the next cut: ≤ 2 bytes of UTF-16 each, so under 128 KB. */
const PIECE_BYTES = 48 * 1024;
/**
 * A piece is cut off only while more than a piece and a half is left (the rest stays under
 * 128 KB as UTF-16 too), so a body up to this size is parsed whole without looking for cuts.
 */
const WHOLE_MAX_BYTES = PIECE_BYTES + PIECE_BYTES / 2;
/** The main array must open within this many bytes (VK's envelope is a few dozen). */
const HEAD_MAX_BYTES = 1024;
/** A first key longer than this is not a record's usual first key: no cut pattern. */
const KEY_MAX_BYTES = 64;
/** Failed cuts tolerated (each costs a piece's parse) before the body is parsed whole. */
const MAX_MISSES = 3;
/**
 * The stand-in for the pieces' values: eight NULs. JSON can spell a NUL only as `\u0000`, so a
 * body without that text eight times in a row cannot contain this string, and the array holding
 * it is ours.
 */
const STAND_IN = '\u0000'.repeat(8);
const STAND_IN_JSON = JSON.stringify(STAND_IN);

export interface PieceOptions {
  /** Try a cut only where the next element's second key is the first element's (see the top). */
  readonly sameSecondKey?: boolean;
}

/** `JSON.parse(utf8Text(body))`, with large bodies parsed in pieces (see the top of this file). */
export function parseJsonBody(body: Buffer, options: PieceOptions = {}): unknown {
  if (body.length > WHOLE_MAX_BYTES) {
    const pieces = parseInPieces(body, options);
    if (pieces !== undefined) return pieces.value;
  }
  return JSON.parse(utf8Text(body));
}

/** The parsed body, or undefined when it cannot be cut (then it is parsed whole). */
export function parseInPieces(body: Buffer, options: PieceOptions = {}): { value: unknown } | undefined {
  // The main array: the first one whose first element is an object, e.g. `"items":[{"id":…`.
  const open = body.indexOf('[{"');
  if (open < 0 || open > HEAD_MAX_BYTES) return undefined;
  const keyEnd = body.indexOf('":', open + 3);
  if (keyEnd < 0 || keyEnd - open > KEY_MAX_BYTES) return undefined;
  // `},{"id":` where every element starts with the key `id`.
  const cut = Buffer.concat([Buffer.from('},'), body.subarray(open + 1, keyEnd + 2)]);
  let secondKey: Buffer | undefined;
  if (options.sameSecondKey === true) {
    secondKey = secondKeyAt(body, keyEnd + 2);
    if (secondKey === undefined) return undefined;
  }

  const pieces: unknown[][] = [];
  let start = open + 1;
  let misses = 0;
  let from = start + PIECE_BYTES;
  while (body.length - start > WHOLE_MAX_BYTES) {
    const at = body.indexOf(cut, from);
    if (at < 0) break;
    if (secondKey !== undefined && !secondKeyAt(body, at + cut.length)?.equals(secondKey)) {
      from = at + cut.length;
      continue;
    }
    const piece = parseValueList(body.subarray(start, at + 1));
    if (piece === undefined) {
      // A cut inside a nested array (or past the main array's end): try the next candidate.
      if (++misses > MAX_MISSES) return undefined;
      from = at + cut.length;
      continue;
    }
    pieces.push(piece);
    start = at + 2;
    from = start + PIECE_BYTES;
  }
  if (pieces.length === 0 || body.indexOf(STAND_IN_JSON.slice(1, -1)) >= 0) return undefined;

  let value: unknown;
  try {
    value = JSON.parse(`${utf8Text(body.subarray(0, open))}[${STAND_IN_JSON},${utf8Text(body.subarray(start))}`);
  } catch {
    return undefined;
  }
  const array = findStandIn(value);
  if (array === undefined) return undefined;
  // In place: the array keeps its position (and its key, even `__proto__`) in its holder.
  const rest = array.slice(1);
  array.length = 0;
  for (const piece of pieces) for (const element of piece) array.push(element);
  for (const element of rest) array.push(element);
  return { value };
}

/**
 * The `,"key":` after the value that starts at `at`, when that value is a plain string (no
 * escapes), a number, true, false or null; undefined otherwise (then the candidate is not tried).
 */
function secondKeyAt(body: Buffer, at: number): Buffer | undefined {
  let end: number;
  if (body[at] === 0x22) {
    end = body.indexOf(0x22, at + 1);
    if (end < 0 || body.subarray(at + 1, end).includes(0x5c)) return undefined;
    end += 1;
  } else {
    end = body.indexOf(0x2c, at);
    if (end < 0 || end - at > KEY_MAX_BYTES) return undefined;
  }
  if (body[end] !== 0x2c || body[end + 1] !== 0x22) return undefined;
  const keyEnd = body.indexOf('":', end + 2);
  if (keyEnd < 0 || keyEnd - end > KEY_MAX_BYTES) return undefined;
  return body.subarray(end, keyEnd + 2);
}

/** `[text]` parsed, or undefined if `text` is not a list of JSON values. */
function parseValueList(text: Buffer): unknown[] | undefined {
  try {
    const list: unknown = JSON.parse(`[${utf8Text(text)}]`);
    return Array.isArray(list) ? list : undefined;
  } catch {
    return undefined;
  }
}

/** The array whose first element is the stand-in (there is exactly one, see STAND_IN). */
function findStandIn(root: unknown): unknown[] | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      if (value[0] === STAND_IN) return value;
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else {
      const values = Object.values(value);
      for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
    }
  }
  return undefined;
}
