/**
 * bench:wire — bytes on the wire and client CPU per call for large realistic VK answers, vkts vs
 * vk-io: `groups.getMembers` with fields (1,000 members), `messages.getHistory` (200 messages),
 * and Bots Long Poll batches of 100 distinct `message_new` events. vkts runs with compression on
 * (its default: zstd where the runtime has it, else gzip) and off; vk-io sends no
 * Accept-Encoding (its requests set `compress: false`). The server (server.ts) runs in its own
 * process and counts response body bytes; each client run is its own process, so
 * `process.cpuUsage()` there is that client's CPU alone. Rounds alternate the order; medians.
 * The floor (gunzip + UTF-8 decode + JSON.parse of the same body) and the bare-HTTP floor (the
 * same after a plain node:http POST) run as client processes too; in-process, the decode steps are
 * measured one by one (gunzip one pass vs stream, toString vs utf8Text). Then one process per API
 * answer runs vkts and the bare-HTTP floor in alternating blocks (`client.ts --lib path-ab`): the
 * load falls on both alike, so it shows what the vkts call path costs above that floor. Writes
 * `## wire`.
 *
 * On a shared machine the load swings within seconds, so for the API answers each round starts
 * one process per variant and runs their measured calls in blocks, taking turns (blocksRound):
 * each process's CPU is still its own (GC and decompression included), but vkts and vk-io see
 * the same moments of load, and the same-round ratio stops swinging with it.
 *
 *   pnpm --filter @vkts/bench bench:wire [--rounds N] [--only members,history,longpoll] [--no-write]
 *
 * Uses the built packages (@vkts/api, @vkts/events, @vkts/longpoll → dist): build first.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { decodeContent, parseJsonBody, utf8Text } from '@vkts/internals';
import { Child, cpuPlacement, nodeCommand } from '../lib/child.js';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { summarize } from '../lib/measure.js';
import { integerOption } from '../lib/options.js';
import { BENCH_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';
import type { BlockCommand, BlockMessage } from './client.js';
import { historyAnswer, membersAnswer } from './payloads.js';

const run = promisify(execFile);
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, only: { type: 'string' }, 'no-write': { type: 'boolean', default: false }, 'no-pin': { type: 'boolean', default: false } } });
const rounds = integerOption('rounds', values.rounds, 1);

const BYTES_TARGET = 0.25;
const CPU_TARGET = 0.65;
type Scenario = 'members' | 'history' | 'longpoll';
type Variant = 'vkts' | 'vkts-off' | 'vk-io' | 'floor' | 'floor-http';
// Calls per client process: enough warm-up that the measured calls run optimised code (undici's
// HTTP/1 path, our transport) and enough measured calls (≥ 0.3 s of CPU) that one GC or one
// scheduler hiccup is a small part of the round. Members: V8 keeps optimising functions that run
// once per call (undici's and node-fetch's response handling) for the first few hundred calls,
// and 80 measured calls (~0.5 s) let one such compile or one scheduler hiccup move a round by
// 10-30 %; 100 warm-up + 400 measured calls (~2 s of CPU per process) average those out.
// members and history run in BLOCKS blocks per process, every variant's blocks in turn (blocksRound).
const ALL_SCENARIOS: readonly { name: Scenario; label: string; path: string; count: number; warm: number; unit: string }[] = [
  { name: 'members', label: '`groups.getMembers`, 1,000 members with fields', path: '/method/groups.getMembers', count: 400, warm: 100, unit: 'call' },
  { name: 'history', label: '`messages.getHistory`, 200 messages', path: '/method/messages.getHistory', count: 600, warm: 200, unit: 'call' },
  // 50 warm-up batches: the first few thousand events pay one-time costs per process (undici's
  // llhttp WebAssembly tiering up, JIT), which 5 batches left inside the measured window.
  { name: 'longpoll', label: 'Bots Long Poll, batch of 100 distinct `message_new`', path: '/lp', count: 100, warm: 50, unit: 'batch' },
];
/** Blocks per client process for the API answers: `count / BLOCKS` calls each. */
const BLOCKS = 20;
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !ALL_SCENARIOS.some((scenario) => scenario.name === name));
if (unknown !== undefined && unknown.length > 0) throw new Error(`--only: unknown scenario ${unknown.join(', ')} (members, history, longpoll)`);
const SCENARIOS = ALL_SCENARIOS.filter((scenario) => only === undefined || only.includes(scenario.name));
// vkts and vk-io side by side in either order, so each round's ratio compares runs close in time.
const VARIANTS: readonly Variant[] = ['vkts', 'vk-io', 'vkts-off', 'floor', 'floor-http'];
/** path-ab: blocks per process (alternating vkts / bare) and calls per block. */
const PATH_AB: Record<'members' | 'history', { blocks: number; count: number; warm: number }> = { members: { blocks: 20, count: 10, warm: 100 }, history: { blocks: 20, count: 40, warm: 200 } };
/** The bare-HTTP floor speaks only to the API methods. */
const runsIn = (variant: Variant, scenario: Scenario): boolean => variant !== 'floor-http' || scenario !== 'longpoll';

