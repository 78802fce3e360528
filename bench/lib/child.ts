// A bench script run as a child process and driven over IPC: commands in, messages out, every
// message checked on arrival. Shared by the benches that split their work across processes so
// that `process.cpuUsage()` in each child counts that child's CPU alone.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';
import os from 'node:os';
import { BENCH_ROOT } from './paths.js';

/** Runs a child pinned to one CPU (util-linux); see `ChildOptions.cpu`. */
export const TASKSET = '/usr/bin/taskset';

/**
 * Two CPUs to keep a bench's processes apart: the peer (server, fake, load generator) on `first`,
 * the measured process on `last`, so the two never contend for one core or migrate between
 * them, which otherwise swings the measured process's CPU time by more than the differences the
 * benches compare. Undefined (the scheduler places them) when not asked, with one CPU, or
 * without `taskset`.
 */
export function cpuPlacement(pin: boolean): { readonly first: number; readonly last: number } | undefined {
  const cpus = os.availableParallelism();
  if (!pin || cpus < 2) return undefined;
  try {
    accessSync(TASKSET, fsConstants.X_OK);
  } catch {
    return undefined;
  }
  return { first: 0, last: cpus - 1 };
}

/** `node …args` as a command and its arguments, through `taskset` when `cpu` is given. */
export function nodeCommand(cpu: number | undefined, args: readonly string[]): [string, string[]] {
  return cpu === undefined ? [process.execPath, [...args]] : [TASKSET, ['--cpu-list', String(cpu), process.execPath, ...args]];
}
const DEFAULT_TIMEOUT_MS = 120_000;

export interface ChildOptions {
  /** Node flags after `--import tsx` (e.g. `--cpu-prof`). */
  readonly execArgv?: readonly string[];
  /** The one CPU the child may run on (through `taskset`); anywhere when undefined. */
  readonly cpu?: number | undefined;
}

export class Child<Command extends object, Message extends { readonly type: string }> {
  readonly #process: ChildProcess;
  readonly #inbox: Message[] = [];
  #wake: (() => void) | undefined;
  #exited: string | undefined;

  constructor(
    readonly name: string,
    script: string,
    args: readonly string[],
    isMessage: (value: unknown) => value is Message,
    options: ChildOptions = {},
  ) {
    // tsx for the .ts child; the children import the built packages, so tsx only loads bench code.
    const nodeArgs = ['--import', 'tsx', ...(options.execArgv ?? [])];
    const stdio: ['ignore', 'inherit', 'inherit', 'ipc'] = ['ignore', 'inherit', 'inherit', 'ipc'];
    this.#process =
      options.cpu === undefined
        ? fork(script, [...args], { cwd: BENCH_ROOT, execArgv: nodeArgs, stdio })
        : spawn(...nodeCommand(options.cpu, [...nodeArgs, script, ...args]), { cwd: BENCH_ROOT, stdio });
    this.#process.on('message', (message: unknown) => {
      if (isMessage(message)) this.#inbox.push(message);
      else console.error(`[bench] ${this.name} sent an unexpected message: ${JSON.stringify(message)}`);
      this.#wake?.();
    });
    this.#process.on('exit', (code, signal) => {
      this.#exited = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
      this.#wake?.();
    });
  }

  send(command: Command): void {
    this.#process.send(command);
  }

  /** The next message of `type`; an error when the child exits or `timeoutMs` passes first. */
  async next<T extends Message['type']>(type: T, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Extract<Message, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.#inbox.findIndex((message) => message.type === type);
      const found = index >= 0 ? this.#inbox.splice(index, 1)[0] : undefined;
      if (found !== undefined && isOfType(found, type)) return found;
      if (this.#exited !== undefined) throw new Error(`${this.name} ended (${this.#exited}) before sending '${type}'`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.name} sent no '${type}' within ${timeoutMs} ms`);
      await this.#sleep(left);
    }
  }

  async request<T extends Message['type']>(command: Command, type: T, timeoutMs?: number): Promise<Extract<Message, { type: T }>> {
    this.send(command);
    return this.next(type, timeoutMs);
  }

  /** Waits for the child to exit by itself (e.g. after an exit command); kills it past `timeoutMs`. */
  async exited(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.#exited === undefined) {
      const left = deadline - Date.now();
      if (left <= 0) this.kill();
      await this.#sleep(left > 0 ? left : 1000);
    }
  }

  /** Lets go of the child (the bench children exit on disconnect) and waits for it to exit. */
  async stop(timeoutMs = 5000): Promise<void> {
    if (this.#exited !== undefined) return;
    if (this.#process.connected) this.#process.disconnect();
    await this.exited(timeoutMs);
  }

  /** Kills this child only, at once. */
  kill(): void {
    if (this.#exited === undefined) this.#process.kill('SIGKILL');
  }

  /** Until a message or the exit arrives, or `ms` pass. */
  #sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#wake = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
    });
  }
}

function isOfType<M extends { readonly type: string }, T extends M['type']>(message: M, type: T): message is Extract<M, { type: T }> {
  return message.type === type;
}
