/**
 * bench:wire — bytes on the wire and client CPU per call for large realistic VK answers, vkts vs
 * vk-io: `groups.getMembers` with fields (1,000 members), `messages.getHistory` (200 messages),
 * and Bots Long Poll batches of 100 distinct `message_new` events. vkts runs with compression on
 * (its default: zstd where the runtime has it, else gzip) and off; vk-io sends no
 * Accept-Encoding (its requests set `compress: false`). The server (server.ts) runs in its own
 * process and counts response body bytes; each client run is its own process, so
 * `process.cpuUsage()` there is that client's CPU alone. Rounds alternate the order; medians.
 * The floor (gunzip + UTF-8 decode + JSON.parse of the same body) runs as a client process too;
 * in-process, a zlib stream is measured against the one-pass decode the clients use. Writes `## wire`.
 *
 *   pnpm --filter @vkts/bench bench:wire [--rounds N] [--no-write]
 *
 * Uses the built packages (@vkts/api, @vkts/events, @vkts/longpoll → dist): build first.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { summarize } from '../lib/measure.js';
import { integerOption } from '../lib/options.js';
import { BENCH_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';
import { membersAnswer } from './payloads.js';

const run = promisify(execFile);
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, 'no-write': { type: 'boolean', default: false } } });
const rounds = integerOption('--rounds', values.rounds, 1);

const BYTES_TARGET = 0.25;
const CPU_TARGET = 0.65;
type Scenario = 'members' | 'history' | 'longpoll';
type Variant = 'vkts' | 'vkts-off' | 'vk-io' | 'floor';
const SCENARIOS: readonly { name: Scenario; label: string; path: string; count: number; warm: number; unit: string }[] = [
  { name: 'members', label: '`groups.getMembers`, 1,000 members with fields', path: '/method/groups.getMembers', count: 30, warm: 10, unit: 'call' },
  { name: 'history', label: '`messages.getHistory`, 200 messages', path: '/method/messages.getHistory', count: 200, warm: 50, unit: 'call' },
  // 50 warm-up batches: the first few thousand events pay one-time costs per process (undici's
  // llhttp WebAssembly tiering up, JIT), which 5 batches left inside the measured window.
  { name: 'longpoll', label: 'Bots Long Poll, batch of 100 distinct `message_new`', path: '/lp', count: 100, warm: 50, unit: 'batch' },
];
const VARIANTS: readonly Variant[] = ['vkts', 'vkts-off', 'vk-io', 'floor'];

const facts = machineFacts();
const started = new Date();

const server = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH_ROOT, 'wire', 'server.ts')], { cwd: BENCH_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
const [firstLine] = (await once(server.stdout, 'data')) as [Buffer];
const { url, sizes } = JSON.parse(firstLine.toString('utf8')) as { url: string; sizes: Record<Scenario, number> };

async function stats(): Promise<Record<string, { requests: number; bytes: number }>> {
  const response = await fetch(`${url}/stats`);
  return (await response.json()) as Record<string, { requests: number; bytes: number }>;
}

const cpu = new Map<string, number[]>();
const bytes = new Map<string, number>();
try {
  await stats();
  for (let round = 0; round < rounds; round++) {
    for (const scenario of SCENARIOS) {
      const order = round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) {
        const args = ['--import', 'tsx', path.join('wire', 'client.ts'), '--lib', variant === 'vk-io' ? 'vkio' : variant === 'floor' ? 'floor' : 'vkts', '--scenario', scenario.name, '--url', url];
        args.push('--compression', variant === 'vkts' ? 'on' : 'off', '--count', String(scenario.count), '--warm', String(scenario.warm));
        const { stdout } = await run(process.execPath, args, { cwd: BENCH_ROOT, maxBuffer: 1 << 20 });
        const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as { cpuMs: number; units: number };
        const key = `${scenario.name}/${variant}`;
        cpu.set(key, [...(cpu.get(key) ?? []), result.cpuMs / result.units]);
        const counted = (await stats())[scenario.path];
        if (counted !== undefined && variant !== 'floor') bytes.set(key, counted.bytes / counted.requests);
      }
      process.stderr.write(`round ${round + 1}/${rounds} ${scenario.name} done\n`);
    }
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

// One-pass gunzip of the gathered chunks (what the clients do) against a zlib stream fed the same 16 KB chunks.
const membersGz = zlib.gzipSync(Buffer.from(JSON.stringify(membersAnswer(1000))));
const chunks: Buffer[] = [];
for (let i = 0; i < membersGz.length; i += 16_384) chunks.push(membersGz.subarray(i, i + 16_384));
const onePassMs = cpuPerCall(() => zlib.gunzipSync(Buffer.concat(chunks)), 100);
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

const median = (key: string): number => summarize(cpu.get(key) ?? []).median;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => n.toFixed(2);
const coding = 'zstdDecompressSync' in zlib ? 'zstd' : 'gzip';
const lines: string[] = [
  `**Bytes on the wire and client CPU for large answers, vkts vs vk-io.** ${started.toISOString()}, ${rounds} rounds (order alternating), medians of CPU per ${'call/batch'}. ` +
    `Response body bytes as the server sent them (headers, ~200 B, not counted). vkts with compression on asks for \`${coding === 'zstd' ? 'zstd, gzip' : 'gzip'}\` (this Node ${process.version} ${coding === 'zstd' ? 'has' : 'has no'} zstd in zlib) and decodes each body in one pass; vk-io 4.10.1 sends no Accept-Encoding. ` +
    'Server: bench/wire/server.ts in its own process, bodies compressed once at start. Each client run is its own process; CPU is `process.cpuUsage()` around the measured calls (warm-up excluded), so the decompression is included and the server is not.',
  '',
  '**The machine was heavily loaded** (7 engineers sharing 2 cores): absolute numbers are noisy; ratios come from alternating rounds.',
  '',
  machineFactsMarkdown(facts),
  '',
  '| answer | JSON | vkts bytes (compressed) | vk-io bytes | bytes ratio (target ≤ 0.25×) | vkts CPU ms, compression on | vkts CPU ms, off | vk-io CPU ms | CPU ratio on/vk-io (target ≤ 0.65×) | floor: gunzip + decode + JSON.parse, ms | floor/vk-io |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
];
for (const scenario of SCENARIOS) {
  const ours = bytes.get(`${scenario.name}/vkts`) ?? Number.NaN;
  const theirs = bytes.get(`${scenario.name}/vk-io`) ?? Number.NaN;
  const on = median(`${scenario.name}/vkts`);
  const off = median(`${scenario.name}/vkts-off`);
  const vkio = median(`${scenario.name}/vk-io`);
  const byteRatio = ours / theirs;
  const cpuRatio = on / vkio;
  lines.push(
    `| ${scenario.label} (per ${scenario.unit}) | ${kb(sizes[scenario.name])} | ${kb(ours)} | ${kb(theirs)} | **${byteRatio.toFixed(3)}×** ${byteRatio <= BYTES_TARGET ? 'PASS' : 'FAIL'} | ${ms(on)} | ${ms(off)} | ${ms(vkio)} | **${cpuRatio.toFixed(2)}×** ${cpuRatio <= CPU_TARGET ? 'PASS' : 'FAIL'} | ${ms(median(`${scenario.name}/floor`))} | ${(median(`${scenario.name}/floor`) / vkio).toFixed(2)}× |`,
  );
}
lines.push(
  '',
  `- Decode path (members body, ${kb(membersGz.length)} gzip in 16 KB chunks): one pass over the gathered chunks (\`Buffer.concat\` + \`gunzipSync\`, what the clients do) ${ms(onePassMs)} ms CPU; a \`zlib.createGunzip()\` stream fed the same chunks ${ms(streamMs)} ms.`,
  '- Floor: `wire/client.ts --lib floor`, a process like the clients\' doing only gunzip + UTF-8 decode + `JSON.parse` of the same body per call, in the same rounds.',
  '- Per-round CPU (ms per call/batch): ' + SCENARIOS.map(({ name }) => VARIANTS.map((variant) => `${name}/${variant} [${(cpu.get(`${name}/${variant}`) ?? []).map(ms).join(', ')}]`).join('; ')).join('; ') + '.',
);
const body = lines.join('\n');
console.log(body);
if (!values['no-write']) await writeResultsSection('wire', body);
