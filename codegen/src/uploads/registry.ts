import { readFile } from 'node:fs/promises';
import type { MethodIR, SchemaIR } from '../ir/types.js';
import { expectObject, expectString, isObject } from '../ir/json.js';

// schema/uploads.json links VK's upload steps (get an upload URL, POST the file, save the reply),
// which the API schema describes only as separate methods. This checks the table strictly against
// the schema: every method and param it names must exist there, so a schema bump that renames or
// drops one stops codegen with the flow and the name instead of generating a broken client.
// One exception keeps older (or newer) real schema versions generating: a flow none of whose
// methods this schema version has at all (e.g. market.getProductPhotoUploadServer before 81bd2be)
// is left out of the generated table and reported, like a patch that is not applicable here. A
// flow with some of its methods present and others absent is what a rename looks like, and stops.

/** Where a save param's value comes from: a reply field, the whole reply as JSON, or a field wrapped in a one-item list. */
export type ReplySource = { readonly kind: 'field'; readonly field: string } | { readonly kind: 'json' } | { readonly kind: 'list'; readonly field: string };

export type UploadResultKind = 'photos' | 'doc' | 'stories' | 'video' | 'none';
const RESULT_KINDS: readonly UploadResultKind[] = ['photos', 'doc', 'stories', 'video', 'none'];
const isResultKind = (value: string): value is UploadResultKind => (RESULT_KINDS as readonly string[]).includes(value);

export interface UploadFlowIR {
  readonly name: string;
  readonly description: string;
  readonly getServer: { readonly method: string; readonly params: readonly string[]; readonly fixed: readonly (readonly [string, string])[] };
  readonly upload: { readonly field: string; readonly maxFiles: number; readonly reply: readonly string[]; readonly under: string | undefined };
  readonly save: { readonly method: string; readonly params: readonly string[]; readonly fromReply: readonly (readonly [string, ReplySource])[] } | undefined;
  readonly result: UploadResultKind;
  readonly limits: { readonly maxBytes: number; readonly contentTypes: readonly string[]; readonly note: string };
  readonly evidence: readonly string[];
}

export interface UploadRegistryIR {
  readonly sources: readonly (readonly [string, string])[];
  readonly flows: readonly UploadFlowIR[];
}

/**
 * The table, or undefined when the curated folder has none (the small fixture schemas of the
 * codegen tests): then no uploads.gen.ts is generated. The project's own table cannot go missing
 * unnoticed: @vkts/types exports the generated module, so its build fails without it.
 */
export async function loadUploadRegistry(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as unknown;
}

const FLOW_NAME = /^[a-z][A-Za-z0-9]*$/;
const FIELD_NAME = /^[a-z_][a-z0-9_]*(?:\{n\})?$/;

function strings(value: unknown, where: string, problems: string[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(`${where}: expected an array of strings`);
    return [];
  }
  return value.flatMap((item, i) => {
    if (typeof item === 'string') return [item];
    problems.push(`${where}[${i}]: expected a string`);
    return [];
  });
}

function parseSource(value: string): ReplySource {
  if (value === '$json') return { kind: 'json' };
  const list = /^\[([a-z_]+)\]$/.exec(value);
  if (list?.[1] !== undefined) return { kind: 'list', field: list[1] };
  return { kind: 'field', field: value };
}

/** The flows left out on this schema version because it has none of their methods (empty on the pin: uploads.test.ts). */
export function uploadFlowsNotInSchema(raw: unknown, ir: Pick<SchemaIR, 'methods'>, file = 'schema/uploads.json'): string[] {
  const leftOut: string[] = [];
  checkUploadRegistry(raw, ir, file, leftOut);
  return leftOut;
}

/**
 * Checks the table's shape and every method and param it names against `ir`; throws one error
 * listing every problem. Flows none of whose methods `ir` has are dropped and described in `leftOut`.
 */
