// The part of undici's `Dispatcher` the vkts clients use: `dispatch(options, handler)` with undici
// 7's handler hooks. The `dispatcher` options of @vkts/api, @vkts/longpoll and @vkts/upload are
// typed by it rather than by `import('undici').Dispatcher`, which would make every consumer's
// type-check load ~40 of undici's declaration files (bench/RESULTS.md, typecheck). Every undici
// dispatcher (Agent, Pool, ProxyAgent, a composed one) fits it; the shapes are checked against
// undici's own in packages/internals' tests.

/** The undici `Dispatcher.dispatch` options the clients send. */
export interface HttpDispatchOptions {
  /** A string or a `URL`. */
  readonly origin?: string | { readonly origin: string };
  /** The path with its query (`/method/users.get`, `/?act=a_check&…`). */
  readonly path: string;
  readonly method: string;
  readonly headers?: unknown;
  readonly body?: unknown;
}

/** What a dispatcher hands a handler to stop a request (undici's `DispatchController`). */
export interface HttpDispatchController {
  abort(reason: Error): void;
}

/** undici's `DispatchHandler` (the hooks of undici >= 7). */
export interface HttpDispatchHandler {
  onRequestStart?(controller: HttpDispatchController, context: unknown): void;
  onResponseStart?(controller: HttpDispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>, statusMessage?: string): void;
  onResponseData?(controller: HttpDispatchController, chunk: Uint8Array): void;
  onResponseEnd?(controller: HttpDispatchController, trailers: Record<string, string | string[] | undefined>): void;
  onResponseError?(controller: HttpDispatchController, error: Error): void;
}

/**
 * An undici dispatcher (`Agent`, `Pool`, `ProxyAgent`, …): what the clients need of it is
 * `dispatch(options, handler)` with undici 7's handler hooks. A wrapper of your own fits when its
 * `dispatch` is typed with undici's `Dispatcher.DispatchOptions` and `Dispatcher.DispatchHandler`.
 */
export interface HttpDispatcher {
  dispatch(options: HttpDispatchOptions, handler: HttpDispatchHandler): boolean;
}
