/**
 * bench:longpoll — Long Poll clients side by side: vkts (`@vkts/longpoll`, built dist) and
 * vk-io's polling, both kinds (Bots and User Long Poll), against the same fake VK running in its
 * own process with a deep queue, so every poll returns a full batch. Per run: events/s and the
 * client process's CPU time per event (decode + validate + dispatch, HTTP included), measured
 * warm (see client.ts). Per round and scenario, every client of the scenario is up at once, each
 * with a fake of its own, and they take turns block by block, so that the load of any moment
 * falls on all alike. Writes the `## longpoll` section of bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:longpoll [--events N] [--blocks N] [--warm-up N] [--rounds N] [--no-write] [--only id,id]
 *
 * Quick mode while developing: `--only vkts-message_new,vkio-message_new --events 20000
 * --warm-up 50000 --rounds 2` runs just those rows (ids: vkts|vkio|vkts-plain|vkts-off + `-message_new`
 * or `-mixed`, and vkts-user, vkts-plain-user, vkio-user) and never writes RESULTS.md.
 *
 * Scenarios: Bots Long Poll on distinct realistic `message_new` updates and on the mixed event
 * fixtures, User Long Poll on new messages; vkts with its defaults (lenient, compression on) is
 * judged against vk-io, with compression-off and validation-off rows beside it.
 *
 * Build first (`pnpm build`): the clients import the packages' dist.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { summarize, type Summary } from '../lib/measure.js';
import { integerOption } from '../lib/options.js';
import { Child, cpuPlacement, nodeCommand } from '../lib/child.js';
import { BENCH_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';
import type { BlockCommand, BlockResult } from './client.js';
import { BENCH_BATCH } from './constants.js';

/** vkts' CPU per event (defaults: lenient validation, compression on) at most this fraction of vk-io's. */
const TARGET_RATIO: Readonly<Record<Kind, number>> = { bots: 0.5, user: 2 / 3 };

type Lib = 'vkts' | 'vkio';
type Kind = 'bots' | 'user';
type Corpus = 'mixed' | 'message_new';

/** One kind of client run; `label` is its table row. */
interface Config {
  readonly id: string;
  readonly lib: Lib;
  readonly kind: Kind;
  readonly corpus: Corpus;
  readonly validate: 'lenient' | 'off';
  readonly compression: boolean;
  readonly label: string;
  /** The row the verdict compares (vkts with its defaults, and vk-io). */
  readonly verdict: boolean;
}

interface Options {
  /** Measured events per client and round, in `blocks` blocks. */
  readonly events: number;
  readonly blocks: number;
  readonly warmUp: number;
  readonly rounds: number;
  readonly write: boolean;
  /** The config ids to run (all when undefined); a partial run never writes RESULTS.md. */
  readonly only: ReadonlySet<string> | undefined;
}

interface BlockRun {
  readonly round: number;
  readonly block: number;
  readonly events: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly minorFaults: number;
  readonly issues: number;
}
type ClientMessage = { readonly type: 'ready' } | BlockResult;

function botsConfigs(corpus: Corpus): Config[] {
  const base = { kind: 'bots', corpus } as const;
  return [
    { ...base, id: `vkts-${corpus}`, lib: 'vkts', validate: 'lenient', compression: true, label: "vkts `createBotsLongPoll`, defaults (`validate: 'lenient'`, compression on)", verdict: true },
    { ...base, id: `vkio-${corpus}`, lib: 'vkio', validate: 'lenient', compression: false, label: 'vk-io `updates.startPolling()` (no compression)', verdict: true },
    { ...base, id: `vkts-plain-${corpus}`, lib: 'vkts', validate: 'lenient', compression: false, label: "vkts, `compression: false` (what vk-io gets)", verdict: false },
    { ...base, id: `vkts-off-${corpus}`, lib: 'vkts', validate: 'off', compression: true, label: "vkts, `validate: 'off'` (what validation costs, reference)", verdict: false },
  ];
}

