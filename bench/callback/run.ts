/**
 * bench:callback — Callback API receivers side by side in one run, on the same `message_new`
 * payloads with a unique `event_id` each: vkts's node:http adapter in each validation mode (dedupe
 * on), vk-io's webhook handler, and a bare node:http server that reads the body and answers `ok`
 * (the floor). Each receiver runs in its own process (server.ts), the load generator in another
 * (load.ts), and this orchestrator in a third. Every receiver is started and warmed up once, then
 * measured in short bursts that alternate between the receivers (rotating order), so that the
 * load of a shared machine, which drifts over minutes, falls on all of them alike; medians over
 * the bursts are reported. Reported per receiver: events/s, p50/p99 latency, and the receiver's
 * CPU time per request (`process.cpuUsage()` inside it). Writes the `## callback` section of
 * bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:callback [--requests N] [--warmup N] [--concurrency N]
 *                                            [--rounds N] [--max-seconds N] [--core-events N]
 *                                            [--core-rounds N] [--no-write]
 *
 * Traffic goes to 127.0.0.1 only and is bounded by --requests and --max-seconds per burst.
 * Uses the built packages (`@vkts/callback` → packages/callback/dist): build first.
 */
import { accessSync, constants as fsConstants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Child, TASKSET } from '../lib/child.js';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { summarize } from '../lib/measure.js';
import { integerOption } from '../lib/options.js';
import { BENCH_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';
import {
  CORE_KINDS,
  SERVER_KINDS,
  isCoreMessage,
  isLoadMessage,
  isServerMessage,
  type CoreKind,
  type CoreMessage,
  type LoadCommand,
  type LoadMessage,
  type ServerCommand,
  type ServerKind,
  type ServerMessage,
} from './protocol.js';
import { mulberry32 } from '../lib/random.js';

const SERVER_SCRIPT = path.join(BENCH_ROOT, 'callback', 'server.ts');
const LOAD_SCRIPT = path.join(BENCH_ROOT, 'callback', 'load.ts');
const CORE_SCRIPT = path.join(BENCH_ROOT, 'callback', 'core.ts');
/** vkts strict may add at most this fraction of the CPU per request that vk-io adds over bare. */
const TARGET_RATIO = 0.5;

/**
 * Where the children run: with two or more CPUs and `taskset`, every receiver (and in-process
 * measurement) on the last CPU and the load generator on the first, so the two never contend for
 * one core or migrate between them, which otherwise swings a receiver's CPU per request by more
 * than the overheads compared here. `undefined` leaves placement to the scheduler.
 */
interface Placement {
  readonly receiver: number;
  readonly load: number;
}

function placement(pin: boolean): Placement | undefined {
  const cpus = os.availableParallelism();
  if (!pin || cpus < 2) return undefined;
  try {
    accessSync(TASKSET, fsConstants.X_OK);
  } catch {
    return undefined;
  }
  return { receiver: cpus - 1, load: 0 };
}

const LABELS: Readonly<Record<ServerKind, string>> = {
  bare: 'bare `node:http`: read the body, answer `ok` (floor)',
  'vkts-strict': "vkts `createNodeMiddleware(callback)`, `validate: 'strict'`",
  'vkts-lenient': "vkts `createNodeMiddleware(callback)`, `validate: 'lenient'`",
  'vkts-off': "vkts `createNodeMiddleware(callback)`, `validate: 'off'`",
  'vk-io': 'vk-io `updates.getWebhookCallback()`',
};

const CORE_LABELS: Readonly<Record<CoreKind, string>> = {
  'json-parse': 'decode + `JSON.parse` only',
  'vk-io': 'vk-io: `JSON.parse`, secret check, `handleWebhookUpdate` (context + middleware + handler)',
  'vkts-off': "vkts `callback.handle()`, `validate: 'off'`",
  'vkts-lenient': "vkts `callback.handle()`, `validate: 'lenient'`",
  'vkts-strict': "vkts `callback.handle()`, `validate: 'strict'`",
};

interface Options {
  readonly requests: number;
  readonly warmup: number;
  readonly concurrency: number;
  readonly rounds: number;
  readonly maxSeconds: number;
  readonly coreEvents: number;
  readonly coreRounds: number;
  readonly write: boolean;
  readonly pin: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '1000' },
      warmup: { type: 'string', default: '3000' },
      concurrency: { type: 'string', default: '32' },
      rounds: { type: 'string', default: '100' },
      'max-seconds': { type: 'string', default: '60' },
      'core-events': { type: 'string', default: '100000' },
      'core-rounds': { type: 'string', default: '5' },
      'no-write': { type: 'boolean', default: false },
      'no-pin': { type: 'boolean', default: false },
    },
    strict: true,
  });
  // Upper bounds keep the load on 127.0.0.1 bounded in count and time.
  return {
    requests: integerOption('requests', values.requests, 1, 1_000_000),
    warmup: integerOption('warmup', values.warmup, 0, 100_000),
    concurrency: integerOption('concurrency', values.concurrency, 1, 512),
    rounds: integerOption('rounds', values.rounds, 1, 500),
    maxSeconds: integerOption('max-seconds', values['max-seconds'], 1, 600),
    coreEvents: integerOption('core-events', values['core-events'], 1, 5_000_000),
    coreRounds: integerOption('core-rounds', values['core-rounds'], 1, 50),
    write: !values['no-write'],
    pin: !values['no-pin'],
  };
}

