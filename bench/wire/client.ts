/**
 * One measured client of bench:wire, in its own process so `process.cpuUsage()` counts only it:
 *
 *   tsx wire/client.ts --lib vkts|vkio|floor|floor-http --scenario members|history|longpoll
 *                      --url <server> [--compression on|off] [--count N] [--warm N] [--serve]
 *
 * members/history: `count` calls after `warm` warm-up calls; longpoll: `count` batches of 100
 * `message_new` after `warm` batches, handled by a router (vkts, defaults: lenient validation)
 * or vk-io's middleware chain. `floor` does only what no client can skip once the body is in
 * memory: gunzip, UTF-8 decode and JSON.parse of the same body, in the same kind of process, with
 * the fastest decode known (the one @vkts/internals uses, `parseJsonBody`; the run also reports
 * it against `toString('utf8')` and one whole-body string in-process). `floor-http` adds the least HTTP a client can do: the same POST
 * over a keep-alive node:http Agent, its chunks gathered, then the same decode and parse — no
 * envelope check, no errors, no retries. Prints `{ cpuMs, units }` as JSON; with `--serve`
 * (members/history, forked by run.ts) it runs blocks of calls on command instead (serveBlocks).
 *
 * `--lib path-ab` (members/history) runs vkts (compression on) and `floor-http` in ONE process,
 * in alternating blocks of `count` calls (`--blocks` of them, each after `warm` warm-up calls of
 * both): whatever load the machine has falls on both alike, so what is left is what the vkts
 * call path (undici, the call runner, the envelope check) costs above the least HTTP a client can
 * do. Prints `{ vktsMs, bareMs }`, CPU per call over all blocks (GC included).
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { parseArgs } from 'node:util';
import { createApi } from '@vkts/api';
import { createRouter } from '@vkts/events';
import { decodeContent, parseJsonBody } from '@vkts/internals';
import { createBotsLongPoll } from '@vkts/longpoll';
import { VK } from 'vk-io';
import zlib from 'node:zlib';
import { MEMBER_FIELDS, historyAnswer, longPollBatch, membersAnswer } from './payloads.js';

const { values } = parseArgs({
  options: {
    lib: { type: 'string' },
    scenario: { type: 'string' },
    url: { type: 'string' },
    compression: { type: 'string', default: 'on' },
    count: { type: 'string', default: '40' },
    warm: { type: 'string', default: '10' },
    blocks: { type: 'string', default: '20' },
    serve: { type: 'boolean', default: false },
  },
});
const { lib, scenario, url } = values;
if ((lib !== 'vkts' && lib !== 'vkio' && lib !== 'floor' && lib !== 'floor-http' && lib !== 'path-ab') || (scenario !== 'members' && scenario !== 'history' && scenario !== 'longpoll') || url === undefined) {
  throw new Error('usage: client.ts --lib vkts|vkio|floor|floor-http|path-ab --scenario members|history|longpoll --url <server> [--compression on|off] [--count N] [--warm N] [--blocks N]');
}
const count = Number(values.count);
const warm = Number(values.warm);
const compression = values.compression !== 'off';
const TOKEN = 'vk1.a.bench-wire-token-0123456789';
const GROUP_ID = 1;
const BATCH = 100;

function report(cpu: NodeJS.CpuUsage, units: number): never {
  console.log(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, units }));
  process.exit(0);
}

/** vk-io's `agent` is typed as an https.Agent; the server is plain http, which needs an http.Agent. */
function httpAgentForVkIo(): HttpsAgent {
  const agent = new HttpAgent({ keepAlive: true });
  if (!('options' in agent)) throw new Error('http.Agent without options');
  return agent as HttpAgent & HttpsAgent;
}

async function measureCalls(call: () => Promise<unknown>): Promise<never> {
  for (let i = 0; i < warm; i++) await call();
  if (values.serve) return serveBlocks(call);
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) await call();
  return report(process.cpuUsage(before), count);
}

/** A measured block: `calls` calls, then the CPU they took. */
export type BlockCommand = { readonly type: 'block'; readonly calls: number };
export type BlockMessage = { readonly type: 'ready' } | { readonly type: 'block'; readonly cpuMs: number; readonly units: number };

/**
 * `--serve` (members/history, over IPC from run.ts): after the warm-up, runs a block of calls per
 * command and answers with its CPU, until the parent lets go. The parent runs the clients' blocks
 * in turn, so whatever load the machine has at a moment falls on every client alike.
 */
function serveBlocks(call: () => Promise<unknown>): Promise<never> {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error('--serve: run with an IPC channel (from run.ts)');
  process.on('message', (command: BlockCommand) => {
    void (async () => {
      const before = process.cpuUsage();
      for (let i = 0; i < command.calls; i++) await call();
      const cpu = process.cpuUsage(before);
      const answer: BlockMessage = { type: 'block', cpuMs: (cpu.user + cpu.system) / 1000, units: command.calls };
      send(answer);
    })();
  });
  process.on('disconnect', () => process.exit(0));
  const ready: BlockMessage = { type: 'ready' };
  send(ready);
  return new Promise<never>(() => undefined);
}

const historyParams = { peer_id: 2_000_000_017, count: 200, extended: 1 } as const;
/** The bare-HTTP floor's forms: what vkts sends for the same calls. */
const membersForm = `group_id=${GROUP_ID}&fields=${MEMBER_FIELDS.join(',')}&v=5.199`;
const historyForm = 'peer_id=2000000017&count=200&extended=1&v=5.199';