const facts = machineFacts();
const started = new Date();

/** Where the processes run (`cpuPlacement`): the server on the first CPU, every client on the last. */
const placement = cpuPlacement(!values['no-pin']);
const PLACEMENT = placement === undefined ? undefined : { server: placement.first, client: placement.last };

const server = spawn(...nodeCommand(PLACEMENT?.server, ['--import', 'tsx', path.join(BENCH_ROOT, 'wire', 'server.ts')]), { cwd: BENCH_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
const [firstLine] = (await once(server.stdout, 'data')) as [Buffer];
const { url, sizes } = JSON.parse(firstLine.toString('utf8')) as { url: string; sizes: Record<Scenario, number> };

async function stats(): Promise<Record<string, { requests: number; bytes: number }>> {
  const response = await fetch(`${url}/stats`);
  return (await response.json()) as Record<string, { requests: number; bytes: number }>;
}

const cpu = new Map<string, number[]>();
const bytes = new Map<string, number>();
const pathAb = new Map<'members' | 'history', { vktsMs: number; bareMs: number }>();
const clientArgs = (variant: Variant, scenario: (typeof SCENARIOS)[number]): string[] => [
  '--lib',
  variant === 'vk-io' ? 'vkio' : variant === 'vkts-off' ? 'vkts' : variant,
  '--scenario',
  scenario.name,
  '--url',
  url,
  '--compression',
  variant === 'vkts' ? 'on' : 'off',
  '--count',
  String(scenario.count),
  '--warm',
  String(scenario.warm),
];
const record = (key: string, perUnit: number): void => void cpu.set(key, [...(cpu.get(key) ?? []), perUnit]);
const recordBytes = async (scenario: (typeof SCENARIOS)[number], variant: Variant): Promise<void> => {
  const counted = (await stats())[scenario.path];
  if (counted !== undefined && variant !== 'floor' && variant !== 'floor-http') bytes.set(`${scenario.name}/${variant}`, counted.bytes / counted.requests);
};
const isBlockMessage = (value: unknown): value is BlockMessage => typeof value === 'object' && value !== null && 'type' in value && (value.type === 'ready' || value.type === 'block');

/**
 * One round of an API answer: a process per variant, all warmed up, then `BLOCKS` blocks in which
 * each runs `count / BLOCKS` calls in turn (rotating who goes first), so the load of any moment
 * falls on every variant alike; CPU per call of each over all its blocks.
 */
async function blocksRound(scenario: (typeof SCENARIOS)[number]): Promise<void> {
  const variants = VARIANTS.filter((variant) => runsIn(variant, scenario.name));
  const clients: Child<BlockCommand, BlockMessage>[] = [];
  try {
    for (const variant of variants) {
      const client = new Child<BlockCommand, BlockMessage>(`wire ${variant}`, path.join('wire', 'client.ts'), [...clientArgs(variant, scenario), '--serve'], isBlockMessage, { cpu: PLACEMENT?.client });
      clients.push(client);
      await client.next('ready');
    }
    await stats();
    const used = variants.map(() => 0);
    const calls = scenario.count / BLOCKS;
    for (let block = 0; block < BLOCKS; block++) {
      for (let turn = 0; turn < variants.length; turn++) {
        const index = (block + turn) % variants.length;
        const answer = await (clients[index] as Child<BlockCommand, BlockMessage>).request({ type: 'block', calls }, 'block');
        used[index] = (used[index] ?? 0) + answer.cpuMs;
        await recordBytes(scenario, variants[index] as Variant);
      }
    }
    variants.forEach((variant, index) => record(`${scenario.name}/${variant}`, (used[index] ?? 0) / scenario.count));
  } finally {
    for (const client of clients) await client.stop();
  }
}

try {
  await stats();
  for (let round = 0; round < rounds; round++) {
    for (const scenario of SCENARIOS) {
      if (scenario.name !== 'longpoll') {
        await blocksRound(scenario);
        process.stderr.write(`round ${round + 1}/${rounds} ${scenario.name} done\n`);
        continue;
      }
      const order = round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) {
        if (!runsIn(variant, scenario.name)) continue;
        const args = ['--import', 'tsx', path.join('wire', 'client.ts'), ...clientArgs(variant, scenario)];
        const { stdout } = await run(...nodeCommand(PLACEMENT?.client, args), { cwd: BENCH_ROOT, maxBuffer: 1 << 20 });
        const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as { cpuMs: number; units: number };
        record(`${scenario.name}/${variant}`, result.cpuMs / result.units);
        await recordBytes(scenario, variant);
      }
      process.stderr.write(`round ${round + 1}/${rounds} ${scenario.name} done\n`);
    }
  }
  for (const scenario of SCENARIOS) {
    if (scenario.name === 'longpoll') continue;
    const { blocks, count, warm } = PATH_AB[scenario.name];
    const args = ['--import', 'tsx', path.join('wire', 'client.ts'), '--lib', 'path-ab', '--scenario', scenario.name, '--url', url, '--count', String(count), '--warm', String(warm), '--blocks', String(blocks)];
    const { stdout } = await run(...nodeCommand(PLACEMENT?.client, args), { cwd: BENCH_ROOT, maxBuffer: 1 << 20 });
    pathAb.set(scenario.name, JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as { vktsMs: number; bareMs: number });
    process.stderr.write(`path-ab ${scenario.name} done\n`);
  }
} finally {
  server.kill();
}

/** CPU per call of `work` in ms, in this process, after a warm-up. */
function cpuPerCall(work: () => unknown, calls: number): number {
  for (let i = 0; i < Math.max(5, calls / 5); i++) work();
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / calls;
}

// The decode steps in this process, members body (the largest): gunzip as one pass over the
// gathered chunks (zlib's default 16 KB output chunks, and one buffer sized from the trailer, what
// decodeContent does) against a zlib stream fed the same 16 KB chunks; then UTF-8 decode with
// `toString('utf8')` (what vk-io's node-fetch does) against utf8Text (what vkts does).
const membersPlain = Buffer.from(JSON.stringify(membersAnswer(1000)));
const historyPlain = Buffer.from(JSON.stringify(historyAnswer(200)));
const membersGz = zlib.gzipSync(membersPlain);
const chunks: Buffer[] = [];
for (let i = 0; i < membersGz.length; i += 16_384) chunks.push(membersGz.subarray(i, i + 16_384));
const onePassMs = cpuPerCall(() => zlib.gunzipSync(Buffer.concat(chunks)), 100);
const sizedMs = cpuPerCall(() => decodeContent(Buffer.concat(chunks), 'gzip', 'gzip'), 100);
const streamOnce = (): Promise<void> =>
  new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const gunzip = zlib.createGunzip();
    gunzip.on('data', (chunk: Buffer) => out.push(chunk));
    gunzip.on('end', () => resolve(void Buffer.concat(out)));
    gunzip.on('error', reject);
    for (const chunk of chunks) gunzip.write(chunk);
    gunzip.end();
  });
