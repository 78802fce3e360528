import { readFile } from 'node:fs/promises';
import { expectArray, expectObject, expectString } from './json.js';
import type { MethodIR, SchemaIR } from './types.js';

// schema/events.json is our registry of community events; the schema's own `callback_type` enum
// is incomplete. It is cross-checked against the event flags of groups.setCallbackSettings and
// groups.setLongPollSettings so that an API bump adding an event stops codegen instead of
// silently dropping it.

export type Transport = 'callback' | 'longpoll';

export interface EventIR {
  type: string;
  /** Definition the event's `object` carries; null only for `confirmation`. */
  object: string | null;
  transports: Transport[];
  /** The param of each transport's settings method that switches the event on (absent: none). */
  flags?: Partial<Record<Transport, string>>;
  notes?: string;
}

export interface UncoveredEventFlag {
  transport: Transport;
  flag: string;
}

/**
 * The registry and the schema disagree: `problems` lists every problem line, `uncovered` the
 * settings flags with no entry, `otherProblems` the problem lines that are not uncovered flags.
 */
export class EventRegistryError extends Error {
  override readonly name = 'EventRegistryError';
  constructor(
    readonly problems: readonly string[],
    readonly uncovered: readonly UncoveredEventFlag[],
    readonly otherProblems: readonly string[],
  ) {
    super(`event registry does not match the schema:\n  ${problems.join('\n  ')}`);
  }
}

/** Params of the settings methods that are not event switches. */
const NON_EVENT_PARAMS = new Set(['group_id', 'server_id', 'api_version', 'enabled']);

export async function loadEventRegistry(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

function eventFlags(method: MethodIR | undefined, name: string): Set<string> {
  if (!method) throw new Error(`the schema has no ${name}, which the event registry is checked against`);
  return new Set(method.params.filter((p) => !NON_EVENT_PARAMS.has(p.name)).map((p) => p.name));
}

/**
 * The registry entries this schema version cannot carry: the event's payload definition is not in
 * the schema, or its flag is not a param of a settings method. schema/events.json is curated for
 * the pinned schema; an older (or newer) version may lack an event, and then the event — or that
 * transport of it — is left out of the generated code and reported here, like a patch that is not
 * applicable. On the pinned schema this list must be empty (events-data.test.ts checks it), so a
 * typo in the registry still fails the tests.
 */
export function eventsNotInSchema(raw: unknown, ir: SchemaIR, file = 'schema/events.json'): string[] {
  const leftOut: string[] = [];
  try {
    checkEventRegistry(raw, ir, file, leftOut);
  } catch (error) {
    // The registry's own problems are registryCoverage's to report; what was left out is known by now.
    if (!(error instanceof EventRegistryError)) throw error;
  }
  return leftOut;
}

export function checkEventRegistry(raw: unknown, ir: SchemaIR, file = 'schema/events.json', leftOut: string[] = []): EventIR[] {
  const byName = new Map(ir.methods.map((m) => [m.name, m]));
  const flags: Record<Transport, Set<string>> = {
    callback: eventFlags(byName.get('groups.setCallbackSettings'), 'groups.setCallbackSettings'),
    longpoll: eventFlags(byName.get('groups.setLongPollSettings'), 'groups.setLongPollSettings'),
  };
  const covered: Record<Transport, Set<string>> = { callback: new Set(), longpoll: new Set() };
  const problems: string[] = [];
  const events: EventIR[] = [];

  for (const [type, value] of Object.entries(expectObject(expectObject(raw, file)['events'], `${file} events`))) {
    const where = `${file} ${type}`;
    const entry = expectObject(value, where);
    const object = entry['object'] === null ? null : expectString(entry['object'], `${where} object`);
    if (object === null && type !== 'confirmation') problems.push(`${where}: only confirmation may carry no object`);
    const absentObject = object !== null && !ir.definitions.has(object);
    if (absentObject) leftOut.push(`${type}: its payload definition ${object} is not in this schema — event left out`);
    let transports = expectArray(entry['transports'], `${where} transports`).map((t) => {
      if (t !== 'callback' && t !== 'longpoll') throw new Error(`${where}: unknown transport ${JSON.stringify(t)}`);
      return t;
    });
    const entryFlags = expectObject(entry['flags'], `${where} flags`);
    const reason = entry['reason'];
    const eventFlags: Partial<Record<Transport, string>> = {};
    for (const transport of ['callback', 'longpoll'] as const) {
      const flag = entryFlags[transport];
      if (flag === null || flag === undefined) {
        if (typeof reason !== 'string' || reason.trim() === '') problems.push(`${where}: no ${transport} flag and no reason why`);
        continue;
      }
      const name = expectString(flag, `${where} flags/${transport}`);
      if (!flags[transport].has(name)) {
        if (!absentObject && transports.includes(transport)) leftOut.push(`${type}: its ${transport} flag ${name} is not a settings param in this schema — ${transport} left out`);
        transports = transports.filter((t) => t !== transport);
      }
      covered[transport].add(name);
      eventFlags[transport] = name;
    }
    if (absentObject || transports.length === 0) continue;
    const notes = entry['notes'];
    events.push({ type, object, transports, flags: eventFlags, ...(typeof notes === 'string' ? { notes } : {}) });
  }
  const otherProblems = [...problems];
  const uncovered: UncoveredEventFlag[] = [];
  for (const transport of ['callback', 'longpoll'] as const) {
    for (const flag of flags[transport]) {
      if (covered[transport].has(flag)) continue;
      uncovered.push({ transport, flag });
      problems.push(`${file}: ${transport} event flag ${flag} has no registry entry`);
    }
  }
  if (problems.length > 0) throw new EventRegistryError(problems, uncovered, otherProblems);
  return events.sort((a, b) => (a.type < b.type ? -1 : 1));
}
