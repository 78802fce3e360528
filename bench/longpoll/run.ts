/**
 * bench:longpoll — Long Poll clients side by side: vkts (`@vkts/longpoll`, built dist) and
 * vk-io's polling, both kinds (Bots and User Long Poll), against the same fake VK running in its
 * own process with a deep queue, so every poll returns a full batch. Per run: events/s and the
 * client process's CPU time per event (decode + validate + dispatch, HTTP included), measured
 * warm in a fresh client process (see client.ts). Writes the `## longpoll` section of
 * bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:longpoll [--events N] [--warm-up N] [--rounds N] [--no-write]
 *
 * Build first (`pnpm build`): the clients import the packages' dist.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { summarize, type Summary } from '../lib/measure.js';
import { integerOption } from '../lib/options.js';
import { BENCH_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';
import { BENCH_BATCH } from './constants.js';

/** vkts' CPU per event (lenient validation) must be at most this fraction of vk-io's. */
const TARGET_RATIO = 2 / 3;

type Lib = 'vkts' | 'vkio';
type Kind = 'bots' | 'user';

interface Options {
  readonly events: number;
  readonly warmUp: number;
  readonly rounds: number;
  readonly write: boolean;
}

interface RunResult {
  readonly lib: Lib;
  readonly validate: 'lenient' | 'off';
  readonly kind: Kind;
  readonly events: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly issues: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '50000' },
      'warm-up': { type: 'string', default: '200000' },
      rounds: { type: 'string', default: '3' },
      'no-write': { type: 'boolean', default: false },
    },
    strict: true,
  });
  return {
    events: integerOption('events', values.events, 1),
    warmUp: integerOption('warm-up', values['warm-up'], 0),
    rounds: integerOption('rounds', values.rounds, 1),
    write: !values['no-write'],
  };
}

function node(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, nodeArgs: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], { cwd: BENCH_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
  const child = node('longpoll/fake-server.ts', [], {}, ['--max-old-space-size=4096']);
  const ready = await firstJsonLine(child, 'the fake VK');
  if (typeof ready !== 'object' || ready === null || !('url' in ready) || typeof ready.url !== 'string') throw new Error('the fake VK did not report its url');
  return { url: ready.url, stop: () => void child.kill('SIGTERM') };
}

function isRunResult(value: unknown): value is RunResult {
  return typeof value === 'object' && value !== null && 'cpuMs' in value && typeof value.cpuMs === 'number' && 'wallMs' in value && typeof value.wallMs === 'number';
}

