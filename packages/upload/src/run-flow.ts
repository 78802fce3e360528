// One upload, start to end: check the params and sources, refuse oversize files before any
// request, get an upload URL, POST the files (a network failure, timeout or 5xx gets a fresh URL
// and another attempt), read the upload server's reply strictly, call the save method.
import { backoffDelay, describeError, isRecord, sleep } from '@vkts/internals';
import type { UploadFlowSpec } from '@vkts/types';
import type { Dispatcher } from 'undici';
import { attachmentsOf } from './attachments.js';
import { UploadInputError, UploadResultError, UploadServerError, UploadSizeError, UploadTransportError } from './errors.js';
import { multipartBody, OverLimit, type FormPart } from './multipart.js';
import { postMultipart, type UploadAnswer } from './post.js';
import { redactUrl, scrubUrl } from './redact.js';
import { prepareSource, SourceProblem, type PreparedFile } from './source.js';
import type { UploadSource } from './upload-source.js';

/** The API client's call with the method picked at run time from the flow table (see create-upload.ts). */
export type DynamicCall = (method: string, params: Readonly<Record<string, unknown>>, options: { readonly signal?: AbortSignal }) => Promise<unknown>;

export interface ResolvedUploadOptions {
  readonly retries: number;
  readonly timeoutMs: number;
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  readonly dispatcher: Dispatcher | undefined;
}

export interface FlowOutcome {
  readonly response: unknown;
  readonly attachments: string[];
}

const SNIPPET = 200;

function matchesType(accepted: readonly string[], type: string): boolean {
  const bare = type.split(';')[0]?.trim().toLowerCase() ?? '';
  return accepted.length === 0 || accepted.some((entry) => (entry.endsWith('/') ? bare.startsWith(entry) : bare === entry));
}

function fieldName(spec: UploadFlowSpec, index: number): string {
  return spec.upload.field.replace('{n}', String(index + 1));
}

export async function runFlow(
  spec: UploadFlowSpec,
  call: DynamicCall,
  params: Readonly<Record<string, unknown>>,
  options: ResolvedUploadOptions,
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): Promise<FlowOutcome> {
  const flow = spec.name;
  const getServerParams: Record<string, unknown> = {};
  const saveParams: Record<string, unknown> = {};
  let sources: readonly UploadSource[] | undefined;
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const forServer = spec.getServer.params.includes(name);
    const forSave = spec.save?.params.includes(name) ?? false;
    if (name === 'source') sources = Array.isArray(value) ? value : [value];
    else if (!forServer && !forSave) {
      const known = ['source', ...spec.getServer.params, ...(spec.save?.params ?? [])];
      throw new UploadInputError(flow, `unknown param ${name} (this flow takes ${known.join(', ')})`);
    }
    if (forServer) getServerParams[name] = value;
    if (forSave) saveParams[name] = value;
  }
  for (const [name, value] of spec.getServer.fixed) getServerParams[name] = value;
  if (sources === undefined || sources.length === 0) throw new UploadInputError(flow, 'source is missing (give the file to upload)');
  if (sources.length > spec.upload.maxFiles) throw new UploadInputError(flow, `${sources.length} files given, VK takes at most ${spec.upload.maxFiles} per request in this flow`);

  signal?.throwIfAborted();
  const files = await prepareAll(spec, sources, options.dispatcher, signal);
  const parts: FormPart[] = files.map((file, i) => ({ field: fieldName(spec, i), file }));
  try {
    for (const [i, file] of files.entries()) {
      if (file.size !== undefined && file.size > spec.limits.maxBytes) throw new UploadSizeError(flow, i, file.size, spec.limits.maxBytes);
      if (!matchesType(spec.limits.contentTypes, file.contentType)) {
        throw new UploadInputError(flow, `file ${i + 1} (${file.filename}) is ${file.contentType}; VK takes ${spec.limits.contentTypes.join(', ')} here (give contentType if the guess is wrong)`);
      }
    }
    const { server, reply } = await uploadWithRetries(spec, call, getServerParams, parts, options, signal, timeoutMs ?? options.timeoutMs);
    if (spec.save === undefined) {
      // video.save already made the video; the upload finished it.
      const attachments = attachmentsOf(spec.result, server);
      if (!attachments.ok) throw new UploadResultError(flow, spec.getServer.method, attachments.problem);
      return { response: server, attachments: attachments.attachments };
    }
    for (const [param, source] of spec.save.fromReply) {
      saveParams[param] = source.kind === 'json' ? reply.json : source.kind === 'list' ? [reply.fields[source.field]] : reply.fields[source.field];
    }
    const response = await call(spec.save.method, saveParams, signal ? { signal } : {});
    const attachments = attachmentsOf(spec.result, response);
    if (!attachments.ok) throw new UploadResultError(flow, spec.save.method, attachments.problem);
    return { response, attachments: attachments.attachments };
  } finally {
    for (const file of files) file.discard();
  }
}

async function prepareAll(spec: UploadFlowSpec, sources: readonly UploadSource[], dispatcher: Dispatcher | undefined, signal: AbortSignal | undefined): Promise<PreparedFile[]> {
  const settled = await Promise.allSettled(sources.map((source, index) => prepareSource(source, { index, defaultType: spec.limits.contentTypes.find((t) => !t.endsWith('/')), dispatcher, signal })));
  const files = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed === undefined) return files;
  for (const file of files) file.discard();
  const reason: unknown = failed.reason;
  if (reason instanceof SourceProblem) throw new UploadInputError(spec.name, reason.message);
  throw reason;
}

