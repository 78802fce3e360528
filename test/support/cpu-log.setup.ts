// Measurement, opt-in: with VKTS_CPU_LOG=<file>, vitest.config.ts adds this setup file, which
// appends one JSON line per test file: the CPU time (ms) its worker used from the file's setup to
// its end, and that of the child processes it waited for (tsc, vitepress, redis-server…), read
// from /proc/self/stat (Linux). Files share workers, so a file's line does not include the
// worker's start. `node test/support/cpu-report.mjs <file>` sums and sorts them.
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';

const log = process.env['VKTS_CPU_LOG'];
const TICK_MS = 10; // USER_HZ is 100 on Linux

function cpu(): { self: number; children: number } {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ": 11 utime, 12 stime, 13 cutime, 14 cstime, in clock ticks.
  const ticks = (index: number): number => Number(fields[index]) * TICK_MS;
  return { self: ticks(11) + ticks(12), children: ticks(13) + ticks(14) };
}

if (log !== undefined) {
  const start = cpu();
  afterAll(() => {
    const end = cpu();
    const file = expect.getState().testPath ?? 'unknown';
    appendFileSync(log, `${JSON.stringify({ file, self: end.self - start.self, children: end.children - start.children })}\n`);
  });
}
