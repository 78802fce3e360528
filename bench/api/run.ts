/**
 * bench:api — @vkts/api side by side with vk-io, both calling the same fake VK API
 * (@vkts/testing) that runs in its own process on 127.0.0.1. Each client runs in its own child
 * process too, so `process.cpuUsage()` there counts that client's CPU alone: not the fake's, not
 * this orchestrator's. Measured per client and mode (`sequential`, and `batch` = calls fired in
 * concurrent waves that the client merges into `execute`): calls per second, client CPU time per
 * call, and HTTP requests per call (counted by the fake). Writes the `## api` section of
 * bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:api [--sequential-calls N] [--batch-calls N] [--wave N]
 *                                       [--rounds N] [--blocks N] [--cpu-prof DIR] [--no-write]
 *
 * `--cpu-prof DIR` CPU-profiles every measured phase inside the client processes (one
 * .cpuprofile per client, mode and round; summarise with `tsx api/profile.ts DIR`) and does not
 * write RESULTS.md, since the profiler's own cost is in those numbers.
 *
 * Uses the built packages (`@vkts/api`, `@vkts/testing` → packages/{api,testing}/dist): build first.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Child } from '../lib/child.js';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { summarize, type Summary } from '../lib/measure.js';
import { integerOption } from '../lib/options.js';
import { BENCH_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';
import {
  isClientMessage,
  isFakeMessage,
  type ClientCommand,
  type ClientMessage,
  type ClientName,
  type FakeCommand,
  type FakeMessage,
  type FakeSample,
  type FakeSnapshot,
  type Mode,
  type RunResult,
  type SampledRequest,
  type VerifyResult,
} from './protocol.js';

const FAKE_SCRIPT = path.join(BENCH_ROOT, 'api', 'fake.ts');
const CLIENT_SCRIPT = path.join(BENCH_ROOT, 'api', 'client.ts');
const CLIENTS: readonly ClientName[] = ['vkts', 'vk-io'];
const MODES: readonly Mode[] = ['sequential', 'batch'];
/** Our client CPU per call must be at most this fraction of vk-io's. */
const CPU_TARGET_RATIO = 0.5;
/** Batching must cut HTTP requests per call at least this many times. */
const BATCH_TARGET_FACTOR = 25;

interface Options {
  readonly sequentialCalls: number;
  readonly batchCalls: number;
  readonly wave: number;
  readonly rounds: number;
  /** A round's calls of each mode run in this many blocks per client, the clients taking turns. */
  readonly blocks: number;
  readonly stepTimeoutMs: number;
  readonly cpuProfDir: string | undefined;
  readonly write: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      'sequential-calls': { type: 'string', default: '3000' },
      'batch-calls': { type: 'string', default: '30000' },
      wave: { type: 'string', default: '100' },
      rounds: { type: 'string', default: '7' },
      blocks: { type: 'string', default: '10' },
      'step-timeout': { type: 'string', default: '120' },
      'cpu-prof': { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
    strict: true,
  });
  // Upper bounds keep the load on 127.0.0.1 bounded in count and time.
  return {
    sequentialCalls: integerOption('sequential-calls', values['sequential-calls'], 1, 100_000),
    batchCalls: integerOption('batch-calls', values['batch-calls'], 1, 1_000_000),
    wave: integerOption('wave', values.wave, 1, 10_000),
    rounds: integerOption('rounds', values.rounds, 1, 50),
    blocks: integerOption('blocks', values.blocks, 1, 1000),
    stepTimeoutMs: integerOption('step-timeout', values['step-timeout'], 1, 3600) * 1000,
    cpuProfDir: values['cpu-prof'] === undefined ? undefined : path.resolve(values['cpu-prof']),
    write: !values['no-write'],
  };
}

type FakeChild = Child<FakeCommand, FakeMessage>;
type ClientChild = Child<ClientCommand, ClientMessage>;

// ---- verification: same calls, same answers ----

interface Verification {
  readonly answers: Record<ClientName, VerifyResult>;
  readonly requests: Record<ClientName, readonly SampledRequest[]>;
  readonly problems: readonly string[];
}

/** Params as the fake received them, without the token (vk-io sends it as `access_token`). */
function methodParams(request: SampledRequest): Record<string, string> {
  const { access_token: _token, ...rest } = request.params;
  return rest;
}

