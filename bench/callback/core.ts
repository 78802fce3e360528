/**
 * In-process cost per event for bench:callback, without HTTP: the same payloads (as bytes, as a
 * socket delivers them) through one receiver's own work, in a fresh process per measurement.
 * `json-parse` is decoding + JSON.parse alone; `vk-io` is what its webhook handler does per event
 * (JSON.parse, secret check, `handleWebhookUpdate` → context + middleware + the handler);
 * `vkts-*` is `callback.handle()` in one validation mode (dedupe on, but for
 * `vkts-strict-no-dedupe`). Reports CPU per event.
 *
 *   node --import tsx callback/core.ts <kind> <events>
 *
 * With `VKTS_BENCH_CPU_PROFILE=<file>` set, the measured events (not the warm-up) are also
 * CPU-profiled into that file (sampling every 50 µs): in-process, so no pinning misattributes
 * samples to idle. Summarise it with `callback/profile.ts --summarize <file>`.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createCallback } from '@vkts/callback';
import { VK } from 'vk-io';
import { messageNewBody } from './payload.js';
import { BENCH_CONFIRMATION, BENCH_SECRET, isCoreKind, type CoreKind, type CoreMessage } from './protocol.js';

const kind = process.argv[2];
const events = Number(process.argv[3]);
if (!isCoreKind(kind)) throw new Error(`core.ts: unknown kind ${JSON.stringify(kind)}`);
if (!Number.isInteger(events) || events < 1) throw new Error('core.ts: events must be a positive integer');

const WARMUP = Math.min(20_000, events);
const bodies = Array.from({ length: WARMUP + events }, () => Buffer.from(messageNewBody(randomBytes(20).toString('hex'))));
let dispatched = 0;

function processorFor(coreKind: CoreKind): (body: Buffer) => unknown {
  switch (coreKind) {
    case 'json-parse':
      return (body) => JSON.parse(body.toString('utf8'));
    case 'vk-io': {
      const vk = new VK({ token: 'bench-token-unused', webhookSecret: BENCH_SECRET, webhookConfirmation: BENCH_CONFIRMATION });
      vk.updates.on('message_new', () => {
        dispatched += 1;
      });
      // What getWebhookCallback does per event once the body is read (see vk-io's webhook transport).
      return (body) => {
        const update: unknown = JSON.parse(body.toString('utf8'));
        if (typeof update !== 'object' || update === null || !('secret' in update) || update.secret !== BENCH_SECRET) throw new Error('bad secret');
        return vk.updates.handleWebhookUpdate(update);
      };
    }
    case 'vkts-off':
    case 'vkts-lenient':
    case 'vkts-strict':
    case 'vkts-strict-no-dedupe': {
      const mode = coreKind === 'vkts-off' ? 'off' : coreKind === 'vkts-lenient' ? 'lenient' : 'strict';
      const callback = createCallback({
        confirmation: BENCH_CONFIRMATION,
        secret: BENCH_SECRET,
        dedupe: coreKind !== 'vkts-strict-no-dedupe',
        ...(mode === 'lenient' ? { validate: mode, onIssue: () => {} } : { validate: mode }),
      });
      callback.router.on('message_new', () => {
        dispatched += 1;
      });
      return (body) => callback.handle({ body, method: 'POST', headers: {} });
    }
  }
}

const profileFile = process.env.VKTS_BENCH_CPU_PROFILE;

/** Starts the profiler when asked to; the function returned stops it and writes the profile. */
async function startProfiler(): Promise<(() => Promise<void>) | undefined> {
  if (profileFile === undefined || profileFile === '') return undefined;
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error === null ? resolve(result) : reject(error))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 50 });
  await post('Profiler.start');
  return async () => {
    const result = await post('Profiler.stop');
    const profile: unknown = typeof result === 'object' && result !== null && 'profile' in result ? result.profile : undefined;
    writeFileSync(profileFile, JSON.stringify(profile));
    session.disconnect();
  };
}

async function main(coreKind: CoreKind): Promise<void> {
  const processEvent = processorFor(coreKind);
  const run = async (from: number, to: number): Promise<void> => {
    for (let i = from; i < to; i++) {
      const body = bodies[i];
      if (body !== undefined) await processEvent(body);
    }
  };
  await run(0, WARMUP);
  dispatched = 0;
  const profiler = await startProfiler();
  const before = process.cpuUsage();
  await run(WARMUP, WARMUP + events);
  const used = process.cpuUsage(before);
  await profiler?.();
  if (coreKind !== 'json-parse' && dispatched !== events) throw new Error(`${coreKind}: ${dispatched} of ${events} events reached the handler`);
  const message: CoreMessage = { type: 'core', cpuMicrosPerEvent: (used.user + used.system) / events, events };
  process.send?.(message);
}

void main(kind).then(
  () => process.disconnect?.(),
  (error: unknown) => {
    console.error('[bench core]', error);
    process.exit(1);
  },
);
