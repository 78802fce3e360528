import { readFile } from 'node:fs/promises';
import { expectArray, expectObject, expectString, isObject } from './json.js';
import type { DefinitionIR, MethodIR, TypeNode } from './types.js';

// schema/response-variants.json says which params select which response variant. Nothing in the
// schema ties them, so this curated table is checked hard against the IR: every key of every
// multi-variant method covered exactly once, every condition naming a real param.

export type WhenValue = readonly (string | number | boolean)[] | '*';

export interface VariantRule {
  key: string;
  when: ReadonlyMap<string, WhenValue>;
}

export interface MethodVariants {
  rules: VariantRule[];
  /** Keys of the response when no rule matches (several: a union). */
  defaults: string[];
}

export type VariantTable = ReadonlyMap<string, MethodVariants>;

export async function loadVariantTable(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

/**
 * The table as far as this schema version can carry it. The table is curated for the pinned
 * schema; on another version (schema:update to an older or newer commit) an entry, a rule or a key
 * may name what that version lacks, and a method may have variants the table does not know. Each
 * such mismatch is not an error here but an adjustment, reported in `notes`: the entry or rule is
 * left out, and keys nothing selects any more join the method's defaults (typed as their union —
 * the honest type when nothing says which one comes). On the pinned schema `notes` must be empty
 * (full-schema.test.ts checks it); checkVariantTable stays strict.
 */
export function adaptVariantTable(
  raw: unknown,
  methods: readonly MethodIR[],
  definitions: ReadonlyMap<string, DefinitionIR>,
  file = 'schema/response-variants.json',
): { table: VariantTable; notes: string[] } {
  try {
    return { table: checkVariantTable(raw, methods, definitions, file), notes: [] };
  } catch (error) {
    if (!(error instanceof VariantTableError)) throw error;
  }
  const notes: string[] = [];
  const entries = expectObject(expectObject(raw, file)['methods'], `${file} methods`);
  const byName = new Map(methods.map((m) => [m.name, m]));
  const table = new Map<string, MethodVariants>();
  for (const [name, value] of Object.entries(entries)) {
    const method = byName.get(name);
    if (!method || method.responses.length < 2) {
      notes.push(`${name}: ${method ? 'has a single response here' : 'not in this schema'} — entry left out`);
      continue;
    }
    const where = `${file} ${name}`;
    const entry = expectObject(value, where);
    const keys = method.responses.map((r) => r.key);
    const rules: VariantRule[] = [];
    expectArray(entry['variants'] ?? [], `${where} variants`).forEach((r, i) => {
      const problems: string[] = [];
      const rule = parseRule(r, method, `${where} variants/${i}`, problems, definitions);
      if (problems.length > 0 || !keys.includes(rule.key)) {
        notes.push(`${name} variants/${i} (${rule.key}): ${problems.length > 0 ? problems.map((p) => p.replace(`${file} `, '')).join('; ') : 'no such response key here'} — rule left out`);
      } else {
        rules.push(rule);
      }
    });
    const rawDefault = entry['default'];
    const given = (Array.isArray(rawDefault) ? rawDefault : [rawDefault]).map((d, i) => expectString(d, `${where} default/${i}`)).filter((k) => keys.includes(k));
    const uncovered = keys.filter((k) => !given.includes(k) && !rules.some((r) => r.key === k));
    if (uncovered.length > 0) notes.push(`${name}: ${uncovered.join(', ')} selected by no rule here — typed as one of the defaults`);
    table.set(name, { rules, defaults: [...given, ...uncovered] });
  }
  for (const method of methods) {
    if (method.responses.length > 1 && !table.has(method.name)) {
      notes.push(`${method.name}: variants ${method.responses.map((r) => r.key).join(', ')} have no entry — typed as their union`);
      table.set(method.name, { rules: [], defaults: method.responses.map((r) => r.key) });
    }
  }
  return { table, notes };
}

/** The table and the schema disagree (every problem listed). */
export class VariantTableError extends Error {
  override readonly name = 'VariantTableError';
}

export function checkVariantTable(
  raw: unknown,
  methods: readonly MethodIR[],
  definitions: ReadonlyMap<string, DefinitionIR>,
  file = 'schema/response-variants.json',
): VariantTable {
  const entries = expectObject(expectObject(raw, file)['methods'], `${file} methods`);
  const byName = new Map(methods.map((m) => [m.name, m]));
  const table = new Map<string, MethodVariants>();
  const problems: string[] = [];

  for (const [name, value] of Object.entries(entries)) {
    const where = `${file} ${name}`;
    const method = byName.get(name);
    if (!method) {
      problems.push(`${where}: no such method in the schema`);
      continue;
    }
    if (method.responses.length < 2) problems.push(`${where}: the method has a single response; remove the entry`);
    const entry = expectObject(value, where);
    const rules = expectArray(entry['variants'] ?? [], `${where} variants`).map((r, i) => parseRule(r, method, `${where} variants/${i}`, problems, definitions));
    const rawDefault = entry['default'];
    const defaults = Array.isArray(rawDefault)
      ? rawDefault.map((d, i) => expectString(d, `${where} default/${i}`))
      : [expectString(rawDefault, `${where} default`)];
    const keys = method.responses.map((r) => r.key);
    const used = [...rules.map((r) => r.key), ...defaults];
    for (const key of used) {
      if (!keys.includes(key)) problems.push(`${where}: ${key} is not a response key of the method (${keys.join(', ')})`);
    }
    for (const key of keys) {
      const count = used.filter((u) => u === key).length;
      if (count === 0) problems.push(`${where}: response key ${key} is not covered`);
      if (count > 1) problems.push(`${where}: response key ${key} is used ${count} times`);
    }
    table.set(name, { rules, defaults });
  }
  for (const method of methods) {
    if (method.responses.length > 1 && !table.has(method.name)) {
      problems.push(
        `${file}: ${method.name} has response variants ${method.responses.map((r) => r.key).join(', ')} but no entry — add one saying which params select which`,
      );
    }
  }
  if (problems.length > 0) throw new VariantTableError(`response variant table does not match the schema:\n  ${problems.join('\n  ')}`);
  return table;
}

function parseRule(
  raw: unknown,
  method: MethodIR,
  where: string,
  problems: string[],
  definitions: ReadonlyMap<string, DefinitionIR>,
): VariantRule {
  const rule = expectObject(raw, where);
  const key = expectString(rule['key'], `${where} key`);
  const when = new Map<string, WhenValue>();
  for (const [param, condition] of Object.entries(expectObject(rule['when'], `${where} when`))) {
    const declared = method.params.find((p) => p.name === param);
    if (!declared) {
      problems.push(`${where}: when names ${param}, which ${method.name} does not take`);
      continue;
    }
    if (condition === '*') {
      when.set(param, '*');
      continue;
    }
    const values = expectArray(condition, `${where} when/${param}`).map((v) => {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
        throw new Error(`${where} when/${param}: values must be strings, numbers or booleans`);
      }
      return v;
    });
    for (const v of values) {
      if (!acceptsLiteral(declared.type, v, definitions)) problems.push(`${where}: ${param} cannot be ${JSON.stringify(v)}`);
    }
    when.set(param, values);
  }
  if (!isObject(rule['when']) || when.size === 0) problems.push(`${where}: a variant needs at least one condition`);
  return { key, when };
}

function acceptsLiteral(type: TypeNode, value: string | number | boolean, definitions: ReadonlyMap<string, DefinitionIR>): boolean {
  switch (type.kind) {
    case 'primitive':
      if (type.enum) return type.enum.includes(value as string | number);
      if (type.type === 'boolean') return typeof value === 'boolean';
      if (type.type === 'string') return typeof value === 'string';
      return typeof value === 'number';
    case 'union':
      return type.members.some((m) => acceptsLiteral(m, value, definitions));
    case 'ref': {
      const target = definitions.get(type.target);
      return target !== undefined && acceptsLiteral(target.node, value, definitions);
    }
    default:
      return false;
  }
}
