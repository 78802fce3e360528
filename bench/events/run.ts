/**
 * bench:events — events per second through the whole receive path of @vkts/events, per
 * validation mode: `JSON.parse` of the raw text + parse/validate (`createEventParser`, and
 * `parseEvent` for strict) + `createEventContext` + `router.dispatch` (a synchronous `on` handler
 * per event type), one event after another as a Long Poll loop would. `JSON.parse` alone is the floor. Writes the `## events` section of
 * bench/RESULTS.md.
 *
 *   pnpm --filter @vkts/bench bench:events [--events N] [--rounds N] [--no-write]
 *
 * Uses the built package (`@vkts/events` → packages/events/dist): build first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  createEventContext,
  createEventParser,
  createRouter,
  isKnownEventType,
  loadEventValidators,
  parseEvent,
  type EventRouter,
  type ValidationMode,
} from '@vkts/events';
import { machineFacts, machineFactsMarkdown } from '../lib/machine.js';
import { summarize } from '../lib/measure.js';
import { integerOption } from '../lib/options.js';
import { REPO_ROOT } from '../lib/paths.js';
import { writeResultsSection } from '../lib/results.js';

const FIXTURES = path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'vk-events');
/** strict must reach at least this fraction of the JSON.parse floor. */
const TARGET_FRACTION = 1 / 3;

interface Options {
  readonly events: number;
  readonly rounds: number;
  readonly write: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '100000' },
      rounds: { type: 'string', default: '5' },
      'no-write': { type: 'boolean', default: false },
    },
    strict: true,
  });
  return { events: integerOption('events', values.events, 1), rounds: integerOption('rounds', values.rounds, 1), write: !values['no-write'] };
}

interface Corpus {
  /** Raw JSON texts, the event fixtures repeated to the requested size. */
  readonly texts: readonly string[];
  readonly eventFiles: readonly string[];
  /** The distinct `type`s among the event fixtures. */
  readonly types: readonly string[];
  /** Fixture files that are not events (Long Poll failure replies, a bare object), by name. */
  readonly skipped: readonly string[];
}

/** Same rule as packages/events/test/fixtures.test.ts: an event is an object with a string `type`. */
function loadCorpus(size: number): Corpus {
  const eventTexts: string[] = [];
  const eventFiles: string[] = [];
  const skipped: string[] = [];
  const types = new Set<string>();
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    const json: unknown = JSON.parse(text);
    const type = typeof json === 'object' && json !== null && 'type' in json ? json.type : undefined;
    if (typeof type === 'string') {
      types.add(type);
      eventTexts.push(text);
      eventFiles.push(file);
    } else {
      skipped.push(file);
    }
  }
  if (eventTexts.length === 0) throw new Error(`no event fixtures in ${FIXTURES}`);
  const repeats = Math.ceil(size / eventTexts.length);
  const texts: string[] = [];
  for (let i = 0; i < repeats; i++) texts.push(...eventTexts);
  return { texts, eventFiles, types: [...types], skipped };
}

/** What one timed pass runs per raw event text. */
interface Scenario {
  readonly id: string;
  readonly label: string;
  /** Undefined for the floor (`JSON.parse` only). */
  readonly mode?: ValidationMode;
  /** `parser`: `createEventParser` (sync after set-up, the transports' hot loop); `parseEvent`: a promise per event. */
  readonly api?: 'parser' | 'parseEvent';
}

const SCENARIOS: readonly Scenario[] = [
  { id: 'floor', label: '`JSON.parse` only (floor)' },
  { id: 'off', label: "`mode: 'off'` (`createEventParser`)", mode: 'off', api: 'parser' },
  { id: 'lenient', label: "`mode: 'lenient'` (`createEventParser`)", mode: 'lenient', api: 'parser' },
  { id: 'strict', label: "`mode: 'strict'` (`createEventParser`)", mode: 'strict', api: 'parser' },
  { id: 'strict-parseEvent', label: "`mode: 'strict'` (`parseEvent`, a promise per event)", mode: 'strict', api: 'parseEvent' },
];

interface Counters {
  handled: number;
  issues: number;
}

/** One `on` handler per event type in the corpus, as an app with a handler per event would have. */
function createBenchRouter(types: readonly string[], counters: Counters): EventRouter {
  const router = createRouter();
  for (const type of types) {
    if (!isKnownEventType(type)) throw new Error(`fixture event type "${type}" is unknown to @vkts/events`);
    router.on(type, () => {
      counters.handled++;
    });
  }
  // No onError: a failing handler rejects dispatch and stops the bench loudly.
  return router;
}

