/**
 * bench:callback — Callback API receivers side by side in one run, on the same `message_new`
 * payloads with a unique `event_id` each: vkts's node:http adapter in each validation mode (dedupe
 * on), vk-io's webhook handler, and a bare node:http server that reads the body and answers `ok`
 * (the floor). Each receiver runs in its own process (server.ts), the load generator in another
 * (load.ts), and this orchestrator in a third. Every receiver is started and warmed up once, then
 * measured in short bursts that alternate between the receivers (rotating order), so that the
 * load of a shared machine, which drifts over minutes, falls on all of them alike; medians over
 * the bursts are reported. Reported per receiver: events/s, p50/p99 latency, and the receiver's
 * CPU time per request (`process.cpuUsage()` inside it). The whole measurement is repeated in
 * `--runs` independent runs (fresh receiver processes each), each with its own ratio, and the
 * target must hold in 8 of 10 of them. Writes the `## callback` section of bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:callback [--runs N] [--rounds N] [--requests N] [--warmup N]
 *                                            [--concurrency N] [--max-seconds N] [--core-events N]
 *                                            [--core-rounds N] [--quick] [--no-pin] [--no-write]
 *
 * `--quick` (development): 2 runs of 10 rounds and a short in-process table, never written.
 *
 * Traffic goes to 127.0.0.1 only and is bounded by --requests and --max-seconds per burst.
 * Uses the built packages (`@vkts/callback` → packages/callback/dist): build first.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Child, cpuPlacement } from '../lib/child.js';
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

const SERVER_SCRIPT = path.join(BENCH_ROOT, 'callback', 'server.ts');
const LOAD_SCRIPT = path.join(BENCH_ROOT, 'callback', 'load.ts');
const CORE_SCRIPT = path.join(BENCH_ROOT, 'callback', 'core.ts');
/** vkts strict may add at most this fraction of the CPU per request that vk-io adds over bare… */
const TARGET_RATIO = 0.35;
/** …in at least this share of the runs (8 of 10), which needs at least `VERDICT_RUNS` runs. */
const RUNS_SHARE = 0.8;
const VERDICT_RUNS = 10;

/** Where the children run (`cpuPlacement`): every receiver on the last CPU, the load generator on the first. */
interface Placement {
  readonly receiver: number;
  readonly load: number;
}

function placement(pin: boolean): Placement | undefined {
  const cpus = cpuPlacement(pin);
  return cpus === undefined ? undefined : { receiver: cpus.last, load: cpus.first };
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
  'vkts-strict-no-dedupe': "vkts `callback.handle()`, `validate: 'strict'`, `dedupe: false`",
};

