/**
 * One bench:longpoll client in its own process, forked by run.ts with an IPC channel:
 * `--lib vkts|vkio --kind bots|user --url <fake> [--warm-up N] [--corpus mixed|message_new]
 * [--validate lenient|off] [--compression on|off]` (validate: vkts Bots only, default lenient;
 * compression: vkts only, default on, as the packages default). Starts the library's Long Poll
 * against its own fake, warms it up with N events (unmeasured), sends `ready`, then measures one
 * block per `{ type: 'block', events }` command (serveBlocks): from just before it asks the fake
 * to queue the block's events until the last one reached a handler, the wall time and this
 * process's CPU time (process.cpuUsage: user + system; also split into user and system, and per
 * thread from /proc on Linux: `main` is the JS thread, the others go by their thread names:
 * `node` for V8's platform workers, i.e. GC and compiler helpers). Stops when run.ts disconnects.
 *
 * Both libraries run with what they do by default per event: vkts `lenient` validation (the
 * generated type guards, zod only for a rejected event; issues counted) + `createEventContext` + router dispatch (bots) or decoding by code (user);
 * vk-io builds its context objects and runs its middleware chain. Handlers only count.
 *
 * `CPU_PROFILE=<file>` in the environment writes a V8 CPU profile of the blocks (not start-up or
 * warm-up; run.ts's idle time between blocks shows as idle) to that file, for `--cpu-prof`-style analysis of where the time per event goes.
 */
import { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createApi } from '@vkts/api';
import { createRouter } from '@vkts/events';
import { createBotsLongPoll, createUserLongPoll, type LongPollControls } from '@vkts/longpoll';
import { PollingTransport, VK } from 'vk-io';
import { startProfiler } from '../lib/profiler.js';
import { BENCH_GROUP_ID, BENCH_GROUP_TOKEN, BENCH_USER_TOKEN } from './constants.js';

const { values } = parseArgs({
  options: {
    lib: { type: 'string' },
    kind: { type: 'string' },
    'warm-up': { type: 'string', default: '5000' },
    url: { type: 'string' },
    corpus: { type: 'string', default: 'mixed' },
    validate: { type: 'string', default: 'lenient' },
    compression: { type: 'string', default: 'on' },
  },
  strict: true,
});
const lib = values.lib;
const kind = values.kind;
const url = values.url ?? '';
const validate = values.validate === 'off' ? 'off' : 'lenient';
const corpus = values.corpus;
// What vkts asks the fake for: compressed answers (its default) or plain ones. vk-io never asks.
const compression = values.compression !== 'off';
if ((lib !== 'vkts' && lib !== 'vkio') || (kind !== 'bots' && kind !== 'user') || (corpus !== 'mixed' && corpus !== 'message_new') || url === '') {
  throw new Error(
    'usage: client.ts --lib vkts|vkio --kind bots|user --url <fake url> [--warm-up N] [--corpus mixed|message_new] [--validate lenient|off] [--compression on|off]',
  );
}

/** Events of the unmeasured first fill, so that both sides are measured warm (JIT, lazily loaded code). */
const WARM_UP = Number(values['warm-up']);
if (!Number.isInteger(WARM_UP) || WARM_UP < 0) throw new Error(`--warm-up must be a whole number of events, got ${values['warm-up']}`);

let seen = 0;
let target = WARM_UP;
let reached: () => void = () => undefined;
const count = (): void => {
  seen += 1;
  if (seen === target) reached();
};

async function request(path: string, method: 'GET' | 'POST'): Promise<void> {
  const response = await fetch(`${url}${path}`, { method });
  if (!response.ok) throw new Error(`${path} failed: HTTP ${response.status}`);
  await response.text();
}

/** Queue n events and wait until the handlers have seen them. */
async function fillAndWait(n: number): Promise<void> {
  const done = new Promise<void>((resolve) => (reached = resolve));
  target = seen + n;
  await request(`/bench/fill?kind=${kind}&shape=${lib === 'vkts' ? 'v3' : 'v19'}&corpus=${corpus}&n=${n}`, 'POST');
  await done;
}

/** A block's measurement, sent to run.ts over IPC. */
export interface BlockResult {
  readonly type: 'block';
  readonly events: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly userMs: number;
  readonly systemMs: number;
  readonly threadMs: Record<string, number>;
  /** Minor page faults of the process during the block (pages the allocator had given back). */
  readonly minorFaults: number;
  readonly issues: number;
}
/** What run.ts sends: measure a block of `events`. Disconnecting stops the client. */
export interface BlockCommand {
  readonly type: 'block';
  readonly events: number;
}

/**
 * Starts the Long Poll, warms it up, says `ready`, then measures one block of events per command
 * from run.ts, until run.ts disconnects: run.ts has every client of a scenario up at once and has
 * them take turns, block by block, so the machine's load of any moment falls on all alike.
 */
