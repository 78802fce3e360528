import { checkEventRegistry, EventRegistryError, type EventIR, type Transport } from '../ir/events.js';
import type { SchemaIR } from '../ir/types.js';

// How well schema/events.json matches a schema version, without stopping at the first problem.
// checkEventRegistry is the single source of the rules (which settings params are event flags,
// what an entry must hold); its EventRegistryError carries every problem, the uncovered flags
// and the problems that are not uncovered flags.

/** The settings method each transport's flags are params of. */
export const SETTINGS_METHODS: Readonly<Record<Transport, string>> = {
  callback: 'groups.setCallbackSettings',
  longpoll: 'groups.setLongPollSettings',
};

export interface UncoveredFlag {
  transport: Transport;
  flag: string;
  /** `groups.setCallbackSettings` or `groups.setLongPollSettings`. */
  method: string;
}

export interface RegistryCoverage {
  /** The checked registry when it matches the schema; undefined otherwise. */
  events: EventIR[] | undefined;
  /** Event flags of the settings methods with no registry entry. */
  uncovered: UncoveredFlag[];
  /** Every problem line checkEventRegistry reported, uncovered flags included. */
  problems: string[];
  /** The problems that are not uncovered flags (a bad entry, a missing definition, …). */
  otherProblems: string[];
}

export function registryCoverage(raw: unknown, ir: SchemaIR, file = 'schema/events.json'): RegistryCoverage {
  try {
    return { events: checkEventRegistry(raw, ir, file), uncovered: [], problems: [], otherProblems: [] };
  } catch (error) {
    if (!(error instanceof EventRegistryError)) throw error;
    return {
      events: undefined,
      uncovered: error.uncovered.map((u) => ({ ...u, method: SETTINGS_METHODS[u.transport] })),
      problems: [...error.problems],
      otherProblems: [...error.otherProblems],
    };
  }
}
