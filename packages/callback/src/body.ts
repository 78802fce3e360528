// Turning a request body into a JSON value under the size limit, plus the streaming readers the
// adapters use so an oversized body is refused without being buffered whole.
import { replies, type CallbackReply } from './replies.js';
import type { CallbackRequest } from './request.js';

/** A body refused before it became a JSON value: what `decodeBody` returns instead of one. */
export class Refused {
  constructor(readonly reply: CallbackReply) {}
}

const notJson = new Refused(replies.notJson);

// ignoreBOM keeps a byte-order mark in the text, so JSON.parse refuses it as it does for string
// bodies (RFC 8259: JSON text must not start with one; VK sends none).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * The JSON value of a request body, or `Refused` with the reply (413 or 400); no wrapper object
 * on success, as this runs for every request. A body a parser already decoded is returned as is
 * (its own limit applied, ours cannot), so a result `!== body` is a value this call made.
 */
export function decodeBody(body: CallbackRequest['body'], limit: number): unknown {
  if (body === undefined) return notJson;
  if (typeof body === 'string') {
    if (textTooLarge(body, limit)) return new Refused(replies.tooLarge(limit));
    return parseJson(body);
  }
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
    if (body.byteLength > limit) return new Refused(replies.tooLarge(limit));
    return parseJson(decoder.decode(body));
  }
  return body;
}

/** UTF-8 size over the limit? A string has at most 3 bytes per UTF-16 unit, at least 1. */
function textTooLarge(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return encoder.encode(text).byteLength > limit;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return notJson;
  }
}

export type ReadResult = { readonly ok: true; readonly body: Uint8Array } | { readonly ok: false; readonly reply: CallbackReply };

/**
 * Bytes of an oversized body still read (and thrown away) past the limit, so a client that is
 * still sending can read the 413; past this, reading stops, which on Node closes the connection.
 */
export const DRAIN_ALLOWANCE = 1024 * 1024;

/** Collects chunks up to `limit` bytes; an oversized body gets 413, its excess is not kept. */
export async function collectChunks(chunks: AsyncIterable<Uint8Array | string>, limit: number): Promise<ReadResult> {
  const kept: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > limit + DRAIN_ALLOWANCE) break;
    if (size <= limit) kept.push(bytes);
  }
  if (size > limit) return { ok: false, reply: replies.tooLarge(limit) };
  return { ok: true, body: concatChunks(kept, size) };
}

export function concatChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** A declared `Content-Length` over the limit lets an adapter answer 413 before reading anything. */
export function declaredTooLarge(contentLength: string | null | undefined, limit: number): boolean {
  if (contentLength === undefined || contentLength === null) return false;
  // Every request has one: `Number` answers the usual case (a length within the limit) without the
  // pattern; only a value over the limit must also be plain digits (not `1e9` or `0x…`).
  if (!(Number(contentLength) > limit)) return false;
  return /^\d+$/.test(contentLength.trim());
}