interface Sample {
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Receiver CPU (user + system) per request, in µs. */
  readonly cpuMicrosPerRequest: number;
}

/** A receiver process, listening and warmed up. */
interface Receiver {
  readonly kind: ServerKind;
  readonly server: Child<ServerCommand, ServerMessage>;
  readonly url: string;
}

async function startReceiver(kind: ServerKind, load: Child<LoadCommand, LoadMessage>, options: Options, cpu: number | undefined): Promise<Receiver> {
  const server = new Child<ServerCommand, ServerMessage>(`server ${kind}`, SERVER_SCRIPT, [kind], isServerMessage, { cpu });
  const { port } = await server.next('listening');
  const url = `http://127.0.0.1:${port}/`;
  if (options.warmup > 0) {
    load.send({ type: 'run', url, requests: options.warmup, concurrency: options.concurrency, maxMs: options.maxSeconds * 1000 });
    const warm = await load.next('result');
    if (warm.failed > 0) {
      await server.stop();
      throw new Error(`${kind}: ${warm.failed} warm-up requests failed: ${warm.failures.join(' | ')}`);
    }
  }
  return { kind, server, url };
}

/** One burst of `--requests` requests to a warmed-up receiver, its CPU counted from inside it. */
async function measureBurst(receiver: Receiver, load: Child<LoadCommand, LoadMessage>, options: Options): Promise<Sample> {
  const { kind, server, url } = receiver;
  server.send({ type: 'start' });
  await server.next('started');
  load.send({ type: 'run', url, requests: options.requests, concurrency: options.concurrency, maxMs: options.maxSeconds * 1000 });
  const result = await load.next('result');
  server.send({ type: 'stop' });
  const stats = await server.next('stats');
  if (result.failed > 0) throw new Error(`${kind}: ${result.failed} of ${result.sent} requests failed: ${result.failures.join(' | ')}`);
  if (stats.requests !== result.ok) throw new Error(`${kind}: the server answered ${stats.requests} requests, the load generator counted ${result.ok}`);
  if (kind !== 'bare' && stats.dispatched !== stats.requests) {
    throw new Error(`${kind}: ${stats.dispatched} of ${stats.requests} events reached the handler`);
  }
  if (stats.issues > 0) throw new Error(`${kind}: ${stats.issues} validation issues on the bench payload`);
  return {
    eventsPerSecond: (result.ok / result.elapsedMs) * 1000,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    cpuMicrosPerRequest: stats.cpuMicros / stats.requests,
  };
}

