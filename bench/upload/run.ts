/**
 * bench:upload — @vkts/upload beside vk-io's Upload, both against the same fake VK (this process),
 * each client in its own child process.
 *
 * 1. Message photos: N sequential `messagePhoto` uploads of a 100 KB image (after 30 warm-up
 *    uploads), `--rounds` times per side, sides alternating; uploads/s and client CPU per upload
 *    (user + system of the child). Target: ours ≤ 0.5× vk-io's CPU per upload.
 * 2. A 200 MB stream of unknown length uploaded as a message document; the child's peak RSS over
 *    its RSS just before the upload. Target: ours < 64 MB. vk-io's figure beside it (vk-io gathers
 *    a body of unknown length in memory before sending it).
 *
 *   pnpm --filter @vkts/bench bench:upload [--uploads 300] [--rounds 3] [--no-write]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFakeVk } from '@vkts/testing';
import { machineFactsMarkdown } from '../lib/machine.js';
import { integerOption } from '../lib/options.js';
import { writeResultsSection } from '../lib/results.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const TOKEN = 'bench-upload-group-token';
const STREAM_BYTES = 200 * 1024 * 1024;
const SIDES = ['vkts', 'vk-io'] as const;
type Side = (typeof SIDES)[number];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : integerOption(name, process.argv[at + 1] ?? '', 1);
}

function child(side: Side, url: string, mode: 'photos' | 'stream', count: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'client.ts'), side, url, mode, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${side} ${mode} exited with ${code}`));
      const line = out.trim().split('\n').at(-1) ?? '';
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null) return reject(new Error(`${side}: bad output ${line}`));
      resolve(Object.fromEntries(Object.entries(parsed)));
    });
  });
}

const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const uploads = option('uploads', 300);
  const rounds = option('rounds', 3);
  const write = !process.argv.includes('--no-write');
  const fake = await createFakeVk({
    groups: [{ id: 1, name: 'Bench' }],
    tokens: [{ token: TOKEN, type: 'group', groupId: 1 }],
    rateLimit: false,
  });
  try {
    const photos: Record<Side, { cpu: number[]; rate: number[] }> = { vkts: { cpu: [], rate: [] }, 'vk-io': { cpu: [], rate: [] } };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? SIDES : [...SIDES].reverse();
      for (const side of order) {
        const result = await child(side, fake.url, 'photos', uploads);
        photos[side].cpu.push(num(result['cpuUs']) / uploads);
        photos[side].rate.push((uploads / num(result['wallMs'])) * 1000);
        console.log(`round ${round + 1} ${side}: ${(num(result['cpuUs']) / uploads).toFixed(0)} µs CPU/upload, ${((uploads / num(result['wallMs'])) * 1000).toFixed(0)} uploads/s`);
      }
    }
    const stream: Partial<Record<Side, { over: number; received: number }>> = {};
    for (const side of SIDES) {
      const before = fake.uploads.received.length;
      const result = await child(side, fake.url, 'stream', STREAM_BYTES);
      const received = fake.uploads.received.slice(before).filter((upload) => upload.flow === 'messageDocument').reduce((sum, upload) => sum + upload.parts.reduce((s, part) => s + part.size, 0), 0);
      stream[side] = { over: num(result['peakRss']) - num(result['baselineRss']), received };
      console.log(`${side} 200 MB stream: peak RSS ${mb(num(result['peakRss']))}, ${mb(stream[side].over)} over baseline; the fake received ${received} bytes`);
    }

    const ratio = median(photos.vkts.cpu) / median(photos['vk-io'].cpu);
    const ours = stream.vkts?.over ?? Number.NaN;
    const body = [
      machineFactsMarkdown(),
      '',
      `Message photos (100 KB, ${uploads} sequential uploads after 30 warm-up, ${rounds} rounds per side, medians; client CPU = user + system of the client process):`,
      '',
      '| client | uploads/s | CPU per upload |',
      '|---|---|---|',
      ...SIDES.map((side) => `| ${side === 'vkts' ? '@vkts/upload' : 'vk-io Upload'} | ${median(photos[side].rate).toFixed(0)} | ${median(photos[side].cpu).toFixed(0)} µs |`),
      '',
      `CPU per upload: vkts ${ratio.toFixed(2)}× vk-io's (target ≤ 0.5×): **${ratio <= 0.5 ? 'PASS' : 'FAIL'}**`,
      '',
      'A 200 MB Readable of unknown length uploaded as a message document (peak RSS of the client process over its RSS just before the upload):',
      '',
      '| client | peak RSS over baseline | bytes the fake received |',
      '|---|---|---|',
      ...SIDES.map((side) => `| ${side === 'vkts' ? '@vkts/upload' : 'vk-io Upload'} | ${mb(stream[side]?.over ?? Number.NaN)} | ${stream[side]?.received ?? 0} |`),
      '',
      `vkts peak RSS over baseline ${mb(ours)} (target < 64 MB): **${ours < 64 * 1024 * 1024 && stream.vkts?.received === STREAM_BYTES ? 'PASS' : 'FAIL'}**. vk-io gathers a body of unknown length in memory before sending it (its \`forceBuffer\`).`,
    ].join('\n');
    console.log(`\n${body}`);
    if (write) await writeResultsSection('upload', body);
  } finally {
    await fake.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
