#!/usr/bin/env node
// `pnpm codegen`: runs codegen compiled to plain JavaScript (see ../build.mjs), rebuilt first
// whenever codegen/src changed, so what runs is always the current source.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from '../build.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { entry, built, ms } = await ensureBuilt();
if (built) console.error(`codegen: compiled codegen/src to ${path.relative(projectRoot, path.dirname(entry))} (${Math.round(ms)} ms)`);
const { runCli } = await import(pathToFileURL(entry).href);
runCli(process.argv.slice(2), projectRoot);
