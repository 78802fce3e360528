import { definitionTypeName, methodResponseTypeName } from '../naming.js';
import { hasEmptyArrayProperties, isIntegerEnumOnString, type ToleranceHit } from './rules.js';

// Reads the upstream documents through the tolerance rules (rules.ts), in two steps around the
// patches: staleFolders() leaves out folders of another API version before them, and
// rewriteQuirks() reads the remaining quirks after them — patches are written against upstream as
// it is, and a quirk a patch already corrects (e.g. 0005 on polls' background_id) is the patch's.
// Neither step changes its input; a document no rule touches is passed through as is, so today's
// pin costs one walk and no copy.

const VERSIONED = /(?:^|\/)(?:methods|objects|responses|errors)\.json$/;

export interface TolerateOptions {
  /** Keep folders whose declared API version disagrees with the schema's (default false). */
  includeStaleFolders?: boolean;
}

export interface StaleFolder {
  folder: string;
  /** The versions its files declare. */
  versions: string[];
}

export interface FolderSelection {
  /** The documents to patch and build from. */
  files: Map<string, unknown>;
  /** The API version most versioned files declare; undefined when no file declares one or two tie. */
  apiVersion: string | undefined;
  /** Every version declared, with its files (for error messages). */
  versions: ReadonlyMap<string, readonly string[]>;
  staleFolders: StaleFolder[];
  /** Whether stale folders were kept (TolerateOptions.includeStaleFolders). */
  staleIncluded: boolean;
  /** One `stale-folder` hit per stale folder. */
  hits: ToleranceHit[];
}

/** Leaves out the folders whose declared API version disagrees with the schema's (rule `stale-folder`). */
export function selectFolders(raw: ReadonlyMap<string, unknown>, options: TolerateOptions = {}): FolderSelection {
  const hits: ToleranceHit[] = [];
  const versions = declaredVersions(raw);
  const apiVersion = majorityVersion(versions);
  const staleFolders = apiVersion === undefined ? [] : findStaleFolders(raw, apiVersion);
  const staleIncluded = options.includeStaleFolders === true;
  const leftOut = new Set(staleIncluded ? [] : staleFolders.map((s) => s.folder));
  for (const stale of staleFolders) {
    hits.push({
      rule: 'stale-folder',
      file: `${stale.folder}/`,
      where: '',
      detail: `declares ${stale.versions.join(', ')}, the schema ${apiVersion ?? '?'}; ${staleIncluded ? 'included on request' : 'left out'}`,
    });
  }
  const files = new Map([...raw].filter(([file]) => !leftOut.has(folderOf(file))));
  return { files, apiVersion, versions, staleFolders, staleIncluded, hits };
}

/**
 * Reads the node-level quirks of the (patched) documents: `integer-enum-on-string`,
 * `properties-empty-array`, and `dangling-method-error` (checked against errors.json's names).
 */
export function rewriteQuirks(files: ReadonlyMap<string, unknown>): { files: Map<string, unknown>; hits: ToleranceHit[] } {
  const hits: ToleranceHit[] = [];
  const out = new Map<string, unknown>();
  const errorsDoc = files.get('errors.json');
  const errorNames = isRecord(errorsDoc) && isRecord(errorsDoc['errors']) ? new Set(Object.keys(errorsDoc['errors'])) : undefined;
  for (const [file, document] of files) {
    const found: ToleranceHit[] = [];
    walk(document, '', file, found);
    if (errorNames && file.endsWith('methods.json')) found.push(...danglingErrors(document, file, errorNames));
    hits.push(...found);
    out.set(file, found.length === 0 ? document : rewrite(document, found));
  }
  for (const hit of orphanShadows(out)) {
    hits.push(hit);
    const document = structuredClone(out.get(hit.file));
    const definitions = isRecord(document) ? document['definitions'] : undefined;
    if (isRecord(definitions)) delete definitions[hit.where.slice('/definitions/'.length)];
    out.set(hit.file, document);
  }
  return { files: out, hits };
}

/** Rule `orphan-response-shadowing`: unreferenced response definitions named like another method's response. */
function orphanShadows(files: ReadonlyMap<string, unknown>): ToleranceHit[] {
  const referenced = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (isRecord(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') referenced.add(value.slice(value.lastIndexOf('/') + 1));
        else collect(value);
      }
    }
  };
  files.forEach((document) => collect(document));
  const aliases = new Map<string, string>();
  for (const [file, document] of files) {
    if (!file.endsWith('methods.json') || !isRecord(document) || !Array.isArray(document['methods'])) continue;
    for (const method of document['methods']) {
      if (!isRecord(method) || typeof method['name'] !== 'string' || !isRecord(method['responses'])) continue;
      for (const [key, target] of Object.entries(method['responses'])) {
        const ref = isRecord(target) && typeof target['$ref'] === 'string' ? target['$ref'] : '';
        const alias = methodResponseTypeName(method['name'], key);
        if (definitionTypeName(ref.slice(ref.lastIndexOf('/') + 1)) !== alias) aliases.set(alias, `${method['name']} ${key}`);
      }
    }
  }
  const hits: ToleranceHit[] = [];
  for (const [file, document] of files) {
    if (!file.endsWith('responses.json') || !isRecord(document) || !isRecord(document['definitions'])) continue;
    for (const name of Object.keys(document['definitions'])) {
      const owner = aliases.get(definitionTypeName(name));
      if (owner === undefined || referenced.has(name)) continue;
      hits.push({ rule: 'orphan-response-shadowing', file, where: `/definitions/${name}`, detail: `nothing refers to it, and ${owner} (another definition) would be typed under its name` });
    }
  }
  return hits;
}