for (let i = 0; i < 20; i++) await streamOnce();
const streamBefore = process.cpuUsage();
for (let i = 0; i < 100; i++) await streamOnce();
const streamUsed = process.cpuUsage(streamBefore);
const streamMs = (streamUsed.user + streamUsed.system) / 1000 / 100;
/** Minor page faults per call of `work`, after a warm-up. */
function faultsPerCall(work: () => unknown, calls: number): number {
  for (let i = 0; i < 10; i++) work();
  const before = process.resourceUsage().minorPageFault;
  for (let i = 0; i < calls; i++) work();
  return (process.resourceUsage().minorPageFault - before) / calls;
}
interface DecodeCosts {
  readonly toString: number;
  readonly utf8Text: number;
  readonly parse: number;
  /** utf8Text + JSON.parse of one whole-body string, and parseJsonBody (pieces): CPU ms and page faults per call. */
  readonly whole: number;
  readonly pieces: number;
  readonly wholeFaults: number;
  readonly piecesFaults: number;
}
const decodeMs = (body: Buffer): DecodeCosts => {
  if (utf8Text(body) !== body.toString('utf8')) throw new Error('utf8Text and toString disagree');
  if (JSON.stringify(parseJsonBody(body)) !== JSON.stringify(JSON.parse(body.toString('utf8')))) throw new Error('parseJsonBody and JSON.parse disagree');
  const text = utf8Text(body);
  const whole = (): unknown => JSON.parse(utf8Text(body));
  const pieces = (): unknown => parseJsonBody(body);
  // whole and pieces in alternating blocks: the load of the moment falls on both alike.
  const both = { whole: 0, pieces: 0 };
  for (let block = 0; block < 20; block++) {
    both.whole += cpuPerCall(whole, 10);
    both.pieces += cpuPerCall(pieces, 10);
  }
  return {
    toString: cpuPerCall(() => body.toString('utf8'), 100),
    utf8Text: cpuPerCall(() => utf8Text(body), 100),
    parse: cpuPerCall(() => JSON.parse(text), 100),
    whole: both.whole / 20,
    pieces: both.pieces / 20,
    wholeFaults: faultsPerCall(whole, 50),
    piecesFaults: faultsPerCall(pieces, 50),
  };
};
const membersDecode = decodeMs(membersPlain);
const historyDecode = decodeMs(historyPlain);

