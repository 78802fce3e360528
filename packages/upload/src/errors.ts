// Every error @vkts/upload throws. None holds the token (the API client keeps it) or an upload
// URL's query (see redact.ts), so printing, logging or serialising them is safe.
import { VktsError, type UploadFlowName } from '@vkts/types';

/** Base of this package's errors: a {@link VktsError} whose `code` is `'upload.<what>'`. */
export abstract class VkUploadError extends VktsError {
  /** The flow that failed (`messagePhoto`, …). */
  abstract readonly flow: UploadFlowName;
  declare readonly code: `upload.${string}`;

  constructor(code: `upload.${string}`, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, flow: this.flow, ...this.details() };
  }

  protected details(): Record<string, unknown> {
    return {};
  }
}

/** The params or the source were wrong before anything was sent (wrong file count, unreadable source). */
export class UploadInputError extends VkUploadError {
  override readonly name = 'UploadInputError';
  constructor(
    readonly flow: UploadFlowName,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('upload.input', `${flow}: ${message}`, options);
  }
}

/** A file is over the flow's limit; refused before it was sent (or as soon as a stream passed the limit). */
export class UploadSizeError extends VkUploadError {
  override readonly name = 'UploadSizeError';
  constructor(
    readonly flow: UploadFlowName,
    /** Which file (0-based) of the call. */
    readonly index: number,
    /** Bytes known or counted so far (at least `limit + 1` for a stream cut off). */
    readonly size: number,
    readonly limit: number,
  ) {
    super('upload.size', `${flow}: file ${index + 1} is ${size} bytes${size === limit + 1 ? ' or more' : ''}, over VK's limit of ${limit} bytes for this flow`);
  }

  protected override details(): Record<string, unknown> {
    return { index: this.index, size: this.size, limit: this.limit };
  }
}

/** The upload server answered with an error (or with a reply that is not what the flow expects). */
export class UploadServerError extends VkUploadError {
  override readonly name = 'UploadServerError';
  constructor(
    readonly flow: UploadFlowName,
    /** VK's reason (`error` of the reply) or what was wrong with the reply. */
    readonly reason: string,
    readonly status: number,
    /** The upload URL without its query. */
    readonly url: string,
  ) {
    super('upload.server', `${flow}: the upload server (${url}) refused the upload: ${reason}`);
  }

  protected override details(): Record<string, unknown> {
    return { reason: this.reason, status: this.status, url: this.url };
  }
}

/** The POST to the upload server failed (network, timeout, 5xx) on every attempt, each with a fresh upload URL. */
export class UploadTransportError extends VkUploadError {
  override readonly name = 'UploadTransportError';
  constructor(
    readonly flow: UploadFlowName,
    readonly kind: 'network' | 'timeout' | 'status' | 'not_repeatable',
    /** What went wrong on the last attempt. */
    readonly detail: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super('upload.transport', `${flow}: ${detail} (${attempts} attempt${attempts === 1 ? '' : 's'})`, options);
  }

  protected override details(): Record<string, unknown> {
    return { kind: this.kind, attempts: this.attempts };
  }
}

/** The save method answered without the ids an attachment string needs. */
export class UploadResultError extends VkUploadError {
  override readonly name = 'UploadResultError';
  constructor(
    readonly flow: UploadFlowName,
    readonly method: string,
    problem: string,
  ) {
    super('upload.result', `${flow}: ${method} answered ${problem}`);
  }

  protected override details(): Record<string, unknown> {
    return { method: this.method };
  }
}
