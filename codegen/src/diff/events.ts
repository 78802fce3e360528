import type { Transport } from '../ir/events.js';
import { expectArray, expectObject, expectString } from '../ir/json.js';
import type { SchemaIR } from '../ir/types.js';
import { compareStrings } from './canonical.js';
import { EVENT_ADDED_BREAKS, EVENT_REMOVED_BREAKS, TRANSPORT_ADDED_BREAKS, TRANSPORT_REMOVED_BREAKS } from './classify.js';
import { SETTINGS_METHODS, type RegistryCoverage } from './event-coverage.js';
import type { ApiChange } from './types.js';

// Community events as one schema version offers them: an event of schema/events.json exists on a
// transport when the version's settings method still has its flag (flagless entries such as
// `confirmation` always exist); a flag of the settings methods that the registry does not know is
// an event too — a new one, for which no types are generated until the registry has it.

export interface RegistryEntry {
  type: string;
  object: string | null;
  transports: Transport[];
  flags: Record<Transport, string | null>;
}

export interface EventView {
  type: string;
  object: string | null;
  transports: ReadonlySet<Transport>;
  registered: boolean;
}

const TRANSPORTS: readonly Transport[] = ['callback', 'longpoll'];

/** The fields of schema/events.json the diff needs; its full validation is checkEventRegistry's. */
export function readRegistry(raw: unknown, file = 'schema/events.json'): RegistryEntry[] {
  return Object.entries(expectObject(expectObject(raw, file)['events'], `${file} events`)).map(([type, value]) => {
    const where = `${file} ${type}`;
    const entry = expectObject(value, where);
    const flags = expectObject(entry['flags'], `${where} flags`);
    const flag = (transport: Transport): string | null => {
      const name = flags[transport];
      return name === null || name === undefined ? null : expectString(name, `${where} flags/${transport}`);
    };
    return {
      type,
      object: entry['object'] === null ? null : expectString(entry['object'], `${where} object`),
      transports: expectArray(entry['transports'], `${where} transports`).filter((t): t is Transport => t === 'callback' || t === 'longpoll'),
      flags: { callback: flag('callback'), longpoll: flag('longpoll') },
    };
  });
}

export function eventViews(registry: readonly RegistryEntry[], ir: SchemaIR, coverage: RegistryCoverage): Map<string, EventView> {
  const byName = new Map(ir.methods.map((m) => [m.name, m]));
  const params = (transport: Transport): Set<string> =>
    new Set(byName.get(SETTINGS_METHODS[transport])?.params.map((p) => p.name) ?? []);
  const offered: Record<Transport, Set<string>> = { callback: params('callback'), longpoll: params('longpoll') };

  const views = new Map<string, EventView>();
  for (const entry of registry) {
    const transports = new Set(
      entry.transports.filter((t) => {
        const flag = entry.flags[t];
        return flag === null || offered[t].has(flag);
      }),
    );
    if (transports.size > 0) views.set(entry.type, { type: entry.type, object: entry.object, transports, registered: true });
  }
  for (const { transport, flag } of coverage.uncovered) {
    const known = views.get(flag);
    const transports = new Set(known?.transports ?? []);
    transports.add(transport);
    views.set(flag, { type: flag, object: known?.object ?? null, transports, registered: known?.registered ?? false });
  }
  return views;
}

export interface PayloadChanges {
  /** Whether the definition exists on each side. */
  exists: (name: string, side: 'old' | 'new') => boolean;
  /** Changes listed under a definition (objects or responses). */
  changesOf: (name: string) => readonly ApiChange[];
}

export function diffEvents(before: ReadonlyMap<string, EventView>, after: ReadonlyMap<string, EventView>, payloads: PayloadChanges): ApiChange[] {
  const changes: ApiChange[] = [];
  const types = [...new Set([...before.keys(), ...after.keys()])].sort(compareStrings);
  for (const type of types) {
    const old = before.get(type);
    const now = after.get(type);
    if (!old && now) {
      changes.push({
        section: 'events',
        kind: 'event-added',
        subject: type,
        breaking: EVENT_ADDED_BREAKS,
        to: [...now.transports].sort(compareStrings).join(', '),
        ...(now.registered
          ? {}
          : { note: `flag of ${[...now.transports].map((t) => SETTINGS_METHODS[t]).join(' and ')} with no entry in schema/events.json: no types until it has one` }),
      });
      continue;
    }
    if (old && !now) {
      changes.push({ section: 'events', kind: 'event-removed', subject: type, breaking: EVENT_REMOVED_BREAKS });
      continue;
    }
    if (!old || !now) continue;
    for (const transport of TRANSPORTS) {
      if (old.transports.has(transport) && !now.transports.has(transport)) {
        changes.push({ section: 'events', kind: 'event-transport-removed', subject: type, member: transport, breaking: TRANSPORT_REMOVED_BREAKS });
      }
      if (!old.transports.has(transport) && now.transports.has(transport)) {
        changes.push({ section: 'events', kind: 'event-transport-added', subject: type, member: transport, breaking: TRANSPORT_ADDED_BREAKS });
      }
    }
    const object = now.object;
    if (object === null) continue;
    if (payloads.exists(object, 'old') && !payloads.exists(object, 'new')) {
      changes.push({ section: 'events', kind: 'event-payload-changed', subject: type, member: object, breaking: true, note: 'the payload definition is gone' });
      continue;
    }
    const own = payloads.changesOf(object);
    if (own.length === 0) continue;
    const breaking = own.filter((c) => c.breaking).length;
    changes.push({
      section: 'events',
      kind: 'event-payload-changed',
      subject: type,
      member: object,
      breaking: breaking > 0,
      note: `${own.length} change${own.length === 1 ? '' : 's'}${breaking > 0 ? ` (${breaking} breaking)` : ''}, listed under the definition`,
    });
  }
  return changes;
}
