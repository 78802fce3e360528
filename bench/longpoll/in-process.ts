/**
 * Quick in-process A/B of Bots Long Poll builds, for development (not a verdict): no network and
 * no fake VK process, so load on the machine disturbs it far less than bench:longpoll. A fake
 * dispatcher answers each check at the next turn of the event loop with one of a few prebuilt
 * answers of distinct `message_new` events (gzipped when the check asks for gzip, as VK does), and
 * each given build of `@vkts/longpoll` (a dist/index.mjs) runs a poll loop over them with a router
 * and an `onAny` counting handler, in alternating rounds; prints CPU µs per event per build.
 * What it leaves out (sockets, undici's HTTP parsing) is the same for every build. A build loads
 * `@vkts/events` and `@vkts/types` from where it lies, so to compare changes to those (guards,
 * router), give each build a folder `x/node_modules/@vkts/{api,events,longpoll,types}` (each
 * package.json + dist) with `undici` and `zod` linked beside them, and pass
 * `x/node_modules/@vkts/longpoll/dist/index.mjs`.
 *
 *   tsx longpoll/in-process.ts [--builds a/index.mjs,b/index.mjs] [--batches 300] [--rounds 8] [--corpus message_new|mixed] [--validate lenient|off] [--compression on|off] [--per-batch 100] [--gap-ms 0]
 *
 * `--per-batch`: events per answer (default 100, as VK's batches here); a batch over ~100
 * `message_new` is over 128 KB as a UTF-16 string, where whole-string parsing takes page faults
 * (also printed, minor page faults per batch).
 *
 * `--gap-ms N`: each check is answered N ms later instead of at the next turn (the process idles
 * between batches, as over a socket to a real or fake VK). With a gap the CPU per event here was
 * ~1.5–2× the back-to-back figure, with ~45 minor page faults per batch instead of ~0: the
 * batch's Buffers (inflated body, transcoded text, ~190 KB) are malloc'ed, freed only when a
 * scavenge sweeps them, and glibc then trims the heap top, so the next batches fault it in again.
 *
 * `--corpus mixed`: the event fixtures of ../shared/fixtures/vk-events in turn (as bench:longpoll's
 * mixed scenario) instead of distinct `message_new` events. `CPU_PROFILE=<file>`: a V8 CPU profile of
 * the measured rounds (not the warm-up).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createApi } from '@vkts/api';
import { createRouter } from '@vkts/events';
import type { BotsLongPollOptions } from '@vkts/longpoll';
import { summarize } from '../lib/measure.js';
import { REPO_ROOT } from '../lib/paths.js';
import { startProfiler } from '../lib/profiler.js';
import { longPollBatch } from '../wire/payloads.js';
import { BENCH_BATCH, BENCH_GROUP_ID, BENCH_GROUP_TOKEN } from './constants.js';

const { values } = parseArgs({
  options: {
    builds: { type: 'string', default: '' },
    batches: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '8' },
    validate: { type: 'string', default: 'lenient' },
    compression: { type: 'string', default: 'on' },
    corpus: { type: 'string', default: 'message_new' },
    'per-batch': { type: 'string', default: String(BENCH_BATCH) },
    'gap-ms': { type: 'string', default: '0' },
  },
  strict: true,
});
const batches = Number(values.batches);
const rounds = Number(values.rounds);
const perBatch = Number(values['per-batch']);
const gapMs = Number(values['gap-ms']);
const validate = values.validate === 'off' ? 'off' : 'lenient';
const compression = values.compression !== 'off';
type LongPollModule = typeof import('@vkts/longpoll');
const builds: { name: string; module: LongPollModule }[] = [];
for (const file of values.builds === '' ? [] : values.builds.split(',')) {
  const module: LongPollModule = await import(pathToFileURL(file).href);
  builds.push({ name: file, module });
}
if (builds.length === 0) builds.push({ name: '@vkts/longpoll', module: await import('@vkts/longpoll') });

// @vkts/types' dispatcher shapes, as the options name them (the bench does not depend on @vkts/types).
type HttpDispatcher = NonNullable<BotsLongPollOptions['dispatcher']>;
type HttpDispatchOptions = Parameters<HttpDispatcher['dispatch']>[0];
type HttpDispatchHandler = Parameters<HttpDispatcher['dispatch']>[1];

/** Batches of the fixtures in turn, with what the fake adds (group_id, event_id, v). */
function mixedBatch(fixtures: readonly Record<string, unknown>[], batch: number): unknown {
  const updates = Array.from({ length: perBatch }, (_, i) => {
    const n = batch * perBatch + i;
    return { ...fixtures[n % fixtures.length], group_id: BENCH_GROUP_ID, event_id: n.toString(16).padStart(40, '0'), v: '5.199' };
  });
  return { ts: String(batch + 2), updates };
}
function readFixtures(): Record<string, unknown>[] {
  const dir = path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'vk-events');
  const parsed: unknown[] = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  return parsed.filter((json): json is Record<string, unknown> => typeof json === 'object' && json !== null && !Array.isArray(json) && 'type' in json);
}
const fixtures = values.corpus === 'mixed' ? readFixtures() : [];
const plain = Array.from({ length: 16 }, (_, i) =>
  Buffer.from(JSON.stringify(values.corpus === 'mixed' ? mixedBatch(fixtures, i) : longPollBatch(perBatch, 1000 + i, BENCH_GROUP_ID))),
);
const gzipped = plain.map((body) => gzipSync(body));
const server = Buffer.from(JSON.stringify({ response: { server: 'https://lp.invalid/check', key: 'k', ts: '1' } }));

