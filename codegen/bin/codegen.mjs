#!/usr/bin/env node
// `pnpm codegen`: runs codegen compiled to plain JavaScript (see ../build.mjs), rebuilt first
// whenever codegen/src changed, so what runs is always the current source.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { ensureBuilt } from '../build.mjs';

// No TurboFan (set before any code gets hot; the worker thread shares the process's flags). A
// run lasts about a second: the optimising compiler's background threads took as much CPU as the
// main thread (~0.2 s on each of four), on a 2-core machine where both our threads are busy,
// and most of what they compiled was never run long enough to pay off. Without it the main
// thread is ~15% slower and the whole run ~30% cheaper (bench/RESULTS.md, codegen).
v8.setFlagsFromString('--no-turbofan');

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { entry, built, ms } = await ensureBuilt();
if (built) console.error(`codegen: compiled codegen/src to ${path.relative(projectRoot, path.dirname(entry))} (${Math.round(ms)} ms)`);
const { runCli } = await import(pathToFileURL(entry).href);
runCli(process.argv.slice(2), projectRoot);
