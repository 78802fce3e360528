import { checkEventRegistry, type EventIR, type Transport } from '../ir/events.js';
import type { SchemaIR } from '../ir/types.js';

// How well schema/events.json matches a schema version, without stopping at the first problem.
// checkEventRegistry is the single source of the rules (which settings params are event flags,
// what an entry must hold); it throws one error listing every problem, which is split back into
// lines here. An uncovered flag is picked out of its line so reports can name it.

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

const LEAD = 'event registry does not match the schema:';
const UNCOVERED = /: (callback|longpoll) event flag (\S+) has no registry entry$/;

export function registryCoverage(raw: unknown, ir: SchemaIR, file = 'schema/events.json'): RegistryCoverage {
  try {
    return { events: checkEventRegistry(raw, ir, file), uncovered: [], problems: [], otherProblems: [] };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const problems = error.message.startsWith(LEAD)
      ? error.message
          .slice(LEAD.length)
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '')
      : [error.message];
    const uncovered: UncoveredFlag[] = [];
    const otherProblems: string[] = [];
    for (const line of problems) {
      const match = UNCOVERED.exec(line);
      const transport = match?.[1];
      const flag = match?.[2];
      if ((transport === 'callback' || transport === 'longpoll') && flag !== undefined) {
        uncovered.push({ transport, flag, method: SETTINGS_METHODS[transport] });
      } else otherProblems.push(line);
    }
    return { events: undefined, uncovered, problems, otherProblems };
  }
}