export function checkUploadRegistry(raw: unknown, ir: Pick<SchemaIR, 'methods'>, file = 'schema/uploads.json', leftOut: string[] = []): UploadRegistryIR {
  const problems: string[] = [];
  const root = expectObject(raw, file);
  const sources = Object.entries(expectObject(root['sources'], `${file} sources`)).map(([key, value]) => [key, expectString(value, `${file} sources/${key}`)] as const);
  const sourceKeys = new Set(sources.map(([key]) => key));
  const methods = new Map(ir.methods.map((method) => [method.name, method]));

  const method = (name: string, where: string): MethodIR | undefined => {
    const found = methods.get(name);
    if (found === undefined) problems.push(`${where}: method ${name} is not in the schema (renamed or removed upstream?)`);
    return found;
  };
  const params = (owner: MethodIR | undefined, names: readonly string[], where: string): void => {
    if (owner === undefined) return;
    const known = new Set(owner.params.map((param) => param.name));
    for (const name of names) if (!known.has(name)) problems.push(`${where}: ${owner.name} has no param ${name} (renamed or removed upstream?)`);
  };
  const required = (owner: MethodIR | undefined, covered: ReadonlySet<string>, where: string): void => {
    for (const param of owner?.params ?? []) {
      if (param.required && !covered.has(param.name)) problems.push(`${where}: ${owner?.name} requires ${param.name}, which the flow neither takes nor fills`);
    }
  };

  const absentFlows = new Set<string>();
  for (const [name, value] of Object.entries(expectObject(root['flows'], `${file} flows`))) {
    const entry = expectObject(value, `${file} flows/${name}`);
    const named = [expectObject(entry['getServer'], `${file} flows/${name} getServer`)['method'], isObject(entry['save']) ? entry['save']['method'] : undefined].filter(
      (m): m is string => typeof m === 'string',
    );
    if (named.length > 0 && named.every((m) => !methods.has(m))) {
      absentFlows.add(name);
      leftOut.push(`${name}: ${named.join(' and ')} ${named.length === 1 ? 'is' : 'are'} not in this schema version — flow left out`);
    }
  }

  const flows = Object.entries(expectObject(root['flows'], `${file} flows`)).filter(([name]) => !absentFlows.has(name)).map(([name, value]): UploadFlowIR => {
    const where = `${file} flows/${name}`;
    if (!FLOW_NAME.test(name)) problems.push(`${where}: flow names are camelCase (they become method names)`);
    const entry = expectObject(value, where);

    const getServerEntry = expectObject(entry['getServer'], `${where} getServer`);
    const getServerMethod = expectString(getServerEntry['method'], `${where} getServer method`);
    const listedParams = strings(getServerEntry['params'], `${where} getServer params`, problems);
    const fixed = Object.entries(isObject(getServerEntry['fixed']) ? getServerEntry['fixed'] : {}).map(([key, v]) => [key, expectString(v, `${where} getServer fixed/${key}`)] as const);
    const getServer = method(getServerMethod, `${where} getServer`);
    // Params upstream added later than some real schema version: absent there, they leave the flow
    // (reported) instead of stopping codegen. Every other absent param still reads as a rename.
    const absentBefore = Object.entries(isObject(getServerEntry['absentBefore']) ? getServerEntry['absentBefore'] : {}).map(
      ([key, v]) => [key, expectString(v, `${where} getServer absentBefore/${key}`)] as const,
    );
    for (const [param] of absentBefore) {
      if (!listedParams.includes(param)) problems.push(`${where} getServer: absentBefore names ${param}, which is not one of its params`);
    }
    const known = new Set(getServer?.params.map((param) => param.name));
    const getServerParams = listedParams.filter((param) => {
      const newer = absentBefore.find(([key]) => key === param);
      if (getServer === undefined || known.has(param) || newer === undefined) return true;
      leftOut.push(`${name}: ${getServerMethod} has no param ${param} in this schema version (${newer[1]}) — param left out of the flow`);
      return false;
    });
    params(getServer, [...getServerParams, ...fixed.map(([key]) => key)], `${where} getServer`);
    required(getServer, new Set([...getServerParams, ...fixed.map(([key]) => key)]), `${where} getServer`);

    const uploadEntry = expectObject(entry['upload'], `${where} upload`);
    const field = expectString(uploadEntry['field'], `${where} upload field`);
    if (!FIELD_NAME.test(field)) problems.push(`${where} upload: field "${field}" is not a form field name (with {n} for numbered fields)`);
    const maxFiles = uploadEntry['maxFiles'];
    if (typeof maxFiles !== 'number' || !Number.isInteger(maxFiles) || maxFiles < 1) problems.push(`${where} upload: maxFiles must be a positive integer`);
    if (typeof maxFiles === 'number' && maxFiles > 1 && !field.includes('{n}')) problems.push(`${where} upload: several files need a numbered field ({n})`);
    const reply = strings(uploadEntry['reply'], `${where} upload reply`, problems);
    const under = uploadEntry['under'] === undefined ? undefined : expectString(uploadEntry['under'], `${where} upload under`);

    let save: UploadFlowIR['save'];
    if (entry['save'] !== undefined) {
      const saveEntry = expectObject(entry['save'], `${where} save`);
      const saveMethod = expectString(saveEntry['method'], `${where} save method`);
      const saveParams = strings(saveEntry['params'], `${where} save params`, problems);
      const fromReply = Object.entries(expectObject(saveEntry['fromReply'], `${where} save fromReply`)).map(
        ([param, source]) => [param, parseSource(expectString(source, `${where} save fromReply/${param}`))] as const,
      );
      for (const [param, source] of fromReply) {
        if (source.kind !== 'json' && !reply.includes(source.field)) problems.push(`${where} save: ${param} is filled from reply field ${source.field}, which upload.reply does not list`);
        if (saveParams.includes(param)) problems.push(`${where} save: ${param} is both a caller's param and filled from the reply`);
      }
      const saver = method(saveMethod, `${where} save`);
      params(saver, [...saveParams, ...fromReply.map(([param]) => param)], `${where} save`);
      required(saver, new Set([...saveParams, ...fromReply.map(([param]) => param)]), `${where} save`);
      save = { method: saveMethod, params: saveParams, fromReply };
    }

    const result = expectString(entry['result'], `${where} result`);
    if (!isResultKind(result)) problems.push(`${where}: result must be one of ${RESULT_KINDS.join(', ')}`);
    if (save === undefined && result !== 'video') problems.push(`${where}: only the video flow finishes without a save method`);

    const limitsEntry = expectObject(entry['limits'], `${where} limits`);
    const maxBytes = limitsEntry['maxBytes'];
    if (typeof maxBytes !== 'number' || !Number.isInteger(maxBytes) || maxBytes <= 0) problems.push(`${where} limits: maxBytes must be a positive integer`);
    const contentTypes = strings(limitsEntry['contentTypes'], `${where} limits contentTypes`, problems);

    const evidence = strings(entry['evidence'], `${where} evidence`, problems);
    if (evidence.length === 0) problems.push(`${where}: cites no evidence`);
    for (const item of evidence) {
      const key = /^\S+/.exec(item)?.[0] ?? '';
      if (!sourceKeys.has(key)) problems.push(`${where}: evidence "${item}" does not start with a key of sources`);
    }

    return {
      name,
      description: expectString(entry['description'], `${where} description`),
      getServer: { method: getServerMethod, params: getServerParams, fixed },
      upload: { field, maxFiles: typeof maxFiles === 'number' ? maxFiles : 1, reply, under },
      save,
      result: isResultKind(result) ? result : 'none',
      limits: { maxBytes: typeof maxBytes === 'number' ? maxBytes : 0, contentTypes, note: expectString(limitsEntry['note'], `${where} limits note`) },
      evidence,
    };
  });

  if (problems.length > 0) throw new Error(`${file} does not match the schema:\n  - ${problems.join('\n  - ')}`);
  return { sources, flows };
}
