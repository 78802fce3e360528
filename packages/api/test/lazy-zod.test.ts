// A client that never validates never loads zod: checked in child processes running the built
// package (imported and required), with a positive control that validation does load it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_TOKEN, startFake } from './helpers.js';

const run = promisify(execFile);
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const LOADS_ZOD = /\/node_modules\/zod\/|\/types\/dist\/zod\.(mjs|cjs)$/m;

describe('zod is loaded only by validation', () => {
  let fake: FakeVk;
  let scratch: string;
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.mjs'))) {
      throw new Error('packages/api/dist is missing: run the build (pnpm build) before this test');
    }
    fake = await startFake();
    scratch = mkdtempSync(join(tmpdir(), 'vkts-api-loads-'));
  });
  afterAll(async () => {
    await fake.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  async function esmLoads(validate: string): Promise<{ stdout: string; loads: string }> {
    const log = join(scratch, `esm-${validate}.log`);
    const env = { ...process.env, VK_TOKEN: GROUP_TOKEN, FAKE_URL: fake.url, VALIDATE: validate, VKTS_LOAD_LOG: log };
    const { stdout } = await run(process.execPath, ['--import', join(FIXTURES, 'record-loads.mjs'), join(FIXTURES, 'call-once.mjs')], { env });
    return { stdout, loads: readFileSync(log, 'utf8') };
  }

  // require() of the ES module: its own graph is not in require.cache nor seen by the resolve
  // hook, but what it loads with import() (undici on the first request, zod for validation) is.
  async function cjsLoads(validate: string): Promise<{ id: number; loaded: string }> {
    const log = join(scratch, `cjs-${validate}.log`);
    const env = { ...process.env, VK_TOKEN: GROUP_TOKEN, FAKE_URL: fake.url, VALIDATE: validate, VKTS_LOAD_LOG: log };
    const { stdout } = await run(process.execPath, ['--import', join(FIXTURES, 'record-loads.mjs'), join(FIXTURES, 'call-once.cjs')], { env });
    const parsed: unknown = JSON.parse(stdout);
    if (typeof parsed !== 'object' || parsed === null || !('id' in parsed)) throw new Error(`unexpected child output: ${stdout}`);
    return { id: Number(parsed.id), loaded: readFileSync(log, 'utf8') };
  }

  it('ESM: validate off loads no zod; validate both does', async () => {
    const off = await esmLoads('off');
    expect(JSON.parse(off.stdout)).toEqual({ id: 1 });
    expect(off.loads).toContain('/packages/api/dist/index.mjs');
    expect(off.loads).toContain('/undici/');
    expect(off.loads).not.toMatch(LOADS_ZOD);

    const both = await esmLoads('both');
    expect(JSON.parse(both.stdout)).toEqual({ id: 1 });
    expect(both.loads).toMatch(LOADS_ZOD);
  });

  it('require(): validate off loads no zod; validate both does', async () => {
    const off = await cjsLoads('off');
    expect(off.id).toBe(1);
    expect(off.loaded).toContain('/undici/');
    expect(off.loaded).not.toMatch(LOADS_ZOD);

    const both = await cjsLoads('both');
    expect(both.id).toBe(1);
    expect(both.loaded).toMatch(LOADS_ZOD);
  });
});
