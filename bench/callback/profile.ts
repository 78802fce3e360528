/**
 * Profiles one bench:callback receiver under the bench's load: starts `server.ts <kind>` with
 * a CPU profiler (pinned like the bench), warms it up, profiles `--requests` requests and writes
 * the profile to `--dir`. Prints where the receiver's samples went, by function.
 *
 *   pnpm --filter @vkts/bench exec tsx callback/profile.ts <kind> [--requests 200000] [--dir DIR] [--top 40]
 *                                                          [--node-flags='--trace-gc …'] [--no-pin]
 *   pnpm --filter @vkts/bench exec tsx callback/profile.ts --summarize FILE [--requests N] [--top 40]
 *
 * `--no-pin` runs the receiver and the load generator unpinned: a profiled process pinned to one
 * CPU on a shared machine gets many of its samples misattributed to `(idle)`. `--summarize` prints
 * the summary of a profile written earlier (e.g. by `core.ts` with `VKTS_BENCH_CPU_PROFILE`), per
 * `--requests` events.
 *
 * Self time is counted in samples (every 50 µs of the receiver's main thread), not in the gaps
 * between them, which on a loaded machine include time the process was not running.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Child } from '../lib/child.js';
import { isNumber, isRecord } from '../lib/guards.js';
import { integerOption } from '../lib/options.js';
import { BENCH_ROOT } from '../lib/paths.js';
import { isLoadMessage, isServerKind, type ServerKind, isServerMessage, type LoadCommand, type LoadMessage, type ServerCommand, type ServerMessage } from './protocol.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    requests: { type: 'string', default: '200000' },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'vkts-callback-profile') },
    top: { type: 'string', default: '40' },
    'node-flags': { type: 'string', default: '' },
    'no-pin': { type: 'boolean', default: false },
    summarize: { type: 'string' },
  },
});
const requests = integerOption('requests', values.requests, 1, 2_000_000);
const top = integerOption('top', values.top, 1, 500);
const dir = path.resolve(values.dir);
mkdirSync(dir, { recursive: true });
const cpus = os.availableParallelism();
/** The sampling interval server.ts sets. */
const SAMPLE_MICROS = 50;

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

/** Enough of V8's `.cpuprofile` format to trust the fields read below. */
function isProfile(value: unknown): value is Profile {
  return (
    isRecord(value) &&
    Array.isArray(value.samples) &&
    value.samples.every(isNumber) &&
    Array.isArray(value.nodes) &&
    value.nodes.every(
      (node: unknown) =>
        isRecord(node) &&
        isNumber(node.id) &&
        isRecord(node.callFrame) &&
        typeof node.callFrame.functionName === 'string' &&
        typeof node.callFrame.url === 'string' &&
        isNumber(node.callFrame.lineNumber),
    )
  );
}

/** Self time per function, idle left out, as µs per request over every request sent. */
function summarize(file: string, handled: number): void {
  const profile: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isProfile(profile)) throw new Error(`${file} is not a V8 CPU profile`);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id) => {
    const frame = byId.get(id)?.callFrame;
    const delta = SAMPLE_MICROS;
    if (frame === undefined || frame.functionName === '(idle)') return;
    const where = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/packages\//, '');
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + delta);
    busy += delta;
  });
  console.log(`${file}: ${(busy / handled).toFixed(2)} µs of samples per request (${handled} requests)`);
  for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(micros / handled).toFixed(3).padStart(7)} µs  ${((micros / busy) * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
}

async function main(): Promise<void> {
  if (values.summarize !== undefined) {
    summarize(values.summarize, requests);
    return;
  }
  const given = positionals[0];
  if (!isServerKind(given)) throw new Error(`profile.ts: give a receiver kind, got ${JSON.stringify(given)}`);
  const kind: ServerKind = given;
  const pin = cpus >= 2 && !values['no-pin'] ? { receiver: cpus - 1, load: 0 } : undefined;
  const file = path.join(dir, `${kind}-${Date.now()}.cpuprofile`);
  const load = new Child<LoadCommand, LoadMessage>('load generator', path.join(BENCH_ROOT, 'callback', 'load.ts'), [], isLoadMessage, { cpu: pin?.load });
  // server.ts profiles the measured requests only (between 'start' and 'stop') into this file.
  process.env.VKTS_BENCH_CPU_PROFILE = file;
  const server = new Child<ServerCommand, ServerMessage>(`server ${kind}`, path.join(BENCH_ROOT, 'callback', 'server.ts'), [kind], isServerMessage, {
    cpu: pin?.receiver,
    execArgv: values['node-flags'].split(' ').filter((flag) => flag !== ''),
  });
  delete process.env.VKTS_BENCH_CPU_PROFILE;
  let handled = 0;
  let cpuMicros = 0;
  try {
    await load.next('ready');
    const { port } = await server.next('listening');
    const url = `http://127.0.0.1:${port}/`;
    const run = async (count: number): Promise<void> => {
      load.send({ type: 'run', url, requests: count, concurrency: 32, maxMs: 600_000 });
      const result = await load.next('result', 700_000);
      if (result.failed > 0) throw new Error(`${result.failed} requests failed: ${result.failures.join(' | ')}`);
    };
    await run(5000);
    await server.request({ type: 'start' }, 'started');
    await run(requests);
    const stats = await server.request({ type: 'stop' }, 'stats', 60_000);
    handled = stats.requests;
    cpuMicros = stats.cpuMicros;
  } finally {
    await server.stop();
    await load.stop();
  }
  console.log(`${kind}: ${(cpuMicros / handled).toFixed(1)} µs CPU per request (process.cpuUsage, profiler running)`);
  summarize(file, handled);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