interface UploadReply {
  readonly fields: Readonly<Record<string, unknown>>;
  /** The reply as VK sent it (for flows whose save method takes it whole). */
  readonly json: string;
}

async function uploadWithRetries(
  spec: UploadFlowSpec,
  call: DynamicCall,
  getServerParams: Readonly<Record<string, unknown>>,
  parts: readonly FormPart[],
  options: ResolvedUploadOptions,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ server: unknown; reply: UploadReply }> {
  const flow = spec.name;
  const body = multipartBody(parts, spec.limits.maxBytes);
  const repeatable = parts.every(({ file }) => file.repeatable);
  for (let attempt = 1; ; attempt++) {
    // A fresh URL every attempt: upload URLs expire, and a failed one may be spent.
    const server = await call(spec.getServer.method, getServerParams, signal ? { signal } : {});
    const url = isRecord(server) ? server['upload_url'] : undefined;
    if (typeof url !== 'string' || url === '') throw new UploadResultError(flow, spec.getServer.method, 'without an upload_url');
    const outcome = await attemptUpload(spec, url, body, options.dispatcher, signal, timeoutMs, attempt);
    if (outcome.ok) return { server, reply: outcome.reply };
    const failure = outcome.failure;
    if (attempt > options.retries) throw failure;
    if (!repeatable) {
      throw new UploadTransportError(flow, 'not_repeatable', `${failure.detail}; the source is a stream that was partly sent, so it cannot be retried (give a path, URL, Blob or bytes to allow retries)`, attempt, { cause: failure });
    }
    if (!(await sleep(backoffDelay(attempt - 1, { baseMs: options.retryDelayMs, maxMs: options.maxRetryDelayMs }), signal))) signal?.throwIfAborted();
  }
}

type AttemptOutcome = { readonly ok: true; readonly reply: UploadReply } | { readonly ok: false; readonly failure: UploadTransportError };

/** One POST: the reply, or a retryable failure (network, timeout, 5xx); anything else throws. */
async function attemptUpload(
  spec: UploadFlowSpec,
  url: string,
  body: ReturnType<typeof multipartBody>,
  dispatcher: Dispatcher | undefined,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  attempt: number,
): Promise<AttemptOutcome> {
  const flow = spec.name;
  const timeout = AbortSignal.timeout(timeoutMs);
  let answer: UploadAnswer;
  try {
    answer = await postMultipart(url, body, dispatcher, signal ? AbortSignal.any([signal, timeout]) : timeout);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof OverLimit) throw new UploadSizeError(flow, error.index, error.counted, spec.limits.maxBytes);
    if (error instanceof SourceProblem) throw new UploadInputError(flow, error.message, { cause: error });
    const kind = timeout.aborted ? 'timeout' : 'network';
    const detail = kind === 'timeout' ? `the upload took over ${timeoutMs} ms` : `the upload failed: ${scrubUrl(describeError(error), url)}`;
    // No `cause`: a socket error may quote the URL, keys and all; `detail` carries it scrubbed.
    return { ok: false, failure: new UploadTransportError(flow, kind, detail, attempt) };
  }
  if (answer.status >= 500) return { ok: false, failure: new UploadTransportError(flow, 'status', `the upload server answered HTTP ${answer.status}`, attempt) };
  return { ok: true, reply: readReply(spec, answer, url) };
}

function readReply(spec: UploadFlowSpec, answer: UploadAnswer, url: string): UploadReply {
  const where = redactUrl(url);
  const refuse = (reason: string): UploadServerError => new UploadServerError(spec.name, scrubUrl(reason, url), answer.status, where);
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    throw refuse(`HTTP ${answer.status} with a reply that is not JSON: ${JSON.stringify(answer.text.slice(0, SNIPPET))}`);
  }
  if (!isRecord(parsed)) throw refuse(`a reply that is not a JSON object: ${answer.text.slice(0, SNIPPET)}`);
  const error = parsed['error'] ?? (isRecord(parsed['response']) ? parsed['response']['error'] : undefined);
  if (error !== undefined) throw refuse(errorReason(error));
  if (answer.status >= 400) throw refuse(`HTTP ${answer.status}: ${answer.text.slice(0, SNIPPET)}`);
  const fields = spec.upload.under === undefined ? parsed : parsed[spec.upload.under];
  if (!isRecord(fields)) throw refuse(`a reply without \`${spec.upload.under ?? ''}\`: ${answer.text.slice(0, SNIPPET)}`);
  const missing = spec.upload.reply.filter((field) => fields[field] === undefined || fields[field] === null);
  if (missing.length > 0) throw refuse(`a reply without ${missing.join(', ')}: ${answer.text.slice(0, SNIPPET)}`);
  // VK answers an empty list for files it could not read as images.
  for (const field of ['photo', 'photos_list']) {
    if (spec.upload.reply.includes(field) && (fields[field] === '' || fields[field] === '[]')) throw refuse(`no photo was accepted (empty ${field}): the file is not an image VK can read`);
  }
  return { fields, json: answer.text };
}

function errorReason(error: unknown): string {
  if (typeof error === 'string') return error;
  if (isRecord(error)) {
    const message = error['error_msg'] ?? error['message'] ?? error['msg'];
    const code = error['error_code'] ?? error['code'];
    if (typeof message === 'string') return code === undefined ? message : `${String(code)}: ${message}`;
  }
  return JSON.stringify(error);
}
