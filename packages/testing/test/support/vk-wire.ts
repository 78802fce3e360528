/**
 * A minimal VK API client for the fake's own tests: builds form bodies by hand so the tests
 * check the fake's protocol, not some client's idea of it.
 */
import { expect } from 'vitest';
import { z } from 'zod';
import type { FakeVk, FakeVkOptions } from '../../src/index.js';

export const GROUP_TOKEN = 'group-token-0123456789abcdef';
export const USER_TOKEN = 'user-token-fedcba9876543210';
export const SERVICE_TOKEN = 'service-token-5555';
export const GROUP_ID = 1;
export const USER_ID = 10;

export const baseOptions = {
  groups: [
    { id: GROUP_ID, name: 'Test', screen_name: 'club1' },
    { id: 2, name: 'Other', screen_name: 'other_community' },
  ],
  tokens: [
    { token: GROUP_TOKEN, type: 'group', groupId: GROUP_ID },
    { token: USER_TOKEN, type: 'user', userId: USER_ID },
    { token: SERVICE_TOKEN, type: 'service' },
  ],
  rateLimit: false,
} as const satisfies FakeVkOptions;

const zRequestParam = z.object({ key: z.string(), value: z.string() });
const zVkErrorBody = z.looseObject({
  error_code: z.number().int(),
  error_msg: z.string(),
  request_params: z.array(zRequestParam),
});
export type VkErrorBody = z.infer<typeof zVkErrorBody>;
const zExecuteError = z.strictObject({ method: z.string(), error_code: z.number().int(), error_msg: z.string() });
const zEnvelope = z.union([
  z.strictObject({ response: z.unknown(), execute_errors: z.array(zExecuteError).optional() }),
  z.strictObject({ error: zVkErrorBody }),
]);
export type VkEnvelope = z.infer<typeof zEnvelope>;

export interface CallOptions {
  /** null: send no token. @default GROUP_TOKEN */
  token?: string | null;
  /** @default 'header' */
  tokenVia?: 'header' | 'param';
  /** null: send no `v`. @default '5.199' */
  v?: string | null;
  /** @default 'POST' */
  httpMethod?: 'GET' | 'POST';
}

/** One API call as raw HTTP: `POST /method/<name>` with a form body. */
export async function callRaw(fake: FakeVk, method: string, params: Record<string, string | number> = {}, options: CallOptions = {}): Promise<Response> {
  const form = new URLSearchParams();
  const v = options.v === undefined ? '5.199' : options.v;
  if (v !== null) form.set('v', v);
  for (const [name, value] of Object.entries(params)) form.set(name, String(value));
  const token = options.token === undefined ? GROUP_TOKEN : options.token;
  const headers: Record<string, string> = {};
  if (token !== null) {
    if ((options.tokenVia ?? 'header') === 'header') headers['authorization'] = `Bearer ${token}`;
    else form.set('access_token', token);
  }
  if ((options.httpMethod ?? 'POST') === 'GET') {
    return fetch(`${fake.url}/method/${method}?${form.toString()}`, { headers });
  }
  headers['content-type'] = 'application/x-www-form-urlencoded';
  return fetch(`${fake.url}/method/${method}`, { method: 'POST', headers, body: form.toString() });
}

export async function call(fake: FakeVk, method: string, params: Record<string, string | number> = {}, options: CallOptions = {}): Promise<VkEnvelope> {
  const response = await callRaw(fake, method, params, options);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return zEnvelope.parse(await response.json());
}

/** The `response` of a successful call (fails the test on an error envelope). */
export async function ok(fake: FakeVk, method: string, params: Record<string, string | number> = {}, options: CallOptions = {}): Promise<unknown> {
  const envelope = await call(fake, method, params, options);
  if ('error' in envelope) throw new Error(`${method} failed: ${envelope.error.error_code} ${envelope.error.error_msg}`);
  return envelope.response;
}

/** The `error` of a failed call (fails the test on success). */
export async function vkError(fake: FakeVk, method: string, params: Record<string, string | number> = {}, options: CallOptions = {}): Promise<VkErrorBody> {
  const envelope = await call(fake, method, params, options);
  if (!('error' in envelope)) throw new Error(`${method} succeeded unexpectedly: ${JSON.stringify(envelope.response)}`);
  return envelope.error;
}
