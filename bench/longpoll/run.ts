/**
 * bench:longpoll — Long Poll clients side by side: vkts (`@vkts/longpoll`, built dist) and
 * vk-io's polling, both kinds (Bots and User Long Poll), against the same fake VK running in its
 * own process with a deep queue, so every poll returns a full batch. Per run: events/s and the
 * client process's CPU time per event (decode + validate + dispatch, HTTP included), measured
 * warm in a fresh client process (see client.ts). Writes the `## longpoll` section of
 * bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:longpoll [--events N] [--warm-up N] [--rounds N] [--no-write] [--only id,id]
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
import { cpuPlacement, nodeCommand } from '../lib/child.js';
import { BENCH_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';
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
  readonly events: number;
  readonly warmUp: number;
  readonly rounds: number;
  readonly write: boolean;
  /** The config ids to run (all when undefined); a partial run never writes RESULTS.md. */
  readonly only: ReadonlySet<string> | undefined;
}

interface RunResult {
  readonly events: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly issues: number;
}

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

function isRunResult(value: unknown): value is RunResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'cpuMs' in value &&
    typeof value.cpuMs === 'number' &&
    'wallMs' in value &&
    typeof value.wallMs === 'number' &&
    'events' in value &&
    typeof value.events === 'number' &&
    'issues' in value &&
    typeof value.issues === 'number'
  );
}

