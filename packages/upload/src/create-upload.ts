// createUpload(api): one method per flow of the generated table, typed from the generated
// UploadFlows map, plus `attachments` for several uploads at once.
import type { ApiCore } from '@vkts/api';
import { checkNonNegativeNumber, checkPositiveInteger } from '@vkts/internals';
import { uploadFlows, type HttpDispatcher, type UploadFlowName, type UploadFlows } from '@vkts/types';
import { runFlow, type DynamicCall, type ResolvedUploadOptions } from './run-flow.js';
import type { UploadSource } from './upload-source.js';
import { undiciDispatcher } from './undici-dispatcher.js';

/** What createUpload needs from the API client: its `call`. */
export type UploadApi = Pick<ApiCore, 'call'>;

export interface UploadOptions {
  /** Extra attempts after a network failure, timeout or 5xx, each with a fresh upload URL. @default 2 */
  readonly retries?: number;
  /** Time for one POST to the upload server, in ms. @default 300000 */
  readonly timeoutMs?: number;
  /** Base of the jittered exponential backoff between attempts, in ms. @default 250 */
  readonly retryDelayMs?: number;
  /** @default 5000 */
  readonly maxRetryDelayMs?: number;
  /** An undici dispatcher (Agent, ProxyAgent, Pool…) for the upload POSTs and source URLs (proxy, pool settings). Never closed by us. */
  readonly dispatcher?: HttpDispatcher;
}

export interface UploadCallOptions {
  readonly signal?: AbortSignal;
  /** Replaces the `timeoutMs` option for each attempt of this upload. */
  readonly timeoutMs?: number;
}

type SourceParam<F extends UploadFlowName> = UploadFlows[F]['maxFiles'] extends 1
  ? { /** The file: bytes, Blob/File, stream, path or URL (or `{ value, filename, contentType, size }`). */ source: UploadSource }
  : { /** Up to `maxFiles` files, sent in one request. */ source: UploadSource | readonly UploadSource[] };

/** The params of flow `F`: the get-server method's and the save method's (as the schema types them), and the source. */
export type UploadParams<F extends UploadFlowName> = UploadFlows[F]['getServerParams'] & UploadFlows[F]['saveParams'] & SourceParam<F>;

/** Flows whose result can be attached to a message or post. */
export type AttachmentFlowName = { [F in UploadFlowName]: UploadFlows[F]['result'] extends 'none' ? never : F }[UploadFlowName];

/** What flow `F` resolves with: the save method's response and, for attachable results, the attachment strings. */
export type UploadResult<F extends UploadFlowName> = {
  readonly flow: F;
  /** The save method's response (for `video`, video.save's). */
  readonly response: UploadFlows[F]['response'];
} & (F extends AttachmentFlowName
  ? {
      /** The first (usually only) attachment, e.g. `photo-1_457239017_ab12cd`. */
      readonly attachment: string;
      /** One per saved object, in order (albumPhotos saves up to 5). */
      readonly attachments: readonly string[];
    }
  : {});

/** One upload for `upload.attachments`. */
export type AttachmentTask = { [F in AttachmentFlowName]: { readonly flow: F; readonly params: UploadParams<F> } }[AttachmentFlowName];

export interface AttachmentsOptions extends UploadCallOptions {
  /** Uploads in flight at once. @default 4 */
  readonly concurrency?: number;
}

export type UploadMethods = { readonly [F in UploadFlowName]: (params: UploadParams<F>, options?: UploadCallOptions) => Promise<UploadResult<F>> };

export interface Upload extends UploadMethods {
  /**
   * Runs several uploads, at most `concurrency` at a time, and resolves with every attachment
   * string in the order of `tasks` (ready for `attachment` of messages.send / wall.post). The
   * first failure rejects and aborts the uploads still running.
   */
  attachments(tasks: readonly AttachmentTask[], options?: AttachmentsOptions): Promise<string[]>;
}

const CALLER = 'createUpload';

function resolveOptions(options: UploadOptions): ResolvedUploadOptions {
  const resolved = {
    retries: options.retries ?? 2,
    timeoutMs: options.timeoutMs ?? 300_000,
    retryDelayMs: options.retryDelayMs ?? 250,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 5_000,
    dispatcher: options.dispatcher === undefined ? undefined : undiciDispatcher(options.dispatcher),
  };
  checkNonNegativeNumber(CALLER, 'retries', resolved.retries);
  checkPositiveInteger(CALLER, 'timeoutMs', resolved.timeoutMs);
  checkNonNegativeNumber(CALLER, 'retryDelayMs', resolved.retryDelayMs);
  checkNonNegativeNumber(CALLER, 'maxRetryDelayMs', resolved.maxRetryDelayMs);
  return resolved;
}

/**
 * The client's `call` with the method chosen at run time from the generated flow table. This is
 * the one place the method/params pairing is not checked by the compiler: the table and the
 * public params types (UploadFlows) come from the same schema entries, and codegen checks every
 * method and param the table names.
 */
function dynamicCall(api: UploadApi): DynamicCall {
  return api.call.bind(api) as unknown as DynamicCall;
}

export function createUpload(api: UploadApi, options: UploadOptions = {}): Upload {
  const resolved = resolveOptions(options);
  const call = dynamicCall(api);

  const run = async (flow: UploadFlowName, params: object, callOptions: UploadCallOptions | undefined): Promise<{ flow: UploadFlowName; response: unknown; attachment?: string; attachments?: string[] }> => {
    if (callOptions?.timeoutMs !== undefined) checkPositiveInteger(CALLER, 'timeoutMs', callOptions.timeoutMs);
    const spec = uploadFlows[flow];
    const outcome = await runFlow(spec, call, { ...params }, resolved, callOptions?.signal, callOptions?.timeoutMs);
    if (spec.result === 'none') return { flow, response: outcome.response };
    return { flow, response: outcome.response, attachment: outcome.attachments[0] ?? '', attachments: outcome.attachments };
  };

  const methods: Record<string, (params: object, callOptions?: UploadCallOptions) => Promise<unknown>> = {};
  for (const spec of Object.values(uploadFlows)) methods[spec.name] = (params, callOptions) => run(spec.name, params, callOptions);

  const attachments = async (tasks: readonly AttachmentTask[], attachmentOptions: AttachmentsOptions = {}): Promise<string[]> => {
    const concurrency = attachmentOptions.concurrency ?? 4;
    checkPositiveInteger(CALLER, 'concurrency', concurrency);
    const controller = new AbortController();
    const outer = attachmentOptions.signal;
    const onAbort = (): void => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onAbort, { once: true });
    const results: string[][] = new Array<string[]>(tasks.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < tasks.length && !controller.signal.aborted) {
        const index = next++;
        const task = tasks[index];
        if (task === undefined) continue;
        const callOptions: UploadCallOptions = attachmentOptions.timeoutMs === undefined ? { signal: controller.signal } : { signal: controller.signal, timeoutMs: attachmentOptions.timeoutMs };
        results[index] = (await run(task.flow, task.params, callOptions)).attachments ?? [];
      }
    };
    try {
      outer?.throwIfAborted();
      await Promise.all(
        Array.from({ length: Math.min(concurrency, tasks.length) }, () =>
          worker().catch((error: unknown) => {
            controller.abort(error);
            throw error;
          }),
        ),
      );
      return results.flat();
    } finally {
      outer?.removeEventListener('abort', onAbort);
    }
  };

  // One method per entry of the generated table, each typed by the generated UploadFlows entry of
  // the same name; TypeScript cannot follow a mapped type through a loop, hence the one assertion.
  return Object.freeze({ ...methods, attachments }) as unknown as Upload;
}
