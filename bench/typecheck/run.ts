/**
 * bench:typecheck — what type-checking costs a consumer: the same program (20 API calls, 10 event
 * handlers; program/vkts.ts and program/vkio.ts) checked by tsc against vkts installed from the
 * packed tarballs and against vk-io from npm, with `skipLibCheck` true and false (strict,
 * nodenext). Also the installed size of each closure. Writes the `## typecheck` section of
 * bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:typecheck [--rounds N] [--consumers DIR] [--no-write]
 *
 * Build first (`pnpm build`): the tarballs are packed from packages/*\/dist. `--consumers DIR`
 * reuses (or fills, when empty) a folder of installed consumers instead of a fresh temp folder.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { closureSize, openConsumers, parseConsumerBenchOptions } from '../lib/consumer.js';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { failed, failureText, measureNode, resolveRssMethod, summarize } from '../lib/measure.js';
import { BENCH_ROOT, REPO_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';

const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'lib', 'tsc.js');
const SDKS = ['vkts', 'vkio'] as const;
type Sdk = (typeof SDKS)[number];
const LABEL: Record<Sdk, string> = { vkts: 'vkts', vkio: 'vk-io' };

/** One tsc run's figures from `--extendedDiagnostics`, plus CPU and peak RSS of the process. */
interface Check {
  readonly checkMs: number;
  readonly totalMs: number;
  readonly memoryKiB: number;
  readonly types: number;
  readonly instantiations: number;
  readonly cpuMs: number;
  readonly peakRssKiB: number;
}

