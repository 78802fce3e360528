'use strict';
// Preloaded with `node --require <this file>` by bench/lib/measure.ts when
// /usr/bin/time is unavailable (or `--rss preload` is asked for). At exit it
// appends "<pid> <maxRSS KiB> <user CPU µs> <system CPU µs>" to the file named
// by VKTS_BENCH_MAXRSS_FILE (this process only: children are not included).
// The variable is removed from this process's env at once, so child processes
// spawned by the measured program do not report into the same file.
const fs = require('node:fs');

const file = process.env.VKTS_BENCH_MAXRSS_FILE;
delete process.env.VKTS_BENCH_MAXRSS_FILE;

if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.appendFileSync(file, `${process.pid} ${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`);
  });
}
