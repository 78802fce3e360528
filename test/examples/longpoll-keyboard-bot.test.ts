// examples/longpoll-keyboard-bot must keep working: run it as a user would (the built packages,
// the fake VK on 127.0.0.1) and check what it shows.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const demo = fileURLToPath(new URL('../../examples/longpoll-keyboard-bot/run.mjs', import.meta.url));

describe('examples/longpoll-keyboard-bot', () => {
  it('answers with an inline keyboard, and its callback button with a snackbar', async () => {
    const { stdout } = await run(process.execPath, [demo], { cwd: path.dirname(demo), timeout: 30_000 });
    expect(stdout).toContain('setup: Long Poll on for message_event, message_new'); // in the order of the schema's Long Poll flags
    expect(stdout).toContain(
      '← bot: messages.send(peer_id=100, "Press the button") with keyboard {"buttons":[[{"action":{"type":"callback","label":"Press","payload":"{\\"command\\":\\"press\\"}"}}]],"inline":true}',
    );
    expect(stdout).toContain('← bot: messages.sendMessageEventAnswer(event_id=demo-event-1, event_data={"type":"show_snackbar","text":"Done"})');
    expect(stdout).not.toContain('demo-community-token');
    expect(stdout.trimEnd().endsWith('demo OK')).toBe(true);
  });
});