function diagnostic(output: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)(s|K)?$`, 'm').exec(output);
  if (match === null) throw new Error(`tsc --extendedDiagnostics printed no "${name}"`);
  const value = Number(match[1]);
  return match[2] === 's' ? value * 1000 : value;
}

function writeTsconfig(dir: string, skipLibCheck: boolean): string {
  const file = path.join(dir, `tsconfig.skip-${String(skipLibCheck)}.json`);
  const config = {
    compilerOptions: {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      types: ['node'],
      noEmit: true,
      skipLibCheck,
    },
    files: ['program.ts'],
  };
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

async function check(dir: string, tsconfig: string): Promise<Check> {
  const m = await measureNode({ nodeArgs: ['--expose-gc'], script: TSC, args: ['-p', tsconfig, '--extendedDiagnostics'], cwd: dir }, resolveRssMethod('auto'));
  if (failed(m)) throw new Error(`tsc failed in ${dir}:\n${failureText(m)}`);
  return {
    checkMs: diagnostic(m.stdoutTail, 'Check time'),
    totalMs: diagnostic(m.stdoutTail, 'Total time'),
    memoryKiB: diagnostic(m.stdoutTail, 'Memory used'),
    types: diagnostic(m.stdoutTail, 'Types'),
    instantiations: diagnostic(m.stdoutTail, 'Instantiations'),
    cpuMs: m.cpuMs ?? Number.NaN,
    peakRssKiB: m.peakRssKiB ?? Number.NaN,
  };
}

function median(values: readonly number[]): number {
  return summarize(values).median;
}

function ratio(a: number, b: number, digits = 2): string {
  return `${(a / b).toFixed(digits)}×`;
}

function mb(kib: number, digits = 0): string {
  return (kib / 1024).toFixed(digits);
}

async function main(): Promise<void> {
  const options = parseConsumerBenchOptions(5);
  const facts = machineFacts();
  const { consumers, dispose } = openConsumers(options.consumers);
  try {
    for (const sdk of SDKS) copyFileSync(path.join(BENCH_ROOT, 'typecheck', 'program', `${sdk}.ts`), path.join(consumers[sdk], 'program.ts'));

    const rows: string[] = [];
    const summary: Record<string, string> = {};
    for (const skipLibCheck of [true, false]) {
      const runs: Record<Sdk, Check[]> = { vkts: [], vkio: [] };
      const configs = { vkts: writeTsconfig(consumers.vkts, skipLibCheck), vkio: writeTsconfig(consumers.vkio, skipLibCheck) };
      await check(consumers.vkts, configs.vkts); // warm the file cache
      await check(consumers.vkio, configs.vkio);
      for (let round = 0; round < options.rounds; round++) {
        const order: readonly Sdk[] = round % 2 === 0 ? SDKS : [...SDKS].reverse();
        for (const sdk of order) runs[sdk].push(await check(consumers[sdk], configs[sdk]));
      }
      const med = (sdk: Sdk, key: keyof Check): number => median(runs[sdk].map((r) => r[key]));
      for (const sdk of SDKS) {
        rows.push(
          `| ${String(skipLibCheck)} | ${LABEL[sdk]} | ${Math.round(med(sdk, 'checkMs'))} | ${Math.round(med(sdk, 'totalMs'))} | ${Math.round(med(sdk, 'cpuMs'))} | ${mb(med(sdk, 'memoryKiB'), 1)} | ${mb(med(sdk, 'peakRssKiB'))} | ${med(sdk, 'types')} | ${med(sdk, 'instantiations')} |`,
        );
      }
      summary[String(skipLibCheck)] =
        `check time ${ratio(med('vkts', 'checkMs'), med('vkio', 'checkMs'))}, tsc CPU ${ratio(med('vkts', 'cpuMs'), med('vkio', 'cpuMs'))}, ` +
        `memory used ${ratio(med('vkts', 'memoryKiB'), med('vkio', 'memoryKiB'), 3)}, peak RSS ${ratio(med('vkts', 'peakRssKiB'), med('vkio', 'peakRssKiB'))}`;
    }

    const vktsSize = closureSize(consumers.vkts);
    const vkioSize = closureSize(consumers.vkio);
    const tarballList = [...consumers.tarballs].map(([file, bytes]) => `\`${file}\` ${(bytes / 1024).toFixed(0)} KiB`).join(', ');
    const body = [
      `- Date: ${new Date().toISOString()}`,
      machineFactsMarkdown(facts),
      '',
      `The same consumer program (20 API calls, 10 event handlers: \`bench/typecheck/program/\`) checked by TypeScript ${tscVersion()} ` +
        `(\`tsc --extendedDiagnostics\`, strict, nodenext, \`types: ["node"]\`), vkts from the packed tarballs of the built packages, ` +
        `vk-io ${consumers.vkioVersion} from npm. ${options.rounds} rounds after one warm-up, order alternating; medians. ` +
        '"check" is tsc\'s Check time, "CPU" user + system of the tsc process, "memory" tsc\'s Memory used (heap after a full collection: ' +
          'tsc runs under `--expose-gc`, so the figure is what the program holds, not where the collector happened to be), RSS its peak resident set.',
      '',
      '| skipLibCheck | SDK | check ms | total ms | CPU ms | memory MB | peak RSS MB | types | instantiations |',
      '|---|---|--:|--:|--:|--:|--:|--:|--:|',
      ...rows,
      '',
      `- skipLibCheck true, vkts ÷ vk-io: ${summary.true ?? ''} (target ≤ 1.0×)`,
      `- skipLibCheck false, vkts ÷ vk-io: ${summary.false ?? ''} (target ≤ 1.2×)`,
      `- Installed closure (\`npm install\`, production dependencies, apparent size): vkts (@vkts/api + @vkts/callback + @vkts/longpoll) ` +
        `${(vktsSize.bytes / 1e6).toFixed(2)} MB in ${vktsSize.packages} packages, vk-io ${(vkioSize.bytes / 1e6).toFixed(2)} MB in ${vkioSize.packages} packages ` +
        `(${ratio(vktsSize.bytes, vkioSize.bytes)}, target ≤ 1.0×).`,
      ...(tarballList === '' ? [] : [`- Tarballs: ${tarballList}.`]),
    ].join('\n');
    console.log(body);
    if (options.write) await writeResultsSection('typecheck', body);
  } finally {
    dispose();
  }
}

function tscVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'typescript', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

await main();
