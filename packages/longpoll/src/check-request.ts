// The one HTTP request of Long Poll: `GET {server}?act=a_check&key=…&ts=…&wait=…`. The key goes
// into the query properly encoded (VK keys can hold `+`, `=`, `/`), and never into an error.
import { acceptEncodingFor, createDeadlineTimer, decodeContent, utf8Text, describeError, exchange, parseJsonBody, redactSecrets, redactedSnippet } from '@vkts/internals';
import type { HttpDispatcher } from '@vkts/types';
import { describeServer } from './errors.js';
import type { ContentCoding } from './options.js';

export interface CheckOptions {
  readonly server: URL;
  readonly key: string;
  readonly ts: string;
  readonly wait: number;
  /** `mode`, `version`, … for User Long Poll. */
  readonly extra: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** Stops the request (a stop of the loop); the check then resolves with `{ kind: 'stopped' }`. */
  readonly signal: AbortSignal;
  /** The loop's abort listener and timer (one for all its checks, see CheckWatch). */
  readonly watch: CheckWatch;
  readonly dispatcher: HttpDispatcher;
  /** The coding asked for in `Accept-Encoding`; undefined asks for none. */
  readonly compression: ContentCoding | undefined;
}

export type CheckOutcome =
  | { readonly kind: 'json'; readonly json: unknown }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'fault'; readonly reason: 'network' | 'timeout' | 'http' | 'bad-reply'; readonly message: string; readonly status?: number; readonly cause?: unknown };

const SNIPPET = 120;
const ACCEPT_JSON = { accept: 'application/json' } as const;
const SAME_SECOND_KEY = { sameSecondKey: true } as const;

/** A server address as VK gives it: Bots Long Poll with `https://`, User Long Poll often without. */
export function serverUrl(server: string): URL {
  return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(server) ? server : `https://${server}`);
}

/**
 * What every check of one session shares, worked out once per session rather than per check: the
 * request target with the key encoded (only `ts` changes between checks), the headers, and the
 * server as errors name it. Building a URL and its query per check cost ~3% of a Long Poll's CPU
 * per event (bench/longpoll/in-process.ts).
 */
export interface CheckTarget {
  readonly origin: string;
  /** The path and query before the ts value (ts is digits: it needs no encoding)… */
  readonly beforeTs: string;
  /** …and after it; undefined when `extra` sets ts itself (beforeTs is then the whole path). */
  readonly afterTs: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** The server as errors name it (no query: the key stays out). */
  readonly where: string;
}

/**
 * One abort listener and one timer for all of a loop's checks, instead of a listener added and
 * removed and a timer set and cleared per check (together ~3% of a Long Poll's CPU per event,
 * bench/longpoll/in-process.ts). The timer is set for the first check's deadline and, when it
 * fires, moves on to the deadline of the check then in flight, so a loop sets about one timer per
 * `timeoutMs` rather than one per check.
 */
export class CheckWatch {
  /** Aborts the request in flight; undefined between checks. */
  #abort: (() => void) | undefined = undefined;
  #deadline = Infinity;
  #timedOut = false;
  readonly #signal: AbortSignal;
  readonly #onAbort = (): void => this.#abort?.();
  readonly #timer = createDeadlineTimer((now) => this.#due(now));

