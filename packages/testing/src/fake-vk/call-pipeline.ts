import type { ApiMethodName } from '@vkts/types';
import { hashString } from '../synthesize/random.js';
import { synthesize } from '../synthesize/synthesize.js';
import { plannedError, type CaptchaBook, type FailurePlan } from './failures.js';
import { checkMessageParams } from './message-checks.js';
import type { FakeVkCallContext, StoredHandler } from './handlers.js';
import { isApiMethodName, methodMeta, methodValidators, responseKeyFor } from './method-schema.js';
import type { FakeVkAuth } from './options.js';
import { FakeVkError, detailedError } from './vk-error.js';
import { TRANSPORT_PARAMS, checkParams, type WireParams } from './wire-params.js';

/** One method call the fake processed, over HTTP or inside `execute`. */
export interface FakeVkCallRecord {
  method: string;
  /** Wire params without transport params (`v`, `access_token`, …). */
  params: Record<string, string>;
  viaExecute: boolean;
  /** Date.now() when the call was processed. */
  at: number;
  /** Set when the call was answered with a VK error. */
  error?: { code: number; message: string };
}

/** What every call needs from the fake. */
export interface PipelineState {
  /** Handlers programmed with `fake.handle`; they win over the built-in ones. */
  readonly programmed: ReadonlyMap<string, StoredHandler>;
  readonly builtin: ReadonlyMap<string, StoredHandler>;
  readonly failures: FailurePlan;
  readonly captchas: CaptchaBook;
  readonly calls: FakeVkCallRecord[];
  readonly baseUrl: () => string;
  /** Per-method count of synthesized answers, so repeated calls get different samples. */
  readonly synthesizedCount: Map<string, number>;
  /** Replaces every configured token in a text with a placeholder (for records and errors). */
  readonly redact: (text: string) => string;
}

export interface MethodCall {
  readonly name: string;
  readonly wire: WireParams;
  readonly duplicates: ReadonlySet<string>;
  readonly auth: FakeVkAuth;
  readonly viaExecute: boolean;
  /** The request carried a valid captcha answer. */
  readonly captchaSolved: boolean;
}

export function methodParamsOnly(wire: WireParams): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of wire) if (!TRANSPORT_PARAMS.has(name)) params[name] = value;
  return params;
}

/** VK's error for a token type a method does not accept. */
export function tokenTypeError(auth: FakeVkAuth): FakeVkError {
  switch (auth.type) {
    case 'group':
      return detailedError(27, 'method is unavailable with group auth.');
    case 'user':
      return detailedError(15, 'method is unavailable with user auth.');
    case 'service':
      return detailedError(28, 'method is unavailable with service token.');
  }
}

/** Record a call and its outcome in `fake.calls`, whatever happens inside. */
export async function recorded<T>(state: PipelineState, call: MethodCall, run: () => Promise<T>): Promise<T> {
  const params = methodParamsOnly(call.wire);
  for (const [name, value] of Object.entries(params)) params[name] = state.redact(value);
  const record: FakeVkCallRecord = { method: call.name, params, viaExecute: call.viaExecute, at: Date.now() };
  state.calls.push(record);
  try {
    return await run();
  } catch (error) {
    const vkError = asVkError(call.name, error);
    record.error = { code: vkError.code, message: state.redact(vkError.message) };
    throw vkError;
  }
}

/** A handler bug becomes VK's "Internal server error" naming the method, not a dead request. */
function asVkError(method: string, error: unknown): FakeVkError {
  if (error instanceof FakeVkError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return detailedError(10, `the fake's handler of ${method} threw: ${reason}`);
}

/**
 * One API method call, after transport checks (version, token, rate limit): method lookup,
 * token type, programmed failures, params, then the programmed, built-in or synthesized answer.
 * Throws FakeVkError for every VK error.
 */
export function callMethod(state: PipelineState, call: MethodCall): Promise<unknown> {
  return recorded(state, call, async () => {
    if (!isApiMethodName(call.name)) throw new FakeVkError(3);
    const name: ApiMethodName = call.name;
    const meta = methodMeta(name);
    // 14 bugtracker.* methods list no token types at all: the schema does not say, so the fake
    // does not invent a restriction.
    if (meta.tokenTypes.length > 0 && !meta.tokenTypes.includes(call.auth.type)) throw tokenTypeError(call.auth);

    const failure = state.failures.take(name, call.captchaSolved);
    if (failure !== undefined) throw plannedError(failure, state.captchas, state.baseUrl());

    const validators = methodValidators(name);
    // VK's own checks of messages params (911 for a keyboard, int64 random_id) come first.
    const checked = checkParams(checkMessageParams(name, call.wire), meta.params, validators.params, call.duplicates);
    if (!checked.ok) throw checked.error;

    const context: FakeVkCallContext = { method: name, auth: call.auth, wireParams: methodParamsOnly(call.wire), viaExecute: call.viaExecute };
    const handler = state.programmed.get(name) ?? state.builtin.get(name);
    if (handler !== undefined) {
      const response = await handler(checked.values, context);
      // JSON has no `undefined`: VK would send a body without `response`, which no client expects.
      if (response === undefined) throw detailedError(10, `the fake's handler of ${name} returned nothing`);
      return response;
    }

    const key = responseKeyFor(name, checked.values);
    const schema = validators.responses[key];
    if (schema === undefined) throw detailedError(10, `no response schema "${key}" for ${name}`);
    const count = state.synthesizedCount.get(name) ?? 0;
    state.synthesizedCount.set(name, count + 1);
    return synthesize(schema, { seed: hashString(name) + count });
  });
}
