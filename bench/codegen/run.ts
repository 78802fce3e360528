/**
 * bench:codegen — wall time and peak RSS of a full regeneration:
 * our codegen (the root `codegen` script, zod included) versus VK's own
 * generator (@vkontakte/api-schema-typescript-generator), in one run,
 * alternating, after one warm-up each. Writes the `## codegen` section of
 * bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:codegen [--runs N] [--rss auto|time|preload] [--no-write] [--keep]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { integerOption } from '../lib/options.js';
import {
  describeRssMethod,
  failed,
  failureSummary,
  failureText,
  formatMiB,
  formatMs,
  GNU_TIME,
  measureNode,
  resolveRssMethod,
  summarize,
  type Measurement,
  type NodeCommand,
  type RssMethod,
  type RssPreference,
} from '../lib/measure.js';
import { BENCH_ROOT, REPO_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';
import { combineSchema } from './combine.js';

const TARGET_RATIO = 0.35;
const TARGET_TEXT = 'our full run, zod and events included, at most 0.35× their wall time (issue 18)';
const VK_PACKAGE = '@vkontakte/api-schema-typescript-generator';
/** Printed by codegen/bin/codegen.mjs when it had to compile codegen/src first. */
const REBUILD_NOTICE = /codegen: compiled codegen\/src to \S+ \((\d+) ms\)/;

interface Options {
  readonly runs: number;
  readonly rss: RssPreference;
  readonly write: boolean;
  readonly keep: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', short: 'n', default: '5' },
      rss: { type: 'string', default: 'auto' },
      'no-write': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'usage: tsx codegen/run.ts [--runs N (default 5)] [--rss auto|time|preload] [--no-write] [--keep]\n' +
        '  --no-write  print the table only, leave bench/RESULTS.md alone\n' +
        '  --keep      keep the temp folder (combined schema and every output folder)',
    );
    process.exit(0);
  }
  const runs = integerOption('runs', values.runs, 1);
  const rss = values.rss;
  if (rss !== 'auto' && rss !== 'time' && rss !== 'preload') throw new Error(`--rss must be auto, time or preload`);
  return { runs, rss, write: !values['no-write'], keep: values.keep };
}

/**
 * Our side runs exactly what `pnpm codegen` runs: the root package.json's `codegen` script,
 * which must be `node [node flags] <script> [args]` (or `tsx <script>`, run as
 * `node --import tsx <script>`).
 */
function ourCommand(): { nodeArgs: string[]; script: string; args: string[]; text: string } {
  const parsed = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown> };
  const text = parsed.scripts?.['codegen'];
  if (typeof text !== 'string') throw new Error('the root package.json has no `codegen` script');
  const words = text.trim().split(/\s+/);
  if (/[|&;<>()$`"'\\]/.test(text) || (words[0] !== 'node' && words[0] !== 'tsx')) {
    throw new Error(`the root \`codegen\` script is not a plain \`node …\` command, so the bench cannot run it as is: ${text}`);
  }
  const rest = words.slice(1);
  const at = rest.findIndex((w) => !w.startsWith('-'));
  if (at === -1) throw new Error(`the root \`codegen\` script names no script to run: ${text}`);
  const flags = rest.slice(0, at);
  return {
    nodeArgs: words[0] === 'tsx' ? ['--import', 'tsx', ...flags] : flags,
    script: rest[at]!,
    args: rest.slice(at + 1),
    text,
  };
}

interface SchemaSource {
  readonly dir: string;
  /** True for `schema/vk-api-schema` (filled by `pnpm schema:pull`), false for the ../shared fallback. */
  readonly verifiedCopy: boolean;
  readonly commit: string;
  readonly repository: string;
}

function schemaSource(): SchemaSource {
  const pulled = path.join(REPO_ROOT, 'schema', 'vk-api-schema');
  const shared = path.resolve(REPO_ROOT, '..', 'shared', 'vk-api-schema');
  const dir = existsSync(path.join(pulled, 'errors.json')) ? pulled : shared;
  if (!existsSync(path.join(dir, 'errors.json'))) {
    throw new Error(`no schema copy: run \`pnpm schema:pull\` (looked in ${pulled} and ${shared})`);
  }
  const source = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schema', 'source.json'), 'utf8')) as {
    commit?: unknown;
    repository?: unknown;
  };
  return {
    dir,
    verifiedCopy: dir === pulled,
    commit: typeof source.commit === 'string' ? source.commit : 'unknown',
    repository: typeof source.repository === 'string' ? source.repository : 'unknown',
  };
}

function readVersion(packageJson: string): string {
  const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : 'unknown';
}

