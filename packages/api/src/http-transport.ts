// The one place HTTP happens: `POST {baseUrl}/method/<name>` with a form body, the token in
// `Authorization: Bearer` (never in the URL or body, so it cannot leak through access logs or
// request_params echoes), `v` always and `lang` when set.
import { Agent, request, type Dispatcher } from 'undici';
import type { Attempt } from './attempt.js';
import { BadResponseError, TransportError } from './errors.js';
import { scrubToken } from './redact.js';
import { readVkReply, type VkReply } from './vk-reply.js';
import type { WireParams } from './wire-params.js';

export interface TransportConfig {
  readonly baseUrl: string;
  readonly token: string;
  readonly apiVersion: string;
  readonly lang: string | undefined;
  /** Used as is and never closed by us; without it the transport owns a keep-alive Agent. */
  readonly dispatcher: Dispatcher | undefined;
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
  /** Closes the Agent the transport created (not a dispatcher it was given); later posts fail. Idempotent. */
  close(): Promise<void>;
}

const SNIPPET_LENGTH = 200;

export function createHttpTransport(config: TransportConfig): Transport {
  const ownAgent = config.dispatcher ? undefined : new Agent();
  const dispatcher = config.dispatcher ?? ownAgent;
  const base = config.baseUrl.replace(/\/+$/, '');
  const headers = {
    authorization: `Bearer ${config.token}`,
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };

  let closed = false;
  let closing: Promise<void> | undefined;
  const closedError = (method: string): TransportError => new TransportError('closed', method, 'the client was closed (api.close())');

  return {
    async post(method, params, attempt) {
      if (closed) throw closedError(method);
      const form = new URLSearchParams(params);
      form.set('v', config.apiVersion);
      if (config.lang !== undefined) form.set('lang', config.lang);

      let status: number;
      let contentType: string | undefined;
      let text: string;
      try {
        const res = await request(`${base}/method/${method}`, {
          method: 'POST',
          headers,
          body: form.toString(),
          dispatcher,
          signal: attempt.signal,
        });
        status = res.statusCode;
        contentType = headerValue(res.headers['content-type']);
        text = await res.body.text();
      } catch (error) {
        if (attempt.signal.aborted) throw attempt.abortError();
        if (closed) throw closedError(method);
        throw new TransportError('network', method, `request failed: ${scrubToken(describe(error), config.token)}`, { cause: error });
      }

      const bad = (problem: string): BadResponseError =>
        new BadResponseError({
          method,
          status,
          contentType,
          bodySnippet: scrubToken(text.slice(0, SNIPPET_LENGTH), config.token),
          problem,
        });
      if (!contentType || !/\bjson\b/i.test(contentType)) {
        throw bad(`VK answered with ${text.length} bytes that are not JSON`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw bad(`VK answered with malformed JSON (${text.length} bytes)`);
      }
      const reply = readVkReply(json);
      if (!reply) throw bad('VK answered with JSON that has neither `response` nor `error`');
      return { reply, status, contentType };
    },
    close() {
      closed = true;
      // Idempotent: undici throws if an Agent is closed twice.
      closing ??= ownAgent ? ownAgent.close() : Promise.resolve();
      return closing;
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? `${error.code}: ` : '';
  return `${code}${error.message}`;
}