const ERROR_REF = /^(?:\.\.\/)?errors\.json#\/errors\/([A-Za-z0-9_]+)$/;

function danglingErrors(document: unknown, file: string, names: ReadonlySet<string>): ToleranceHit[] {
  const methods = isRecord(document) && Array.isArray(document['methods']) ? document['methods'] : [];
  return methods.flatMap((method: unknown, i) => {
    const errors = isRecord(method) && Array.isArray(method['errors']) ? method['errors'] : [];
    return errors.flatMap((entry: unknown, j) => {
      const ref = isRecord(entry) && typeof entry['$ref'] === 'string' ? entry['$ref'] : undefined;
      const name = ref === undefined ? undefined : ERROR_REF.exec(ref)?.[1];
      if (name === undefined || names.has(name)) return [];
      const methodName = isRecord(method) && typeof method['name'] === 'string' ? method['name'] : `#${i}`;
      return [{ rule: 'dangling-method-error' as const, file, where: `/methods/${i}/errors/${j}`, detail: `${methodName} lists ${name}, which errors.json does not define` }];
    });
  });
}

/** Version → files declaring it (methods/objects/responses/errors documents with a string `version`). */
export function declaredVersions(raw: ReadonlyMap<string, unknown>): Map<string, string[]> {
  const versions = new Map<string, string[]>();
  for (const [file, content] of raw) {
    if (!VERSIONED.test(file)) continue;
    const version = isRecord(content) && typeof content['version'] === 'string' ? content['version'] : undefined;
    if (version === undefined) continue;
    versions.set(version, [...(versions.get(version) ?? []), file]);
  }
  return versions;
}

/** The version most versioned files declare (undefined when none does or two tie), and all declared. */
export function schemaApiVersion(raw: ReadonlyMap<string, unknown>): { apiVersion: string | undefined; versions: Map<string, string[]> } {
  const versions = declaredVersions(raw);
  return { apiVersion: majorityVersion(versions), versions };
}

function majorityVersion(versions: ReadonlyMap<string, readonly string[]>): string | undefined {
  const ranked = [...versions].sort((a, b) => b[1].length - a[1].length);
  const [first, second] = ranked;
  if (!first || (second && second[1].length === first[1].length)) return undefined;
  return first[0];
}

function findStaleFolders(raw: ReadonlyMap<string, unknown>, apiVersion: string): StaleFolder[] {
  const byFolder = new Map<string, Set<string>>();
  for (const [version, files] of declaredVersions(raw)) {
    if (version === apiVersion) continue;
    for (const file of files) {
      const folder = folderOf(file);
      // A top-level file (errors.json) has no folder to leave out; its disagreement stays an error.
      if (folder === '') continue;
      byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(version));
    }
  }
  return [...byFolder].sort(([a], [b]) => (a < b ? -1 : 1)).map(([folder, set]) => ({ folder, versions: [...set].sort() }));
}

function folderOf(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

function walk(node: unknown, pointer: string, file: string, hits: ToleranceHit[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${pointer}/${i}`, file, hits));
    return;
  }
  if (!isRecord(node)) return;
  if (isIntegerEnumOnString(node)) {
    hits.push({ rule: 'integer-enum-on-string', file, where: pointer, detail: `"type": "string" with an enum of ${(node['enum'] as unknown[]).length} integers` });
  }
  if (hasEmptyArrayProperties(node)) hits.push({ rule: 'properties-empty-array', file, where: `${pointer}/properties`, detail: '"properties": []' });
  for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${escapeToken(key)}`, file, hits);
}

function rewrite(document: unknown, hits: readonly ToleranceHit[]): unknown {
  const copy = structuredClone(document);
  // Array removals last, from the highest index down, so earlier pointers stay valid.
  const indexes = (where: string): number[] => where.split('/').filter((t) => /^\d+$/.test(t)).map(Number);
  const removals = hits
    .filter((h) => h.rule === 'dangling-method-error')
    .sort((a, b) => {
      const [am = 0, ae = 0] = indexes(a.where);
      const [bm = 0, be = 0] = indexes(b.where);
      return bm - am || be - ae;
    });
  for (const hit of removals) {
    const slash = hit.where.lastIndexOf('/');
    const list = at(copy, hit.where.slice(0, slash));
    if (Array.isArray(list)) list.splice(Number(hit.where.slice(slash + 1)), 1);
  }
  for (const hit of hits) {
    if (hit.rule === 'integer-enum-on-string') {
      const node = at(copy, hit.where);
      if (isRecord(node)) node['type'] = 'integer';
    } else if (hit.rule === 'properties-empty-array') {
      const node = at(copy, hit.where.slice(0, -'/properties'.length));
      if (isRecord(node)) node['properties'] = {};
    }
  }
  return copy;
}

function at(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let current: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isRecord(current)) current = current[token];
    else return undefined;
  }
  return current;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