/** One in-process measurement, in a fresh process. */
async function measureCore(kind: CoreKind, events: number, cpu: number | undefined): Promise<number> {
  const child = new Child<never, CoreMessage>(`core ${kind}`, CORE_SCRIPT, [kind, String(events)], isCoreMessage, { cpu });
  try {
    return (await child.next('core')).cpuMicrosPerEvent;
  } finally {
    await child.stop();
  }
}

/** Lower and upper quartile (linear interpolation between the closest ranks). */
function quartiles(values: readonly number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => {
    const rank = q * (sorted.length - 1);
    const below = sorted[Math.floor(rank)] ?? 0;
    const above = sorted[Math.ceil(rank)] ?? below;
    return below + (above - below) * (rank - Math.floor(rank));
  };
  return [at(0.25), at(0.75)];
}

/**
 * Per receiver, its CPU per request minus the floor's in the same round, one value per round (the
 * floor's own row is all zeros).
 */
function pairedOverFloor(samples: ReadonlyMap<ServerKind, readonly Sample[]>, rounds: number): Map<ServerKind, number[]> {
  const floor = samples.get('bare') ?? [];
  return new Map(
    SERVER_KINDS.map((kind) => {
      const own = samples.get(kind) ?? [];
      const differences: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const mine = own[round];
        const bare = floor[round];
        if (mine === undefined || bare === undefined) throw new Error(`round ${round + 1}: no burst for ${mine === undefined ? kind : 'bare'}`);
        differences.push(mine.cpuMicrosPerRequest - bare.cpuMicrosPerRequest);
      }
      return [kind, differences];
    }),
  );
}

/** Rounds in which vkts strict added at most `ratio` times what vk-io added (vk-io adding something). */
function roundsWithin(over: ReadonlyMap<ServerKind, readonly number[]>, ratio: number): number {
  const strict = over.get('vkts-strict') ?? [];
  const vkio = over.get('vk-io') ?? [];
  return strict.filter((added, round) => {
    const theirs = vkio[round];
    return theirs !== undefined && theirs > 0 && added <= ratio * theirs;
  }).length;
}

/**
 * A 95 % interval for the ratio of the median overheads (vkts strict over vk-io), by resampling
 * whole rounds with replacement (both receivers' values of a round stay together). The generator
 * is seeded, so the interval depends only on the samples.
 */
function ratioInterval(over: ReadonlyMap<ServerKind, readonly number[]>, resamples = 4000): [number, number] {
  const strict = over.get('vkts-strict') ?? [];
  const vkio = over.get('vk-io') ?? [];
  const random = mulberry32(0x5eed);
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const pickedStrict: number[] = [];
    const pickedVkio: number[] = [];
    for (let j = 0; j < strict.length; j++) {
      const round = Math.floor(random() * strict.length);
      pickedStrict.push(strict[round] ?? 0);
      pickedVkio.push(vkio[round] ?? 0);
    }
    ratios.push(summarize(pickedStrict).median / summarize(pickedVkio).median);
  }
  ratios.sort((a, b) => a - b);
  return [ratios[Math.floor(0.025 * (resamples - 1))] ?? Number.NaN, ratios[Math.ceil(0.975 * (resamples - 1))] ?? Number.NaN];
}

const signed = (n: number): string => `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(1)}`;
const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
const fmtMs = (n: number): string => n.toFixed(2);
const fmtUs = (n: number): string => n.toFixed(1);