const CONFIGS: readonly Config[] = [
  ...botsConfigs('message_new'),
  ...botsConfigs('mixed'),
  { id: 'vkts-user', lib: 'vkts', kind: 'user', corpus: 'mixed', validate: 'lenient', compression: true, label: 'vkts `createUserLongPoll`, defaults (compression on)', verdict: true },
  { id: 'vkts-plain-user', lib: 'vkts', kind: 'user', corpus: 'mixed', validate: 'lenient', compression: false, label: 'vkts, `compression: false` (what vk-io gets)', verdict: false },
  { id: 'vkio-user', lib: 'vkio', kind: 'user', corpus: 'mixed', validate: 'lenient', compression: false, label: 'vk-io `updates.startPolling()` (no compression)', verdict: true },
];

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '50000' },
      blocks: { type: 'string', default: '10' },
      'warm-up': { type: 'string', default: '200000' },
      rounds: { type: 'string', default: '3' },
      'no-write': { type: 'boolean', default: false },
      'no-pin': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
    strict: true,
  });
  const only = values.only === undefined ? undefined : new Set(values.only.split(',').map((id) => id.trim()));
  const unknown = only === undefined ? [] : [...only].filter((id) => !CONFIGS.some((c) => c.id === id));
  if (unknown.length > 0) throw new TypeError(`--only: unknown config ${unknown.join(', ')} (known: ${CONFIGS.map((c) => c.id).join(', ')})`);
  return {
    only,
    events: integerOption('events', values.events, 1),
    blocks: integerOption('blocks', values.blocks, 1),
    warmUp: integerOption('warm-up', values['warm-up'], 0),
    rounds: integerOption('rounds', values.rounds, 1),
    write: !values['no-write'] && only === undefined,
  };
}

/**
 * Where the children run (`cpuPlacement`, as bench:callback places them): the fake on the first
 * CPU, every client on the last. Unpinned, the same client's CPU per event swung by ±40% between
 * processes.
 */
const placement = cpuPlacement(!process.argv.includes('--no-pin'));
const PLACEMENT = placement === undefined ? undefined : { fake: placement.first, client: placement.last };

