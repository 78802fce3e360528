/**
 * Scratch consumers installed the way a user installs: the vkts packages from the tarballs
 * `pnpm pack` makes of the built packages, vk-io from the npm registry (the version in
 * bench/package.json), each with plain `npm install` into its own folder so its closure can be
 * measured on its own. Used by bench:typecheck and bench:coldstart.
 *
 *   <root>/vkts/      @vkts/api, @vkts/callback, @vkts/longpoll (and what they pull in)
 *   <root>/vkio/      vk-io
 *   <root>/node_modules/@types/node → the repository's @types/node (outside both closures)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { integerOption } from './options.js';
import { BENCH_ROOT, REPO_ROOT } from './paths.js';

/** The packages a vkts consumer installs (and the workspace packages they depend on). */
const VKTS_ENTRY_PACKAGES = ['@vkts/api', '@vkts/callback', '@vkts/longpoll'] as const;
const VKTS_PACKAGES = ['types', 'events', 'api', 'callback', 'longpoll'] as const;

export interface Consumers {
  readonly root: string;
  readonly vkts: string;
  readonly vkio: string;
  readonly vkioVersion: string;
  /** Tarball file name → size in bytes. */
  readonly tarballs: ReadonlyMap<string, number>;
}

function run(file: string, args: readonly string[], cwd: string): string {
  return execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}


/** Packs the built packages and installs both consumers under `root` (which must be empty). */
export function installConsumers(root: string): Consumers {
  const packs = path.join(root, 'tarballs');
  mkdirSync(packs, { recursive: true });
  const tarballs = new Map<string, number>();
  const specs: Record<string, string> = {};
  for (const name of VKTS_PACKAGES) {
    const dir = path.join(REPO_ROOT, 'packages', name);
    const before = new Set(readdirSync(packs));
    run('npx', ['--yes', 'pnpm@10.34.8', 'pack', '--pack-destination', packs], dir);
    const made = readdirSync(packs).find((file) => !before.has(file));
    if (made === undefined) throw new Error(`pnpm pack made no tarball for packages/${name}`);
    tarballs.set(made, statSync(path.join(packs, made)).size);
    specs[`@vkts/${name}`] = `file:${path.join(packs, made)}`;
  }

  const vkts = path.join(root, 'vkts');
  const vkio = path.join(root, 'vkio');
  // The vk-io bench/package.json resolves to, so every bench compares against the same release.
  const version = installedVersion(BENCH_ROOT, 'vk-io');
  mkdirSync(vkts);
  mkdirSync(vkio);
  // Entry packages as dependencies; the ones they pull in are pinned to the tarballs too
  // (`overrides`), since @vkts/* is not on the registry.
  const vktsDeps = Object.fromEntries(VKTS_ENTRY_PACKAGES.map((name) => [name, specs[name]]));
  writeFileSync(
    path.join(vkts, 'package.json'),
    JSON.stringify({ name: 'vkts-consumer', private: true, type: 'module', dependencies: vktsDeps, overrides: specs }, null, 2),
  );
  writeFileSync(
    path.join(vkio, 'package.json'),
    JSON.stringify({ name: 'vkio-consumer', private: true, type: 'module', dependencies: { 'vk-io': version } }, null, 2),
  );
  for (const dir of [vkts, vkio]) {
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=dev', '--loglevel=error'], dir);
  }

  // @types/node for both programs, above both folders so it counts in neither closure.
  const typesDir = path.join(root, 'node_modules', '@types');
  mkdirSync(typesDir, { recursive: true });
  symlinkSync(realpathSync(path.join(REPO_ROOT, 'node_modules', '@types', 'node')), path.join(typesDir, 'node'));
  return { root, vkts, vkio, vkioVersion: version, tarballs };
}

/** Bytes of every file under `dir` (apparent size, as `du -sb`), and the number of packages in it. */
export function closureSize(dir: string): { bytes: number; packages: number } {
  let bytes = 0;
  let packages = 0;
  const visit = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        const parent = path.basename(current);
        const inNodeModules = parent === 'node_modules' || (parent.startsWith('@') && path.basename(path.dirname(current)) === 'node_modules');
        if (inNodeModules && !entry.name.startsWith('.') && !entry.name.startsWith('@')) packages += 1;
        visit(full);
      } else if (entry.isFile()) {
        bytes += statSync(full).size;
      }
    }
  };
  visit(path.join(dir, 'node_modules'));
  return { bytes, packages };
}

/**
 * The consumers in `dir` when it already holds them (`--consumers DIR` of a previous run), else
 * freshly installed there; `dir` undefined means a temp folder, removed by `dispose`.
 */
export function openConsumers(dir: string | undefined): { consumers: Consumers; dispose: () => void } {
  const root = dir ?? mkdtempSync(path.join(os.tmpdir(), 'vkts-bench-consumers-'));
  const dispose = (): void => {
    if (dir === undefined) rmSync(root, { recursive: true, force: true });
  };
  try {
    const reuse = existsSync(path.join(root, 'vkts', 'node_modules')) && existsSync(path.join(root, 'vkio', 'node_modules'));
    const consumers = reuse
      ? { root, vkts: path.join(root, 'vkts'), vkio: path.join(root, 'vkio'), vkioVersion: installedVersion(path.join(root, 'vkio'), 'vk-io'), tarballs: new Map<string, number>() }
      : installConsumers(root);
    return { consumers, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

function installedVersion(consumer: string, name: string): string {
  const pkg = JSON.parse(readFileSync(path.join(consumer, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Options of the benches that measure the consumers: `--rounds N`, `--consumers DIR`, `--no-write`. */
export interface ConsumerBenchOptions {
  readonly rounds: number;
  readonly consumers: string | undefined;
  readonly write: boolean;
}

export function parseConsumerBenchOptions(defaultRounds: number): ConsumerBenchOptions {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: String(defaultRounds) },
      consumers: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
    strict: true,
  });
  return { rounds: integerOption('rounds', values.rounds, 1), consumers: values.consumers, write: !values['no-write'] };
}