/** One client run against a fake of its own (so the fake's memory holds one run's events only). */
async function runClient(lib: Lib, kind: Kind, validate: 'lenient' | 'off', options: Options): Promise<RunResult> {
  const fake = await startFake();
  try {
    const child = node('longpoll/client.ts', ['--lib', lib, '--kind', kind, '--validate', validate, '--events', String(options.events), '--url', fake.url], {
      WARM: String(options.warmUp),
    });
    const result = await firstJsonLine(child, `the ${lib} ${kind} client`);
    if (!isRunResult(result)) throw new Error(`the ${lib} ${kind} client reported ${JSON.stringify(result)}`);
    return result;
  } finally {
    fake.stop();
  }
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const options = parseOptions();
  const facts = machineFacts();
  const results: RunResult[] = [];
  // vkts Bots with validation off is a reference row: what validation costs, not part of the verdict.
  const order: [Lib, Kind, 'lenient' | 'off'][] = [
    ['vkts', 'bots', 'lenient'],
    ['vkio', 'bots', 'lenient'],
    ['vkts', 'user', 'lenient'],
    ['vkio', 'user', 'lenient'],
    ['vkts', 'bots', 'off'],
  ];
  for (let round = 0; round < options.rounds; round += 1) {
    // Rotate who goes first, so neither side always runs on a quieter machine.
    const rotated = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
    for (const [lib, kind, validate] of rotated) {
      const result = await runClient(lib, kind, validate, options);
      results.push(result);
      console.error(
        `round ${round + 1}: ${lib} ${kind}${lib === 'vkts' && kind === 'bots' ? ` (${validate})` : ''}: ${fmt((result.cpuMs * 1000) / result.events, 2)} µs CPU/event, ${fmt(result.events / (result.wallMs / 1000))} events/s`,
      );
    }
  }

  const summary = (lib: Lib, kind: Kind, validate: 'lenient' | 'off' = 'lenient'): { cpu: Summary; rate: Summary; issues: number } => {
    const runs = results.filter((r) => r.lib === lib && r.kind === kind && (r.lib !== 'vkts' || r.kind !== 'bots' || r.validate === validate));
    return {
      cpu: summarize(runs.map((r) => (r.cpuMs * 1000) / r.events)),
      rate: summarize(runs.map((r) => r.events / (r.wallMs / 1000))),
      issues: runs.reduce((sum, r) => sum + r.issues, 0),
    };
  };
  const rows: string[] = [];
  const verdicts: string[] = [];
  for (const kind of ['bots', 'user'] as const) {
    const ours = summary('vkts', kind);
    const theirs = summary('vkio', kind);
    const reference = kind === 'bots' ? [['vkts-off', summary('vkts', kind, 'off')] as const] : [];
    for (const [lib, s] of [['vkts', ours] as const, ['vkio', theirs] as const, ...reference]) {
      const label =
        lib === 'vkts'
          ? `vkts \`${kind === 'bots' ? "createBotsLongPoll` (`validate: 'lenient'`)" : 'createUserLongPoll`'}`
          : lib === 'vkio'
            ? 'vk-io `updates.startPolling()`'
            : "vkts `createBotsLongPoll` (`validate: 'off'`, reference only)";
      rows.push(
        `| ${kind === 'bots' ? 'Bots' : 'User'} | ${label} | ${fmt(s.rate.min)} | **${fmt(s.rate.median)}** | ${fmt(s.rate.max)} | ${fmt(s.cpu.min, 2)} | **${fmt(s.cpu.median, 2)}** | ${fmt(s.cpu.max, 2)} |`,
      );
    }
    const ratio = ours.cpu.median / theirs.cpu.median;
    verdicts.push(
      `- ${kind === 'bots' ? 'Bots' : 'User'} Long Poll: vkts/vk-io CPU per event (medians) **${ratio.toFixed(2)}×**, target ≤ ${TARGET_RATIO.toFixed(2)}× — **${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'}**; events/s ${(ours.rate.median / theirs.rate.median).toFixed(2)}× vk-io's` +
        (kind === 'bots' ? ` (validation issues reported by vkts: ${ours.issues})` : ''),
    );
  }

  const busy = facts.loadAverage[0] !== undefined && facts.loadAverage[0] > facts.cores * 0.5;
  const body = [
    `Both clients poll the same fake VK (\`@vkts/testing\`, in its own process) for ${fmt(options.events)} events per run after an unmeasured warm-up of ${fmt(options.warmUp)}, in a fresh client process (and a fresh fake) per run; every answer carries a full batch of ${BENCH_BATCH} events. Both sides are warmed the same way, by the Long Poll warm-up alone (JIT, lazily loaded code). CPU is the client process's \`process.cpuUsage()\` (user + system, every thread: GC helpers included) from just before the events are queued until its handlers have counted the last one, divided by the number of events; it covers HTTP, \`JSON.parse\`, decoding/validation and dispatch. ${options.rounds} rounds, the order rotating. The \`validate: 'off'\` row shows what validation costs; it is not part of the verdict. Generated by \`pnpm --filter @vkts/bench bench:longpoll\` (bench/longpoll/run.ts).`,
    '',
    `- Bots Long Poll: the ${'event fixtures of `../shared/fixtures/vk-events`'} repeated (group_id, event_id and v added as VK 5.103+ sends them). vkts: \`validate: 'lenient'\` (through \`@vkts/events\`: the generated type guards of \`@vkts/types/event-checks\`, zod only to word a rejection; issues counted), \`createEventContext\`, dispatch through the router (\`dispatcherOf\`: same tick for a synchronous handler) to an \`onAny\` handler; default concurrency 1. vk-io 4.10.1: its context objects and middleware chain (\`updates.use\`), handlers unawaited.`,
    '- User Long Poll: one new message per update, the same content in each library\'s layout: version 3 `[4, …]` for vkts (decoded by code into the typed event: flags, extra fields, additional data, attachments), version 19 `[10004, …]` for vk-io (its `MessageContext`). vk-io always puts `https://` before the User Long Poll server, so its client turns the URL back to http before each check (one property write), and gets an `http.Agent` (its default is an `https.Agent`).',
    '',
    `- Date: ${new Date().toISOString()}`,
    machineFactsMarkdown(facts),
    ...(busy ? ['- Note: the machine was busy when the run started (load average above half the cores); absolute numbers are pessimistic, the ratios less affected.'] : []),
    '',
    '| Long Poll | Client | Events/s min | Events/s median | Events/s max | CPU µs/event min | CPU µs/event median | CPU µs/event max |',
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
