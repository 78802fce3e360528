/**
 * A strict receiver checks valid events with the generated guards alone and loads zod only when a
 * guard rejects an event (to decide and word the rejection): a process holding zod's schemas pays
 * for them on every request (bench/callback). Checked on the built package (dist/) in a fresh node
 * process whose import() resolutions test/packaging/load-recorder.mjs records.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SECRET, messageNew } from './support/events.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIST = join(ROOT, 'packages', 'callback', 'dist', 'index.mjs');
const LOAD_RECORDER = pathToFileURL(join(ROOT, 'test', 'packaging', 'load-recorder.mjs')).href;
const run = promisify(execFile);

const valid = [messageNew('first'), messageNew('second')];
const invalid = messageNew('bad', { object: { message: { text: 'no ids' }, client_info: {} } });

/** Handles the valid events, marks the log, then the invalid one; prints the answers. */
const script = `
  import { appendFileSync } from 'node:fs';
  const { createCallback } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
  const reported = [];
  const callback = createCallback({ confirmation: 'code', secret: ${JSON.stringify(SECRET)}, onError: (error) => reported.push(error.name) });
  let handled = 0;
  callback.router.on('message_new', () => void handled++);
  const answers = [];
  for (const event of ${JSON.stringify(valid)}) answers.push((await callback.handle({ method: 'POST', body: JSON.stringify(event) })).body);
  appendFileSync(process.env.VKTS_LOAD_LOG, 'valid events handled\\n');
  const rejected = await callback.handle({ method: 'POST', body: ${JSON.stringify(JSON.stringify(invalid))} });
  console.log(JSON.stringify({ answers, handled, rejected: [rejected.status, rejected.body], reported }));`;

let scratch = '';

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: build first (pnpm --filter @vkts/callback build)`);
  scratch = mkdtempSync(join(tmpdir(), 'vkts-callback-lazy-'));
});

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

it("validate: 'strict' checks valid events without loading zod, and loads it to word a rejection", async () => {
  const log = join(scratch, 'loads.log');
  const { stdout } = await run(process.execPath, ['--import', LOAD_RECORDER, '--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, VKTS_LOAD_LOG: log },
  });
  expect(JSON.parse(stdout)).toEqual({
    answers: ['ok', 'ok'],
    handled: 2,
    rejected: [400, 'bad request: invalid "message_new" event at object.message.conversation_message_id, object.message.date, object.message.from_id, object.message.id, object.message.out, … (6 in all)'],
    reported: ['EventValidationError'],
  });
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const mark = lines.indexOf('valid events handled');
  expect(mark).toBeGreaterThan(0);
  const isZod = (url: string): boolean => url.includes('/zod/') || /\/packages\/types\/dist\/zod\.mjs$/.test(url);
  const isGuards = (url: string): boolean => /\/packages\/types\/dist\/event-checks\.mjs$/.test(url);
  const before = lines.slice(0, mark);
  const after = lines.slice(mark + 1);
  expect(before.some(isGuards)).toBe(true);
  expect(before.filter(isZod)).toEqual([]);
  expect(after.some(isZod)).toBe(true);
});