function sameParams(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** The calls of an execute code, `API.ns.m(<args>)` → `ns.m`, for comparing two clients' scripts. */
function executeMethods(code: string | undefined): string[] {
  return [...(code ?? '').matchAll(/API\.([A-Za-z]+\.[A-Za-z]+)\(/g)].map((match) => match[1] ?? '');
}

async function verify(fake: FakeChild, clients: Record<ClientName, ClientChild>, timeoutMs: number): Promise<Verification> {
  const answers = {} as Record<ClientName, VerifyResult>;
  const requests = {} as Record<ClientName, readonly SampledRequest[]>;
  const problems: string[] = [];
  for (const name of CLIENTS) {
    await fake.request({ type: 'snapshot' }, 'snapshot', timeoutMs);
    answers[name] = await clients[name].request({ type: 'verify' }, 'verified', timeoutMs);
    const snapshot = await fake.request({ type: 'snapshot' }, 'snapshot', timeoutMs);
    const sample: FakeSample = await fake.request({ type: 'sample', last: snapshot.requests }, 'sample', timeoutMs);
    requests[name] = sample.requests;
    for (const [key, value] of Object.entries(answers[name].answers)) {
      if (value.startsWith('ERROR')) problems.push(`${name}: ${key} failed: ${value}`);
    }
    for (const [key, count] of Object.entries(snapshot.callErrors)) problems.push(`${name}: the fake answered ${count}× with ${key}`);
    const methods = sample.requests.map((request) => request.method).join(', ');
    if (methods !== 'groups.getById, users.get, execute') {
      problems.push(`${name}: expected requests groups.getById, users.get, execute; the fake got ${methods || 'none'}`);
    }
  }
  const [ours, theirs] = CLIENTS.map((name) => answers[name].answers) as [Record<string, string>, Record<string, string>];
  for (const key of Object.keys(ours)) {
    if (ours[key] !== theirs[key]) problems.push(`answers differ for ${key}: vkts ${ours[key]} / vk-io ${theirs[key]}`);
  }
  const [ourRequests, theirRequests] = CLIENTS.map((name) => requests[name]) as [readonly SampledRequest[], readonly SampledRequest[]];
  ourRequests.forEach((ourRequest, index) => {
    const theirRequest = theirRequests[index];
    if (theirRequest === undefined || ourRequest.method !== 'execute' || theirRequest.method !== 'execute') return;
    const a = executeMethods(ourRequest.params['code']).join(',');
    const b = executeMethods(theirRequest.params['code']).join(',');
    if (a !== b) problems.push(`execute scripts call different methods: vkts [${a}] / vk-io [${b}]`);
  });
  ourRequests.forEach((ourRequest, index) => {
    const theirRequest = theirRequests[index];
    if (theirRequest === undefined || ourRequest.method === 'execute') return;
    if (ourRequest.method !== theirRequest.method || !sameParams(methodParams(ourRequest), methodParams(theirRequest))) {
      problems.push(
        `direct requests differ: vkts ${ourRequest.method} ${JSON.stringify(methodParams(ourRequest))} / vk-io ${theirRequest.method} ${JSON.stringify(methodParams(theirRequest))}`,
      );
    }
  });
  return { answers, requests, problems };
}

// ---- measuring ----

interface Step {
  readonly run: RunResult;
  readonly snapshot: FakeSnapshot;
}

type Key = `${ClientName} ${Mode}`;

async function step(
  fake: FakeChild,
  client: ClientChild,
  mode: Mode,
  calls: number,
  options: Options,
  profile?: string,
): Promise<Step> {
  await fake.request({ type: 'snapshot' }, 'snapshot', options.stepTimeoutMs);
  const run = await client.request({ type: 'run', mode, calls, wave: options.wave, profile }, 'result', options.stepTimeoutMs);
  const snapshot = await fake.request({ type: 'snapshot' }, 'snapshot', options.stepTimeoutMs);
  return { run, snapshot };
}

/** The blocks of one client's phase as one step: calls, time, CPU and requests summed. */
function mergeSteps(parts: readonly Step[]): Step {
  const [first] = parts;
  if (first === undefined) throw new Error('mergeSteps: no steps');
  const total = (value: (part: Step) => number): number => parts.reduce((sum, part) => sum + value(part), 0);
  const counts = (field: (part: Step) => Readonly<Record<string, number>>): Record<string, number> => {
    const merged: Record<string, number> = {};
    for (const part of parts) for (const [key, n] of Object.entries(field(part))) merged[key] = (merged[key] ?? 0) + n;
    return merged;
  };
  return {
    run: {
      ...first.run,
      calls: total(({ run }) => run.calls),
      wallMs: total(({ run }) => run.wallMs),
      userUs: total(({ run }) => run.userUs),
      systemUs: total(({ run }) => run.systemUs),
      failed: total(({ run }) => run.failed),
      firstError: parts.find(({ run }) => run.firstError !== undefined)?.run.firstError,
    },
    snapshot: {
      ...(parts.at(-1) ?? first).snapshot,
      requests: total(({ snapshot }) => snapshot.requests),
      calls: total(({ snapshot }) => snapshot.calls),
      callErrors: counts(({ snapshot }) => snapshot.callErrors),
      requestsByMethod: counts(({ snapshot }) => snapshot.requestsByMethod),
    },
  };
}

interface Row {
  readonly client: ClientName;
  readonly version: string;
  readonly mode: Mode;
  readonly callsPerRound: number;
  readonly callsPerSecond: Summary;
  readonly cpuUsPerCall: Summary;
  readonly userUsPerCall: Summary;
  readonly systemUsPerCall: Summary;
  readonly requestsPerCall: Summary;
  readonly requestsByMethod: Record<string, number>;
  readonly failed: number;
  readonly firstError: string | undefined;
  readonly callErrors: Record<string, number>;
}

function toRow(client: ClientName, version: string, mode: Mode, steps: readonly Step[]): Row {
  const requestsByMethod: Record<string, number> = {};
  const callErrors: Record<string, number> = {};
  for (const { snapshot } of steps) {
    for (const [method, n] of Object.entries(snapshot.requestsByMethod)) requestsByMethod[method] = (requestsByMethod[method] ?? 0) + n;
    for (const [error, n] of Object.entries(snapshot.callErrors)) callErrors[error] = (callErrors[error] ?? 0) + n;
  }
  return {
    client,
    version,
    mode,
    callsPerRound: steps[0]?.run.calls ?? 0,
    callsPerSecond: summarize(steps.map(({ run }) => run.calls / (run.wallMs / 1000))),
    cpuUsPerCall: summarize(steps.map(({ run }) => (run.userUs + run.systemUs) / run.calls)),
    userUsPerCall: summarize(steps.map(({ run }) => run.userUs / run.calls)),
    systemUsPerCall: summarize(steps.map(({ run }) => run.systemUs / run.calls)),
    requestsPerCall: summarize(steps.map(({ run, snapshot }) => snapshot.requests / run.calls)),
    requestsByMethod,
    failed: steps.reduce((sum, { run }) => sum + run.failed, 0),
    firstError: steps.find(({ run }) => run.firstError !== undefined)?.run.firstError,
    callErrors,
  };
}

// ---- output ----

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits: number): string => n.toFixed(digits);
const range = (s: Summary, format: (n: number) => string): string => `${format(s.min)}–${format(s.max)}`;

function table(rows: readonly Row[]): string {
  const lines = [
    '| Client | Mode | Calls/round | Calls/s median | Calls/s min–max | CPU µs/call median | CPU µs/call min–max | user / system µs/call (medians) | HTTP requests/call | Failed calls |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.client === 'vkts' ? `vkts \`@vkts/api\` ${row.version}` : `\`vk-io\` ${row.version}`} | ${row.mode} | ${int(row.callsPerRound)} | ` +
        `**${int(row.callsPerSecond.median)}** | ${range(row.callsPerSecond, int)} | **${fixed(row.cpuUsPerCall.median, 1)}** | ${range(row.cpuUsPerCall, (n) => fixed(n, 1))} | ` +
        `${fixed(row.userUsPerCall.median, 1)} / ${fixed(row.systemUsPerCall.median, 1)} | ${fixed(row.requestsPerCall.median, 3)} | ${row.failed} |`,
    );
  }
  return lines.join('\n');
}

