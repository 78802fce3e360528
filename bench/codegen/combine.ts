/**
 * Build the combined schema layout that VK's own generator
 * (@vkontakte/api-schema-typescript-generator) reads: `methods.json`,
 * `objects.json`, `responses.json` and `errors.json` at one folder's root,
 * with every cross-file `$ref` rewritten to `objects.json#/definitions/x`,
 * `responses.json#/definitions/x` or `errors.json#/errors/x`.
 * The upstream repository does this with jq (`combine.sh`); this is the same
 * merge in TypeScript, run as untimed setup by bench/codegen/run.ts.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

type Kind = 'methods' | 'objects' | 'responses';

export interface CombineResult {
  readonly dir: string;
  readonly namespaces: number;
  readonly methods: number;
  readonly objects: number;
  readonly responses: number;
  readonly errors: number;
  readonly refsRewritten: number;
  readonly danglingRefs: readonly string[];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson(file: string): Promise<JsonObject> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Json;
  if (!isObject(parsed)) throw new Error(`${file}: expected a JSON object`);
  return parsed;
}

const CROSS_FILE_REF = /^(?:\.\.\/(?:[A-Za-z0-9_]+\/)?)?(objects|responses|errors)\.json(#\/.*)$/;

interface RefCounter {
  rewritten: number;
  readonly seen: string[];
}

function rewriteRef(ref: string, kind: Kind, where: string): string {
  const match = CROSS_FILE_REF.exec(ref);
  if (match !== null) return `${match[1] ?? ''}.json${match[2] ?? ''}`;
  if (ref.startsWith('#/')) return `${kind}.json${ref}`;
  throw new Error(`${where}: unexpected $ref ${JSON.stringify(ref)}`);
}

function rewriteRefs(value: Json, kind: Kind, where: string, counter: RefCounter): Json {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, kind, where, counter));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string') {
      const ref = rewriteRef(child, kind, where);
      counter.rewritten += ref === child ? 0 : 1;
      counter.seen.push(ref);
      out[key] = ref;
    } else {
      out[key] = rewriteRefs(child, kind, where, counter);
    }
  }
  return out;
}

/** Header fields of a split file (`version`, `title`, …) reused for the combined one. */
function header(file: JsonObject): JsonObject {
  const out: JsonObject = { $schema: 'schema.json' };
  for (const key of ['version', 'title', 'description', 'termsOfService']) {
    const value = file[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function mergeDefinitions(target: JsonObject, source: JsonObject, file: string): number {
  const definitions = source['definitions'];
  if (!isObject(definitions)) throw new Error(`${file}: no definitions object`);
  let count = 0;
  for (const [name, definition] of Object.entries(definitions)) {
    if (name in target) throw new Error(`${file}: definition ${name} already defined by another namespace`);
    target[name] = definition;
    count++;
  }
  return count;
}

/** Combine the split schema in `srcDir` into `destDir` (created if needed). */
export async function combineSchema(srcDir: string, destDir: string): Promise<CombineResult> {
  await mkdir(destDir, { recursive: true });
  const entries = await readdir(srcDir, { withFileTypes: true });
  const namespaces = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();

  const counter: RefCounter = { rewritten: 0, seen: [] };
  const methods: Json[] = [];
  const objects: JsonObject = {};
  const responses: JsonObject = {};
  const headers: Partial<Record<Kind, JsonObject>> = {};
  let used = 0;

  for (const ns of namespaces) {
    let any = false;
    for (const kind of ['methods', 'objects', 'responses'] as const) {
      const file = path.join(srcDir, ns, `${kind}.json`);
      if (!existsSync(file)) continue;
      any = true;
      const where = `${ns}/${kind}.json`;
      const raw = await readJson(file);
      headers[kind] ??= header(raw);
      const content = rewriteRefs(raw, kind, where, counter);
      if (!isObject(content)) throw new Error(`${where}: expected an object`);
      if (kind === 'methods') {
        const list = content['methods'];
        if (!Array.isArray(list)) throw new Error(`${where}: no methods array`);
        methods.push(...list);
      } else {
        mergeDefinitions(kind === 'objects' ? objects : responses, content, where);
      }
    }
    if (any) used++;
  }

  const errorsFile = path.join(srcDir, 'errors.json');
  const errorsRaw = await readJson(errorsFile);
  const errors = errorsRaw['errors'];
  if (!isObject(errors)) throw new Error(`${errorsFile}: no errors object`);

  const write = (name: string, value: JsonObject): Promise<void> =>
    writeFile(path.join(destDir, name), `${JSON.stringify(value, null, 2)}\n`);
  await Promise.all([
    write('methods.json', { ...headers.methods, methods }),
    write('objects.json', { ...headers.objects, definitions: objects }),
    write('responses.json', { ...headers.responses, definitions: responses }),
    // errors.json sits at the root already; its only refs are local (#/definitions/subcodes/…).
    copyFile(errorsFile, path.join(destDir, 'errors.json')),
    ...['schema.json', 'schema-errors.json']
      .filter((name) => existsSync(path.join(srcDir, name)))
      .map((name) => copyFile(path.join(srcDir, name), path.join(destDir, name))),
  ]);

  const targets: Record<string, JsonObject> = { 'objects.json': objects, 'responses.json': responses, 'errors.json': errors };
  const dangling = new Set<string>();
  for (const ref of counter.seen) {
    const [file = '', pointer = ''] = ref.split('#');
    const name = pointer.split('/').pop() ?? '';
    const table = targets[file];
    if (table === undefined || !(name in table)) dangling.add(ref);
  }

  return {
    dir: destDir,
    namespaces: used,
    methods: methods.length,
    objects: Object.keys(objects).length,
    responses: Object.keys(responses).length,
    errors: Object.keys(errors).length,
    refsRewritten: counter.rewritten,
    danglingRefs: [...dangling].sort(),
  };
}
