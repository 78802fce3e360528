/**
 * Summarise the CPU profiles that `bench:api --cpu-prof DIR` writes (one per client, mode and
 * round: `<client>-<mode>-round<n>.cpuprofile`): per client and mode, self time by where the
 * code lives (our dist, undici, node-fetch, vk-io, Node internals, GC, …) and the functions with
 * the most self time.
 *
 *   tsx api/profile.ts DIR [--top N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function isCpuProfile(value: unknown): value is CpuProfile {
  return typeof value === 'object' && value !== null && 'nodes' in value && 'samples' in value && 'timeDeltas' in value;
}

/** Where a frame's code lives. */
function category(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === '') {
    if (functionName.startsWith('(')) return functionName; // (garbage collector), (program), (idle), (root)
    return 'native (V8 builtins, C++)';
  }
  if (url.includes('/packages/api/dist/')) return '@vkts/api';
  if (url.includes('/bench/api/')) return 'bench harness';
  if (url.startsWith('node:internal/deps/undici')) return 'undici (bundled in Node: fetch)';
  if (url.startsWith('node:')) {
    const rest = url.replace(/^node:(internal\/)?/, '');
    const top = rest.split('/')[0] ?? rest;
    return `node:${top}`;
  }
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? '?');
    return name;
  }
  return url;
}

function frameLabel(frame: CallFrame): string {
  const file = frame.url === '' ? '' : ` ${frame.url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*\/packages\//, 'packages/')}:${frame.lineNumber + 1}`;
  return `${frame.functionName || '(anonymous)'}${file}`;
}

interface Totals {
  totalUs: number;
  profiles: number;
  readonly byCategory: Map<string, number>;
  readonly byFunction: Map<string, number>;
  /** Time with a @vkts/api (or vk-io) frame anywhere on the stack. */
  readonly under: Map<string, number>;
  /** Inclusive time of each client-library function (a sample counts once per function on its stack). */
  readonly inclusive: Map<string, number>;
}

/** Libraries whose functions get an inclusive-time list. */
const CLIENT_CODE = new Set(['@vkts/api', 'vk-io', 'node-fetch']);

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function accumulate(totals: Totals, profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackCategories = new Map<number, Set<string>>();
  const stackFunctions = new Map<number, Set<string>>();
  const functionsOnStack = (id: number): Set<string> => {
    const cached = stackFunctions.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    const up = parent.get(id);
    const set = new Set(up === undefined ? [] : functionsOnStack(up));
    if (node && CLIENT_CODE.has(category(node.callFrame))) set.add(`[${category(node.callFrame)}] ${frameLabel(node.callFrame)}`);
    stackFunctions.set(id, set);
    return set;
  };
  const categoriesOnStack = (id: number): Set<string> => {
    const cached = stackCategories.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    const up = parent.get(id);
    const set = new Set(up === undefined ? [] : categoriesOnStack(up));
    if (node) set.add(category(node.callFrame));
    stackCategories.set(id, set);
    return set;
  };
  totals.profiles += 1;
  profile.samples.forEach((id, index) => {
    // timeDeltas[i] is the time since the previous sample; it is the time sample i stands for
    // closely enough at a 100 µs interval.
    const us = profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    const cat = category(node.callFrame);
    if (cat === '(idle)') return;
    totals.totalUs += us;
    add(totals.byCategory, cat, us);
    add(totals.byFunction, `[${cat}] ${frameLabel(node.callFrame)}`, us);
    const stack = categoriesOnStack(id);
    for (const owner of ['@vkts/api', 'vk-io', 'node-fetch', 'undici']) if (stack.has(owner)) add(totals.under, owner, us);
    for (const label of functionsOnStack(id)) add(totals.inclusive, label, us);
  });
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' } }, allowPositionals: true });
  const dir = positionals[0];
  if (dir === undefined) throw new Error('usage: tsx api/profile.ts DIR [--top N]');
  const top = Number(values.top);
  const groups = new Map<string, Totals>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()) {
    const group = file.replace(/-round\d+\.cpuprofile$/, '').replace(/\.cpuprofile$/, '');
    const json: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    if (!isCpuProfile(json)) continue;
    let totals = groups.get(group);
    if (!totals) {
      totals = { totalUs: 0, profiles: 0, byCategory: new Map(), byFunction: new Map(), under: new Map(), inclusive: new Map() };
      groups.set(group, totals);
    }
    accumulate(totals, json);
  }
  const pct = (us: number, total: number): string => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  for (const [group, totals] of groups) {
    console.log(`\n## ${group}: ${totals.profiles} profile(s), ${(totals.totalUs / 1000).toFixed(0)} ms of samples (idle left out)\n`);
    console.log('Self time by where the code lives:');
    for (const [cat, us] of [...totals.byCategory].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(us, totals.totalUs)}  ${cat}`);
    console.log('Time with a frame of … on the stack (inclusive):');
    for (const [owner, us] of [...totals.under].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(us, totals.totalUs)}  ${owner}`);
    console.log(`Top ${top} client-library functions by inclusive time:`);
    for (const [label, us] of [...totals.inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us, totals.totalUs)}  ${label}`);
    console.log(`Top ${top} functions by self time:`);
    for (const [label, us] of [...totals.byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us, totals.totalUs)}  ${label}`);
  }
}

main();
