/**
 * IPC messages between `bench/api/run.ts` (the parent) and its two kinds of children:
 * `fake.ts` (the fake VK API) and `client.ts` (one API client, vkts or vk-io).
 */
import { isNumber, isRecord } from '../lib/guards.js';

/** The community and token the fake knows; both clients use them. */
export const GROUP_ID = 1;
export const GROUP_NAME = 'Bench community';
export const TOKEN = 'bench-group-token-0123456789abcdef';

export type ClientName = 'vkts' | 'vk-io';
export type Mode = 'sequential' | 'batch';

// ---- parent ↔ fake ----

export type FakeCommand = { readonly type: 'snapshot' } | { readonly type: 'sample'; readonly last: number } | { readonly type: 'close' };

/** What the fake saw since the previous snapshot. */
export interface FakeSnapshot {
  readonly type: 'snapshot';
  /** HTTP requests (fake.requests) since the previous snapshot. */
  readonly requests: number;
  /** Method calls processed (fake.calls, inner calls of execute included) since the previous snapshot. */
  readonly calls: number;
  /** Of those calls, the ones answered with a VK error, by `method: code message`. */
  readonly callErrors: Readonly<Record<string, number>>;
  /** HTTP requests by VK method (`execute`, `users.get`, …) since the previous snapshot. */
  readonly requestsByMethod: Readonly<Record<string, number>>;
  /** All HTTP requests since the fake started. */
  readonly totalRequests: number;
}

/** One recorded request as the fake logged it (token redacted by the fake itself). */
export interface SampledRequest {
  readonly method: string | null;
  readonly httpMethod: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly contentType: string | undefined;
  readonly authorization: string | undefined;
}

export interface FakeSample {
  readonly type: 'sample';
  readonly requests: readonly SampledRequest[];
}

export type FakeMessage = { readonly type: 'ready'; readonly url: string } | FakeSnapshot | FakeSample | { readonly type: 'closed' };

// ---- parent ↔ client ----

export type ClientCommand =
  | { readonly type: 'verify' }
  | {
      readonly type: 'run';
      readonly mode: Mode;
      readonly calls: number;
      readonly wave: number;
      /** When set, the phase is CPU-profiled (inspector) and the profile written to this file. */
      readonly profile: string | undefined;
    }
  | { readonly type: 'exit' };

/** One timed phase inside the client process. */
export interface RunResult {
  readonly type: 'result';
  readonly mode: Mode;
  readonly calls: number;
  readonly wallMs: number;
  /** process.cpuUsage() delta over the phase, microseconds. */
  readonly userUs: number;
  readonly systemUs: number;
  readonly failed: number;
  /** The first failure, as text, if any. */
  readonly firstError: string | undefined;
}

/** The answers of one call of each benchmarked method, made directly and batched. */
export interface VerifyResult {
  readonly type: 'verified';
  readonly client: ClientName;
  readonly version: string;
  /** `mode method` → JSON of the answer, or `ERROR: …`. */
  readonly answers: Readonly<Record<string, string>>;
}

export type ClientMessage = { readonly type: 'ready'; readonly client: ClientName; readonly version: string } | RunResult | VerifyResult;

// ---- checks on arrival (the parent trusts no IPC message's shape) ----

function isCountRecord(value: unknown): value is Readonly<Record<string, number>> {
  return isRecord(value) && Object.values(value).every(isNumber);
}

function isStringRecord(value: unknown): value is Readonly<Record<string, string>> {
  return isRecord(value) && Object.values(value).every((item) => typeof item === 'string');
}

const isOptionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

function isSampledRequest(value: unknown): value is SampledRequest {
  return (
    isRecord(value) &&
    (value.method === null || typeof value.method === 'string') &&
    typeof value.httpMethod === 'string' &&
    typeof value.path === 'string' &&
    isStringRecord(value.params) &&
    isOptionalString(value.contentType) &&
    isOptionalString(value.authorization)
  );
}

const isClientName = (value: unknown): value is ClientName => value === 'vkts' || value === 'vk-io';
const isMode = (value: unknown): value is Mode => value === 'sequential' || value === 'batch';

export function isFakeMessage(value: unknown): value is FakeMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return typeof value.url === 'string';
    case 'snapshot':
      return (
        isNumber(value.requests) &&
        isNumber(value.calls) &&
        isCountRecord(value.callErrors) &&
        isCountRecord(value.requestsByMethod) &&
        isNumber(value.totalRequests)
      );
    case 'sample':
      return Array.isArray(value.requests) && value.requests.every(isSampledRequest);
    case 'closed':
      return true;
    default:
      return false;
  }
}

export function isClientMessage(value: unknown): value is ClientMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return isClientName(value.client) && typeof value.version === 'string';
    case 'result':
      return (
        isMode(value.mode) &&
        isNumber(value.calls) &&
        isNumber(value.wallMs) &&
        isNumber(value.userUs) &&
        isNumber(value.systemUs) &&
        isNumber(value.failed) &&
        isOptionalString(value.firstError)
      );
    case 'verified':
      return isClientName(value.client) && typeof value.version === 'string' && isStringRecord(value.answers);
    default:
      return false;
  }
}
