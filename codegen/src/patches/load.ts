/**
 * The schema patch layer: `schema/patches/NNNN-kebab-name.json` files, each holding RFC 6902
 * operations against one file of the upstream VK API schema, plus why and on what evidence.
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  PatchError,
  applyPatch,
  describeOperation,
  getAtPointer,
  formatPointer,
  hasOwn,
  isPlainObject,
  operationProblems,
  parsePointer,
  type PatchOperation,
} from './json-patch.js';

export const EVIDENCE_KINDS = ['fixture', 'docs', 'peer', 'upstream-issue'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface PatchEvidence {
  kind: EvidenceKind;
  /** A path, URL, or `owner/repo:path`. */
  ref: string;
  note?: string;
}

export interface SchemaPatch {
  /** File name, e.g. `0001-notes-owner-id-negative.json`. */
  file: string;
  /** Absolute path of the patch file. */
  source: string;
  /** Schema file the patch applies to, relative to the schema root (e.g. `notes/methods.json`). */
  target: string;
  reason: string;
  evidence: PatchEvidence[];
  patch: PatchOperation[];
}

export interface AppliedPatch {
  file: string;
  /** Schema files this patch changed. */
  targets: string[];
}

export interface ApplyPatchesResult {
  /** A new map: patched documents replace the originals, untouched ones are shared. */
  files: Map<string, unknown>;
  /** One entry per patch, in application order. */
  applied: AppliedPatch[];
}

