/**
 * @vkts/events loads zod (through `@vkts/types/zod`) and the event type guards
 * (`@vkts/types/event-checks`) only when a validating parse needs them:
 * checked on the built package (dist/), in fresh node processes, for `import` and `require`
 * (Node >= 20.19 requires the ESM-only build). Resolutions made through import() are recorded by
 * test/packaging/load-recorder.mjs, the validators are loaded that way whichever loaded the
 * package, and the strict-mode runs prove the log does see zod when it is loaded.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'packages', 'events', 'dist');
const LOAD_RECORDER = pathToFileURL(join(ROOT, 'test', 'packaging', 'load-recorder.mjs')).href;
const run = promisify(execFile);

const EVENT = `{ type: 'group_join', object: { user_id: 'not a number', join_type: 'join' }, group_id: 1 }`;
const CONTEXT = `{ groupId: 1, eventId: undefined, apiVersion: undefined, transport: 'longpoll' }`;

/** Body shared by the ESM and CJS scripts: parse in `mode`, dispatch, print what was delivered. */
function body(mode: 'off' | 'strict'): string {
  return `
    const router = events.createRouter();
    let delivered = 'nothing';
    router.on('group_join', (event) => { delivered = typeof event.object.user_id; });
    try {
      const event = await events.parseEvent(${EVENT}, { mode: '${mode}' });
      await router.dispatch(event, ${CONTEXT});
    } catch (error) {
      delivered = error.name;
    }
    const required = typeof require === 'function' ? Object.keys(require.cache) : [];
    console.log(JSON.stringify({ delivered, required }));`;
}

const scripts = {
  esm: (mode: 'off' | 'strict') =>
    `const events = await import(${JSON.stringify(pathToFileURL(join(DIST, 'index.mjs')).href)});${body(mode)}`,
  cjs: (mode: 'off' | 'strict') =>
    `(async () => { const events = require(${JSON.stringify(join(DIST, 'index.mjs'))});${body(mode)} })();`,
};

let scratch = '';

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.mjs'))) {
    throw new Error(`${DIST} is missing: build first (pnpm --filter @vkts/events build)`);
  }
  scratch = mkdtempSync(join(tmpdir(), 'vkts-events-lazy-'));
});

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

function isReport(value: unknown): value is { delivered: string; required: string[] } {
  if (typeof value !== 'object' || value === null || !('delivered' in value) || !('required' in value)) return false;
  return typeof value.delivered === 'string' && Array.isArray(value.required) && value.required.every((f) => typeof f === 'string');
}

async function loads(format: 'esm' | 'cjs', mode: 'off' | 'strict') {
  const log = join(scratch, `${format}-${mode}.log`);
  const { stdout } = await run(
    process.execPath,
    ['--import', LOAD_RECORDER, ...(format === 'esm' ? ['--input-type=module'] : []), '-e', scripts[format](mode)],
    { cwd: ROOT, env: { ...process.env, VKTS_LOAD_LOG: log } },
  );
  const urls = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  const result: unknown = JSON.parse(stdout);
  if (!isReport(result)) throw new Error(`unexpected output from the child: ${stdout}`);
  // import() resolutions show in the hook log; anything loaded by a CommonJS require() in
  // `require.cache`.
  const loaded = [...urls, ...result.required];
  return {
    delivered: result.delivered,
    zod: loaded.some((file) => file.includes('/zod/')),
    typesZod: loaded.some((file) => /\/packages\/types\/dist\/zod\.(mjs|cjs)$/.test(file)),
    eventChecks: loaded.some((file) => /\/packages\/types\/dist\/event-checks\.(mjs|cjs)$/.test(file)),
  };
}

describe.each(['esm', 'cjs'] as const)('%s', (format) => {
  it("mode 'off' parses and dispatches without loading zod or the event guards", async () => {
    const result = await loads(format, 'off');
    expect(result.delivered).toBe('string'); // delivered as received, not validated
    expect(result.typesZod).toBe(false);
    expect(result.zod).toBe(false);
    expect(result.eventChecks).toBe(false);
  });

  it("mode 'strict' loads zod and the event guards on first use", async () => {
    const result = await loads(format, 'strict');
    expect(result.delivered).toBe('EventValidationError');
    expect(result.typesZod).toBe(true);
    expect(result.zod).toBe(true);
    expect(result.eventChecks).toBe(true);
  });
});
