// What a caller may upload, and how each kind is opened: sizes and names learned up front where
// the source tells them, the bytes pulled chunk by chunk (never gathered whole), and repeatable
// sources (bytes, Blobs, paths, URLs) reopened for a retry.
import { describeError } from '@vkts/internals';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { request, type Dispatcher } from 'undici';
import type { UploadFileInput, UploadSource } from './upload-source.js';

/** A source ready to send. `open` may be called once per attempt if `repeatable`. */
export interface PreparedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly size: number | undefined;
  readonly repeatable: boolean;
  /** The whole content when it is already in memory (sent without streaming machinery). */
  readonly bytes: Uint8Array | undefined;
  open(signal: AbortSignal | undefined): Promise<AsyncIterable<Uint8Array>>;
  /** Releases what preparing held (a URL's unread answer); idempotent. */
  discard(): void;
}

const TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  avi: 'video/x-msvideo',
  webm: 'video/webm',
  ogg: 'audio/ogg',
  opus: 'audio/opus',
  mp3: 'audio/mpeg',
  pdf: 'application/pdf',
  txt: 'text/plain',
  json: 'application/json',
  zip: 'application/zip',
};
const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
};

export function contentTypeOf(filename: string): string | undefined {
  const ext = path.extname(filename).slice(1).toLowerCase();
  return Object.hasOwn(TYPES, ext) ? TYPES[ext] : undefined;
}

function isInput(source: UploadSource): source is UploadFileInput {
  return typeof source === 'object' && source !== null && 'value' in source && !(source instanceof Uint8Array) && !(source instanceof Blob) && !(source instanceof URL);
}

const isUrlString = (value: string): boolean => /^https?:\/\//i.test(value);

/** Where the caller's source went wrong, for the flow's UploadInputError. */
export class SourceProblem extends Error {}

export interface PrepareContext {
  readonly index: number;
  /** The flow's first accepted content type, for sources that say nothing. */
  readonly defaultType: string | undefined;
  readonly dispatcher: Dispatcher | undefined;
  readonly signal: AbortSignal | undefined;
}

export async function prepareSource(source: UploadSource, context: PrepareContext): Promise<PreparedFile> {
  const input: UploadFileInput = isInput(source) ? source : { value: source };
  const { value } = input;
  if (input.size !== undefined && (!Number.isInteger(input.size) || input.size < 0)) throw new SourceProblem(`file ${context.index + 1}: size must be a non-negative integer`);
  const named = (found: string | undefined, type: string | undefined): { filename: string; contentType: string } => {
    const name = input.filename ?? found;
    const contentType = input.contentType ?? type ?? (name === undefined ? undefined : contentTypeOf(name)) ?? context.defaultType ?? 'application/octet-stream';
    const filename = input.filename ?? found ?? `file${context.index + 1}.${EXTENSIONS[contentType] ?? 'bin'}`;
    return { filename, contentType };
  };

  if (value instanceof Uint8Array) {
    const bytes = value;
    return { ...named(undefined, undefined), size: bytes.byteLength, repeatable: true, bytes, open: async () => once(bytes), discard: () => {} };
  }
  if (value instanceof Blob) {
    const name = typeof File === 'function' && value instanceof File && value.name !== '' ? value.name : undefined;
    return {
      ...named(name, value.type === '' ? undefined : value.type),
      size: value.size,
      repeatable: true,
      bytes: undefined,
      open: async () => value.stream(),
      discard: () => {},
    };
  }
  if (value instanceof URL || (typeof value === 'string' && isUrlString(value))) return prepareUrl(value.toString(), input, named, context);
  if (typeof value === 'string') {
    let size: number;
    try {
      const info = await stat(value);
      if (!info.isFile()) throw new SourceProblem(`file ${context.index + 1}: ${value} is not a file`);
      size = info.size;
    } catch (error) {
      if (error instanceof SourceProblem) throw error;
      throw new SourceProblem(`file ${context.index + 1}: cannot read ${value}: ${describeError(error)}`);
    }
    return {
      ...named(path.basename(value), undefined),
      size,
      repeatable: true,
      bytes: undefined,
      open: async () => createReadStream(value, { highWaterMark: 64 * 1024 }),
      discard: () => {},
    };
  }
  if (value instanceof Readable) {
    const streamPath = 'path' in value && typeof value.path === 'string' ? path.basename(value.path) : undefined;
    return oneShot(value, { ...named(streamPath, undefined), size: input.size });
  }
  if (typeof ReadableStream === 'function' && value instanceof ReadableStream) {
    return oneShot(value, { ...named(undefined, undefined), size: input.size });
  }
  throw new SourceProblem(`file ${context.index + 1}: unsupported source (give a Buffer/Uint8Array, Blob/File, Readable, ReadableStream, file path or http(s) URL)`);
}

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/** A stream can be read once: a retry after any of it was sent is impossible. */
function oneShot(stream: AsyncIterable<Uint8Array | string>, meta: { filename: string; contentType: string; size: number | undefined }): PreparedFile {
  let opened = false;
  return {
    ...meta,
    repeatable: false,
    bytes: undefined,
    async open() {
      if (opened) throw new SourceProblem('the stream was already read by a failed attempt and cannot be sent again');
      opened = true;
      return asBytes(stream);
    },
    discard() {
      if (!opened && stream instanceof Readable) stream.destroy();
    },
  };
}

async function* asBytes(stream: AsyncIterable<Uint8Array | string>): AsyncIterable<Uint8Array> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

/** A URL is fetched once up front (its size and type decide the limit check) and again for each retry. */
async function prepareUrl(
  url: string,
  input: UploadFileInput,
  named: (found: string | undefined, type: string | undefined) => { filename: string; contentType: string },
  context: PrepareContext,
): Promise<PreparedFile> {
  const fetchBody = async (signal: AbortSignal | undefined): Promise<Dispatcher.ResponseData> => {
    let answer: Dispatcher.ResponseData;
    try {
      answer = await request(url, { method: 'GET', signal, ...(context.dispatcher ? { dispatcher: context.dispatcher } : {}) });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new SourceProblem(`file ${context.index + 1}: fetching the source URL failed: ${describeError(error)}`);
    }
    if (answer.statusCode < 200 || answer.statusCode > 299) {
      answer.body.destroy();
      throw new SourceProblem(`file ${context.index + 1}: the source URL answered HTTP ${answer.statusCode}`);
    }
    return answer;
  };
  let pending: Dispatcher.ResponseData | undefined = await fetchBody(context.signal);
  const header = (name: string): string | undefined => {
    const value = pending?.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const length = Number(header('content-length'));
  const type = header('content-type')?.split(';')[0]?.trim();
  const base = path.basename(new URL(url).pathname);
  return {
    ...named(base === '' ? undefined : base, type === '' ? undefined : type),
    size: input.size ?? (Number.isInteger(length) && length >= 0 ? length : undefined),
    repeatable: true,
    bytes: undefined,
    async open(signal) {
      const answer = pending ?? (await fetchBody(signal));
      pending = undefined;
      return answer.body;
    },
    discard() {
      // An unread answer is dropped; undici reports that as an abort nobody needs to hear.
      pending?.body.on('error', () => {});
      pending?.body.destroy();
      pending = undefined;
    },
  };
}
