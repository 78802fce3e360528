/**
 * The load generator for bench:callback, in its own process: POSTs `message_new` events with a
 * unique `event_id` each (the same payload otherwise) to one receiver on 127.0.0.1 over
 * keep-alive connections, `concurrency` at a time, and measures each request's latency. It
 * refuses any address but 127.0.0.1 and stops at the request count or the time bound, whichever
 * comes first.
 *
 *   node --import tsx callback/load.ts   (driven by run.ts over IPC)
 */
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { messageNewBody } from './payload.js';
import { isLoadCommand, type LoadCommand, type LoadMessage } from './protocol.js';

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function run(command: LoadCommand): Promise<LoadMessage> {
  const target = new URL(command.url);
  if (target.hostname !== '127.0.0.1') throw new Error(`load.ts only sends to 127.0.0.1, got ${target.hostname}`);
  // Bodies made before timing; each event_id is new, as every VK event's is.
  const bodies = Array.from({ length: command.requests }, () => messageNewBody(randomBytes(20).toString('hex')));
  const agent = new Agent({ keepAlive: true, maxSockets: command.concurrency });
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = started + command.maxMs;

  const post = (payload: string): Promise<void> =>
    new Promise((resolve) => {
      const sent = performance.now();
      const req = httpRequest(
        { host: '127.0.0.1', port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            latencies.push(performance.now() - sent);
            if (res.statusCode === 200 && text === 'ok') ok += 1;
            else {
              failed += 1;
              if (failures.length < 5) failures.push(`${String(res.statusCode)} ${text.slice(0, 80)}`);
            }
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        failed += 1;
        if (failures.length < 5) failures.push(error.message);
        resolve();
      });
      req.end(payload);
    });

  const worker = async (): Promise<void> => {
    while (next < bodies.length && performance.now() < deadline) {
      const payload = bodies[next++];
      if (payload !== undefined) await post(payload);
    }
  };
  await Promise.all(Array.from({ length: command.concurrency }, worker));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { type: 'result', sent: next, ok, failed, failures, elapsedMs, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

process.on('message', (message: unknown) => {
  if (!isLoadCommand(message)) return;
  void run(message).then(
    (result) => process.send?.(result),
    (error: unknown) => {
      console.error('[bench load]', error);
      process.exit(1);
    },
  );
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' } satisfies LoadMessage);