function vkGenerator(): { bin: string; binName: string; version: string } {
  const require = createRequire(path.join(BENCH_ROOT, 'package.json'));
  const packageJson = require.resolve(`${VK_PACKAGE}/package.json`);
  const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as { bin?: unknown };
  const bin =
    typeof parsed.bin === 'string'
      ? parsed.bin
      : typeof parsed.bin === 'object' && parsed.bin !== null
        ? Object.values(parsed.bin as Record<string, unknown>).find((v): v is string => typeof v === 'string')
        : undefined;
  if (bin === undefined) throw new Error(`${VK_PACKAGE}: no bin in package.json`);
  return {
    bin: path.resolve(path.dirname(packageJson), bin),
    binName: path.posix.join(VK_PACKAGE, bin),
    version: readVersion(packageJson),
  };
}

function ourVersion(): string {
  const version = readVersion(path.join(REPO_ROOT, 'codegen', 'package.json'));
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'codegen'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
    return `${version} (git ${sha}${dirty ? ', uncommitted codegen/ changes' : ''})`;
  } catch {
    return version;
  }
}

async function countOutput(dir: string): Promise<{ files: number; lines: number }> {
  if (!existsSync(dir)) return { files: 0, lines: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let files = 0;
  let lines = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files++;
    const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  }
  return { files, lines };
}

interface Side {
  readonly key: 'ours' | 'theirs';
  readonly name: string;
  readonly version: string;
  /** Command for one run writing into `outDir`. */
  readonly command: (outDir: string) => NodeCommand;
  readonly runs: Measurement[];
  output: { files: number; lines: number };
  error: string | null;
}