const median = (key: string): number => summarize(cpu.get(key) ?? []).median;
/** vkts's CPU over vk-io's in each round (the two ran back to back), as median [min–max]. */
const roundRatios = (name: Scenario): string => {
  const ours = cpu.get(`${name}/vkts`) ?? [];
  const theirs = cpu.get(`${name}/vk-io`) ?? [];
  const ratios = ours.map((value, i) => value / (theirs[i] ?? Number.NaN));
  const { min, median: mid, max } = summarize(ratios);
  return `${mid.toFixed(2)}× [${min.toFixed(2)}–${max.toFixed(2)}]`;
};
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => n.toFixed(2);
const coding = 'zstdDecompressSync' in zlib ? 'zstd' : 'gzip';
const load = facts.loadAverage[0] ?? 0;
const lines: string[] = [
  `**Bytes on the wire and client CPU for large answers, vkts vs vk-io.** ${started.toISOString()}, ${rounds} rounds (order alternating), medians of CPU per ${'call/batch'}. ` +
    `Response body bytes as the server sent them (headers, ~200 B, not counted). vkts with compression on asks for \`${coding === 'zstd' ? 'zstd, gzip' : 'gzip'}\` (this Node ${process.version} ${coding === 'zstd' ? 'has' : 'has no'} zstd in zlib) and decodes each body in one pass; vk-io 4.10.1 sends no Accept-Encoding. ` +
    `Server: bench/wire/server.ts in its own process, bodies compressed once at start. ${PLACEMENT === undefined ? 'The scheduler places the processes (not pinned). ' : `Every client runs pinned to CPU ${PLACEMENT.client} and the server to CPU ${PLACEMENT.server} (\`taskset\`), so a client never shares its core with the server or migrates. `}Each client run is its own process; CPU is \`process.cpuUsage()\` around the measured calls (warm-up excluded), so the decompression is included and the server is not. ` +
    `Per process: ${SCENARIOS.map((scenario) => `${scenario.name} ${scenario.warm} warm-up + ${scenario.count} measured ${scenario.unit === 'batch' ? 'batches' : 'calls'}`).join(', ')}. ` +
    `members and history: each round starts one process per variant (vkts, vk-io, vkts off, floor, bare HTTP), warms each up, then runs their measured calls in ${BLOCKS} blocks of \`count / ${BLOCKS}\` calls taking turns (who goes first rotates), so the load of any moment falls on all alike; longpoll: one process after another (order alternating). Generated by \`pnpm --filter @vkts/bench bench:wire\` (bench/wire/run.ts).`,
  '',
  load > facts.cores / 2
    ? `**The machine was loaded** (1-min load average ${load.toFixed(2)} on ${facts.cores} cores at start): absolute numbers are noisy; ratios come from alternating rounds.`
    : `The machine was quiet (1-min load average ${load.toFixed(2)} on ${facts.cores} cores at start).`,
  '',
  machineFactsMarkdown(facts),
  '',
  '| answer | JSON | vkts bytes (compressed) | vk-io bytes | bytes ratio (target ≤ 0.25×) | vkts CPU ms, compression on | vkts CPU ms, off | vk-io CPU ms | CPU ratio on/vk-io (target ≤ 0.65×) | same-round ratios, median [min–max] | floor: gunzip + decode + JSON.parse, ms | floor/vk-io | bare node:http + floor, ms | bare/vk-io |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
];
for (const scenario of SCENARIOS) {
  const ours = bytes.get(`${scenario.name}/vkts`) ?? Number.NaN;
  const theirs = bytes.get(`${scenario.name}/vk-io`) ?? Number.NaN;
  const on = median(`${scenario.name}/vkts`);
  const off = median(`${scenario.name}/vkts-off`);
  const vkio = median(`${scenario.name}/vk-io`);
  const floor = median(`${scenario.name}/floor`);
  const bare = runsIn('floor-http', scenario.name) ? median(`${scenario.name}/floor-http`) : undefined;
  const byteRatio = ours / theirs;
  const cpuRatio = on / vkio;
  lines.push(
    `| ${scenario.label} (per ${scenario.unit}) | ${kb(sizes[scenario.name])} | ${kb(ours)} | ${kb(theirs)} | **${byteRatio.toFixed(3)}×** ${byteRatio <= BYTES_TARGET ? 'PASS' : 'FAIL'} | ${ms(on)} | ${ms(off)} | ${ms(vkio)} | **${cpuRatio.toFixed(2)}×** ${cpuRatio <= CPU_TARGET ? 'PASS' : 'FAIL'} | ${roundRatios(scenario.name)} | ${ms(floor)} | ${(floor / vkio).toFixed(2)}× | ${bare === undefined ? '—' : ms(bare)} | ${bare === undefined ? '—' : `${(bare / vkio).toFixed(2)}×`} |`,
  );
}
const decodeLine = (name: string, plain: Buffer, d: DecodeCosts): string =>
  `${name} (${kb(plain.length)}): \`toString('utf8')\` ${ms(d.toString)} ms, utf8Text ${ms(d.utf8Text)} ms, then \`JSON.parse\` ${ms(d.parse)} ms`;
