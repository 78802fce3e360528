import { callMethod, type MethodCall, type PipelineState } from './call-pipeline.js';
import { runExecute } from './execute.js';
import { httpError } from './http-server.js';
import type { FakeVkAuth, ResolvedOptions } from './options.js';
import type { RateLimiter } from './rate-limiter.js';
import type { FakeHttpRequest, FakeHttpResponse, FakeRouteHandler } from './router.js';
import { FakeVkError, detailedError } from './vk-error.js';

/** Everything `POST /method/<name>` needs besides the pipeline. */
export interface ApiEndpointState extends PipelineState {
  readonly options: ResolvedOptions;
  readonly rateLimiter: RateLimiter;
  /** Added before each API call is processed: a per-method value, else the global one. */
  readonly latency: { global: number; perMethod: Map<string, number> };
}

interface FormParams {
  wire: Map<string, string>;
  duplicates: Set<string>;
}

/** Waits on the global `setTimeout` (not timers/promises), so tests with fake timers control latency. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Query and form body together, as VK reads them; a name seen twice is remembered for error 100. */
function readParams(request: FakeHttpRequest): FormParams | FakeHttpResponse {
  const wire = new Map<string, string>();
  const duplicates = new Set<string>();
  const add = (entries: URLSearchParams): void => {
    for (const [name, value] of entries) {
      if (wire.has(name)) duplicates.add(name);
      wire.set(name, value);
    }
  };
  add(request.query);
  if (request.body !== '') {
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== FORM_TYPE) {
      return httpError(415, 'unsupported_media_type', `The fake VK reads ${FORM_TYPE} bodies, got ${type === '' ? 'no content-type' : `'${String(type)}'`}`);
    }
    add(new URLSearchParams(request.body));
  }
  return { wire, duplicates };
}

/** The token of a request: `Authorization: Bearer …` first, else the `access_token` param. */
function presentedToken(request: FakeHttpRequest, wire: ReadonlyMap<string, string>): string | undefined | { malformed: true } {
  const header = request.headers['authorization'];
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? { malformed: true };
  }
  return wire.get('access_token');
}

function authenticate(state: ApiEndpointState, request: FakeHttpRequest, wire: ReadonlyMap<string, string>): FakeVkAuth {
  const token = presentedToken(request, wire);
  if (token === undefined || token === '') throw detailedError(5, 'no access_token passed.');
  const known = typeof token === 'string' ? state.options.tokens.get(token) : undefined;
  if (known === undefined) throw detailedError(5, 'invalid access_token (4).');
  if (!state.rateLimiter.tryAcquire(String(known.id), known.perSecond, Date.now())) throw new FakeVkError(6);
  return known.auth;
}

/** VK echoes the request in `request_params`, never with the token. */
function requestParams(state: ApiEndpointState, name: string, wire: ReadonlyMap<string, string>): { key: string; value: string }[] {
  const params = [
    { key: 'method', value: name },
    { key: 'oauth', value: '1' },
  ];
  for (const [key, value] of wire) {
    if (key !== 'access_token') params.push({ key, value: state.redact(value) });
  }
  return params;
}

function errorEnvelope(state: ApiEndpointState, error: FakeVkError, name: string, wire: ReadonlyMap<string, string>): unknown {
  return {
    error: {
      error_code: error.code,
      error_msg: state.redact(error.message),
      request_params: requestParams(state, name, wire),
      ...error.extra,
    },
  };
}

async function answer(state: ApiEndpointState, request: FakeHttpRequest, name: string, params: FormParams): Promise<unknown> {
  const { wire, duplicates } = params;
  const version = wire.get('v');
  if (version === undefined || version === '') throw detailedError(8, 'v (version) is required');
  if (version !== state.options.apiVersion) {
    throw detailedError(8, `version ${version} is not supported here (the fake serves ${state.options.apiVersion})`);
  }
  const auth = authenticate(state, request, wire);

  let captchaSolved = false;
  const captchaSid = wire.get('captcha_sid');
  if (captchaSid !== undefined) {
    // A wrong or stale answer gets a new captcha, as on VK.
    captchaSolved = state.captchas.answer(captchaSid, wire.get('captcha_key') ?? '');
    if (!captchaSolved) throw state.captchas.challenge();
  }

  const call: MethodCall = { name, wire, duplicates, auth, viaExecute: false, captchaSolved };
  if (name === 'execute') {
    const result = await runExecute(state, call);
    return result.executeErrors.length > 0 ? { response: result.response, execute_errors: result.executeErrors } : { response: result.response };
  }
  return { response: await callMethod(state, call) };
}

/** `GET|POST /method/<name>`: the VK API protocol. Errors are HTTP 200 with an `error` object. */
export function apiRoute(state: ApiEndpointState): FakeRouteHandler {
  return async (request) => {
    const name = request.pathParams['name'] ?? '';
    const params = readParams(request);
    if (!('wire' in params)) return params;
    const latency = state.latency.perMethod.get(name) ?? state.latency.global;
    if (latency > 0) await delay(latency);
    let envelope: unknown;
    try {
      envelope = await answer(state, request, name, params);
    } catch (error) {
      if (error instanceof FakeVkError) return { json: errorEnvelope(state, error, name, params.wire) };
      throw error;
    }
    let text: string;
    try {
      text = JSON.stringify(envelope);
    } catch (error) {
      // A programmed response JSON cannot carry (a BigInt, a cycle) is a test bug: say so in
      // VK's terms instead of failing the HTTP exchange.
      const reason = error instanceof Error ? error.message : String(error);
      return { json: errorEnvelope(state, detailedError(10, `the response of ${name} is not JSON: ${reason}`), name, params.wire) };
    }
    return { text, headers: { 'content-type': 'application/json; charset=utf-8' } };
  };
}
