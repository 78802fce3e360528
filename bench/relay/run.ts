/**
 * bench:relay — end to end through Redis: the fake VK's Bots Long Poll (in this process) → the
 * front process (@vkts/longpoll + @vkts/relay, one event per XADD script, a batch pipelined) →
 * a real redis-server (started here, no persistence) → 2 worker processes (@vkts/relay workers,
 * one consumer group). Reports events/s from the first poll until the workers had handled every
 * event, and the CPU time per event of the front and of each worker (process.cpuUsage in each
 * child). A warm-up round runs first in the same processes. Writes the `## relay` section of
 * bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:relay [--events N] [--warm-up N] [--no-write]
 *
 * Build first (`pnpm build`): the children import the packages' dist.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApi } from '@vkts/api';
import { createFakeVk } from '@vkts/testing';
import { Child } from '../lib/child.js';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { integerOption } from '../lib/options.js';
import { BENCH_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';
import { BENCH_GROUP_ID, BENCH_TOKEN, isRelayMessage, type RelayCommand, type RelayMessage } from './protocol.js';

const TARGET_EVENTS_PER_S = 10_000;
const STREAM = 'bench:events';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '100000' }, 'warm-up': { type: 'string', default: '20000' }, 'no-write': { type: 'boolean', default: false } },
  strict: true,
});
const events = integerOption('events', values.events, 1000, 2_000_000);
const warmUp = integerOption('warm-up', values['warm-up'], 0, 1_000_000);

type RelayChild = Child<RelayCommand, RelayMessage>;
interface Snapshot {
  readonly events: number;
  readonly cpuMs: number;
  readonly errors: number;
  readonly firstError: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => done(chunk.toString().startsWith('+PONG')));
  });
}

/** CPU time (user + system) of another process so far, in ms, from /proc (Linux). */
function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function messageNew(n: number): { type: string; object: unknown } {
  return {
    type: 'message_new',
    object: {
      message: { date: 1_700_000_000, from_id: 100 + (n % 50), id: n, out: 0, peer_id: 100 + (n % 50), text: `message #${n}`, conversation_message_id: n, attachments: [], fwd_messages: [], important: false, is_hidden: false, random_id: 0 },
      client_info: { button_actions: ['text', 'vkpay', 'open_app', 'location', 'open_link', 'callback'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    },
  };
}

async function snapshot(child: RelayChild): Promise<Snapshot> {
  const { events: count, cpuMs, errors, firstError } = await child.request({ type: 'stats' }, 'stats');
  return { events: count, cpuMs, errors, firstError };
}

async function main(): Promise<void> {
  const facts = machineFacts();
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'vkts-bench-relay-'));
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  redis.once('error', (error) => {
    throw new Error(`cannot start redis-server (${error.message}): apt-get install -y redis-server`);
  });
  for (let i = 0; !(await ping(port)); i++) {
    if (i > 200) throw new Error('redis-server did not answer PING');
    await sleep(25);
  }
  const redisUrl = `redis://127.0.0.1:${port}`;
  const fake = await createFakeVk({ groups: [{ id: BENCH_GROUP_ID, name: 'bench' }], tokens: [{ token: BENCH_TOKEN, type: 'group', groupId: BENCH_GROUP_ID }], rateLimit: false });
  const api = createApi({ token: BENCH_TOKEN, tokenType: 'group', baseUrl: fake.url, rateLimit: false });
  await api.groups.setLongPollSettings({ group_id: BENCH_GROUP_ID, enabled: 1, message_new: 1 });
  await api.close();
  const queue = fake.longPoll.group(BENCH_GROUP_ID);
  const startTs = String(queue.ts);

  const front: RelayChild = new Child('front', path.join(BENCH_ROOT, 'relay/front.ts'), [fake.url, redisUrl, STREAM, startTs], isRelayMessage);
  const workers: RelayChild[] = [1, 2].map((n) => new Child(`worker-${n}`, path.join(BENCH_ROOT, 'relay/worker.ts'), [redisUrl, STREAM, `w${n}`], isRelayMessage));
  const all = [front, ...workers];
  try {
    await Promise.all(all.map((child) => child.next('ready')));
    await sleep(500); // the workers load their validators and create the group
    for (const child of all) child.send({ type: 'start' });

    /** Pushes `count` events and waits until the workers handled them all; returns the wall time. */
    const round = async (from: number, count: number): Promise<number> => {
      const started = performance.now();
      for (let i = 0; i < count; i += 1000) queue.push(...Array.from({ length: Math.min(1000, count - i) }, (_, k) => messageNew(from + i + k)));
      for (;;) {
        const handled = (await Promise.all(workers.map(snapshot))).reduce((sum, s) => sum + s.events, 0);
        if (handled >= from + count) return performance.now() - started;
        await sleep(20);
      }
    };
    if (warmUp > 0) await round(0, warmUp);
    const before = await Promise.all(all.map(snapshot));
    const redisBefore = processCpuMs(redis.pid);
    const fakeBefore = process.cpuUsage();
    const wallMs = await round(warmUp, events);
    const fakeUsage = process.cpuUsage(fakeBefore);
    const fakeCpu = (fakeUsage.user + fakeUsage.system) / 1000;
    const redisCpu = processCpuMs(redis.pid) - redisBefore;
    const after = await Promise.all(all.map(snapshot));
    const delta = after.map((s, i) => ({ events: s.events - (before[i]?.events ?? 0), cpuMs: s.cpuMs - (before[i]?.cpuMs ?? 0), errors: s.errors, firstError: s.firstError }));
    const rate = (events / wallMs) * 1000;
    const [frontDelta, ...workerDeltas] = delta;
    const perEvent = (d: Snapshot | undefined): string => (d === undefined || d.events === 0 ? 'n/a' : `${((d.cpuMs * 1000) / d.events).toFixed(1)} µs`);
    const rows = [
      `| front (Long Poll → relay) | ${frontDelta?.events ?? 0} | ${Math.round(frontDelta?.cpuMs ?? 0)} ms | ${perEvent(frontDelta)} |`,
      ...workerDeltas.map((d, i) => `| worker ${i + 1} | ${d.events} | ${Math.round(d.cpuMs)} ms | ${perEvent(d)} |`),
      `| redis-server | ${events} | ${Math.round(redisCpu)} ms | ${perEvent({ events, cpuMs: redisCpu, errors: 0, firstError: '' })} |`,
      `| fake VK + this bench (polling the workers) | ${events} | ${Math.round(fakeCpu)} ms | ${perEvent({ events, cpuMs: fakeCpu, errors: 0, firstError: '' })} |`,
    ];
    const totalCpu = delta.reduce((sum, d) => sum + d.cpuMs, 0) + redisCpu + fakeCpu;
    const capacity = (2 * 1000 * events) / totalCpu;
    const workerCpu = workerDeltas.reduce((sum, d) => sum + d.cpuMs, 0);
    const errors = delta.reduce((sum, d) => sum + d.errors, 0);
    const verdict = rate >= TARGET_EVENTS_PER_S ? 'PASS' : 'FAIL';
    const body = [
      machineFactsMarkdown(facts),
      '',
      `Fake VK Bots Long Poll (this process, batches of ${queue.maxBatch}) → front process (\`@vkts/longpoll\` lenient validation, \`@vkts/relay\` append script per event, node-redis) → redis-server ${'(no persistence)'} → 2 worker processes (\`@vkts/relay\` workers, lenient validation, concurrency 256, one consumer group). ${events} message_new events after a warm-up of ${warmUp}; wall time from pushing the events until both workers had handled all of them.`,
      '',
      `**End to end: ${Math.round(rate).toLocaleString('en-US')} events/s** (${Math.round(wallMs)} ms for ${events}) — target ≥ ${TARGET_EVENTS_PER_S.toLocaleString('en-US')} events/s: **${verdict}**${errors > 0 ? ` (${errors} errors reported, warm-up included; first: ${delta.find((d) => d.firstError !== '')?.firstError ?? ''})` : ''}`,
      '',
      '| process | events | CPU (user + system) | CPU per event |',
      '|---|---|---|---|',
      ...rows,
      '',
      `Workers together: ${((workerCpu * 1000) / events).toFixed(1)} µs of CPU per event. Everything together (front, workers, Redis, fake VK): ${((totalCpu * 1000) / events).toFixed(1)} µs per event, i.e. the 2 cores could carry about **${Math.round(capacity).toLocaleString('en-US')} events/s** if nothing else ran on them — the wall-clock rate above is what this run got on a machine shared with the load average shown.`,
    ].join('\n');
    console.log(body);
    if (values['no-write'] !== true) await writeResultsSection('relay', body);
  } finally {
    await Promise.all(all.map((child) => child.stop(10_000)));
    await fake.close();
    redis.kill('SIGTERM');
    await new Promise((resolve) => redis.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
