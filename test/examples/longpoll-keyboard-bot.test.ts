// examples/longpoll-keyboard-bot must keep working: run it as a user would (the built packages,
// the fake VK on 127.0.0.1) and check what it shows: the photo uploaded through the fake's upload
// server and sent with the inline keyboard, and the callback button answered with a snackbar.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const demo = fileURLToPath(new URL('../../examples/longpoll-keyboard-bot/run.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('examples/longpoll-keyboard-bot', () => {
  it('answers with a photo and an inline keyboard, and its callback button with a snackbar', async () => {
    const { stdout, stderr } = await run(process.execPath, [demo], { cwd: path.dirname(demo), timeout: 60_000 });
    expect(stderr).toBe('');
    expect(stdout).toContain('setup: Long Poll on for message_event, message_new'); // in the order of the schema's Long Poll flags
    // The photo: VK's three upload steps, the file as a PNG under the field VK expects.
    expect(stdout).toContain('← bot: uploads the photo: photos.getMessagesUploadServer → POST to the upload server (photo=70 bytes of image/png) → photos.saveMessagesPhoto');
    // The keyboard, serialised once, and the photo in the same message.
    expect(stdout).toContain(
      '← bot: messages.send(peer_id=100, "Press the button") with keyboard {"buttons":[[{"action":{"type":"callback","label":"Press","payload":"{\\"command\\":\\"press\\"}"}}]],"inline":true}',
    );
    expect(stdout).toMatch(/\n {8}and attachment photo-1_\d+_[0-9a-f]+ \(a photo uploaded by the messagePhoto flow, owner -1\)\n/);
    // The callback button, pressed with the payload from that keyboard, answered with the snackbar.
    expect(stdout).toContain('→ user 100 presses "Press"');
    expect(stdout).toContain('← bot: messages.sendMessageEventAnswer(event_id=demo-event-1, event_data={"type":"show_snackbar","text":"Done"})');
    expect(stdout).not.toContain('demo-community-token');
    expect(stdout.trimEnd().endsWith('demo OK')).toBe(true);
  });

  it('is the same bot as its vk-io equivalent, which runs the same way on the same fake VK', async () => {
    // vk-io-equivalent.md compares bot.mjs with vk-io-bot.mjs: this keeps that comparison honest.
    const { stdout, stderr } = await run(process.execPath, [demo, '--vk-io'], { cwd: path.dirname(demo), timeout: 60_000 });
    expect(stderr).toBe('');
    expect(stdout).toContain('setup (by hand): Long Poll on for message_event, message_new');
    // vk-io names a Buffer's type after the flow, not the file name: the PNG goes as image/jpeg.
    expect(stdout).toContain('← bot: uploads the photo: photos.getMessagesUploadServer → POST to the upload server (photo=70 bytes of image/jpeg) → photos.saveMessagesPhoto');
    expect(stdout).toContain('"type":"callback","label":"Press","payload":"{\\"command\\":\\"press\\"}"');
    expect(stdout).toMatch(/\n {8}and attachment photo-1_\d+_[0-9a-f]+ \(a photo uploaded by the messagePhoto flow, owner -1\)\n/);
    expect(stdout).toContain('← bot: messages.sendMessageEventAnswer(event_id=demo-event-1, event_data={"type":"show_snackbar","text":"Done"})');
    expect(stdout.trimEnd().endsWith('demo OK')).toBe(true);
  });

  it('type-checks: bot.mjs, run.mjs and vk-io-bot.mjs under checkJs, against the built typings', async () => {
    const tsgo = path.join(ROOT, 'node_modules/@typescript/native-preview/bin/tsgo'); // the root's `typecheck` compiler
    const { stdout, stderr } = await run(process.execPath, [tsgo, '-p', path.join(path.dirname(demo), 'tsconfig.json')], { cwd: ROOT, timeout: 120_000 });
    expect(`${stdout}${stderr}`).toBe('');
  });
});
