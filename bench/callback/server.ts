/**
 * One receiver for bench:callback, in its own process so `process.cpuUsage()` counts its CPU
 * alone: `bare` (read the body, answer `ok`: the floor), vkts's node:http adapter in one
 * validation mode (dedupe on, the default `after-handlers` ack), or vk-io's webhook handler.
 * Both SDKs get one `message_new` handler that counts. Listens on 127.0.0.1 only.
 *
 *   node --import tsx callback/server.ts <kind>
 */
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Session } from 'node:inspector';
import { createCallback, createNodeMiddleware } from '@vkts/callback';
import { VK } from 'vk-io';
import { BENCH_CONFIRMATION, BENCH_SECRET, isServerCommand, isServerKind, type ServerKind, type ServerMessage } from './protocol.js';

const kind = process.argv[2];
if (!isServerKind(kind)) throw new Error(`server.ts: unknown kind ${JSON.stringify(kind)}`);

let requests = 0;
let dispatched = 0;
let issues = 0;

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

function handlerFor(serverKind: ServerKind): Handler {
  switch (serverKind) {
    case 'bare':
      return (request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          Buffer.concat(chunks);
          response.writeHead(200, { 'content-type': 'text/plain' });
          response.end('ok');
        });
      };
    case 'vkts-strict':
    case 'vkts-lenient':
    case 'vkts-off': {
      const mode = serverKind === 'vkts-strict' ? 'strict' : serverKind === 'vkts-lenient' ? 'lenient' : 'off';
      const callback = createCallback({
        confirmation: BENCH_CONFIRMATION,
        secret: BENCH_SECRET,
        ...(mode === 'lenient' ? { validate: mode, onIssue: () => void issues++ } : { validate: mode }),
        onError: (error) => console.error('[bench server]', error),
      });
      callback.router.on('message_new', () => {
        dispatched += 1;
      });
      return createNodeMiddleware(callback);
    }
    case 'vk-io': {
      const vk = new VK({ token: 'bench-token-unused', webhookSecret: BENCH_SECRET, webhookConfirmation: BENCH_CONFIRMATION });
      vk.updates.on('message_new', () => {
        dispatched += 1;
      });
      return vk.updates.getWebhookCallback();
    }
  }
}

const handle = handlerFor(kind);
const server = createServer((request, response) => {
  response.once('finish', () => void requests++);
  void handle(request, response);
});
server.keepAliveTimeout = 60_000;

function send(message: ServerMessage): void {
  process.send?.(message);
}

// profile.ts sets this: a CPU profile of the measured requests only (start-up and warm-up left out).
const profileFile = process.env.VKTS_BENCH_CPU_PROFILE;
const profiler = profileFile === undefined ? undefined : new Session();
profiler?.connect();

function post(method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) => {
    profiler?.post(method, params, (error, result) => (error === null ? resolve(result) : reject(error)));
  });
}

let baseline = process.cpuUsage();
process.on('message', (message: unknown) => {
  if (!isServerCommand(message)) return;
  if (message.type === 'start') {
    requests = 0;
    dispatched = 0;
    issues = 0;
    const started = (): void => {
      baseline = process.cpuUsage();
      send({ type: 'started' });
    };
    if (profiler === undefined) started();
    else void post('Profiler.setSamplingInterval', { interval: 50 }).then(() => post('Profiler.enable')).then(() => post('Profiler.start')).then(started);
  } else {
    const used = process.cpuUsage(baseline);
    const stats: ServerMessage = { type: 'stats', cpuMicros: used.user + used.system, requests, dispatched, issues };
    if (profiler === undefined || profileFile === undefined) send(stats);
    else {
      void post('Profiler.stop').then((result) => {
        const profile: unknown = typeof result === 'object' && result !== null && 'profile' in result ? result.profile : undefined;
        writeFileSync(profileFile, JSON.stringify(profile));
        send(stats);
      });
    }
  }
});
process.on('disconnect', () => {
  profiler?.disconnect();
  server.closeAllConnections();
  server.close();
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  send({ type: 'listening', port: address.port });
});