/** A patch file is malformed (bad name, bad JSON, bad wrapper field, malformed operation). */
export class PatchFileError extends Error {
  override readonly name = 'PatchFileError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(
      problems.length === 1
        ? `schema patch ${file}: ${problems[0]}`
        : `schema patch ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** A patch could not be applied to the current schema (or breaks the array-guard rule). */
export class PatchApplyError extends Error {
  override readonly name = 'PatchApplyError';
  constructor(
    readonly file: string,
    readonly target: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const PATCH_FILE_NAME = /^(\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.json$/;

const WRAPPER_FIELDS = new Set(['$schema', 'target', 'reason', 'evidence', 'patch']);
const EVIDENCE_FIELDS = new Set(['kind', 'ref', 'note']);

/**
 * Reads every `*.json` in `dir` in name order and validates it. Throws `PatchFileError`
 * naming the file and the field on the first invalid file.
 */
export async function loadPatches(dir: string): Promise<SchemaPatch[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`schema patch directory not found: ${dir}`);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const seen = new Map<string, string>();
  const patches: SchemaPatch[] = [];
  for (const name of names) {
    const match = PATCH_FILE_NAME.exec(name);
    if (!match) throw new PatchFileError(name, ['file name must look like NNNN-kebab-name.json']);
    const number = match[1] ?? '';
    const other = seen.get(number);
    if (other !== undefined) throw new PatchFileError(name, [`number ${number} is already used by ${other}`]);
    seen.set(number, name);
    const source = path.join(dir, name);
    // Synchronous: a thread-pool round trip per small file cost more than the reads.
    const text = readFileSync(source, 'utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new PatchFileError(name, [`invalid JSON: ${error instanceof Error ? error.message : String(error)}`]);
    }
    patches.push(parsePatchFile(name, raw, source));
  }
  return patches;
}

/** Validates the wrapper of one patch file; `file` is used in messages only. */
export function parsePatchFile(file: string, raw: unknown, source = file): SchemaPatch {
  if (!isPlainObject(raw)) throw new PatchFileError(file, ['must be a JSON object with target, reason, evidence and patch']);
  const problems: string[] = [];

  for (const key of Object.keys(raw)) {
    if (!WRAPPER_FIELDS.has(key)) problems.push(`unexpected field "${key}" (allowed: target, reason, evidence, patch)`);
  }

  const target = raw['target'];
  if (typeof target !== 'string' || target.trim() === '') {
    problems.push('target must be a non-empty string such as "notes/methods.json"');
  } else if (!isSchemaFilePath(target)) {
    problems.push(`target must be a relative path to a .json file inside the schema, without ".." (got ${JSON.stringify(target)})`);
  }

  const reason = raw['reason'];
  if (typeof reason !== 'string' || reason.trim() === '') problems.push('reason must be a non-empty string');

  const evidence = raw['evidence'];
  if (!Array.isArray(evidence) || evidence.length === 0) {
    problems.push(`evidence must be a non-empty array of {kind, ref, note?} (kind: ${EVIDENCE_KINDS.join(', ')})`);
  } else {
    evidence.forEach((item: unknown, i) => {
      if (!isPlainObject(item)) {
        problems.push(`evidence[${i}] must be an object {kind, ref, note?}`);
        return;
      }
      const kind = item['kind'];
      if (typeof kind !== 'string' || !(EVIDENCE_KINDS as readonly string[]).includes(kind)) {
        problems.push(`evidence[${i}].kind must be one of ${EVIDENCE_KINDS.join(', ')} (got ${JSON.stringify(kind)})`);
      }
      const ref = item['ref'];
      if (typeof ref !== 'string' || ref.trim() === '') problems.push(`evidence[${i}].ref must be a non-empty string`);
      if (hasOwn(item, 'note') && typeof item['note'] !== 'string') problems.push(`evidence[${i}].note must be a string`);
      for (const key of Object.keys(item)) {
        if (!EVIDENCE_FIELDS.has(key)) problems.push(`evidence[${i}] has unexpected field "${key}"`);
      }
    });
  }

  const patch = raw['patch'];
  if (!Array.isArray(patch) || patch.length === 0) {
    problems.push('patch must be a non-empty array of RFC 6902 operations');
  } else {
    patch.forEach((operation: unknown, i) => {
      for (const problem of operationProblems(operation)) problems.push(`patch[${i}]: ${problem}`);
    });
  }

  if (problems.length > 0) throw new PatchFileError(file, problems);
  return {
    file,
    source,
    target: target as string,
    reason: reason as string,
    evidence: evidence as PatchEvidence[],
    patch: patch as PatchOperation[],
  };
}

/**
 * Applies the patches in order to a copy of `files` (schema-relative path → parsed JSON).
 * The input map and its documents are never modified.
 *
 * Throws `PatchApplyError` with a message starting `schema patch <file> no longer applies:`
 * when a target is missing or an operation fails, so that upstream schema changes stop codegen.
 */
export function applyPatches(files: ReadonlyMap<string, unknown>, patches: readonly SchemaPatch[]): ApplyPatchesResult {
  const result = new Map(files);
  // Targets already cloned by an earlier patch: later patches of the same file patch that
  // clone in place instead of cloning the whole document again.
  const cloned = new Set<string>();
  const applied: AppliedPatch[] = [];
  for (const patch of patches) {
    if (!result.has(patch.target)) {
      throw new PatchApplyError(
        patch.file,
        patch.target,
        `schema patch ${patch.file} no longer applies: target ${patch.target} is not in the schema`,
      );
    }
    const before = result.get(patch.target);
    const unguarded = findUnguardedArrayAccess(before, patch.patch);
    if (unguarded) {
      throw new PatchApplyError(patch.file, patch.target, `schema patch ${patch.file} is unsafe: ${patch.target}: ${unguarded}`);
    }
    let after: unknown;
    try {
      after = applyPatch(before, patch.patch, { inPlace: cloned.has(patch.target) });
    } catch (error) {
      if (error instanceof PatchError) {
        throw new PatchApplyError(patch.file, patch.target, `schema patch ${patch.file} no longer applies: ${patch.target}: ${error.message}`, {
          cause: error,
        });
      }
      throw error;
    }
    result.set(patch.target, after);
    cloned.add(patch.target);
    applied.push({ file: patch.file, targets: [patch.target] });
  }
  return { files: result, applied };
}

/**
 * Array indexes are fragile, so an operation that reaches into an existing array element must be
 * preceded (in the same patch) by a `test` op on that element: on its `name` when the element is an
 * object with a string `name` (methods, parameters), otherwise on the element itself or something
 * inside it. Returns a description of the first violation, or undefined.
 */
export function findUnguardedArrayAccess(document: unknown, operations: readonly PatchOperation[]): string | undefined {
  const tested: string[] = [];
  for (const [index, operation] of operations.entries()) {
    if (operation.op === 'test') {
      tested.push(operation.path);
      continue;
    }
    const pointers: { pointer: string; insertion: boolean }[] = [{ pointer: operation.path, insertion: operation.op === 'add' || operation.op === 'move' || operation.op === 'copy' }];
    if (operation.op === 'move' || operation.op === 'copy') pointers.push({ pointer: operation.from, insertion: false });
    for (const { pointer, insertion } of pointers) {
      const tokens = parsePointer(pointer);
      const last = insertion ? tokens.length - 1 : tokens.length;
      for (let i = 1; i <= last; i++) {
        const token = tokens[i - 1] ?? '';
        if (!/^(?:0|[1-9][0-9]*)$/.test(token)) continue;
        const parent = getAtPointer(document, formatPointer(tokens.slice(0, i - 1)));
        if (!Array.isArray(parent)) continue;
        const elementPointer = formatPointer(tokens.slice(0, i));
        const element = getAtPointer(document, elementPointer);
        if (element === undefined) continue;
        const named = isPlainObject(element) && typeof element['name'] === 'string';
        const ok = named
          ? tested.some((t) => t === elementPointer || t === `${elementPointer}/name`)
          : tested.some((t) => t === elementPointer || t.startsWith(`${elementPointer}/`));
        if (!ok) {
          const wanted = named
            ? `{"op":"test","path":"${elementPointer}/name","value":${JSON.stringify(element['name'])}}`
            : `a test op on ${elementPointer}`;
          return `op #${index} (${describeOperation(operation)}) reaches into array element ${elementPointer} without an earlier ${wanted}`;
        }
      }
    }
  }
  return undefined;
}

function isSchemaFilePath(target: string): boolean {
  if (!target.endsWith('.json') || target.startsWith('/') || target.includes('\\')) return false;
  return target.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
