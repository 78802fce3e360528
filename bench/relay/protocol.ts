// IPC between bench:relay and its children (the front and the workers), checked on arrival.
import { isNumber, isRecord } from '../lib/guards.js';

/** Parent → child. `start` begins the measured window; `stats` asks for the counts so far. */
export type RelayCommand = { readonly type: 'start' } | { readonly type: 'stats' };

/** Child → parent. `cpuMs`: user + system CPU of the child since `start`. */
export type RelayMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'stats'; readonly events: number; readonly cpuMs: number; readonly errors: number; readonly firstError: string };

export function isRelayMessage(value: unknown): value is RelayMessage {
  if (!isRecord(value)) return false;
  if (value.type === 'ready') return true;
  return value.type === 'stats' && isNumber(value.events) && isNumber(value.cpuMs) && isNumber(value.errors) && typeof value.firstError === 'string';
}

export function isRelayCommand(value: unknown): value is RelayCommand {
  return isRecord(value) && (value.type === 'start' || value.type === 'stats');
}

/** CPU time (user + system) since `since`, in ms. */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export const BENCH_GROUP_ID = 1;
export const BENCH_TOKEN = 'bench-relay-community-token';
