#!/usr/bin/env node
// Sums and sorts a VKTS_CPU_LOG file (see cpu-log.setup.ts): total CPU seconds of the test files
// and of their child processes, then the slowest files. Usage: node test/support/cpu-report.mjs <log> [top]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [logFile, top = '25'] = process.argv.slice(2);
if (logFile === undefined) {
  console.error('usage: node test/support/cpu-report.mjs <log> [top]');
  process.exit(2);
}
const rows = readFileSync(logFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .map((row) => ({ ...row, file: relative(process.cwd(), row.file), total: row.self + row.children }))
  .sort((a, b) => b.total - a.total);
const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6);
const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
console.log(`${rows.length} files: ${seconds(sum('total'))} s CPU (${seconds(sum('self')).trim()} s in vitest workers, ${seconds(sum('children')).trim()} s in child processes)`);
console.log(' total  worker children  file');
for (const row of rows.slice(0, Number(top))) console.log(`${seconds(row.total)} ${seconds(row.self)}  ${seconds(row.children)}   ${row.file}`);
