// The README's main command ends with the demo bot: it must keep working, so the test suite runs
// it exactly as `pnpm demo` does (the built packages, a real fake VK on 127.0.0.1).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const demo = fileURLToPath(new URL('../../examples/callback-bot/run.mjs', import.meta.url));

describe('examples/callback-bot (the demo of the main command)', () => {
  it('sets up the server, answers message_new with messages.send and an uploaded photo, logs group_join and exits 0', async () => {
    const { stdout } = await run(process.execPath, [demo], { cwd: path.dirname(demo), timeout: 30_000 });
    expect(stdout).toContain('VK confirmed it');
    expect(stdout).toContain('bot: message_new from 100 in community 1: "hello"');
    expect(stdout).toMatch(/bot: uploaded photo-1_\d+_[0-9a-f]+\n/);
    expect(stdout).toMatch(/bot → messages\.send\(peer_id=100, "You said: hello", attachment=photo-1_\d+_[0-9a-f]+\)/);
    expect(stdout).toMatch(/photo attached to the reply: photo-1_\d+_[0-9a-f]+ \(uploaded \d+ bytes, saved by VK\)/);
    expect(stdout).toContain('bot: user 42 joined community 1');
    expect(stdout).toMatch(/setup again[^\n]*\n\s+nothing to change/);
    expect(stdout).toContain('messages VK delivered: 100: "You said: hello"');
    expect(stdout).not.toContain('demo-community-token');
    expect(stdout.trimEnd().endsWith('demo OK')).toBe(true);
  });
});
