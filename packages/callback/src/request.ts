// The transport-free request `handle()` takes, and the two things read from it besides the body:
// the HTTP method and VK's retry counter. Adapters build it from whatever their framework gives.

/**
 * Header values as node:http, Express, Fastify and Koa keep them: names in lower case (only the
 * lower-case name is looked up).
 */
export type HeaderRecord = Readonly<Record<string, string | readonly string[] | undefined>>;

/** A Fetch-API `Headers` object, or anything with a case-insensitive `get`. */
export interface HeaderGetter {
  get(name: string): string | null;
}

/**
 * A request as `handle()` sees it:
 * - `body`: the raw body as text or bytes (`string`, `Uint8Array`/`Buffer`, `ArrayBuffer`: the size
 *   limit and JSON decoding then apply), or any other value as JSON a body parser already decoded
 *   (e.g. Express's `req.body` after `express.json()`). A string is always raw text. `undefined`
 *   means no body.
 * - `headers`: a record with lower-case names (as node:http gives them) or a `Headers` object;
 *   only `x-retry-counter` is read.
 * - `method`: when given, anything but `POST` is answered 405.
 */
export interface CallbackRequest {
  readonly body: unknown;
  readonly headers?: HeaderRecord | HeaderGetter;
  readonly method?: string;
}

function isGetter(headers: HeaderRecord | HeaderGetter): headers is HeaderGetter {
  return typeof headers.get === 'function';
}

/** A header's value (the first one if repeated); `name` is lower-case. */
export function headerValue(headers: HeaderRecord | HeaderGetter | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (isGetter(headers)) return headers.get(name) ?? undefined;
  return first(headers[name]);
}

function first(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.[0];
}

/**
 * VK's `X-Retry-Counter`: absent on the first delivery, then the number of the redelivery.
 * Anything but a non-negative integer is ignored (undefined), never an error: it only informs.
 */
export function retryCounter(headers: HeaderRecord | HeaderGetter | undefined): number | undefined {
  const value = headerValue(headers, 'x-retry-counter')?.trim();
  if (value === undefined || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}
