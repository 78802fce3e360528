import { spawn } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How the peak RSS of a child process is obtained. */
export type RssMethod = 'time' | 'preload';
export type RssPreference = RssMethod | 'auto';

export const GNU_TIME = '/usr/bin/time';
export const PRELOAD_PATH: string = fileURLToPath(new URL('./maxrss-preload.cjs', import.meta.url));
const PRELOAD_ENV = 'VKTS_BENCH_MAXRSS_FILE';

/** A Node program to run as a child: `node <nodeArgs> <script> <args>`. */
export interface NodeCommand {
  readonly nodeArgs: readonly string[];
  readonly script: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface Measurement {
  /** From spawn to the child's exit, in milliseconds. */
  readonly wallMs: number;
  /** Peak resident set size of the child, in KiB; null if it could not be read. */
  readonly peakRssKiB: number | null;
  /**
   * User + system CPU time in ms; null if it could not be read. Less sensitive to other load
   * than wall time. With `time` it includes the child's own children (10 ms resolution);
   * with `preload` only the main node process.
   */
  readonly cpuMs: number | null;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdoutTail: string;
  readonly stderrTail: string;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `time` when GNU time is installed at /usr/bin/time, else `preload`. */
export function resolveRssMethod(preference: RssPreference): RssMethod {
  if (preference === 'preload') return 'preload';
  const haveTime = isExecutable(GNU_TIME);
  if (preference === 'time') {
    if (!haveTime) throw new Error(`${GNU_TIME} is not available; use --rss preload`);
    return 'time';
  }
  return haveTime ? 'time' : 'preload';
}

export function describeRssMethod(method: RssMethod): string {
  return method === 'time'
    ? `\`${GNU_TIME} -f '%M %U %S'\` (peak RSS: the largest single process among the child and its own children, not their sum; CPU: user + system of all of them)`
    : '`--require` preload recording `process.resourceUsage()` (maxRSS, user + system CPU) of the main node process at exit';
}

const TAIL_LIMIT = 16 * 1024;

function appendTail(tail: string, chunk: Buffer): string {
  const next = tail + chunk.toString('utf8');
  return next.length > TAIL_LIMIT ? next.slice(-TAIL_LIMIT) : next;
}

interface Usage {
  readonly peakRssKiB: number | null;
  readonly cpuMs: number | null;
}

const NO_USAGE: Usage = { peakRssKiB: null, cpuMs: null };

/** GNU time `-f '%M %U %S'`: the last line (earlier ones may say "Command exited with …"). */
function parseTimeOutput(text: string): Usage {
  const lines = text.trim().split('\n');
  const match = /^(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(lines[lines.length - 1]?.trim() ?? '');
  if (match === null) return NO_USAGE;
  return { peakRssKiB: Number(match[1]), cpuMs: (Number(match[2]) + Number(match[3])) * 1000 };
}

/** Preload output: "<pid> <maxRSS KiB> <user µs> <system µs>" lines; pick the measured pid. */
function parsePreloadOutput(text: string, pid: number | undefined): Usage {
  for (const line of text.split('\n')) {
    const [p, kib, user, system] = line.trim().split(' ').map(Number);
    if (p !== undefined && p === pid && kib !== undefined && user !== undefined && system !== undefined) {
      return { peakRssKiB: kib, cpuMs: (user + system) / 1000 };
    }
  }
  return NO_USAGE;
}

/** Spawn a Node program, time it from spawn to exit and read its CPU time and peak RSS. */
export async function measureNode(command: NodeCommand, method: RssMethod): Promise<Measurement> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'vkts-bench-rss-'));
  const rssFile = path.join(scratch, 'rss');
  const env: NodeJS.ProcessEnv = { ...process.env, ...command.env };
  delete env[PRELOAD_ENV];
  let file: string;
  let argv: string[];
  if (method === 'time') {
    file = GNU_TIME;
    argv = ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...command.nodeArgs, command.script, ...command.args];
  } else {
    file = process.execPath;
    argv = ['--require', PRELOAD_PATH, ...command.nodeArgs, command.script, ...command.args];
    env[PRELOAD_ENV] = rssFile;
  }
  try {
    let stdoutTail = '';
    let stderrTail = '';
    const start = performance.now();
    const child = spawn(file, argv, { cwd: command.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutTail = appendTail(stdoutTail, chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = appendTail(stderrTail, chunk);
    });
    const { wallMs, exitCode, signal } = await new Promise<{
      wallMs: number;
      exitCode: number | null;
      signal: NodeJS.Signals | null;
    }>((resolve, reject) => {
      let wallMs = 0;
      child.once('error', reject);
      child.once('exit', () => {
        wallMs = performance.now() - start;
      });
      // 'close' also waits for stdio to drain, so the tails are complete.
      child.once('close', (exitCode, signal) => resolve({ wallMs, exitCode, signal }));
    });
    let usage = NO_USAGE;
    try {
      const text = await readFile(rssFile, 'utf8');
      usage = method === 'time' ? parseTimeOutput(text) : parsePreloadOutput(text, child.pid);
    } catch {
      usage = NO_USAGE;
    }
    return { wallMs, ...usage, exitCode, signal, stdoutTail, stderrTail };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export function failed(m: Measurement): boolean {
  return m.exitCode !== 0 || m.signal !== null;
}

/** One line: how it ended, plus the last non-empty line of stderr (else stdout). */
export function failureSummary(m: Measurement): string {
  const how = m.signal === null ? `exit code ${String(m.exitCode)}` : `signal ${m.signal}`;
  const last = (text: string): string | undefined =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .pop();
  const line = last(m.stderrTail) ?? last(m.stdoutTail);
  return line === undefined ? how : `${how}: ${line}`;
}

/** How it ended plus the last 20 lines of output. */
export function failureText(m: Measurement): string {
  const how = m.signal === null ? `exit code ${String(m.exitCode)}` : `signal ${m.signal}`;
  const output = `${m.stderrTail.trim()}\n${m.stdoutTail.trim()}`.trim().split('\n').slice(-20).join('\n');
  return `${how}\n${output}`;
}

export interface Summary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarize: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted[sorted.length - 1] ?? 0 };
}

export function formatMs(ms: number): string {
  return `${Math.round(ms)}`;
}

export function formatMiB(kib: number): string {
  return (kib / 1024).toFixed(1);
}