/** One client run against a fake of its own (so the fake's memory holds one run's events only). */
async function runClient(config: Config, options: Options): Promise<RunResult> {
  const fake = await startFake();
  try {
    const args = ['--lib', config.lib, '--kind', config.kind, '--corpus', config.corpus, '--validate', config.validate, '--compression', config.compression ? 'on' : 'off'];
    const child = node('longpoll/client.ts', [...args, '--events', String(options.events), '--url', fake.url], { WARM: String(options.warmUp) }, [], PLACEMENT?.client);
    const result = await firstJsonLine(child, `the ${config.id} client`);
    if (!isRunResult(result)) throw new Error(`the ${config.id} client reported ${JSON.stringify(result)}`);
    return result;
  } finally {
    fake.stop();
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
  const results = new Map<string, RunResult[]>();
  const configs = CONFIGS.filter((c) => options.only?.has(c.id) ?? true);
  for (let round = 0; round < options.rounds; round += 1) {
    // Rotate who goes first, so neither side always runs on a quieter machine.
    const shift = round % configs.length;
    for (const config of [...configs.slice(shift), ...configs.slice(0, shift)]) {
      const result = await runClient(config, options);
      results.set(config.id, [...(results.get(config.id) ?? []), result]);
      console.error(`round ${round + 1}: ${config.id}: ${fmt((result.cpuMs * 1000) / result.events, 2)} µs CPU/event, ${fmt(result.events / (result.wallMs / 1000))} events/s`);
    }
  }

  const summary = (config: Config): { cpu: Summary; rate: Summary; issues: number; perRound: number[] } => {
    const runs = results.get(config.id) ?? [];
    const perRound = runs.map((r) => (r.cpuMs * 1000) / r.events);
    return { cpu: summarize(perRound), rate: summarize(runs.map((r) => r.events / (r.wallMs / 1000))), issues: runs.reduce((sum, r) => sum + r.issues, 0), perRound };
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
        `| ${scenario.title} | ${config.label} | ${fmt(s.rate.median)} | ${fmt(s.cpu.min, 2)} | **${fmt(s.cpu.median, 2)}** | ${fmt(s.cpu.max, 2)} | ${config.lib === 'vkio' ? '1×' : ratio} |`,
      );
    }
    const ours = scenarioConfigs.find((c) => c.lib === 'vkts' && c.verdict);
    if (ours === undefined || theirs === undefined) continue;
    const s = summary(ours);
    const ratio = s.cpu.median / theirs.cpu.median;
    // Per round too: the same round's runs ran closest in time, under the most similar load.
    const rounds = s.perRound.map((cpu, i) => cpu / (theirs.perRound[i] ?? Number.NaN));
    const target = TARGET_RATIO[scenario.kind];
    verdicts.push(
      `- ${scenario.title}: vkts/vk-io CPU per event (medians) **${ratio.toFixed(2)}×**, target ≤ ${target.toFixed(2)}× — **${ratio <= target ? 'PASS' : 'FAIL'}**; per round ${rounds.map((r) => `${r.toFixed(2)}×`).join(', ')}` +
        (scenario.kind === 'bots' ? ` (validation issues reported by vkts: ${s.issues})` : ''),
    );
  }

  const busy = facts.loadAverage[0] !== undefined && facts.loadAverage[0] > facts.cores * 0.5;
  const body = [
    `Both clients poll the same fake VK (\`@vkts/testing\`, in its own process) for ${fmt(options.events)} events per run after an unmeasured warm-up of ${fmt(options.warmUp)}, in a fresh client process (and a fresh fake) per run; every answer carries a full batch of ${BENCH_BATCH} events. Both sides are warmed the same way, by the Long Poll warm-up alone (JIT, lazily loaded code). CPU is the client process's \`process.cpuUsage()\` (user + system, every thread: GC helpers and JIT included) from just before the events are queued until its handlers have counted the last one, divided by the number of events; it covers HTTP, decompression, \`JSON.parse\`, decoding/validation and dispatch. ${PLACEMENT === undefined ? 'The scheduler places the processes (not pinned).' : `Every client runs pinned to CPU ${PLACEMENT.client} and the fake to CPU ${PLACEMENT.fake} (\`taskset\`), so a client never shares its core with the fake or migrates.`} ${options.rounds} rounds, the order rotating. Generated by \`pnpm --filter @vkts/bench bench:longpoll\` (bench/longpoll/run.ts).`,
    '',
    '- Verdicts compare vkts with its defaults — `validate: \'lenient\'` and compression on (it sends `Accept-Encoding: gzip`, or `zstd, gzip` where the runtime has zstd, and the fake compresses the answer as VK does) — against vk-io 4.10.1 with its own (it sends no `Accept-Encoding`, so it reads plain JSON). The `compression: false` row is vkts reading the same plain JSON vk-io reads; the `validate: \'off\'` row shows what validation costs. Neither is part of a verdict. What compression costs is the inflate itself (one synchronous `gunzipSync` per answer into a buffer sized from the gzip trailer): ~150–200 µs for a 68 KB batch of 100 `message_new` on this machine plus ~30 µs per call to set up the zlib object, i.e. ~2 µs per event, the same in-process (bench/longpoll/in-process.ts `--compression on|off`) as over the socket; the compressed body arrives in one chunk where the plain one takes several.',
    "- Bots, distinct `message_new`: realistic API 5.199 `message_new` updates (bench/wire/payloads.ts), every one with its own sender, `event_id`, date and text (~700 bytes of JSON each). Bots, mixed fixtures: the event fixtures of `../shared/fixtures/vk-events` repeated (group_id, event_id and v added as VK 5.103+ sends them). vkts: `validate: 'lenient'` (through `@vkts/events`: the generated type guards of `@vkts/types/event-checks`, zod only to word a rejection; issues counted), `createEventContext`, dispatch through the router (`dispatcherOf`: same tick for a synchronous handler) to an `onAny` handler; default concurrency 1. vk-io: its context objects and middleware chain (`updates.use`), handlers unawaited.",
    "- User Long Poll: one new message per update, the same content in each library's layout: version 3 `[4, …]` for vkts (decoded by code into the typed event: flags, extra fields, additional data, attachments), version 19 `[10004, …]` for vk-io (its `MessageContext`). vk-io always puts `https://` before the User Long Poll server, so its client turns the URL back to http before each check (one property write), and gets an `http.Agent` (its default is an `https.Agent`).",
    '',
    `- Date: ${new Date().toISOString()}`,
    machineFactsMarkdown(facts),
    ...(busy ? ['- Note: the machine was busy when the run started (load average above half the cores); absolute numbers are pessimistic, the ratios less affected.'] : []),
    '',
    '| Long Poll | Client | Events/s median | CPU µs/event min | CPU µs/event median | CPU µs/event max | CPU ÷ vk-io |',
    '|---|---|--:|--:|--:|--:|--:|',
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