function node(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, nodeArgs: readonly string[] = [], cpu?: number): ChildProcess {
  return spawn(...nodeCommand(cpu, [...nodeArgs, '--import', 'tsx', script, ...args]), { cwd: BENCH_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The first stdout line of a child, parsed as JSON; rejects with its stderr if it exits first. */
function firstJsonLine(child: ChildProcess, what: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`${what} printed a non-JSON line: ${line}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`${what} exited (${String(code)}) before reporting:\n${stderr.trim()}`)));
  });
}

async function startFake(): Promise<{ url: string; stop: () => void }> {
  // The fake keeps every event it ever queued (VK's history by ts): give it room.
  const child = node('longpoll/fake-server.ts', [], {}, ['--max-old-space-size=4096'], PLACEMENT?.fake);
  const ready = await firstJsonLine(child, 'the fake VK');
  if (typeof ready !== 'object' || ready === null || !('url' in ready) || typeof ready.url !== 'string') throw new Error('the fake VK did not report its url');
  return { url: ready.url, stop: () => void child.kill('SIGTERM') };
}

function isClientMessage(value: unknown): value is ClientMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type === 'ready') return true;
  return (
    value.type === 'block' &&
    'cpuMs' in value &&
    typeof value.cpuMs === 'number' &&
    'wallMs' in value &&
    typeof value.wallMs === 'number' &&
    'events' in value &&
    typeof value.events === 'number' &&
    'minorFaults' in value &&
    typeof value.minorFaults === 'number' &&
    'issues' in value &&
    typeof value.issues === 'number'
  );
}

/** A client, warmed up and waiting for blocks, with a fake of its own (its memory holds one client's events). */
interface RunningClient {
  readonly config: Config;
  readonly child: Child<BlockCommand, ClientMessage>;
  readonly stopFake: () => void;
}

async function startClient(config: Config, options: Options): Promise<RunningClient> {
  const fake = await startFake();
  try {
    const args = ['--lib', config.lib, '--kind', config.kind, '--corpus', config.corpus, '--validate', config.validate, '--compression', config.compression ? 'on' : 'off'];
    const child = new Child<BlockCommand, ClientMessage>(`the ${config.id} client`, 'longpoll/client.ts', [...args, '--warm-up', String(options.warmUp), '--url', fake.url], isClientMessage, {
      cpu: PLACEMENT?.client,
    });
    try {
      await child.next('ready', 300_000);
    } catch (error) {
      child.kill();
      throw error;
    }
    return { config, child, stopFake: fake.stop };
  } catch (error) {
    fake.stop();
    throw error;
  }
}

async function stopClient(client: RunningClient): Promise<void> {
  try {
    await client.child.stop(30_000);
  } finally {
    client.stopFake();
  }
}

/** Events per block: `--events` split over `--blocks`, in whole batches. */
function blockEvents(options: Options): number {
  return Math.max(BENCH_BATCH, Math.round(options.events / options.blocks / BENCH_BATCH) * BENCH_BATCH);
}

/**
 * One round of a scenario: all its clients up at once (warmed up one after another), then
 * `blocks` blocks each, taking turns in an order that rotates block by block.
 */
async function runRound(configs: readonly Config[], round: number, options: Options, results: Map<string, BlockRun[]>): Promise<void> {
  const clients: RunningClient[] = [];
  try {
    for (const config of configs) clients.push(await startClient(config, options));
    const perBlock = blockEvents(options);
    for (let block = 0; block < options.blocks; block += 1) {
      const shift = (round + block) % clients.length;
      for (const client of [...clients.slice(shift), ...clients.slice(0, shift)]) {
        const result = await client.child.request({ type: 'block', events: perBlock }, 'block');
        const run: BlockRun = { round, block, events: result.events, wallMs: result.wallMs, cpuMs: result.cpuMs, minorFaults: result.minorFaults, issues: result.issues };
        results.set(client.config.id, [...(results.get(client.config.id) ?? []), run]);
      }
    }
    for (const client of clients) {
      const runs = (results.get(client.config.id) ?? []).filter((r) => r.round === round);
      const cpu = runs.reduce((sum, r) => sum + r.cpuMs, 0);
      const events = runs.reduce((sum, r) => sum + r.events, 0);
      console.error(`round ${round + 1}: ${client.config.id}: ${fmt((cpu * 1000) / events, 2)} µs CPU/event over ${runs.length} blocks`);
    }
  } finally {
    await Promise.all(clients.map(stopClient));
  }
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const SCENARIOS: readonly { kind: Kind; corpus: Corpus; title: string }[] = [
  { kind: 'bots', corpus: 'message_new', title: 'Bots, distinct `message_new`' },
  { kind: 'bots', corpus: 'mixed', title: 'Bots, mixed fixtures' },
  { kind: 'user', corpus: 'mixed', title: 'User, new messages' },
];

async function main(): Promise<void> {
  const options = parseOptions();
  const facts = machineFacts();
  const results = new Map<string, BlockRun[]>();
  const configs = CONFIGS.filter((c) => options.only?.has(c.id) ?? true);
  for (let round = 0; round < options.rounds; round += 1) {
    for (const scenario of SCENARIOS) {
      const scenarioConfigs = configs.filter((c) => c.kind === scenario.kind && c.corpus === scenario.corpus);
      if (scenarioConfigs.length > 0) await runRound(scenarioConfigs, round, options, results);
    }
  }

  /** Per block: CPU µs per event and events/s; per round: CPU µs per event over the round's blocks. */
  const summary = (config: Config): { cpu: Summary; rate: Summary; faults: Summary; issues: number; perBlock: number[]; perRound: number[] } => {
    const runs = results.get(config.id) ?? [];
    const perBlock = runs.map((r) => (r.cpuMs * 1000) / r.events);
    const perRound = Array.from({ length: options.rounds }, (_, round) => {
      const inRound = runs.filter((r) => r.round === round);
      return (inRound.reduce((sum, r) => sum + r.cpuMs, 0) * 1000) / inRound.reduce((sum, r) => sum + r.events, 0);
    });
    const faults = summarize(runs.map((r) => (r.minorFaults * BENCH_BATCH) / r.events));
    return { cpu: summarize(perBlock), rate: summarize(runs.map((r) => r.events / (r.wallMs / 1000))), faults, issues: runs.reduce((sum, r) => sum + r.issues, 0), perBlock, perRound };
  };
  const rows: string[] = [];
  const verdicts: string[] = [];
  for (const scenario of SCENARIOS) {
    const scenarioConfigs = configs.filter((c) => c.kind === scenario.kind && c.corpus === scenario.corpus);
    const vkio = scenarioConfigs.find((c) => c.lib === 'vkio');
    const theirs = vkio === undefined ? undefined : summary(vkio);
    for (const config of scenarioConfigs) {
      const s = summary(config);
      const ratio = theirs === undefined ? '' : `${(s.cpu.median / theirs.cpu.median).toFixed(2)}×`;
      rows.push(
        `| ${scenario.title} | ${config.label} | ${fmt(s.rate.median)} | ${fmt(s.cpu.min, 2)} | **${fmt(s.cpu.median, 2)}** | ${fmt(s.cpu.max, 2)} | ${fmt(s.faults.median, 1)} (${fmt(s.faults.min, 1)}–${fmt(s.faults.max, 1)}) | ${config.lib === 'vkio' ? '1×' : ratio} |`,
      );
    }
    const ours = scenarioConfigs.find((c) => c.lib === 'vkts' && c.verdict);
    if (ours === undefined || theirs === undefined) continue;
    const s = summary(ours);
    const ratio = s.cpu.median / theirs.cpu.median;
    // The same block of each client ran back to back, under the most similar load.
    const sameBlock = summarize(s.perBlock.map((cpu, i) => cpu / (theirs.perBlock[i] ?? Number.NaN)));
    const rounds = s.perRound.map((cpu, i) => cpu / (theirs.perRound[i] ?? Number.NaN));
    const target = TARGET_RATIO[scenario.kind];
    verdicts.push(
      `- ${scenario.title}: vkts/vk-io CPU per event (medians over the blocks) **${ratio.toFixed(2)}×**, target ≤ ${target.toFixed(2)}× — **${ratio <= target ? 'PASS' : 'FAIL'}**; same-block ratios median ${sameBlock.median.toFixed(2)}× [${sameBlock.min.toFixed(2)}–${sameBlock.max.toFixed(2)}]; per round ${rounds.map((r) => `${r.toFixed(2)}×`).join(', ')}` +
        (scenario.kind === 'bots' ? ` (validation issues reported by vkts: ${s.issues})` : ''),
    );
  }

  const busy = facts.loadAverage[0] !== undefined && facts.loadAverage[0] > facts.cores * 0.5;
  const body = [
    `Each client polls a fake VK of its own (\`@vkts/testing\`, each in its own process) and gets full batches of ${BENCH_BATCH} events. Per round and scenario, every client of the scenario is started (vkts with its defaults, vk-io, and the reference rows), each warmed up by an unmeasured ${fmt(options.warmUp)} events (JIT, lazily loaded code; the same for all), and then they take turns: ${fmt(options.blocks)} blocks of ${fmt(blockEvents(options))} events each, one block per client in turn, the order rotating block by block, so that the load of any moment falls on all alike. CPU is the client process's \`process.cpuUsage()\` (user + system, every thread: GC helpers and JIT included) from just before a block's events are queued until its handlers have counted the last one, divided by the number of events; it covers HTTP, decompression, \`JSON.parse\`, decoding/validation and dispatch. The table gives min, median and max over all blocks of all rounds; the verdict compares the medians, with the ratios of the same block (back to back in time) and of each round's totals beside it. ${PLACEMENT === undefined ? 'The scheduler places the processes (not pinned).' : `Every client runs pinned to CPU ${PLACEMENT.client} and every fake to CPU ${PLACEMENT.fake} (\`taskset\`), so a client never shares its core with a fake or migrates.`} ${options.rounds} rounds. Generated by \`pnpm --filter @vkts/bench bench:longpoll\` (bench/longpoll/run.ts).`,
    '',
    '- Verdicts compare vkts with its defaults — `validate: \'lenient\'` and compression on (it sends `Accept-Encoding: gzip`, or `zstd, gzip` where the runtime has zstd, and the fake compresses the answer as VK does) — against vk-io 4.10.1 with its own (it sends no `Accept-Encoding`, so it reads plain JSON). The `compression: false` row is vkts reading the same plain JSON vk-io reads; the `validate: \'off\'` row shows what validation costs. Neither is part of a verdict. What compression costs is the inflate itself (one synchronous `gunzipSync` per answer into a buffer sized from the gzip trailer): ~150–200 µs for a 68 KB batch of 100 `message_new` on this machine plus ~30 µs per call to set up the zlib object, i.e. ~2 µs per event, the same in-process (bench/longpoll/in-process.ts `--compression on|off`) as over the socket; the compressed body arrives in one chunk where the plain one takes several.',
    '- Minor page faults per batch are shown because they move a client\'s CPU per event by up to ±20% between processes: the inflated body and its UTF-16 text (~190 KB per batch of 100 `message_new`) are external memory, freed only when a scavenge collects their `Buffer`s; glibc then returns the top of its heap to the kernel (trim, ~1.8 MB at a time under `strace`) and the next batches fault those pages back in. How many a process gets depends on where its heap lands; `MALLOC_TRIM_THRESHOLD_` in the environment makes them go away. Since vkts decodes a body over 48 KB in pieces (no UTF-16 buffer reaches glibc\'s 128 KB mmap threshold), its median block has almost none; both sides run with the allocator\'s defaults here.',
    "- Bots, distinct `message_new`: realistic API 5.199 `message_new` updates (bench/wire/payloads.ts), every one with its own sender, `event_id`, date and text (~700 bytes of JSON each). Bots, mixed fixtures: the event fixtures of `../shared/fixtures/vk-events` repeated (group_id, event_id and v added as VK 5.103+ sends them). vkts: `validate: 'lenient'` (through `@vkts/events`: the generated type guards of `@vkts/types/event-checks`, zod only to word a rejection; issues counted), `createEventContext`, dispatch through the router (`dispatcherOf`: same tick for a synchronous handler) to an `onAny` handler; default concurrency 1. vk-io: its context objects and middleware chain (`updates.use`), handlers unawaited.",
    "- User Long Poll: one new message per update, the same content in each library's layout: version 3 `[4, …]` for vkts (decoded by code into the typed event: flags, extra fields, additional data, attachments), version 19 `[10004, …]` for vk-io (its `MessageContext`). vk-io always puts `https://` before the User Long Poll server, so its client turns the URL back to http before each check (one property write), and gets an `http.Agent` (its default is an `https.Agent`).",
    '',
    `- Date: ${new Date().toISOString()}`,
    machineFactsMarkdown(facts),
    ...(busy ? ['- Note: the machine was busy when the run started (load average above half the cores); absolute numbers are pessimistic, the ratios less affected.'] : []),
    '',
    '| Long Poll | Client | Events/s median | CPU µs/event, min block | CPU µs/event, median block | CPU µs/event, max block | Minor page faults per batch, median (min–max block) | CPU ÷ vk-io |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    ...verdicts,
  ].join('\n');
  console.log(`## longpoll\n\n${body}`);
  if (options.write) await writeResultsSection('longpoll', body);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
