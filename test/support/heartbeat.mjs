#!/usr/bin/env node
// Runs a command and, while it prints nothing, says every 20 s that it is still running, so a
// long silent step (the whole-project type check on a loaded machine) never looks like a hang.
// Usage: node test/support/heartbeat.mjs <command> [args...]; exits with the command's code.
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (command === undefined) {
  console.error('usage: node test/support/heartbeat.mjs <command> [args...]');
  process.exit(2);
}
const started = Date.now();
let lastOutput = started;
const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], shell: process.platform === 'win32' });
child.stdout.on('data', (chunk) => {
  lastOutput = Date.now();
  process.stdout.write(chunk);
});
child.stderr.on('data', (chunk) => {
  lastOutput = Date.now();
  process.stderr.write(chunk);
});
const timer = setInterval(() => {
  if (Date.now() - lastOutput < 20_000) return;
  lastOutput = Date.now();
  console.log(`… ${command} still running (${Math.round((Date.now() - started) / 1000)} s)`);
}, 1000);
child.on('error', (error) => {
  clearInterval(timer);
  console.error(`${command}: ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  clearInterval(timer);
  process.exit(code ?? (signal === null ? 1 : 128));
});
