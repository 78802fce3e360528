/**
 * Messages between the bench:callback orchestrator (run.ts) and its children over Node's IPC
 * channel: one receiver process (server.ts) and one load generator (load.ts) at a time. IPC
 * hands over plain JSON, so every message is checked on arrival instead of trusted.
 */
import { isNumber, isRecord } from '../lib/guards.js';

export const SERVER_KINDS = ['bare', 'vkts-strict', 'vkts-lenient', 'vkts-off', 'vk-io'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

const serverKinds: ReadonlySet<unknown> = new Set(SERVER_KINDS);

export function isServerKind(value: unknown): value is ServerKind {
  return serverKinds.has(value);
}

/** Orchestrator → server. */
export type ServerCommand = { readonly type: 'start' } | { readonly type: 'stop' };

/** Server → orchestrator. */
export type ServerMessage =
  | { readonly type: 'listening'; readonly port: number }
  | { readonly type: 'started' }
  | {
      readonly type: 'stats';
      /** process.cpuUsage() user + system between start and stop, in µs. */
      readonly cpuMicros: number;
      /** Requests answered between start and stop. */
      readonly requests: number;
      /** Events that reached a message_new handler (equals requests for the SDKs; 0 for bare). */
      readonly dispatched: number;
      /** Validation issues reported (lenient mode). */
      readonly issues: number;
    };

/** Orchestrator → load generator. */
export interface LoadCommand {
  readonly type: 'run';
  readonly url: string;
  readonly requests: number;
  readonly concurrency: number;
  /** Stop sending after this long even if not all requests went out. */
  readonly maxMs: number;
}

/** Load generator → orchestrator. */
export type LoadMessage =
  | { readonly type: 'ready' }
  | {
      readonly type: 'result';
      readonly sent: number;
      /** Answered 200 `ok`. */
      readonly ok: number;
      /** Anything else, with the first few answers for the report. */
      readonly failed: number;
      readonly failures: readonly string[];
      readonly elapsedMs: number;
      readonly p50Ms: number;
      readonly p99Ms: number;
    };

export function isServerMessage(value: unknown): value is ServerMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'listening':
      return isNumber(value.port);
    case 'started':
      return true;
    case 'stats':
      return isNumber(value.cpuMicros) && isNumber(value.requests) && isNumber(value.dispatched) && isNumber(value.issues);
    default:
      return false;
  }
}

export function isServerCommand(value: unknown): value is ServerCommand {
  return isRecord(value) && (value.type === 'start' || value.type === 'stop');
}

export function isLoadMessage(value: unknown): value is LoadMessage {
  if (!isRecord(value)) return false;
  if (value.type === 'ready') return true;
  return (
    value.type === 'result' &&
    isNumber(value.sent) &&
    isNumber(value.ok) &&
    isNumber(value.failed) &&
    Array.isArray(value.failures) &&
    value.failures.every((failure) => typeof failure === 'string') &&
    isNumber(value.elapsedMs) &&
    isNumber(value.p50Ms) &&
    isNumber(value.p99Ms)
  );
}

export function isLoadCommand(value: unknown): value is LoadCommand {
  return (
    isRecord(value) &&
    value.type === 'run' &&
    typeof value.url === 'string' &&
    isNumber(value.requests) &&
    isNumber(value.concurrency) &&
    isNumber(value.maxMs)
  );
}

/** What core.ts measures in-process (no HTTP): the same work per event, without the sockets. */
export const CORE_KINDS = ['json-parse', 'vk-io', 'vkts-off', 'vkts-lenient', 'vkts-strict', 'vkts-strict-no-dedupe'] as const;
export type CoreKind = (typeof CORE_KINDS)[number];

const coreKinds: ReadonlySet<unknown> = new Set(CORE_KINDS);

export function isCoreKind(value: unknown): value is CoreKind {
  return coreKinds.has(value);
}

/** core.ts → orchestrator. */
export interface CoreMessage {
  readonly type: 'core';
  /** CPU (user + system) per event, in µs. */
  readonly cpuMicrosPerEvent: number;
  readonly events: number;
}

export function isCoreMessage(value: unknown): value is CoreMessage {
  return isRecord(value) && value.type === 'core' && isNumber(value.cpuMicrosPerEvent) && isNumber(value.events);
}

/** The secret and confirmation every receiver in the bench is configured with. */
export const BENCH_SECRET = 'bench-secret-0123456789abcdef';
export const BENCH_CONFIRMATION = 'bench-code';
export const BENCH_GROUP_ID = 1;
