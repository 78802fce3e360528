// examples/relay-bot must keep working: run it as `pnpm demo` there does (the built packages,
// a real redis-server, the fake VK, a front process and two worker processes).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const demo = fileURLToPath(new URL('../../../examples/relay-bot/run.mjs', import.meta.url));

describe('examples/relay-bot', () => {
  it('relays Long Poll events through Redis to two workers: each handled once, every answer sent', { timeout: 180_000 }, async () => {
    const { stdout, stderr } = await run(process.execPath, [demo], { cwd: path.dirname(demo), timeout: 150_000 });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/front → Redis stream "demo:events" → worker-1: \d+, worker-2: \d+ \(of 100 events\)/);
    expect(stdout).toContain('(longpoll via demo:events, delivery 1)');
    expect(stdout).toContain('messages VK delivered: 100');
    expect(stdout).not.toContain('relay-demo-community-token');
    expect(stdout.trimEnd().endsWith('relay demo OK')).toBe(true);
  });
});