/** gunzip + UTF-8 decode + JSON.parse, as the vkts API client does them. */
function decodeAndParse(body: Buffer, contentEncoding: string | undefined): unknown {
  const decoded = decodeContent(body, contentEncoding, 'gzip');
  if (!decoded.ok) throw new Error(decoded.problem);
  return parseJsonBody(decoded.body);
}

/** One POST over `agent`: the body gathered whole, nothing else looked at. */
function bareHttpCall(agent: HttpAgent, path: string, form: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}${path}`, { method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-encoding': 'gzip', authorization: `Bearer ${TOKEN}` } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          const encoding = response.headers['content-encoding'];
          resolve(decodeAndParse(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks), encoding));
        } catch (error) {
          reject(error);
        }
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(form);
  });
}

/** Alternating blocks of `count` calls of `a` and `b` in this process; CPU per call of each. */
async function alternate(a: () => Promise<unknown>, b: () => Promise<unknown>, blocks: number): Promise<{ a: number; b: number }> {
  for (let i = 0; i < warm; i++) await a();
  for (let i = 0; i < warm; i++) await b();
  const used = { a: 0, b: 0 };
  for (let block = 0; block < blocks; block++) {
    for (const side of block % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
      const call = side === 'a' ? a : b;
      const before = process.cpuUsage();
      for (let i = 0; i < count; i++) await call();
      const cpu = process.cpuUsage(before);
      used[side] += (cpu.user + cpu.system) / 1000;
    }
  }
  return { a: used.a / (blocks * count), b: used.b / (blocks * count) };
}

if (lib === 'path-ab') {
  if (scenario === 'longpoll') throw new Error('path-ab: members or history only');
  const api = createApi({ token: TOKEN, tokenType: 'group', baseUrl: url, rateLimit: false, compression: true });
  const agent = new HttpAgent({ keepAlive: true });
  const vkts = scenario === 'members' ? () => api.call('groups.getMembers', { group_id: GROUP_ID, fields: [...MEMBER_FIELDS] }) : () => api.call('messages.getHistory', historyParams);
  const form = scenario === 'members' ? membersForm : historyForm;
  const bare = (): Promise<unknown> => bareHttpCall(agent, `/method/${scenario === 'members' ? 'groups.getMembers' : 'messages.getHistory'}`, form);
  const { a, b } = await alternate(vkts, bare, Number(values.blocks));
  console.log(JSON.stringify({ vktsMs: a, bareMs: b }));
  process.exit(0);
} else if (lib === 'floor') {
  const value = scenario === 'members' ? membersAnswer(1000) : scenario === 'history' ? historyAnswer(200) : longPollBatch(100, 1, GROUP_ID);
  const gzipped = zlib.gzipSync(Buffer.from(JSON.stringify(value)));
  await measureCalls(async () => decodeAndParse(gzipped, 'gzip'));
} else if (lib === 'floor-http') {
  if (scenario === 'longpoll') throw new Error('floor-http: members or history only');
  const agent = new HttpAgent({ keepAlive: true });
  const form = scenario === 'members' ? membersForm : historyForm;
  await measureCalls(() => bareHttpCall(agent, `/method/${scenario === 'members' ? 'groups.getMembers' : 'messages.getHistory'}`, form));
} else if (scenario !== 'longpoll') {
  if (lib === 'vkts') {
    const api = createApi({ token: TOKEN, tokenType: 'group', baseUrl: url, rateLimit: false, compression });
    await measureCalls(scenario === 'members' ? () => api.call('groups.getMembers', { group_id: GROUP_ID, fields: [...MEMBER_FIELDS] }) : () => api.call('messages.getHistory', historyParams));
  } else {
    const vk = new VK({ token: TOKEN, apiBaseUrl: `${url}/method`, apiLimit: Number.MAX_SAFE_INTEGER, agent: httpAgentForVkIo() });
    await measureCalls(scenario === 'members' ? () => vk.api.call('groups.getMembers', { group_id: GROUP_ID, fields: [...MEMBER_FIELDS] }) : () => vk.api.call('messages.getHistory', historyParams));
  }
} else {
  // CPU from the end of the warm-up batches to the last measured event.
  let events = 0;
  let before: NodeJS.CpuUsage | undefined;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const onEvent = (): void => {
    events += 1;
    if (events === warm * BATCH) before = process.cpuUsage();
    if (events === (warm + count) * BATCH) done();
  };
  if (lib === 'vkts') {
    const api = createApi({ token: TOKEN, tokenType: 'group', baseUrl: url, rateLimit: false, compression });
    const router = createRouter();
    router.on('message_new', onEvent);
    const longPoll = createBotsLongPoll({ api, router, groupId: GROUP_ID, compression, onError: (error) => console.error(error) });
    const running = longPoll.start();
    await finished;
    const cpu = process.cpuUsage(before);
    await longPoll.stop();
    await running;
    report(cpu, count);
  } else {
    const vk = new VK({ token: TOKEN, apiBaseUrl: `${url}/method`, apiLimit: Number.MAX_SAFE_INTEGER, agent: httpAgentForVkIo(), pollingGroupId: GROUP_ID });
    vk.updates.use((context, next) => {
      if (context.is(['message_new'])) onEvent();
      return next();
    });
    await vk.updates.startPolling();
    await finished;
    const cpu = process.cpuUsage(before);
    await vk.updates.stop();
    report(cpu, count);
  }
}
