// Per-community values (confirmation strings, secrets): one string for every community, a map,
// or a lookup function, plus the values `setup()` learns at run time, which win over configured
// ones for their community. Several communities can so share one endpoint.
import { describeType } from '@vkts/internals';

/**
 * A value for each community:
 * - a string: the same for every community;
 * - a map (`Map` or a plain object keyed by group id): only the communities listed;
 * - a function of the group id (may be async): `undefined` means "not served here".
 */
export type PerGroupValue =
  | string
  | ReadonlyMap<number, string>
  | Readonly<Record<number, string>>
  | ((groupId: number) => string | undefined | PromiseLike<string | undefined>);

/** A lookup result: the value, or `undefined` when this community has none. */
export type Lookup = string | undefined | PromiseLike<string | undefined>;

export interface GroupValues {
  /** The community's value; `undefined` when none is configured (or learned) for it. */
  get(groupId: number): Lookup;
  /** Records a value learned by `setup()`; it wins over the configured one from now on. */
  learn(groupId: number, value: string): void;
}

/** Checks an option the way the types promise (options may come from plain JS or config files). */
export function checkPerGroupValue(option: string, value: PerGroupValue | undefined): PerGroupValue | undefined {
  if (value === undefined || typeof value === 'function') return value;
  if (typeof value === 'string') {
    if (value === '') throw new TypeError(`createCallback: \`${option}\` must not be an empty string`);
    return value;
  }
  if (value instanceof Map) {
    for (const [key, entry] of value) checkEntry(option, key, entry);
    return value;
  }
  const loose: unknown = value; // what plain JS may really pass
  if (typeof loose === 'object' && loose !== null && !Array.isArray(loose)) {
    for (const [key, entry] of Object.entries(loose)) checkEntry(option, /^\d+$/.test(key) ? Number(key) : key, entry);
    return value;
  }
  throw new TypeError(`createCallback: \`${option}\` must be a string, a map of group id to string, or a function, got ${describeType(loose)}`);
}

function checkEntry(option: string, key: unknown, entry: unknown): void {
  if (typeof key !== 'number' || !Number.isInteger(key) || key <= 0) {
    throw new TypeError(`createCallback: \`${option}\` keys must be positive integer group ids, got ${JSON.stringify(String(key))}`);
  }
  if (typeof entry !== 'string' || entry === '') {
    throw new TypeError(`createCallback: \`${option}\` for group ${key} must be a non-empty string`);
  }
}

export function groupValues(configured: PerGroupValue | undefined): GroupValues {
  const learned = new Map<number, string>();
  const fromConfig = configuredLookup(configured);
  return {
    get(groupId) {
      return learned.get(groupId) ?? fromConfig(groupId);
    },
    learn(groupId, value) {
      learned.set(groupId, value);
    },
  };
}

function configuredLookup(configured: PerGroupValue | undefined): (groupId: number) => Lookup {
  if (configured === undefined) return () => undefined;
  if (typeof configured === 'string') return () => configured;
  if (typeof configured === 'function') return configured;
  if (isMap(configured)) return (groupId) => configured.get(groupId);
  const record: Readonly<Record<string, string>> = configured;
  return (groupId) => (Object.hasOwn(record, groupId) ? record[groupId] : undefined);
}

function isMap(value: PerGroupValue): value is ReadonlyMap<number, string> {
  return value instanceof Map;
}