const piecesLine = (name: string, d: DecodeCosts): string =>
  `${name}: one whole-body string (utf8Text + \`JSON.parse\`) ${ms(d.whole)} ms and ${d.wholeFaults.toFixed(0)} page faults per call, \`parseJsonBody\` ${ms(d.pieces)} ms and ${d.piecesFaults.toFixed(0)}`;
lines.push(
  '',
  `- Gunzip (members body, ${kb(membersGz.length)} gzip in 16 KB chunks), in this process: one pass over the gathered chunks with zlib's default 16 KB output chunks ${ms(onePassMs)} ms CPU, into one buffer sized from the gzip trailer (\`decodeContent\`, what vkts does) ${ms(sizedMs)} ms; a \`zlib.createGunzip()\` stream fed the same chunks ${ms(streamMs)} ms.`,
  `- UTF-8 decode, in this process (same string either way; utf8Text transcodes valid non-ASCII UTF-8 to UTF-16, Node 20's \`toString\` decodes it at ~200 MB/s): ${decodeLine('members', membersPlain, membersDecode)}; ${decodeLine('history', historyPlain, historyDecode)}.`,
  `- Parse, in this process: a string over 128 KB (V8's largest regular heap object) is allocated in large-object space, mapped fresh each time; \`parseJsonBody\` (what vkts does) parses a large body's main array in pieces of ≤ 48 KB of UTF-8 instead, with the same result: ${piecesLine('members', membersDecode)}; ${piecesLine('history', historyDecode)}.`,
  "- Floor: `wire/client.ts --lib floor`, a process like the clients' doing only gunzip + UTF-8 decode + `JSON.parse` of the same body per call, with vkts's decode (`decodeContent` + `parseJsonBody`, the fastest known; with `toString('utf8')` it would cost the difference shown above), in the same rounds. " +
    '`--lib floor-http` adds the least HTTP a client must do: the same POST over a keep-alive `node:http` Agent, chunks gathered, then the same decode and parse (no envelope check, no error handling, no retries).',
  `- The vkts call path above the bare-HTTP floor, in one process (\`--lib path-ab\`: vkts with compression on and \`floor-http\` in alternating blocks, after a warm-up of both, so the load of the moment falls on both alike; CPU per call over all blocks, GC included): ${
    [...pathAb]
      .map(([name, { vktsMs, bareMs }]) => `${name} ${PATH_AB[name].blocks} blocks of ${PATH_AB[name].count} calls each, vkts ${ms(vktsMs)} ms, bare ${ms(bareMs)} ms (${(vktsMs / bareMs).toFixed(2)}×)`)
      .join('; ') || 'not run'
  }.`,
  '- Per-round CPU (ms per call/batch): ' +
    SCENARIOS.map(({ name }) =>
      VARIANTS.filter((variant) => runsIn(variant, name))
        .map((variant) => `${name}/${variant} [${(cpu.get(`${name}/${variant}`) ?? []).map(ms).join(', ')}]`)
        .join('; '),
    ).join('; ') +
    '.',
);
const body = lines.join('\n');
console.log(body);
// A run of some scenarios only (--only) is for looking, not for the record: the section holds all three.
if (!values['no-write'] && only === undefined) await writeResultsSection('wire', body);