/** One pass over the corpus; returns the wall time in ms. */
async function pass(scenario: Scenario, texts: readonly string[], router: EventRouter, counters: Counters): Promise<number> {
  const mode = scenario.mode;
  if (mode === undefined) {
    let objects = 0;
    const start = performance.now();
    for (const text of texts) {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'object') objects++;
    }
    const ms = performance.now() - start;
    if (objects !== texts.length) throw new Error(`floor: ${objects} objects out of ${texts.length}`);
    return ms;
  }
  const options = {
    mode,
    onIssue: () => {
      counters.issues++;
    },
  };
  const handledBefore = counters.handled;
  let start: number;
  if (scenario.api === 'parseEvent') {
    start = performance.now();
    for (const text of texts) {
      const event = await parseEvent(JSON.parse(text), options);
      await router.dispatch(event, createEventContext(event, { transport: 'longpoll' }));
    }
  } else {
    const parse = await createEventParser(options); // set-up, outside the timed loop
    start = performance.now();
    for (const text of texts) {
      const event = parse(JSON.parse(text));
      await router.dispatch(event, createEventContext(event, { transport: 'longpoll' }));
    }
  }
  const ms = performance.now() - start;
  if (counters.handled - handledBefore !== texts.length) {
    throw new Error(`${scenario.id}: ${counters.handled - handledBefore} events handled out of ${texts.length}`);
  }
  return ms;
}

function formatRate(perSecond: number): string {
  return Math.round(perSecond).toLocaleString('en-US');
}

async function main(): Promise<void> {
  const options = parseOptions();
  const facts = machineFacts();
  const corpus = loadCorpus(options.events);
  const counters: Counters = { handled: 0, issues: 0 };
  const router = createBenchRouter(corpus.types, counters);
  await loadEventValidators(); // loading zod is a one-off, not part of the per-event cost

  // Warm-up: one pass each, so every scenario runs JIT-compiled code when timed.
  for (const scenario of SCENARIOS) await pass(scenario, corpus.texts, router, counters);

  const times = new Map<string, number[]>(SCENARIOS.map((s) => [s.id, []]));
  for (let round = 0; round < options.rounds; round++) {
    // Rotate the order each round, so no scenario always runs right after the same one.
    for (let i = 0; i < SCENARIOS.length; i++) {
      const scenario = SCENARIOS[(i + round) % SCENARIOS.length];
      if (scenario !== undefined) times.get(scenario.id)?.push(await pass(scenario, corpus.texts, router, counters));
    }
  }

  const n = corpus.texts.length;
  const rateOf = (id: string) => summarize((times.get(id) ?? []).map((ms) => (n / ms) * 1000));
  const floor = rateOf('floor').median;
  const verdict = (id: string): string => {
    const fraction = rateOf(id).median / floor;
    return `**${fraction >= TARGET_FRACTION ? 'PASS' : 'FAIL'}** (${fraction.toFixed(2)}× the floor)`;
  };
  const rows = SCENARIOS.map((s) => {
    const r = rateOf(s.id);
    return `| ${s.label} | ${formatRate(r.min)} | **${formatRate(r.median)}** | ${formatRate(r.max)} | ${(r.median / floor).toFixed(2)}× |`;
  });
  const body = [
    `Events per second through the receive path of \`@vkts/events\` (built \`dist/\`), one event after another as a Long Poll loop would: \`JSON.parse\` of the raw text, parse + validate in each mode (with the synchronous parser from \`createEventParser\`, made once before timing; for strict also with \`parseEvent\`, which returns a promise per event), \`createEventContext\`, and \`router.dispatch\` to a synchronous \`on\` handler (one registered per event type in the corpus, ${corpus.types.length} in all), \`await\`ed per event. \`JSON.parse\` alone is the floor. ` +
    `Corpus: the ${corpus.eventFiles.length} event fixtures of \`../shared/fixtures/vk-events\` (real Bots Long Poll payloads; ${counters.issues} validation issues reported over all lenient passes) repeated to ${n.toLocaleString('en-US')} events; not events, so left out: ${corpus.skipped.map((f) => `\`${f}\``).join(', ') || 'none'}. ` +
      `Validators are loaded before timing; one warm-up pass per scenario, then ${options.rounds} rounds in rotating order. Generated by \`pnpm --filter @vkts/bench bench:events\`.`,
    '',
    `- Date: ${new Date().toISOString()}`,
    machineFactsMarkdown(facts),
    '',
    '| Scenario | Events/s min | Events/s median | Events/s max | Median vs floor |',
    '|---|--:|--:|--:|--:|',
    ...rows,
    '',
    `- Target: "\`strict\` at no less than a third of the floor" (median vs median, needs ≥ ${TARGET_FRACTION.toFixed(2)}×): with \`createEventParser\` ${verdict('strict')}; with \`parseEvent\` ${verdict('strict-parseEvent')}.`,
  ].join('\n');

  process.stdout.write(`${body}\n`);
  if (options.write) {
    await writeResultsSection('events', body);
    process.stdout.write('\nwrote the "events" section of bench/RESULTS.md\n');
  }
}

await main();
