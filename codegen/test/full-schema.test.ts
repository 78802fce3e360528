import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPatches, loadPatches } from '../src/patches/index.js';
import { readSchemaFiles, resolveSchemaDir } from '../src/schema-source/index.js';

// The committed output must cover the whole (patched) schema: counts are computed here from the
// raw JSON, independently of the IR, and compared with what the generated modules export.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const gen = path.join(root, 'packages/types/src/gen');

interface RawCounts {
  methods: string[];
  objects: string[];
  responses: string[];
  errors: number;
  requiredParams: number;
  multiVariantMethods: number;
}

let raw: RawCounts;
let typesFile: string;
let zodFile: string;

beforeAll(async () => {
  const { dir } = await resolveSchemaDir({ projectRoot: root });
  const { files } = applyPatches(await readSchemaFiles(dir), await loadPatches(path.join(root, 'schema/patches')));
  raw = { methods: [], objects: [], responses: [], errors: 0, requiredParams: 0, multiVariantMethods: 0 };
  for (const [file, content] of files) {
    const json = content as {
      methods?: { name: string; parameters?: { required?: boolean }[]; responses: object }[];
      definitions?: Record<string, unknown>;
      errors?: Record<string, unknown>;
    };
    if (file.endsWith('/methods.json')) {
      for (const m of json.methods ?? []) {
        raw.methods.push(m.name);
        raw.requiredParams += (m.parameters ?? []).filter((p) => p.required === true).length;
        if (Object.keys(m.responses).length > 1) raw.multiVariantMethods++;
      }
    }
    if (file.endsWith('/objects.json')) raw.objects.push(...Object.keys(json.definitions ?? {}));
    if (file.endsWith('/responses.json')) raw.responses.push(...Object.keys(json.definitions ?? {}));
    if (file === 'errors.json') raw.errors = Object.keys(json.errors ?? {}).length;
  }
  typesFile = await readFile(path.join(gen, 'types.gen.ts'), 'utf8');
  zodFile = await readFile(path.join(gen, 'zod.gen.ts'), 'utf8');
});

const pascal = (name: string): string =>
  name
    .split(/[._\s]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');

describe('generated output covers the pulled schema', () => {
  it('exports one type per object and response definition, named after it', () => {
    const exported = new Set([...typesFile.matchAll(/^export (?:type|interface) ([A-Za-z0-9]+)/gm)].map((m) => m[1]));
    for (const name of [...raw.objects, ...raw.responses]) expect(exported, name).toContain(pascal(name));
    expect([...exported].filter((n) => /\D1$/.test(n!) && !/V1$/.test(n!))).toEqual([]);
  });

  it('has params for every method and an ApiMethods entry for each', async () => {
    const { apiMethodNames, apiMethodMeta } = await import('../../packages/types/src/index.js');
    expect([...apiMethodNames].sort()).toEqual([...raw.methods].sort());
    expect(Object.keys(apiMethodMeta).length).toBe(raw.methods.length);
    for (const method of raw.methods) expect(typesFile, method).toContain(`export interface ${pascal(method)}Params `);
    const required = Object.values(apiMethodMeta).reduce((n, m) => n + Object.values(m.params).filter((p) => p.required).length, 0);
    expect(required).toBe(raw.requiredParams);
  });

  it('has every error of errors.json', async () => {
    const { apiErrors, apiErrorNames } = await import('../../packages/types/src/index.js');
    expect(apiErrors.length).toBe(raw.errors);
    expect(Object.keys(apiErrorNames).length).toBe(raw.errors);
  });

  it('has a zod validator for every definition and every method params', async () => {
    const zod = await import('../../packages/types/src/zod.js');
    for (const name of [...raw.objects, ...raw.responses]) expect(zod, name).toHaveProperty(`z${pascal(name)}`);
    for (const method of raw.methods) expect(zod, method).toHaveProperty(`z${pascal(method)}Params`);
    expect(Object.keys(zod.apiValidators).length).toBe(raw.methods.length);
    expect(zodFile).not.toMatch(/\bany\b/);
  });
});
