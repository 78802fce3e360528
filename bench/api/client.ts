/**
 * Child process of bench/api/run.ts: one API client (`vkts` = @vkts/api built dist, or `vk-io`)
 * pointed at the fake, driven over IPC. Each `run` times one phase with performance.now() and
 * process.cpuUsage(), so the CPU counted is this process's alone (its main thread plus V8's and
 * libuv's helper threads), not the fake's and not the parent's.
 *
 *   node --import tsx client.ts <vkts|vk-io> <fake url>
 *
 * A `run` with `profile` set also CPU-profiles the phase through node:inspector (the profiler's
 * own cost then lands in the timed numbers: such runs are for finding where time goes only).
 *
 * Both clients make the same calls: alternately `groups.getById({ group_id: 1 })` and
 * `users.get({ user_ids: [1, 2], fields: ['sex', 'screen_name'] })`, one after another
 * (`sequential`) or in concurrent waves that the client merges into `execute` (`batch`).
 */
import http from 'node:http';
import type https from 'node:https';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '@vkts/api';
import { API } from 'vk-io';
import { startProfiler } from '../lib/profiler.js';
import { GROUP_ID, TOKEN, type ClientCommand, type ClientMessage, type ClientName, type Mode, type RunResult } from './protocol.js';

/** The two calls of the bench, made through one client. */
interface Caller {
  groupsGetById(): Promise<unknown>;
  usersGet(): Promise<unknown>;
  close(): Promise<void>;
}

const USER_IDS = [1, 2];
const FIELDS = ['sex', 'screen_name'] as const;

function vktsCaller(url: string, batch: boolean): Caller {
  const api = createApi({
    token: TOKEN,
    tokenType: 'group',
    baseUrl: url,
    apiVersion: '5.199',
    rateLimit: false,
    batch,
  });
  return {
    groupsGetById: () => api.groups.getById({ group_id: GROUP_ID }),
    usersGet: () => api.users.get({ user_ids: USER_IDS, fields: [...FIELDS] }),
    close: () => api.close(),
  };
}

/**
 * vk-io's limiter spaces requests `ceil(1133 ms / apiLimit)` apart; with a huge apiLimit that is
 * 1 ms, the least its worker waits (a setTimeout per request in `apiRequestMode: 'sequential'`;
 * `'burst'` would wait ~1.1 s after every burst). Its default agent is `https.globalAgent`, which
 * cannot speak to an http:// fake, so it gets a keep-alive http.Agent (vkts keeps its connections
 * alive too).
 */
function vkioCaller(url: string, batch: boolean): Caller {
  const agent = new http.Agent({ keepAlive: true });
  const api = new API({
    token: TOKEN,
    apiBaseUrl: `${url}/method`,
    apiVersion: '5.199',
    apiLimit: Number.MAX_SAFE_INTEGER,
    apiMode: batch ? 'parallel' : 'sequential',
    // vk-io types `agent` as an https.Agent, but node-fetch only needs an Agent that matches the
    // URL's protocol: an https.Agent for http:// throws `Protocol "http:" not supported`.
    agent: agent as unknown as https.Agent,
  });
  return {
    groupsGetById: () => api.groups.getById({ group_id: GROUP_ID }),
    usersGet: () => api.users.get({ user_ids: USER_IDS, fields: [...FIELDS] }),
    close: async () => {
      agent.destroy();
    },
  };
}

function versionOf(client: ClientName): string {
  const require = createRequire(import.meta.url);
  const file =
    client === 'vkts'
      ? require.resolve('@vkts/api/package.json')
      : path.join(path.dirname(require.resolve('vk-io')), '..', 'package.json');
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = 'code' in error ? ` (code ${String(error.code)})` : '';
    return `${error.name}${code}: ${error.message}`;
  }
  return String(error);
}

function call(caller: Caller, index: number): Promise<unknown> {
  return index % 2 === 0 ? caller.groupsGetById() : caller.usersGet();
}

async function runPhase(caller: Caller, mode: Mode, calls: number, wave: number, profile: string | undefined): Promise<RunResult> {
  let failed = 0;
  let firstError: string | undefined;
  const fail = (error: unknown): void => {
    failed += 1;
    firstError ??= describeError(error);
  };
  // No forced GC before a phase: a full collection shrinks the heap and ages the bytecode, and
  // the phase then pays for regrowing and recompiling (it made both clients look 1.5-2× costlier
  // per call). Steady state is what a long-running bot sees.
  const stopProfiler = profile === undefined ? undefined : await startProfiler(profile);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  if (mode === 'sequential') {
    for (let i = 0; i < calls; i++) {
      try {
        await call(caller, i);
      } catch (error) {
        fail(error);
      }
    }
  } else {
    for (let done = 0; done < calls; ) {
      const size = Math.min(wave, calls - done);
      const pending: Promise<unknown>[] = [];
      for (let j = 0; j < size; j++) pending.push(call(caller, done + j));
      for (const outcome of await Promise.allSettled(pending)) {
        if (outcome.status === 'rejected') fail(outcome.reason);
      }
      done += size;
    }
  }
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  await stopProfiler?.();
  return { type: 'result', mode, calls, wallMs, userUs: cpu.user, systemUs: cpu.system, failed, firstError };
}

async function answer(promise: Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await promise);
  } catch (error) {
    return `ERROR: ${describeError(error)}`;
  }
}

async function main(): Promise<void> {
  const [client, url] = process.argv.slice(2);
  if (process.send === undefined) throw new Error('bench/api/client.ts runs as a forked child of bench/api/run.ts');
  if ((client !== 'vkts' && client !== 'vk-io') || url === undefined) throw new Error('usage: client.ts <vkts|vk-io> <fake url>');
  const make = client === 'vkts' ? vktsCaller : vkioCaller;
  const callers: Record<Mode, Caller> = { sequential: make(url, false), batch: make(url, true) };
  const version = versionOf(client);
  const send = (message: ClientMessage): void => {
    process.send?.(message);
  };

  process.on('message', (message: ClientCommand) => {
    void (async () => {
      switch (message.type) {
        case 'verify': {
          const answers: Record<string, string> = {};
          const { sequential, batch } = callers;
          answers['sequential groups.getById'] = await answer(sequential.groupsGetById());
          answers['sequential users.get'] = await answer(sequential.usersGet());
          // Made together, so the batching client merges them into one execute.
          const [groups, users] = await Promise.all([answer(batch.groupsGetById()), answer(batch.usersGet())]);
          answers['batch groups.getById'] = groups;
          answers['batch users.get'] = users;
          send({ type: 'verified', client, version, answers });
          break;
        }
        case 'run':
          send(await runPhase(callers[message.mode], message.mode, message.calls, message.wave, message.profile));
          break;
        case 'exit':
          await Promise.all(Object.values(callers).map((caller) => caller.close()));
          process.disconnect();
          // Leave promptly even if a library keeps a handle open; --cpu-prof still writes its profile.
          process.exit(0);
      }
    })().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
  send({ type: 'ready', client, version });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
