// The one place HTTP happens: `POST {baseUrl}/method/<name>` with a form body, the token in
// `Authorization: Bearer` (never in the URL or body, so it cannot leak through access logs or
// request_params echoes), `v` always and `lang` when set.
//
// Requests go straight to the dispatcher (`exchange` of @vkts/internals), not through undici's
// `request()`; the attempt's timer and the caller's signal abort a request through `attempt.watch`.
//
// undici itself is loaded on the first request that needs the client's own Agent, not when the
// package is imported: it is most of what `import('@vkts/api')` would otherwise cost.
import { acceptEncodingFor, decodeContent, describeError, exchange, parseJsonBody, redactSecrets, redactedSnippet, utf8Text, type RawAnswer } from '@vkts/internals';
import type { HttpDispatcher } from '@vkts/types';
import type { Agent } from 'undici';
import type { Attempt } from './attempt.js';
import type { ContentCoding } from './options.js';
import { BadResponseError, TransportError } from './errors.js';
import { formBody, formEncode } from './form-body.js';
import { readVkReply, type VkReply } from './vk-reply.js';
import type { WireParams } from './wire-params.js';

export interface TransportConfig {
  readonly baseUrl: string;
  readonly token: string;
  readonly apiVersion: string;
  readonly lang: string | undefined;
  /** Used as is and never closed by us; without it the transport owns a keep-alive Agent. */
  readonly dispatcher: HttpDispatcher | undefined;
  /** The coding asked for in `Accept-Encoding`; undefined asks for none. */
  readonly compression: ContentCoding | undefined;
}

/** VK's envelope and the HTTP facts a later BadResponseError may need to name. */
export interface VkAnswer {
  readonly reply: VkReply;
  readonly status: number;
  readonly contentType: string | undefined;
}

export interface Transport {
  /** Sends one request and reads VK's envelope; rejects with TransportError or BadResponseError. */
  post(method: string, params: WireParams, attempt: Attempt): Promise<VkAnswer>;
  /**
   * `post` with the params already form-encoded (`name=value&…`, without `v` and `lang`, which
   * the transport adds).
   */
  postForm(method: string, form: string, attempt: Attempt): Promise<VkAnswer>;
  /** Closes the Agent the transport created (not a dispatcher it was given); later posts fail. Idempotent. */
  close(): Promise<void>;
  /** Undefined once a post can go out at once; else resolves when the client's own Agent is loaded. */
  ready(): Promise<void> | undefined;
}

const SNIPPET_LENGTH = 200;
const JSON_CONTENT_TYPE = /\bjson\b/i;

export function createHttpTransport(config: TransportConfig): Transport {
  // The client's own keep-alive Agent, made on first use (see the top of this file).
  let ownAgent: Agent | undefined;
  let ownAgentLoading: Promise<Agent> | undefined;
  const loadOwnAgent = (): Promise<Agent> =>
    (ownAgentLoading ??= import('undici').then(({ Agent: AgentClass }) => (ownAgent = new AgentClass())));
  // Start loading with the client (not the package), so the first call rarely waits for it.
  if (config.dispatcher === undefined) loadOwnAgent().catch(() => undefined); // a failure shows on the first post
  // Parsed once: each request names the origin and the path, as undici's request() would from
  // `${baseUrl}/method/${method}`. A URL that does not parse fails each request, as it did there.
  let origin = '';
  let pathPrefix = '';
  let badUrl: unknown;
  try {
    const url = new URL(config.baseUrl.replace(/\/+$/, ''));
    origin = url.origin;
    pathPrefix = `${url.pathname.replace(/\/+$/, '')}/method/`;
  } catch (error) {
    badUrl = error;
  }
  const headers = {
    authorization: `Bearer ${config.token}`,
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
    ...(config.compression === undefined ? {} : { 'accept-encoding': acceptEncodingFor(config.compression) }),
  };
  // `v` and `lang` come from the client's options and replace any param of the same name.
  const ownParams = `v=${formEncode(config.apiVersion)}${config.lang === undefined ? '' : `&lang=${formEncode(config.lang)}`}`;
  const isOwnParam = config.lang === undefined ? (name: string) => name === 'v' : (name: string) => name === 'v' || name === 'lang';

  let closed = false;
  let closing: Promise<void> | undefined;
  const closedError = (method: string): TransportError => new TransportError('closed', method, 'the client was closed (api.close())');
  const networkError = (method: string, error: unknown): TransportError => {
    const described = describeError(error);
    const safe = redactSecrets(described, [config.token]);
    // The underlying error rides along as `cause` only when it cannot leak the token.
    return new TransportError('network', method, `request failed: ${safe}`, safe === described ? { cause: error } : undefined);
  };

  const postForm = async (method: string, form: string, attempt: Attempt): Promise<VkAnswer> => {
    if (closed) throw closedError(method);
    if (badUrl !== undefined) throw networkError(method, badUrl);
    const dispatcher: HttpDispatcher = config.dispatcher ?? ownAgent ?? (await loadOwnAgent());
    if (closed) throw closedError(method);
    let raw: RawAnswer;
    try {
      raw = await exchange(
        dispatcher,
        { origin, path: pathPrefix + method, method: 'POST', headers, body: form === '' ? ownParams : `${form}&${ownParams}` },
        (abort) => attempt.watch(abort),
      );
    } catch (error) {
      if (attempt.aborted) throw attempt.abortError();
      if (closed) throw closedError(method);
      throw networkError(method, error);
    }

    const { status, contentType } = raw;
    const bad = (problem: string, text: string): BadResponseError =>
      new BadResponseError({
        method,
        status,
        contentType,
        bodySnippet: redactedSnippet(text, SNIPPET_LENGTH, [config.token]),
        problem,
      });
    const decoded = decodeContent(raw.body, raw.contentEncoding, config.compression);
    // A body that does not decode is bytes, not text: no snippet of it.
    if (!decoded.ok) throw bad(`VK ${decoded.problem}`, '');
    // The text is made only for an error's snippet: a good body is parsed from its bytes.
    const text = (): string => utf8Text(decoded.body);
    if (!contentType || !JSON_CONTENT_TYPE.test(contentType)) {
      const shown = text();
      throw bad(`VK answered with ${shown.length} bytes that are not JSON`, shown);
    }
    let json: unknown;
    try {
      json = parseJsonBody(decoded.body);
    } catch {
      const shown = text();
      throw bad(`VK answered with malformed JSON (${shown.length} bytes)`, shown);
    }
    const reply = readVkReply(json);
    if (!reply) throw bad('VK answered with JSON that has neither `response` nor `error`', text());
    return { reply, status, contentType };
  };

  return {
    post: (method, params, attempt) => postForm(method, formBody(params, isOwnParam), attempt),
    postForm,
    ready: () => (config.dispatcher !== undefined || ownAgent !== undefined ? undefined : loadOwnAgent().then(() => undefined)),
    close() {
      closed = true;
      // Idempotent: undici throws if an Agent is closed twice.
      closing ??= ownAgentLoading ? ownAgentLoading.then((agent) => agent.close()) : Promise.resolve();
      return closing;
    },
  };
}