  constructor(signal: AbortSignal) {
    this.#signal = signal;
    signal.addEventListener('abort', this.#onAbort, { once: true });
  }

  /** A check's request starts: it is aborted when the loop stops or after `timeoutMs`. */
  begin(abort: () => void, timeoutMs: number): void {
    this.#abort = abort;
    this.#timedOut = false;
    this.#deadline = performance.now() + timeoutMs;
    this.#timer.arm(this.#deadline);
    this.#timer.busy();
  }

  /** Whether the request in flight (or just ended) was aborted for its timeout. */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /**
   * The check is over, its outcome read. The timer stays set (it moves on or lapses when it fires)
   * but no longer keeps the process alive: between checks nothing did before either.
   */
  end(): void {
    this.#abort = undefined;
    this.#deadline = Infinity;
    this.#timedOut = false;
    this.#timer.idle();
  }

  /** The loop is over: nothing may keep the process alive. */
  close(): void {
    this.#signal.removeEventListener('abort', this.#onAbort);
    this.#timer.clear();
  }

  #due(now: number): number {
    // 1 ms of slack: a timer may fire a fraction of a millisecond early.
    if (this.#abort === undefined || this.#deadline > now + 1) return this.#deadline;
    this.#timedOut = true;
    this.#abort();
    return Infinity;
  }
}

/** A marker for the ts value: letters only, so the query serializer leaves it as it is. */
const TS_MARK = 'vktsTsMark';
const TS_PARAM = new RegExp(`[?&]ts=${TS_MARK}(?=&|$)`);

export function prepareCheck(options: Pick<CheckOptions, 'server' | 'key' | 'wait' | 'extra' | 'compression'>): CheckTarget {
  const url = new URL(options.server);
  url.searchParams.set('act', 'a_check');
  url.searchParams.set('key', options.key);
  url.searchParams.set('ts', TS_MARK);
  url.searchParams.set('wait', String(options.wait));
  for (const [name, value] of Object.entries(options.extra)) url.searchParams.set(name, value);
  const path = `${url.pathname}${url.search}`;
  // The one ts param (set() keeps one); none when `extra` sets ts itself, which then wins as before.
  const mark = TS_PARAM.exec(path);
  const split = mark === null ? -1 : mark.index + '?ts='.length;
  const headers = options.compression === undefined ? ACCEPT_JSON : { ...ACCEPT_JSON, 'accept-encoding': acceptEncodingFor(options.compression) };
  return {
    origin: url.origin,
    beforeTs: split === -1 ? path : path.slice(0, split),
    afterTs: split === -1 ? undefined : path.slice(split + TS_MARK.length),
    headers,
    where: describeServer(options.server),
  };
}

/** One check; `target` is the session's (prepareCheck of the same options), made here when not given. */
export async function checkOnce(options: CheckOptions, target: CheckTarget = prepareCheck(options)): Promise<CheckOutcome> {
  if (options.signal.aborted) return { kind: 'stopped' };
  const where = target.where;
  const path = target.afterTs === undefined ? target.beforeTs : `${target.beforeTs}${options.ts}${target.afterTs}`;

  const watch = (abort: () => void): boolean => {
    if (options.signal.aborted) return false;
    options.watch.begin(abort, options.timeoutMs);
    return true;
  };
  try {
    // Straight through the dispatcher and read whole (see @vkts/internals' exchange).
    const response = await exchange(options.dispatcher, { origin: target.origin, path, method: 'GET', headers: target.headers }, watch);
    const decoded = decodeContent(response.body, response.contentEncoding, options.compression);
    if (!decoded.ok) {
      return { kind: 'fault', reason: 'bad-reply', status: response.status, message: `${where} ${decoded.problem}` };
    }
    if (response.status !== 200) {
      const body = snippet(utf8Text(decoded.body), options.key);
      return { kind: 'fault', reason: 'http', status: response.status, message: `${where} answered HTTP ${response.status}: ${body}` };
    }
    try {
      // A large batch in pieces, each string under V8's large-object size (see parseJsonBody);
      // updates start with `"type":` as attachments do, hence sameSecondKey.
      return { kind: 'json', json: parseJsonBody(decoded.body, SAME_SECOND_KEY) };
    } catch {
      const text = utf8Text(decoded.body);
      const body = snippet(text, options.key);
      return { kind: 'fault', reason: 'bad-reply', status: 200, message: `${where} answered with ${text.length} bytes that are not JSON: ${body}` };
    }
  } catch (error) {
    if (options.signal.aborted) return { kind: 'stopped' };
    if (options.watch.timedOut) return { kind: 'fault', reason: 'timeout', message: `${where} did not answer within ${options.timeoutMs} ms` };
    const described = describeError(error);
    const safe = redactSecrets(described, keyForms(options.key));
    // The underlying error rides along as `cause` only when it cannot leak the key.
    return { kind: 'fault', reason: 'network', message: `request to ${where} failed: ${safe}`, ...(safe === described ? { cause: error } : {}) };
  } finally {
    options.watch.end();
  }
}

/** The key as sent and as it appears URL-encoded (a proxy page may echo the URL). */
function keyForms(key: string): string[] {
  const encoded = encodeURIComponent(key);
  return encoded === key ? [key] : [key, encoded];
}

/** The body flattened to one line and cut, the key redacted before the cut. */
function snippet(text: string, key: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '(empty body)';
  const cut = redactedSnippet(flat, SNIPPET, keyForms(key));
  return flat.length > SNIPPET ? `${cut}…` : cut;
}
