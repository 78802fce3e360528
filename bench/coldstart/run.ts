/**
 * bench:coldstart — what loading costs a consumer: a fresh `node` process that does nothing but
 * `await import(entry)` (or `require(entry)`) of @vkts/api, @vkts/callback and @vkts/longpoll,
 * installed from the packed tarballs, against vk-io's entry point installed from npm (the
 * scratch consumers of bench/lib/consumer.ts). Writes the `## coldstart` section of
 * bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:coldstart [--rounds N] [--consumers DIR] [--no-write]
 *
 * Build first (`pnpm build`). CPU time (user + system) is the figure compared: wall time swings
 * with other load on the machine. An empty `node` run is measured too, and subtracted for the
 * "load" columns.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openConsumers, parseConsumerBenchOptions, type Consumers } from '../lib/consumer.js';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { failed, failureText, measureNode, resolveRssMethod, summarize } from '../lib/measure.js';
import { writeResultsSection } from '../lib/results.js';

type Mode = 'import' | 'require' | 'empty';

/** One thing to load: an entry point in one of the consumers. */
interface Target {
  readonly label: string;
  readonly consumer: keyof Pick<Consumers, 'vkts' | 'vkio'>;
  readonly specifier: string;
}

const TARGETS: readonly Target[] = [
  { label: '@vkts/api', consumer: 'vkts', specifier: '@vkts/api' },
  { label: '@vkts/callback', consumer: 'vkts', specifier: '@vkts/callback' },
  { label: '@vkts/longpoll', consumer: 'vkts', specifier: '@vkts/longpoll' },
  { label: 'vk-io', consumer: 'vkio', specifier: 'vk-io' },
];

const SCRIPTS: Record<Mode, { file: string; text: string }> = {
  import: { file: 'load.mjs', text: 'await import(process.argv[2]);\n' },
  require: { file: 'load.cjs', text: 'require(process.argv[2]);\n' },
  empty: { file: 'empty.cjs', text: '' },
};

async function cpuOf(cwd: string, mode: Mode, specifier: string): Promise<number> {
  const m = await measureNode({ nodeArgs: [], script: SCRIPTS[mode].file, args: [specifier], cwd }, resolveRssMethod('auto'));
  if (failed(m)) throw new Error(`${mode} ${specifier} failed:\n${failureText(m)}`);
  if (m.cpuMs === null) throw new Error('could not read the CPU time of the child');
  return m.cpuMs;
}

async function main(): Promise<void> {
  const options = parseConsumerBenchOptions(15);
  const facts = machineFacts();
  const { consumers, dispose } = openConsumers(options.consumers);
  try {
    for (const consumer of [consumers.vkts, consumers.vkio]) {
      for (const { file, text } of Object.values(SCRIPTS)) writeFileSync(path.join(consumer, file), text);
    }
    const samples = new Map<string, number[]>();
    const add = (key: string, value: number): void => {
      samples.set(key, [...(samples.get(key) ?? []), value]);
    };
    for (const target of TARGETS) for (const mode of ['import', 'require'] as const) await cpuOf(consumers[target.consumer], mode, target.specifier); // warm-up
    for (let round = 0; round < options.rounds; round++) {
      // Rotate the order each round so that no target always runs first.
      const order = TARGETS.map((_, i) => TARGETS[(i + round) % TARGETS.length]!);
      add('empty', await cpuOf(consumers.vkts, 'empty', ''));
      for (const target of order) {
        for (const mode of ['import', 'require'] as const) add(`${mode} ${target.label}`, await cpuOf(consumers[target.consumer], mode, target.specifier));
      }
    }
    const median = (key: string): number => summarize(samples.get(key) ?? []).median;
    const empty = median('empty');
    const rows = TARGETS.map((target) => {
      const cells = (['import', 'require'] as const).map((mode) => {
        const total = median(`${mode} ${target.label}`);
        const vkio = median(`${mode} vk-io`);
        return `${Math.round(total)} | ${Math.round(total - empty)} | ${(total / vkio).toFixed(2)}×`;
      });
      return `| ${target.label} | ${cells.join(' | ')} |`;
    });
    const body = [
      machineFactsMarkdown(facts),
      '',
      `A fresh \`node\` process per load, nothing else in it: \`await import(entry)\` (load.mjs) or \`require(entry)\` (load.cjs), ` +
        `vkts installed from the packed tarballs of the built packages, vk-io ${consumers.vkioVersion} from npm. ` +
        `CPU time (user + system) of the process, median of ${options.rounds} rounds after one warm-up, order rotating each round. ` +
        `"load" subtracts the median of an empty node process (${Math.round(empty)} ms). The ratio is total CPU against vk-io's; target ≤ 1.0×.`,
      '',
      '| entry | import CPU ms | import load ms | import ÷ vk-io | require CPU ms | require load ms | require ÷ vk-io |',
      '|---|--:|--:|--:|--:|--:|--:|',
      ...rows,
    ].join('\n');
    console.log(body);
    if (options.write) await writeResultsSection('coldstart', body);
  } finally {
    dispose();
  }
}

await main();
