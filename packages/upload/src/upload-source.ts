// What a caller may upload (the public types; opening a source is source.ts). Kept apart from
// source.ts, which imports undici: a public type there would make the bundled declarations import
// undici too, and every consumer's type-check load undici's declaration files.
import type { Readable } from 'node:stream';

/** One file's bytes: a buffer, a Blob/File, a Node or web stream, a file path, or an http(s) URL. */
export type UploadSourceValue = Uint8Array | Blob | Readable | ReadableStream<Uint8Array> | string | URL;

/** A source with what VK should be told about it. */
export interface UploadFileInput {
  readonly value: UploadSourceValue;
  /** Inferred from a path, URL, File or stream path, else `file1.jpg`-style from the content type. */
  readonly filename?: string;
  /** Inferred from the name's extension, a Blob's type or a URL's answer, else the flow's first accepted type. */
  readonly contentType?: string;
  /** The byte count, for a stream whose size you know: lets an oversize stream be refused before sending. */
  readonly size?: number;
}

export type UploadSource = UploadSourceValue | UploadFileInput;