async function serveBlocks(start: () => Promise<void>, stop: () => Promise<void>): Promise<void> {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error('client.ts: run with an IPC channel (from run.ts)');
  await start();
  await fillAndWait(WARM_UP);
  const profileFile = process.env['CPU_PROFILE'];
  const profiler = profileFile === undefined || profileFile === '' ? undefined : await startProfiler(profileFile);
  let queue: Promise<void> = Promise.resolve();
  process.on('message', (command: BlockCommand) => {
    queue = queue.then(async () => void send(await measureBlock(command.events)));
  });
  process.on('disconnect', () => {
    void queue
      .then(async () => {
        await profiler?.();
        await stop();
      })
      .then(() => process.exit(0));
  });
  send({ type: 'ready' });
}

async function measureBlock(events: number): Promise<BlockResult> {
  // The client is polling again (its check is held): everything from here on is per-event work.
  await request(`/bench/ready?kind=${kind}`, 'GET');
  const issuesBefore = issues;
  const threadsBefore = threadTimes();
  const faultsBefore = process.resourceUsage().minorPageFault;
  const cpuBefore = process.cpuUsage();
  const t0 = performance.now();
  await fillAndWait(events);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpuBefore);
  const minorFaults = process.resourceUsage().minorPageFault - faultsBefore;
  const threads = threadTimes();
  return {
    type: 'block',
    events,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    userMs: cpu.user / 1000,
    systemMs: cpu.system / 1000,
    threadMs: threadDelta(threadsBefore, threads),
    minorFaults,
    issues: issues - issuesBefore,
  };
}

let issues = 0;

/** Linux: CPU ms (user + system) of each thread of this process, by thread name, from /proc. */
function threadTimes(): Map<string, number> {
  const times = new Map<string, number>();
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return times;
  }
  for (const task of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat (11 and 12 after the name), in clock ticks of 10 ms.
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      const key = task === String(process.pid) ? 'main' : name;
      times.set(key, (times.get(key) ?? 0) + ms);
    } catch {
      // the thread ended in between
    }
  }
  return times;
}
function threadDelta(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [name, ms] of after) if (ms - (before.get(name) ?? 0) > 0) delta[name] = ms - (before.get(name) ?? 0);
  return delta;
}

/**
 * vk-io's default agent is an https.Agent, and its `agent` option is typed as one; the fake is
 * plain http on loopback, so it gets an http.Agent. At runtime an http.Agent has the one member
 * the https type adds (`options`), which is what the guard checks.
 */
function httpAgentForVkIo(): HttpsAgent {
  const agent = new HttpAgent({ keepAlive: true });
  if (!hasAgentOptions(agent)) throw new Error('http.Agent without options');
  return agent;
}

function hasAgentOptions(agent: HttpAgent): agent is HttpAgent & HttpsAgent {
  return 'options' in agent;
}

/** Measures a vkts Long Poll from start() until the last event is counted, then stops it. */
async function serveRun(longPoll: LongPollControls<unknown>, close: () => Promise<void>): Promise<void> {
  let running: Promise<void> = Promise.resolve();
  await serveBlocks(
    async () => {
      running = longPoll.start();
    },
    async () => {
      await longPoll.stop();
      await running;
      await close();
    },
  );
}

if (lib === 'vkts') {
  const token = kind === 'bots' ? BENCH_GROUP_TOKEN : BENCH_USER_TOKEN;
  const api = createApi({ token, tokenType: kind === 'bots' ? 'group' : 'user', baseUrl: url, rateLimit: false, compression });
  if (kind === 'bots') {
    await api.groups.setLongPollSettings({ group_id: BENCH_GROUP_ID, enabled: 1 });
    const router = createRouter();
    router.onAny(count);
    const longPoll = createBotsLongPoll({ api, router, groupId: BENCH_GROUP_ID, validate, compression, onIssue: () => void (issues += 1) });
    await serveRun(longPoll, () => api.close());
  } else {
    const longPoll = createUserLongPoll({ api, compression, handler: (event) => void (event.name === 'message_new' ? count() : undefined) });
    await serveRun(longPoll, () => api.close());
  }
} else {
  // vk-io always requests the User Long Poll server over https (`https://${server}`); the fake is
  // plain http on loopback, so switch the URL back before each check. Costs one property read.
  const original = PollingTransport.prototype.fetchUpdates;
  PollingTransport.prototype.fetchUpdates = function (this: PollingTransport) {
    const target: unknown = Reflect.get(this, 'url');
    if (target instanceof URL && target.protocol === 'https:') target.protocol = 'http:';
    return original.call(this);
  };
  const vk = new VK({
    token: kind === 'bots' ? BENCH_GROUP_TOKEN : BENCH_USER_TOKEN,
    apiBaseUrl: `${url}/method`,
    agent: httpAgentForVkIo(),
    ...(kind === 'bots' ? { pollingGroupId: BENCH_GROUP_ID } : {}),
  });
  if (kind === 'bots') await vk.api.groups.setLongPollSettings({ group_id: BENCH_GROUP_ID, enabled: 1 });
  vk.updates.use((context, next) => {
    if (kind === 'bots' || context.is(['message_new'])) count();
    return next();
  });
  await serveBlocks(
    () => vk.updates.startPolling(),
    () => vk.updates.stop(),
  );
}
