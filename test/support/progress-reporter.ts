// A vitest reporter that keeps a long run visibly alive: every 20 s without a finished file it
// prints which files are still running and for how long, so a slow file (the packaging test, a
// loaded machine) never looks like a hang. The default reporter still prints each file's result.
import type { Reporter, TestModule, Vitest } from 'vitest/node';

const QUIET_MS = 20_000;

export class ProgressReporter implements Reporter {
  #vitest: Vitest | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #running = new Map<string, number>();
  #finished = 0;
  #total = 0;
  #lastLine = Date.now();

  onInit(vitest: Vitest): void {
    this.#vitest = vitest;
  }

  onTestRunStart(specifications: readonly unknown[]): void {
    this.#total = specifications.length;
    this.#lastLine = Date.now();
    this.#timer = setInterval(() => this.#tick(), 1000);
    this.#timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.#running.set(module.relativeModuleId, Date.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.#running.delete(module.relativeModuleId);
    this.#finished += 1;
    this.#lastLine = Date.now();
  }

  onTestRunEnd(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #tick(): void {
    const now = Date.now();
    if (now - this.#lastLine < QUIET_MS) return;
    this.#lastLine = now;
    const running = [...this.#running].map(([file, since]) => `${file} (${Math.round((now - since) / 1000)} s)`);
    const what = running.length > 0 ? `running ${running.join(', ')}` : 'collecting test files';
    this.#vitest?.logger.log(`… ${this.#finished}/${this.#total} files done; ${what}`);
  }
}