interface Options {
  readonly runs: number;
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
      runs: { type: 'string' },
      requests: { type: 'string', default: '1000' },
      warmup: { type: 'string', default: '3000' },
      concurrency: { type: 'string', default: '32' },
      rounds: { type: 'string' },
      'max-seconds': { type: 'string', default: '60' },
      'core-events': { type: 'string' },
      'core-rounds': { type: 'string' },
      quick: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'no-pin': { type: 'boolean', default: false },
    },
    strict: true,
  });
  // --quick only changes the defaults; explicit options still win.
  const quick = values.quick;
  // Upper bounds keep the load on 127.0.0.1 bounded in count and time.
  return {
    runs: integerOption('runs', values.runs ?? (quick ? '2' : String(VERDICT_RUNS)), 1, 50),
    requests: integerOption('requests', values.requests, 1, 1_000_000),
    warmup: integerOption('warmup', values.warmup, 0, 100_000),
    concurrency: integerOption('concurrency', values.concurrency, 1, 512),
    rounds: integerOption('rounds', values.rounds ?? (quick ? '10' : '30'), 1, 500),
    maxSeconds: integerOption('max-seconds', values['max-seconds'], 1, 600),
    coreEvents: integerOption('core-events', values['core-events'] ?? (quick ? '20000' : '100000'), 1, 5_000_000),
    coreRounds: integerOption('core-rounds', values['core-rounds'] ?? (quick ? '1' : '5'), 1, 50),
    // A development run is never recorded.
    write: !values['no-write'] && !quick,
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

async function startReceiver(kind: ServerKind, cpu: number | undefined): Promise<Receiver> {
  const server = new Child<ServerCommand, ServerMessage>(`server ${kind}`, SERVER_SCRIPT, [kind], isServerMessage, { cpu });
  try {
    const { port } = await server.next('listening');
    return { kind, server, url: `http://127.0.0.1:${port}/` };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function warmUp({ kind, server, url }: Receiver, load: Child<LoadCommand, LoadMessage>, options: Options): Promise<void> {
  if (options.warmup > 0) {
    load.send({ type: 'run', url, requests: options.warmup, concurrency: options.concurrency, maxMs: options.maxSeconds * 1000 });
    const warm = await load.next('result');
    if (warm.failed > 0) {
      await server.stop();
      throw new Error(`${kind}: ${warm.failed} warm-up requests failed: ${warm.failures.join(' | ')}`);
    }
  }
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

const signed = (n: number): string => `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(1)}`;
const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
const fmtMs = (n: number): string => n.toFixed(2);
const fmtUs = (n: number): string => n.toFixed(1);
const fmtRatio = (n: number): string => `${n.toFixed(2)}×`;

/** One independent run: fresh receiver processes, warmed up, then `--rounds` rotating rounds. */
async function measureRun(run: number, load: Child<LoadCommand, LoadMessage>, options: Options, pinned: Placement | undefined): Promise<RunResult> {
  const loadAverage = os.loadavg()[0] ?? Number.NaN;
  const samples = new Map<ServerKind, Sample[]>(SERVER_KINDS.map((kind) => [kind, []]));
  const receivers: Receiver[] = [];
  try {
    const started = await Promise.allSettled(SERVER_KINDS.map((kind) => startReceiver(kind, pinned?.receiver)));
    for (const result of started) if (result.status === 'fulfilled') receivers.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    for (const receiver of receivers) await warmUp(receiver, load, options);
    for (let round = 0; round < options.rounds; round++) {
      // Rotate the order each round so no receiver always runs first (or last) in a round.
      const order = receivers.map((_, i) => receivers[(i + round) % receivers.length]).filter((receiver) => receiver !== undefined);
      for (const receiver of order) {
        const sample = await measureBurst(receiver, load, options);
        samples.get(receiver.kind)?.push(sample);
        console.error(
          `[bench] run ${run + 1}/${options.runs} round ${round + 1}/${options.rounds} ${receiver.kind}: ${fmtInt(sample.eventsPerSecond)} events/s, ` +
            `p50 ${fmtMs(sample.p50Ms)} ms, p99 ${fmtMs(sample.p99Ms)} ms, ${fmtUs(sample.cpuMicrosPerRequest)} µs CPU/request`,
        );
      }
    }
  } finally {
    await Promise.all(receivers.map((receiver) => receiver.server.stop()));
  }
  const over = pairedOverFloor(samples, options.rounds);
  const overMedian = (kind: ServerKind): number => summarize(over.get(kind) ?? []).median;
  const ratio = overMedian('vkts-strict') / overMedian('vk-io');
  const result: RunResult = { loadAverage, samples, over, ratio, meets: overMedian('vk-io') > 0 && ratio <= TARGET_RATIO };
  console.error(`[bench] run ${run + 1}/${options.runs}: vkts strict ${signed(overMedian('vkts-strict'))} µs, vk-io ${signed(overMedian('vk-io'))} µs over the floor: ${ratio.toFixed(2)}×`);
  return result;
}

interface RunResult {
  /** 1-minute load average when the run started. */
  readonly loadAverage: number;
  readonly samples: ReadonlyMap<ServerKind, readonly Sample[]>;
  /** Per receiver, CPU per request over the floor's, one value per round. */
  readonly over: ReadonlyMap<ServerKind, readonly number[]>;
  /** Median of vkts strict's per-round overheads over vk-io's. */
  readonly ratio: number;
  readonly meets: boolean;
}

/** Every run's values of one receiver, in one list. */
function pooled<T>(runs: readonly RunResult[], pick: (run: RunResult) => readonly T[] | undefined): T[] {
  return runs.flatMap((run) => pick(run) ?? []);
}

async function main(): Promise<void> {
  const options = parseOptions();
  const facts = machineFacts();
  const began = Date.now();
  const pinned = placement(options.pin);
  const load = new Child<LoadCommand, LoadMessage>('load generator', LOAD_SCRIPT, [], isLoadMessage, { cpu: pinned?.load });
  const core = new Map<CoreKind, number[]>(CORE_KINDS.map((kind) => [kind, []]));
  const runs: RunResult[] = [];
  try {
    for (let round = 0; round < options.coreRounds; round++) {
      const order = CORE_KINDS.map((_, i) => CORE_KINDS[(i + round) % CORE_KINDS.length]).filter((kind) => kind !== undefined);
      for (const kind of order) {
        const micros = await measureCore(kind, options.coreEvents, pinned?.receiver);
        core.get(kind)?.push(micros);
        console.error(`[bench] in-process round ${round + 1}/${options.coreRounds} ${kind}: ${fmtUs(micros)} µs CPU/event`);
      }
    }
    await load.next('ready');
    for (let run = 0; run < options.runs; run++) runs.push(await measureRun(run, load, options, pinned));
  } finally {
    await load.stop();
  }
  const minutes = (Date.now() - began) / 60_000;
  const loadAtEnd = os.loadavg();

  const samplesOf = (kind: ServerKind): Sample[] => pooled(runs, (run) => run.samples.get(kind));
  const overOf = (kind: ServerKind): number[] => pooled(runs, (run) => run.over.get(kind));
  const median = (kind: ServerKind, pick: (sample: Sample) => number): number => summarize(samplesOf(kind).map(pick)).median;
  const overMedian = (kind: ServerKind): number => summarize(overOf(kind)).median;
  const rows = SERVER_KINDS.map((kind) => {
    const [lower, upper] = quartiles(samplesOf(kind).map((s) => s.cpuMicrosPerRequest));
    const [overLower, overUpper] = quartiles(overOf(kind));
    const overCell = kind === 'bare' ? '—' : `${signed(overMedian(kind))} (${signed(overLower)}…${signed(overUpper)})`;
    return `| ${LABELS[kind]} | ${fmtInt(median(kind, (s) => s.eventsPerSecond))} | ${fmtMs(median(kind, (s) => s.p50Ms))} | ${fmtMs(median(kind, (s) => s.p99Ms))} | **${fmtUs(median(kind, (s) => s.cpuMicrosPerRequest))}** | ${fmtUs(lower)}–${fmtUs(upper)} | ${overCell} |`;
  });
  const runOver = (run: RunResult, kind: ServerKind): string => signed(summarize(run.over.get(kind) ?? []).median);
  const runRows = runs.map(
    (run, i) =>
      `| ${i + 1} | ${run.loadAverage.toFixed(2)} | ${runOver(run, 'vkts-strict')} | ${runOver(run, 'vkts-lenient')} | ${runOver(run, 'vkts-off')} | ${runOver(run, 'vk-io')} | **${run.ratio.toFixed(2)}×** | ${run.meets ? 'yes' : 'no'} |`,
  );
  const meeting = runs.filter((run) => run.meets).length;
  const needed = Math.ceil(RUNS_SHARE * options.runs);
  const ratios = runs.map((run) => run.ratio);
  const verdict = options.runs < VERDICT_RUNS ? `no verdict: ${options.runs} run(s), the target needs ${VERDICT_RUNS}` : meeting >= needed ? 'PASS' : 'FAIL';
  const coreMedian = (kind: CoreKind): number => summarize(core.get(kind) ?? []).median;
  const parseOnly = coreMedian('json-parse');
  const validation = coreMedian('vkts-strict') - coreMedian('vkts-off');
  const dedupe = coreMedian('vkts-strict') - coreMedian('vkts-strict-no-dedupe');
  const coreRows = CORE_KINDS.map(
    (kind) => `| ${CORE_LABELS[kind]} | **${fmtUs(coreMedian(kind))}** | ${kind === 'json-parse' ? '—' : `+${fmtUs(coreMedian(kind) - parseOnly)}`} |`,
  );

  const body = [
    `Receivers side by side on the same \`message_new\` payload (a realistic event of ~700 bytes, \`event_id\` unique per request, secret set), each in its own process, with the load generator in another; all on 127.0.0.1. ${pinned === undefined ? 'The scheduler places the processes (not pinned).' : `Every receiver runs pinned to CPU ${pinned.receiver} and the load generator to CPU ${pinned.load} (\`taskset\`), so they never share a core or migrate.`} The measurement is repeated in ${options.runs} independent runs. In each run every receiver process is started afresh and warmed up with ${fmtInt(options.warmup)} requests (not measured), then measured in ${options.rounds} bursts of ${fmtInt(options.requests)} requests, ${options.concurrency} at a time over keep-alive connections; the bursts alternate between the receivers (one burst each per round, the order rotating each round), so that the drifting load of a shared machine falls on all of them alike. The CPU a receiver adds over the floor is taken round by round against the floor's burst of the same round (so drifting load cancels out); a run's ratio is the median of vkts strict's per-round overheads over the median of vk-io's. Every request must be answered 200 \`ok\` and (for the SDKs) reach the \`message_new\` handler, or the run fails. CPU per request is \`process.cpuUsage()\` (user + system) inside the receiver over the measured requests, divided by their number. vkts runs with its defaults otherwise (dedupe on with the in-memory store, \`ack: 'after-handlers'\`); vk-io answers \`ok\` before running its handler. Generated by \`${['pnpm --filter @vkts/bench bench:callback', ...process.argv.slice(2)].join(' ')}\` in ${minutes.toFixed(1)} minutes.`,
    '',
    `- Date: ${new Date().toISOString()}`,
    machineFactsMarkdown(facts),
    `- Load average at the end (1/5/15 min): ${loadAtEnd.map((n) => n.toFixed(2)).join(' / ')}`,
    '',
    `Per run (medians over the run's rounds of the CPU per request added over the floor, in µs):`,
    '',
    `| Run | Load (1 min) | vkts strict | vkts lenient | vkts off | vk-io | strict / vk-io | ≤ ${TARGET_RATIO}× |`,
    '|--:|--:|--:|--:|--:|--:|--:|:-:|',
    ...runRows,
    '',
    `- vkts strict added at most ${TARGET_RATIO}× of what vk-io added over the floor in **${meeting} of ${options.runs} runs** (per-run ratios ${fmtRatio(Math.min(...ratios))}–${fmtRatio(Math.max(...ratios))}, median ${fmtRatio(summarize(ratios).median)}).`,
    `- Target: "vkts with \`strict\` validation (dedupe on) adds at most ${TARGET_RATIO}× the CPU per request over the bare server that vk-io adds, in at least ${Math.round(RUNS_SHARE * VERDICT_RUNS)} of ${VERDICT_RUNS} runs" — **${verdict}**`,
    '',
    `All runs pooled (${options.runs * options.rounds} bursts per receiver): medians over the bursts, the middle half of the bursts' CPU per request (lower–upper quartile) to show the noise, and the per-round CPU over the floor with its middle half in brackets.`,
    '',
    '| Receiver | Events/s | p50 (ms) | p99 (ms) | CPU/request (µs) | middle half (µs) | CPU over the floor, per round (µs) |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    '- The machine has few cores and the load generator shares them with the receiver, so events/s and latency mostly show the box; CPU per request is the number to compare.',
    '',
    `Where the CPU goes, without HTTP: each receiver's own work per event on the same payloads (as bytes), ${fmtInt(options.coreEvents)} events after a warm-up, in a fresh process per measurement, ${options.coreRounds} rounds, medians (\`bench/callback/core.ts\`).`,
    '',
    '| Work per event | CPU/event (µs) | Over `JSON.parse` (µs) |',
    '|---|--:|--:|',
    ...coreRows,
    '',
    `- In-process, vk-io's work is ${fmtUs(coreMedian('vk-io'))} µs per event and vkts strict's ${fmtUs(coreMedian('vkts-strict'))} µs, of which \`JSON.parse\` is ${fmtUs(parseOnly)} µs (the bare server skips it; both SDKs need it), schema validation ${signed(validation)} µs (strict minus off; vk-io validates nothing) and dedupe with the in-memory store ${signed(dedupe)} µs (strict minus strict without dedupe; vk-io has none). Over HTTP vk-io adds more than this (its body reading and answer), which is what the ratio above compares against.`,
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
