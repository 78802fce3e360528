// Checks schema/response-variants.json against the pinned VK API schema.
// Codegen relies on this table to choose a method's response type from the params the caller passes,
// so every multi-key method must be covered, and every `when` must name real params with values of the right type.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
// The verified pinned copy (`pnpm schema:pull`, run first by `pnpm test`), not the shared mirror, which may hold another commit.
const schemaRoot = resolve(repoRoot, 'schema/vk-api-schema');
const tablePath = join(repoRoot, 'schema/response-variants.json');

type Literal = string | number | boolean;
type When = Record<string, Literal[] | '*'>;
interface Variant {
  key: string;
  when: When;
}
interface Entry {
  variants: Variant[];
  default: string | string[];
  evidence: string;
}
interface Table {
  $comment: string;
  methods: Record<string, Entry>;
}

interface SchemaParam {
  name: string;
  type?: string | string[];
  enum?: unknown[];
}
interface SchemaMethod {
  name: string;
  parameters?: SchemaParam[];
  responses: Record<string, { $ref: string }>;
}

function loadMethods(): Map<string, SchemaMethod> {
  const methods = new Map<string, SchemaMethod>();
  for (const ns of readdirSync(schemaRoot)) {
    const file = join(schemaRoot, ns, 'methods.json');
    if (!existsSync(file)) continue;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { methods: SchemaMethod[] };
    for (const m of parsed.methods) methods.set(m.name, m);
  }
  return methods;
}

const schemaMethods = loadMethods();
const table = JSON.parse(readFileSync(tablePath, 'utf8')) as Table;
const entries = Object.entries(table.methods);
const multiKey = [...schemaMethods.values()].filter((m) => Object.keys(m.responses).length > 1);

function defaultKeys(e: Entry): string[] {
  return typeof e.default === 'string' ? [e.default] : e.default;
}

function param(method: string, name: string): SchemaParam | undefined {
  return schemaMethods.get(method)?.parameters?.find((p) => p.name === name);
}

/** Problems with one literal value for a param, judged by the param's schema type. */
function literalProblem(p: SchemaParam, v: Literal): string | undefined {
  const types = Array.isArray(p.type) ? p.type : [p.type];
  const inEnum = p.enum === undefined || p.enum.includes(v);
  if (types.includes('boolean')) {
    return v === 0 || v === 1 || v === true || v === false ? undefined : 'boolean param takes 0/1/true/false';
  }
  if (typeof v === 'number' && (types.includes('integer') || types.includes('number'))) {
    if (types.includes('integer') && !types.includes('number') && !Number.isInteger(v)) return 'integer param takes integers';
    return inEnum ? undefined : `not in enum ${JSON.stringify(p.enum)}`;
  }
  if (typeof v === 'string' && types.includes('string')) {
    return inEnum ? undefined : `not in enum ${JSON.stringify(p.enum)}`;
  }
  return `value ${JSON.stringify(v)} does not fit param type ${JSON.stringify(p.type)}`;
}

/** True when every call that satisfies `later` also satisfies `earlier`, so `later` can never be picked. */
function shadows(earlier: When, later: When): boolean {
  return Object.entries(earlier).every(([name, cond]) => {
    const other = later[name];
    if (other === undefined) return false;
    if (cond === '*') return true;
    if (other === '*') return false;
    return other.every((v) => cond.includes(v));
  });
}

describe('schema/response-variants.json', () => {
  it('is loaded from the pinned schema', () => {
    expect(existsSync(schemaRoot), schemaRoot).toBe(true);
    expect(schemaMethods.size).toBeGreaterThan(500);
    expect(multiKey.length).toBeGreaterThan(0);
  });

  it('has the documented top-level shape', () => {
    expect(Object.keys(table).sort()).toEqual(['$comment', 'methods']);
    expect(typeof table.$comment).toBe('string');
    for (const [name, e] of entries) {
      expect(Object.keys(e).sort(), name).toEqual(['default', 'evidence', 'variants']);
      expect(Array.isArray(e.variants), name).toBe(true);
      expect(typeof e.evidence === 'string' && e.evidence.trim().length > 0, `${name}: evidence`).toBe(true);
      const d = e.default;
      const okDefault =
        typeof d === 'string' || (Array.isArray(d) && d.length > 1 && d.every((k) => typeof k === 'string'));
      expect(okDefault, `${name}: default must be a key or an array of 2+ keys`).toBe(true);
      for (const v of e.variants) {
        expect(Object.keys(v).sort(), name).toEqual(['key', 'when']);
        expect(typeof v.key, name).toBe('string');
        expect(Object.keys(v.when).length, `${name}/${v.key}: empty when`).toBeGreaterThan(0);
      }
    }
  });

  it('lists every method with more than one response key', () => {
    const missing = multiKey.map((m) => m.name).filter((n) => !(n in table.methods));
    expect(missing).toEqual([]);
  });

  it('lists no single-key or unknown method', () => {
    const extra = entries
      .map(([n]) => n)
      .filter((n) => {
        const m = schemaMethods.get(n);
        return m === undefined || Object.keys(m.responses).length < 2;
      });
    expect(extra).toEqual([]);
  });

  it('covers every response key exactly once', () => {
    for (const [name, e] of entries) {
      const m = schemaMethods.get(name);
      if (!m) continue;
      const used = [...e.variants.map((v) => v.key), ...defaultKeys(e)];
      expect([...used].sort(), name).toEqual(Object.keys(m.responses).sort());
      expect(new Set(used).size, `${name}: a key is listed twice`).toBe(used.length);
    }
  });

  it('only names params the method has, with values of the param type', () => {
    const problems: string[] = [];
    for (const [name, e] of entries) {
      for (const v of e.variants) {
        for (const [pname, cond] of Object.entries(v.when)) {
          const p = param(name, pname);
          const at = `${name}/${v.key}/${pname}`;
          if (!p) {
            problems.push(`${at}: no such param`);
            continue;
          }
          if (cond === '*') continue;
          if (!Array.isArray(cond) || cond.length === 0) {
            problems.push(`${at}: must be "*" or a non-empty array of literals`);
            continue;
          }
          if (p.type === 'array') {
            problems.push(`${at}: array params can only be tested with "*"`);
            continue;
          }
          for (const lit of cond) {
            const why = literalProblem(p, lit);
            if (why) problems.push(`${at}: ${why}`);
          }
          if (p.type === 'boolean') {
            // Booleans are sent as 1/0, so both spellings must be listed together.
            if (cond.includes(1) !== cond.includes(true)) problems.push(`${at}: list both 1 and true`);
            if (cond.includes(0) !== cond.includes(false)) problems.push(`${at}: list both 0 and false`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('orders variants so that none is shadowed by an earlier, less specific one', () => {
    const problems: string[] = [];
    for (const [name, e] of entries) {
      e.variants.forEach((later, j) => {
        e.variants.slice(0, j).forEach((earlier) => {
          if (shadows(earlier.when, later.when)) problems.push(`${name}: ${earlier.key} hides ${later.key}`);
        });
      });
    }
    expect(problems).toEqual([]);
  });
});