function codeBlock(text: string): string {
  return ['```', text, '```'].join('\n');
}

function describeRequest(request: SampledRequest): string {
  const params = Object.entries(request.params)
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return `${request.httpMethod} ${request.path}  [${request.authorization === undefined ? 'no authorization header' : `authorization: ${request.authorization}`}]  ${params}`;
}

async function main(): Promise<void> {
  const options = parseOptions();
  const facts = machineFacts();
  const date = new Date().toISOString();
  if (options.cpuProfDir !== undefined) mkdirSync(options.cpuProfDir, { recursive: true });

  const fake: FakeChild = new Child('the fake VK', FAKE_SCRIPT, [], isFakeMessage);
  const children: ClientChild[] = [];
  try {
    const { url } = await fake.next('ready', 60_000);
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`the fake listens on ${url}, not on 127.0.0.1`);
    const clients = {} as Record<ClientName, ClientChild>;
    const versions = {} as Record<ClientName, string>;
    for (const name of CLIENTS) {
      const child: ClientChild = new Child(`client ${name}`, CLIENT_SCRIPT, [name, url], isClientMessage);
      children.push(child);
      clients[name] = child;
    }
    for (const name of CLIENTS) versions[name] = (await clients[name].next('ready', 60_000)).version;

    const verification = await verify(fake, clients, options.stepTimeoutMs);
    for (const problem of verification.problems) console.warn(`check: ${problem}`);
    console.log(`Wire check: ${verification.problems.length === 0 ? 'both clients send the same calls and get the same answers' : `${verification.problems.length} problem(s), see above`}`);

    const callsFor = (mode: Mode): number => (mode === 'sequential' ? options.sequentialCalls : options.batchCalls);
    // Warm-up: one round of each, not recorded (JIT, connection set-up, lazy imports).
    for (const name of CLIENTS) for (const mode of MODES) await step(fake, clients[name], mode, callsFor(mode), options);

    const steps = new Map<Key, Step[]>();
    for (let round = 0; round < options.rounds; round++) {
      // The client that goes first alternates by round (ABBA), and so does the mode order.
      const order = round % 2 === 0 ? CLIENTS : [...CLIENTS].reverse();
      const modes = round % 2 === 0 ? MODES : [...MODES].reverse();
      for (const mode of modes) {
        // The round's calls in blocks, the clients taking turns (who goes first alternates), so
        // a swing in the shared machine's load falls on both clients alike.
        const blockCalls = Math.ceil(callsFor(mode) / options.blocks);
        const parts = new Map<ClientName, Step[]>(CLIENTS.map((name) => [name, []]));
        for (let block = 0; block < options.blocks; block++) {
          for (const name of block % 2 === 0 ? order : [...order].reverse()) {
            // Profiled: the first block of each round (one profile per client, mode and round).
            const profile =
              options.cpuProfDir === undefined || block > 0 ? undefined : path.join(options.cpuProfDir, `${name}-${mode}-round${round + 1}.cpuprofile`);
            parts.get(name)?.push(await step(fake, clients[name], mode, blockCalls, options, profile));
          }
        }
        for (const name of order) {
          const result = mergeSteps(parts.get(name) ?? []);
          const key: Key = `${name} ${mode}`;
          steps.set(key, [...(steps.get(key) ?? []), result]);
          const { run, snapshot } = result;
          console.log(
            `round ${round + 1}/${options.rounds} ${key.padEnd(16)} ${int(run.calls / (run.wallMs / 1000)).padStart(7)} calls/s  ` +
              `${fixed((run.userUs + run.systemUs) / run.calls, 1).padStart(6)} µs CPU/call  ${fixed(snapshot.requests / run.calls, 3)} requests/call` +
              (run.failed > 0 ? `  ${run.failed} failed (${run.firstError ?? ''})` : ''),
          );
        }
      }
    }

    for (const child of children) child.send({ type: 'exit' });
    await Promise.all(children.map((child) => child.exited(10_000)));
    fake.send({ type: 'close' });
    await fake.next('closed', 10_000).catch(() => undefined);
    await fake.exited(10_000);

    const rows: Row[] = [];
    for (const name of CLIENTS) {
      for (const mode of MODES) rows.push(toRow(name, versions[name], mode, steps.get(`${name} ${mode}`) ?? []));
    }
    const row = (client: ClientName, mode: Mode): Row => {
      const found = rows.find((r) => r.client === client && r.mode === mode);
      if (found === undefined) throw new Error(`no row for ${client} ${mode}`);
      return found;
    };

    const cpuRatios = MODES.map((mode) => ({
      mode,
      ratio: row('vkts', mode).cpuUsPerCall.median / row('vk-io', mode).cpuUsPerCall.median,
    }));
    /** vkts's CPU per call over vk-io's in each round, as median [min–max]. */
    const sameRound = (mode: Mode): string => {
      const cpuOf = (client: ClientName): number[] => (steps.get(`${client} ${mode}`) ?? []).map(({ run }) => (run.userUs + run.systemUs) / run.calls);
      const theirs = cpuOf('vk-io');
      const { median, min, max } = summarize(cpuOf('vkts').map((ours, i) => ours / (theirs[i] ?? Number.NaN)));
      return `${fixed(median, 2)}× [${fixed(min, 2)}–${fixed(max, 2)}]`;
    };
    const cpuPass = cpuRatios.every(({ ratio }) => ratio <= CPU_TARGET_RATIO);
    const cut = (client: ClientName): number => row(client, 'sequential').requestsPerCall.median / row(client, 'batch').requestsPerCall.median;
    // 25 calls per execute is VK's maximum, so the cut can reach 25 but not exceed it; allow float noise.
    const batchPass = cut('vkts') >= BATCH_TARGET_FACTOR - 1e-9;
    const failedTotal = rows.reduce((sum, r) => sum + r.failed, 0);

    const requestMix = rows
      .map((r) => `${r.client} ${r.mode}: ${Object.entries(r.requestsByMethod).map(([m, n]) => `${m} ${int(n)}`).join(', ')}`)
      .join('; ');
    const errorNotes = rows.flatMap((r) => [
      ...(r.failed > 0 ? [`${r.client} ${r.mode}: ${r.failed} failed calls, first: ${r.firstError ?? '?'}`] : []),
      ...Object.entries(r.callErrors).map(([error, n]) => `${r.client} ${r.mode}: the fake answered ${n}× with ${error}`),
    ]);
    const sample = (name: ClientName): string => verification.requests[name].map(describeRequest).join('\n');

    const loadAtEnd = os.loadavg();
    const busy = facts.loadAverage[0] !== undefined && (facts.loadAverage[0] > facts.cores / 2 || (loadAtEnd[0] ?? 0) > facts.cores / 2);
    const body = [
      `**@vkts/api vs vk-io against the same fake VK API.** The fake (\`createFakeVk\` of \`@vkts/testing\`, built \`dist/\`, \`rateLimit: false\`) runs in its own process on 127.0.0.1 and counts HTTP requests; each client runs in its own child process, and \`process.cpuUsage()\` is read there around each timed phase, so the CPU per call is the client's alone (its main thread plus V8/libuv helper threads), not the fake's or this orchestrator's. ` +
        `Calls alternate \`groups.getById({ group_id: 1 })\` (the fake's built-in answer) and \`users.get({ user_ids: [1, 2], fields: ['sex', 'screen_name'] })\` (programmed with \`fake.handle\` to a fixed answer), so both clients get byte-identical replies. ` +
        `**sequential**: ${int(options.sequentialCalls)} calls per round, each awaited before the next. **batch**: ${int(options.batchCalls)} calls per round, fired in concurrent waves of ${options.wave} (all of a wave awaited before the next), merged into \`execute\` by the client. ` +
        `One warm-up round of each, then ${options.rounds} rounds, client and mode order alternating by round; within a round each client's calls of a mode run in ${options.blocks} blocks, the two clients taking turns block by block, so a swing in the shared machine's load falls on both alike (a round's figure sums its blocks); no forced GC between phases (steady state: a forced full GC before each phase made both clients look 1.5–2× costlier per call, from regrowing the heap and recompiling). Generated by \`pnpm --filter @vkts/bench bench:api\`.`,
      '',
      `- vkts: \`createApi({ token, tokenType: 'group', baseUrl: <fake>, rateLimit: false, batch: false | true })\`, other options at their defaults (retries on, \`validate: 'off'\`, undici keep-alive Agent); token in \`Authorization: Bearer\`.`,
      `- vk-io: \`new API({ token, apiBaseUrl: '<fake>/method', apiVersion: '5.199', apiLimit: Number.MAX_SAFE_INTEGER, apiMode: 'sequential' | 'parallel', agent: new http.Agent({ keepAlive: true }) })\` (its default \`https.globalAgent\` cannot reach an \`http://\` URL); token as \`access_token\` in the form body. Its worker still waits \`ceil(1133 / apiLimit)\` = 1 ms (a \`setTimeout\`) after sending each request, whatever the limit, so its calls/s are capped near 1,000 requests/s; that wait is idle time and costs no CPU.`,
      '',
      `- Date: ${date}`,
      machineFactsMarkdown(facts),
      `- Load average at end (1/5/15 min): ${loadAtEnd.map((n) => n.toFixed(2)).join(' / ')}`,
      ...(busy
        ? [
            '',
            `> Note: the machine was busy (1-minute load average above half the ${facts.cores} cores at the start or end); the fake, the client and other work share the cores, so calls/s suffer most. CPU time per call is steadier, but it too grows when caches and cores are shared.`,
          ]
        : []),
      '',
      table(rows),
      '',
      `- Client CPU per call, vkts/vk-io (medians): ${cpuRatios.map(({ mode, ratio }) => `${mode} **${fixed(ratio, 2)}×**`).join(', ')}`,
      `- Same-round ratios (the two clients' blocks interleaved), median [min–max]: ${MODES.map((mode) => `${mode} ${sameRound(mode)}`).join(', ')}`,
      `- HTTP requests cut by batching (requests/call sequential ÷ batch, medians): vkts **${fixed(cut('vkts'), 1)}×**, vk-io ${fixed(cut('vk-io'), 1)}×`,
      `- Target: "client CPU per call at most half of vk-io's" (ratio ≤ ${CPU_TARGET_RATIO}, both modes) — **${cpuPass ? 'PASS' : 'FAIL'}**`,
      `- Target: "batching cutting HTTP requests 25-fold" (vkts, ≥ ${BATCH_TARGET_FACTOR}×) — **${batchPass ? 'PASS' : 'FAIL'}**`,
      ...(cpuPass ? [] : ['- Where the CPU goes: run with `--cpu-prof DIR`, then `tsx api/profile.ts DIR` (see bench/README.md).']),
      ...(options.wave % 25 === 0 ? [] : [`- The wave size, ${options.wave}, is not a multiple of 25, so some \`execute\` requests carry fewer than 25 calls.`]),
      `- Failed calls: ${failedTotal === 0 && errorNotes.length === 0 ? 'none' : errorNotes.join('; ')}`,
      `- Requests the fake received over the measured rounds: ${requestMix}`,
      '',
      `Wire check before timing (one call of each method direct, then the two together batched; the fake's record, token redacted by the fake): ${verification.problems.length === 0 ? 'same methods, same params (vk-io additionally sends the token as `access_token`; inside `execute` vkts passes each value as its form text, `"1"`, and vk-io as JSON, `1`, which VK reads alike), same answers.' : `**problems:** ${verification.problems.join('; ')}`}`,
      '',
      'vkts:',
      '',
      codeBlock(sample('vkts')),
      '',
      'vk-io:',
      '',
      codeBlock(sample('vk-io')),
    ].join('\n');

    console.log('');
    console.log(table(rows));
    console.log('');
    console.log(body.split('\n').filter((line) => line.startsWith('- Target') || line.startsWith('- Client CPU') || line.startsWith('- Same-round') || line.startsWith('- HTTP')).join('\n'));
    if (options.cpuProfDir !== undefined) {
      console.log(`CPU profiles of every measured phase: ${options.cpuProfDir} (summarise: tsx api/profile.ts ${options.cpuProfDir})`);
      console.log('Profiled run: the profiler costs CPU too, so RESULTS.md is not written.');
    }
    if (options.write && options.cpuProfDir === undefined) {
      await writeResultsSection('api', body);
      console.log('Wrote the `## api` section of bench/RESULTS.md');
    }
  } finally {
    for (const child of children) child.kill();
    fake.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