async function main(): Promise<void> {
  const options = parseOptions();
  const facts = machineFacts();
  const pinned = placement(options.pin);
  const load = new Child<LoadCommand, LoadMessage>('load generator', LOAD_SCRIPT, [], isLoadMessage, { cpu: pinned?.load });
  const samples = new Map<ServerKind, Sample[]>(SERVER_KINDS.map((kind) => [kind, []]));
  const core = new Map<CoreKind, number[]>(CORE_KINDS.map((kind) => [kind, []]));
  for (let round = 0; round < options.coreRounds; round++) {
    const order = CORE_KINDS.map((_, i) => CORE_KINDS[(i + round) % CORE_KINDS.length]).filter((kind) => kind !== undefined);
    for (const kind of order) {
      const micros = await measureCore(kind, options.coreEvents, pinned?.receiver);
      core.get(kind)?.push(micros);
      console.error(`[bench] in-process round ${round + 1}/${options.coreRounds} ${kind}: ${fmtUs(micros)} µs CPU/event`);
    }
  }
  const receivers: Receiver[] = [];
  try {
    await load.next('ready');
    for (const kind of SERVER_KINDS) receivers.push(await startReceiver(kind, load, options, pinned?.receiver));
    for (let round = 0; round < options.rounds; round++) {
      // Rotate the order each round so no receiver always runs first (or last) in a round.
      const order = receivers.map((_, i) => receivers[(i + round) % receivers.length]).filter((receiver) => receiver !== undefined);
      for (const receiver of order) {
        const sample = await measureBurst(receiver, load, options);
        samples.get(receiver.kind)?.push(sample);
        console.error(
          `[bench] round ${round + 1}/${options.rounds} ${receiver.kind}: ${fmtInt(sample.eventsPerSecond)} events/s, ` +
            `p50 ${fmtMs(sample.p50Ms)} ms, p99 ${fmtMs(sample.p99Ms)} ms, ${fmtUs(sample.cpuMicrosPerRequest)} µs CPU/request`,
        );
      }
    }
  } finally {
    await Promise.all(receivers.map((receiver) => receiver.server.stop()));
    await load.stop();
  }

  const median = (kind: ServerKind, pick: (sample: Sample) => number): number => summarize((samples.get(kind) ?? []).map(pick)).median;
  const cpu = (kind: ServerKind): number => median(kind, (s) => s.cpuMicrosPerRequest);
  // Overhead is taken per round, against the floor's burst of the same round (paired), so that
  // load drifting between rounds cancels out instead of landing on one receiver's median.
  const over = pairedOverFloor(samples, options.rounds);
  const overMedian = (kind: ServerKind): number => summarize(over.get(kind) ?? []).median;
  const rows = SERVER_KINDS.map((kind) => {
    const [lower, upper] = quartiles((samples.get(kind) ?? []).map((s) => s.cpuMicrosPerRequest));
    const [overLower, overUpper] = quartiles(over.get(kind) ?? []);
    const overCell = kind === 'bare' ? '—' : `${signed(overMedian(kind))} (${signed(overLower)}…${signed(overUpper)})`;
    return `| ${LABELS[kind]} | ${fmtInt(median(kind, (s) => s.eventsPerSecond))} | ${fmtMs(median(kind, (s) => s.p50Ms))} | ${fmtMs(median(kind, (s) => s.p99Ms))} | **${fmtUs(cpu(kind))}** | ${fmtUs(lower)}–${fmtUs(upper)} | ${overCell} |`;
  });
  const coreMedian = (kind: CoreKind): number => summarize(core.get(kind) ?? []).median;
  const parseOnly = coreMedian('json-parse');
  const validation = coreMedian('vkts-strict') - coreMedian('vkts-off');
  const coreRows = CORE_KINDS.map(
    (kind) => `| ${CORE_LABELS[kind]} | **${fmtUs(coreMedian(kind))}** | ${kind === 'json-parse' ? '—' : `+${fmtUs(coreMedian(kind) - parseOnly)}`} |`,
  );
  const vkioOver = overMedian('vk-io');
  const strictOver = overMedian('vkts-strict');
  const ratio = strictOver / vkioOver;
  const verdict = vkioOver > 0 && ratio <= TARGET_RATIO ? 'PASS' : 'FAIL';
  const roundsMeeting = roundsWithin(over, TARGET_RATIO);
  const [ratioLow, ratioHigh] = ratioInterval(over);

  const body = [
    `Receivers side by side on the same \`message_new\` payload (a realistic event of ~700 bytes, \`event_id\` unique per request, secret set), each in its own process, with the load generator in another; all on 127.0.0.1. ${pinned === undefined ? 'The scheduler places the processes (not pinned).' : `Every receiver runs pinned to CPU ${pinned.receiver} and the load generator to CPU ${pinned.load} (\`taskset\`), so they never share a core or migrate.`} Each receiver process is started once and warmed up with ${fmtInt(options.warmup)} requests (not measured), then measured in ${options.rounds} bursts of ${fmtInt(options.requests)} requests, ${options.concurrency} at a time over keep-alive connections; the bursts alternate between the receivers (one burst each per round, the order rotating each round), so that the drifting load of a shared machine falls on all of them alike; medians over the bursts reported, with the middle half of the bursts' CPU per request (lower–upper quartile) to show the noise. The CPU a receiver adds over the floor is taken round by round against the floor's burst of the same round (so drifting load cancels out), and its median over the rounds is reported with its middle half in brackets. Every request must be answered 200 \`ok\` and (for the SDKs) reach the \`message_new\` handler, or the run fails. CPU per request is \`process.cpuUsage()\` (user + system) inside the receiver over the measured requests, divided by their number. vkts runs with its defaults otherwise (dedupe on with the in-memory store, \`ack: 'after-handlers'\`); vk-io answers \`ok\` before running its handler. Generated by \`pnpm --filter @vkts/bench bench:callback\`.`,
    '',
    `- Date: ${new Date().toISOString()}`,
    machineFactsMarkdown(facts),
    '',
    '| Receiver | Events/s | p50 (ms) | p99 (ms) | CPU/request (µs) | middle half (µs) | CPU over the floor, per round (µs) |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    `- CPU added over the floor (medians of the per-round differences): vkts strict ${signed(strictOver)} µs, vk-io ${signed(vkioOver)} µs: **${ratio.toFixed(2)}×** vk-io's (95 % interval from resampling the rounds: ${ratioLow.toFixed(2)}–${ratioHigh.toFixed(2)}×). Round by round, vkts strict added at most ${TARGET_RATIO}× of what vk-io added in ${roundsMeeting} of ${options.rounds} rounds.`,
    `- Target: "vkts with \`strict\` validation adds at most half the CPU per request over the bare server that vk-io adds" (needs ≤ ${TARGET_RATIO}×) — **${verdict}**`,
    '- The machine has few cores and the load generator shares them with the receiver, so events/s and latency mostly show the box; CPU per request is the number to compare.',
    '',
    `Where the CPU goes, without HTTP: each receiver's own work per event on the same payloads (as bytes), ${fmtInt(options.coreEvents)} events after a warm-up, in a fresh process per measurement, ${options.coreRounds} rounds, medians (\`bench/callback/core.ts\`).`,
    '',
    '| Work per event | CPU/event (µs) | Over `JSON.parse` (µs) |',
    '|---|--:|--:|',
    ...coreRows,
    '',
    `- In-process, vk-io's work is ${fmtUs(coreMedian('vk-io'))} µs per event and vkts strict's ${fmtUs(coreMedian('vkts-strict'))} µs, of which \`JSON.parse\` is ${fmtUs(parseOnly)} µs (the bare server skips it; both SDKs need it) and schema validation ${signed(validation)} µs (strict minus off; vk-io validates nothing).`,
    ...(parseOnly + validation > TARGET_RATIO * coreMedian('vk-io')
      ? [
          `- \`JSON.parse\` plus validation alone (${fmtUs(parseOnly + validation)} µs) exceed half of vk-io's whole work (${fmtUs(TARGET_RATIO * coreMedian('vk-io'))} µs): no receiver code around them can meet the target on this payload; the validators live in \`@vkts/events\`/\`@vkts/types\`.`,
        ]
      : []),
  ].join('\n');

  console.log(`\n## callback\n\n${body}\n`);
  if (options.write) {
    await writeResultsSection('callback', body);
    console.error('[bench] wrote the ## callback section of bench/RESULTS.md');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
