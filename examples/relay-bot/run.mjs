// @ts-check
// The relay demo, all on 127.0.0.1: a real redis-server (temp dir, free port), the fake VK from
// @vkts/testing, the front process (front.mjs: Bots Long Poll → Redis stream) and two worker
// processes (worker.mjs: stream → messages.send). It pushes message_new events into the fake's
// Long Poll and exits 0 only if every one was handled by exactly one worker, both workers took
// part, and every answer reached the fake VK. Runs the BUILT packages: `pnpm build` first.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GROUP_ID = 1;
const TOKEN = 'relay-demo-community-token';
const EVENTS = 100;
const STREAM = 'demo:events';
const here = fileURLToPath(new URL('.', import.meta.url));

/** @type {(() => void)[]} */
const cleanups = [];
const fail = (/** @type {string} */ why) => {
  console.error(`relay demo FAILED: ${why}`);
  for (const cleanup of cleanups.reverse()) cleanup();
  process.exit(1);
};

const { createApi } = await import('@vkts/api');
const { createFakeVk } = await import('@vkts/testing').catch((error) => {
  fail(`the demo runs the built packages: run \`npx --yes pnpm@10.34.8 build\` first (${String(error)})`);
  throw error;
});

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });

/** @param {number} port */
const ping = (port) =>
  new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (/** @type {boolean} */ ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => done(chunk.toString().startsWith('+PONG')));
  });

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

// 1. Redis
const port = await freePort();
const dir = mkdtempSync(join(tmpdir(), 'vkts-relay-demo-'));
const redisServer = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes'], { stdio: 'ignore' });
redisServer.once('error', (error) => fail(`cannot start redis-server (${error.message}): apt-get install -y redis-server`));
cleanups.push(() => {
  redisServer.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});
for (let i = 0; !(await ping(port)); i++) {
  if (i > 200) fail('redis-server did not answer PING');
  await sleep(25);
}
console.log(`redis-server on 127.0.0.1:${port}`);

// 2. The fake VK, with Long Poll on for message_new
const fake = await createFakeVk({ groups: [{ id: GROUP_ID, name: 'Relay demo' }], tokens: [{ token: TOKEN, type: 'group', groupId: GROUP_ID }], rateLimit: false });
cleanups.push(() => void fake.close());
const api = createApi({ token: TOKEN, tokenType: 'group', baseUrl: fake.url, rateLimit: false });
await api.groups.setLongPollSettings({ group_id: GROUP_ID, enabled: 1, message_new: 1 });
const queue = fake.longPoll.group(GROUP_ID);
console.log(`fake VK on ${fake.url}`);

// 3. The front and two workers, each its own process
/** @type {Map<string, string[]>} */
const output = new Map();
/** @param {string} name @param {string} script @param {Record<string, string>} extra */
function start(name, script, extra) {
  const child = spawn(process.execPath, [join(here, script)], {
    cwd: here,
    env: { ...process.env, VK_API_URL: fake.url, VK_TOKEN: TOKEN, VK_GROUP_ID: String(GROUP_ID), REDIS_URL: `redis://127.0.0.1:${port}`, STREAM, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = /** @type {string[]} */ ([]);
  output.set(name, lines);
  let rest = '';
  child.stdout.on('data', (chunk) => {
    const text = rest + chunk.toString();
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    lines.push(...parts);
  });
  child.stderr.on('data', (chunk) => process.stderr.write(`[${name}] ${chunk}`));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  cleanups.push(() => child.kill('SIGKILL'));
  return { child, exited, lines };
}
const front = start('front', 'front.mjs', { START_TS: String(queue.ts) });
const workers = [start('worker-1', 'worker.mjs', { WORKER: 'worker-1' }), start('worker-2', 'worker.mjs', { WORKER: 'worker-2' })];
/** @param {() => boolean} check @param {string} what */
async function until(check, what) {
  for (let i = 0; !check(); i++) {
    if (i > 1000) fail(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
await until(() => [front, ...workers].every((p) => p.lines.some((line) => /relaying|consuming/.test(line))), 'the processes to start');

// 4. VK sends message_new events through Long Poll, in batches
for (let batch = 0; batch < EVENTS / 10; batch++) {
  for (let i = 1; i <= 10; i++) {
    const n = batch * 10 + i;
    queue.push({
      type: 'message_new',
      object: {
        message: { date: 1_700_000_000, from_id: 100 + (n % 5), id: n, out: 0, peer_id: 100 + (n % 5), text: `#${n}`, conversation_message_id: n },
        client_info: { button_actions: ['text'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
      },
    });
  }
  await sleep(5);
}
await until(() => fake.sentMessages.length >= EVENTS, `${EVENTS} answers`);

// 5. Graceful stop, then check what happened
for (const p of [front, ...workers]) p.child.kill('SIGTERM');
const codes = await Promise.all([front, ...workers].map((p) => p.exited));
if (codes.some((code) => code !== 0)) fail(`a process exited with ${codes.join(', ')}`);
await api.close();
await fake.close();

const handled = workers.flatMap((w) => w.lines.filter((line) => line.includes(' handled #')).map((line) => line.split(' ')[2] ?? ''));
const perWorker = workers.map((w, i) => `worker-${i + 1}: ${w.lines.filter((line) => line.includes(' handled #')).length}`);
console.log(`front → Redis stream "${STREAM}" → ${perWorker.join(', ')} (of ${EVENTS} events)`);
console.log(workers.flatMap((w) => w.lines).find((line) => line.includes(' handled #')) ?? '');
console.log(`messages VK delivered: ${fake.sentMessages.length}, e.g. ${JSON.stringify(fake.sentMessages[0]?.text)}`);
if (handled.length !== EVENTS || new Set(handled).size !== EVENTS) fail(`expected each of ${EVENTS} events handled once, got ${handled.length} handlings of ${new Set(handled).size} events`);
// Both workers joined the consumer group (checked at start); how Redis spreads entries between
// them depends on which one is blocked reading when a batch lands, so no share is asserted.

if (new Set(fake.sentMessages.map((m) => m.text?.split(': you said ')[1])).size !== EVENTS) fail('not every event was answered once');
if (!front.lines.some((line) => line.startsWith('front: committed ts'))) fail('the front never committed a ts');
redisServer.kill('SIGTERM');
await new Promise((resolve) => redisServer.once('exit', resolve));
rmSync(dir, { recursive: true, force: true });
console.log('relay demo OK');