async function runOnce(
  side: Side,
  scratch: string,
  label: string,
  method: RssMethod,
  keep: boolean,
): Promise<Measurement | null> {
  const outDir = path.join(scratch, `out-${side.key}-${label}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const m = await measureNode(side.command(outDir), method);
  if (failed(m)) {
    side.error = `failed in ${label}, ${failureSummary(m)}`;
    console.error(`\n${side.name} failed in ${label}, ${failureText(m)}\n`);
    return null;
  }
  side.output = await countOutput(outDir);
  if (!keep) await rm(outDir, { recursive: true, force: true });
  const rss = m.peakRssKiB === null ? '?' : `${formatMiB(m.peakRssKiB)} MiB`;
  const cpu = m.cpuMs === null ? '?' : `${formatMs(m.cpuMs)} ms CPU`;
  console.log(`  ${side.key.padEnd(6)} ${label.padEnd(7)} ${formatMs(m.wallMs).padStart(6)} ms wall  ${cpu.padStart(11)}  ${rss}`);
  return m;
}

function row(side: Side): string {
  const wall = side.runs.length > 0 ? summarize(side.runs.map((m) => m.wallMs)) : null;
  const rssValues = side.runs.map((m) => m.peakRssKiB).filter((v): v is number => v !== null);
  const rss = rssValues.length > 0 ? summarize(rssValues) : null;
  const cpuValues = side.runs.map((m) => m.cpuMs).filter((v): v is number => v !== null);
  const cpu = cpuValues.length > 0 ? summarize(cpuValues) : null;
  const cells = [
    side.name,
    side.version,
    side.runs.length > 0 ? String(side.output.files) : '—',
    side.runs.length > 0 ? String(side.output.lines) : '—',
    String(side.runs.length),
    wall ? formatMs(wall.min) : '—',
    wall ? `**${formatMs(wall.median)}**` : '—',
    wall ? formatMs(wall.max) : '—',
    cpu ? formatMs(cpu.median) : '—',
    rss ? formatMiB(rss.min) : '—',
    rss ? `**${formatMiB(rss.median)}**` : '—',
    rss ? formatMiB(rss.max) : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

function table(sides: readonly Side[]): string {
  return [
    '| Tool | Version | Files written | Lines written | Runs | Wall min (ms) | Wall median (ms) | Wall max (ms) | CPU median (ms) | Peak RSS min (MiB) | Peak RSS median (MiB) | Peak RSS max (MiB) |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...sides.map(row),
  ].join('\n');
}

function median(side: Side, pick: (m: Measurement) => number | null): number | null {
  const values = side.runs.map(pick).filter((v): v is number => v !== null);
  return values.length > 0 ? summarize(values).median : null;
}

function verdict(ours: Side, theirs: Side): { lines: string[]; pass: boolean | null } {
  const oursWall = median(ours, (m) => m.wallMs);
  const theirsWall = median(theirs, (m) => m.wallMs);
  if (oursWall === null || theirsWall === null) {
    const why = (ours.error ?? 'our codegen did not run').split('\n')[0] ?? '';
    return { lines: [`- Target: "${TARGET_TEXT}" — **n/a** (ours not measured: ${why})`], pass: null };
  }
  const ratio = oursWall / theirsWall;
  const pass = ratio <= TARGET_RATIO;
  const lines = [`- Wall time ours/theirs (medians): **${ratio.toFixed(2)}×**`];
  const oursCpu = median(ours, (m) => m.cpuMs);
  const theirsCpu = median(theirs, (m) => m.cpuMs);
  if (oursCpu !== null && theirsCpu !== null && theirsCpu > 0) {
    lines.push(`- CPU time ours/theirs (medians; steadier than wall time on a busy machine): ${(oursCpu / theirsCpu).toFixed(2)}×`);
  }
  const oursRss = median(ours, (m) => m.peakRssKiB);
  const theirsRss = median(theirs, (m) => m.peakRssKiB);
  if (oursRss !== null && theirsRss !== null) {
    lines.push(`- Peak RSS ours/theirs (medians): ${(oursRss / theirsRss).toFixed(2)}×`);
  }
  lines.push(`- Target: "${TARGET_TEXT}" (ratio ≤ ${TARGET_RATIO}) — **${pass ? 'PASS' : 'FAIL'}**`);
  return { lines, pass };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const facts = machineFacts();
  const busy = (load: number): boolean => load > facts.cores / 2;
  const loadStart = facts.loadAverage[0] ?? 0;
  if (busy(loadStart)) console.warn(`warning: 1-minute load average is ${loadStart.toFixed(2)} on ${facts.cores} cores: timings will be noisy`);
  const method = resolveRssMethod(options.rss);
  const schema = schemaSource();
  const vk = vkGenerator();
  const our = ourCommand();
  const haveOurs = existsSync(path.join(REPO_ROOT, our.script));

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'vkts-bench-codegen-'));
  try {
    // Untimed setup: the combined layout VK's generator needs.
    const combinedDir = path.join(scratch, 'combined-schema');
    const started = performance.now();
    const combined = await combineSchema(schema.dir, combinedDir);
    console.log(
      `combined schema (setup, untimed, ${formatMs(performance.now() - started)} ms): ` +
        `${combined.namespaces} namespaces, ${combined.methods} methods, ${combined.objects} objects, ` +
        `${combined.responses} responses, ${combined.errors} errors, ${combined.refsRewritten} refs rewritten`,
    );
    if (combined.danglingRefs.length > 0) {
      console.warn(`warning: ${combined.danglingRefs.length} dangling refs, e.g. ${combined.danglingRefs.slice(0, 3).join(', ')}`);
    }

    const theirs: Side = {
      key: 'theirs',
      name: `VK \`${VK_PACKAGE}\``,
      version: vk.version,
      command: (outDir) => ({
        nodeArgs: [],
        script: vk.bin,
        args: ['--schemaDir', combinedDir, '--outDir', outDir, '--methods', '*'],
        cwd: BENCH_ROOT,
      }),
      runs: [],
      output: { files: 0, lines: 0 },
      error: null,
    };
    const ours: Side = {
      key: 'ours',
      name: 'vkts `pnpm codegen` (zod included)',
      version: ourVersion(),
      command: (outDir) => ({
        nodeArgs: our.nodeArgs,
        script: our.script,
        // The verified copy is read the way `pnpm codegen` reads it (hash check included);
        // only the ../shared fallback needs an explicit (unverified) --schema-dir.
        args: [...our.args, '--out', outDir, ...(schema.verifiedCopy ? [] : ['--schema-dir', schema.dir])],
        cwd: REPO_ROOT,
      }),
      runs: [],
      output: { files: 0, lines: 0 },
      error: haveOurs ? null : `${our.script} (the root \`codegen\` script) does not exist yet`,
    };
    if (!haveOurs) console.warn(`warning: ${our.script} does not exist yet; measuring VK's generator only`);
    // What the warm-up compiled (codegen/bin/codegen.mjs builds codegen/src first when it changed);
    // a timed run must never have to.
    let warmUpBuild: string | null = null;

    console.log(`CPU time and peak RSS via ${method === 'time' ? GNU_TIME : 'the preload'}; ${options.runs} runs each after one warm-up`);
    const active = (): Side[] => [ours, theirs].filter((s) => s.error === null);

    for (const side of active()) {
      const m = await runOnce(side, scratch, 'warm-up', method, options.keep);
      if (m !== null && side.key === 'theirs' && side.output.files < 500) {
        side.error = `wrote only ${side.output.files} files (expected ~600)`;
      }
      const rebuilt = m !== null && side.key === 'ours' ? REBUILD_NOTICE.exec(m.stderrTail) : null;
      if (rebuilt) {
        warmUpBuild = `${rebuilt[1]} ms`;
        console.log(`  (the warm-up compiled codegen/src first: ${warmUpBuild})`);
      }
    }
    for (let i = 0; i < options.runs; i++) {
      // Alternate, swapping who goes first each round (ABBA) to spread drift evenly.
      const order = i % 2 === 0 ? active() : active().reverse();
      for (const side of order) {
        const m = await runOnce(side, scratch, `run ${i + 1}`, method, options.keep);
        if (m !== null) side.runs.push(m);
        if (m !== null && side.key === 'ours' && REBUILD_NOTICE.test(m.stderrTail)) {
          ours.error = `run ${i + 1} compiled codegen/src again: something changed codegen/src during the bench`;
        }
      }
    }

    if (theirs.error !== null) throw new Error(`VK's generator did not run cleanly: ${theirs.error}`);

    const loadEnd = os.loadavg()[0] ?? 0;
    const busyNote =
      // The bench itself adds about 1 to the load average by its end.
      busy(loadStart) || busy(loadEnd - 1)
        ? `1-minute load average was ${loadStart.toFixed(2)} at start and ${loadEnd.toFixed(2)} at the end (the bench itself keeps about one core busy) ` +
          `on ${facts.cores} cores: other work was running, so wall times are likely inflated and noisy`
        : null;
    const { lines: verdictLines, pass } = verdict(ours, theirs);
    const tableText = table([ours, theirs]);
    console.log(`\n${tableText}\n\n${verdictLines.join('\n')}`);
    if (busyNote !== null) console.warn(`warning: ${busyNote}`);

    if (options.write) {
      const oursNote =
        ours.error === null
          ? `- Ours: \`${['node', ...our.nodeArgs, our.script, ...our.args].join(' ')} --out <tmp>${schema.verifiedCopy ? '' : ' --schema-dir <schema>'}\`, ` +
            `the root \`codegen\` script (\`${our.text}\`) as \`pnpm codegen\` runs it` +
            `${schema.verifiedCopy ? '; includes the hash check of the verified schema copy' : ''}. ` +
            (our.nodeArgs.includes('tsx')
              ? `tsx's loader counts for us`
              : `It runs codegen compiled to JavaScript, after checking that the build matches codegen/src (a hash of the sources, every run) ` +
                `and compiling it when it does not (see codegen/build.mjs); ` +
                (warmUpBuild === null ? 'the build was up to date before the warm-up' : `the warm-up run compiled it (${warmUpBuild}); the timed runs found it up to date`))
          : `- Ours: not measured — ${ours.error.split('\n')[0] ?? ''}`;
      const body = [
        `Full regeneration from the same schema, both sides as plain \`node\` child processes, ` +
          `${options.runs} runs each, alternating, after one warm-up each. Wall time is spawn to exit; ` +
          `CPU time and peak RSS via ${describeRssMethod(method)}. Generated by \`pnpm --filter @vkts/bench bench:codegen\`.`,
        '',
        `- Date: ${new Date().toISOString()}`,
        `- Schema: ${schema.repository}@${schema.commit}, read from \`${path.relative(REPO_ROOT, schema.dir)}\`` +
          (schema.verifiedCopy ? '' : ' (fallback: `schema/vk-api-schema` absent, so ours runs with `--schema-dir`, unverified)'),
        oursNote,
        `- Theirs: \`node ${vk.binName} --schemaDir <combined> --outDir <tmp> --methods '*'\`, ` +
          `on a combined methods/objects/responses/errors.json built beforehand (setup, untimed)`,
        '',
        machineFactsMarkdown(facts),
        '',
        tableText,
        '',
        ...verdictLines,
        ...(busyNote === null ? [] : [`- Note: ${busyNote}.`]),
      ].join('\n');
      await writeResultsSection('codegen', body);
      console.log(`\nwrote the "## codegen" section of ${path.relative(REPO_ROOT, path.join(BENCH_ROOT, 'RESULTS.md'))}`);
    }
    if (ours.error !== null && haveOurs) process.exitCode = 1;
    if (pass === false) console.log('(target missed; a bench is not a test, so the exit code stays 0)');
  } finally {
    if (options.keep) console.log(`kept ${scratch}`);
    else await rm(scratch, { recursive: true, force: true });
  }
}

await main();