/** Answers getLongPollServer and every check from the prebuilt answers, a turn of the event loop later. */
function fakeDispatcher(): HttpDispatcher {
  let next = 0;
  const controller = { abort: () => undefined };
  return {
    dispatch(options: HttpDispatchOptions, handler: HttpDispatchHandler): boolean {
      const check = options.path.includes('act=a_check');
      const headers: unknown = options.headers;
      const gzip = check && typeof headers === 'object' && headers !== null && 'accept-encoding' in headers;
      const body = check ? (gzip ? gzipped : plain)[next++ % plain.length]! : server;
      const answer = (): void => {
        if (isLegacy(handler)) {
          // undici's request() (older builds) hands a handler with the pre-7 hooks.
          const raw = [Buffer.from('content-type'), Buffer.from('application/json'), ...(gzip ? [Buffer.from('content-encoding'), Buffer.from('gzip')] : [])];
          handler.onConnect(() => undefined);
          handler.onHeaders(200, raw, () => undefined, 'OK');
          handler.onData(body);
          handler.onComplete([]);
          return;
        }
        handler.onRequestStart?.(controller, {});
        handler.onResponseStart?.(controller, 200, { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
        handler.onResponseData?.(controller, body);
        handler.onResponseEnd?.(controller, {});
      };
      if (check && gapMs > 0) setTimeout(answer, gapMs);
      else setImmediate(answer);
      return true;
    },
  };
}

interface LegacyHandler {
  onConnect(abort: () => void): void;
  onHeaders(status: number, headers: Buffer[], resume: () => void, statusText: string): boolean;
  onData(chunk: Buffer): boolean;
  onComplete(trailers: Buffer[]): void;
}
function isLegacy(handler: object): handler is LegacyHandler {
  return !('onRequestStart' in handler) && 'onHeaders' in handler && typeof handler.onHeaders === 'function';
}

/** CPU µs per event and minor page faults per batch of one run. */
async function runOnce(module: LongPollModule): Promise<{ cpu: number; faults: number }> {
  const dispatcher = fakeDispatcher();
  const api = createApi({ token: BENCH_GROUP_TOKEN, tokenType: 'group', baseUrl: 'https://api.invalid', rateLimit: false, dispatcher });
  const router = createRouter();
  const target = batches * perBatch;
  let seen = 0;
  let reached: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (reached = resolve));
  router.onAny(() => {
    seen += 1;
    if (seen === target) reached();
  });
  const longPoll = module.createBotsLongPoll({ api, router, groupId: BENCH_GROUP_ID, validate, compression, dispatcher, onIssue: () => undefined, onError: (error: unknown) => console.error(error) });
  const before = process.cpuUsage();
  const faultsBefore = process.resourceUsage().minorPageFault;
  const running = longPoll.start();
  await done;
  const cpu = process.cpuUsage(before);
  const faults = process.resourceUsage().minorPageFault - faultsBefore;
  await longPoll.stop();
  await running;
  return { cpu: (cpu.user + cpu.system) / target, faults: faults / batches };
}

const results = new Map<string, number[]>(builds.map((b) => [b.name, []]));
const faultResults = new Map<string, number[]>(builds.map((b) => [b.name, []]));
for (const build of builds) await runOnce(build.module); // warm-up
const profileFile = process.env['CPU_PROFILE'];
const stopProfiler = profileFile === undefined || profileFile === '' ? undefined : await startProfiler(profileFile);
for (let round = 0; round < rounds; round += 1) {
  const order = round % 2 === 0 ? builds : [...builds].reverse();
  for (const build of order) {
    const run = await runOnce(build.module);
    results.get(build.name)?.push(run.cpu);
    faultResults.get(build.name)?.push(run.faults);
  }
}
await stopProfiler?.();
const first = summarize(results.get(builds[0]!.name) ?? []).median;
for (const [name, perEvent] of results) {
  const s = summarize(perEvent);
  const faults = summarize(faultResults.get(name) ?? []).median;
  console.log(`${name}: median ${s.median.toFixed(2)} µs/event (min ${s.min.toFixed(2)}, max ${s.max.toFixed(2)}), ÷ first ${(s.median / first).toFixed(3)}, ${faults.toFixed(1)} minor page faults per batch`);
}
