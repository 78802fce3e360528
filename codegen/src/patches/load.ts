/**
 * The schema patch layer: `schema/patches/NNNN-kebab-name.json` files, each holding RFC 6902
 * operations against one file of the upstream VK API schema, plus why and on what evidence.
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { judgeFailure, tryPatchInPlace, type PatchVerdict } from './evaluate.js';
import { applyPatch, hasOwn, isPlainObject, operationProblems, type PatchOperation } from './json-patch.js';

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
  /** One entry per applied patch, in application order. */
  applied: AppliedPatch[];
  /** One entry per patch, in order: applied, or why not. */
  outcomes: PatchOutcome[];
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

/** What became of one patch on one schema (evaluate.ts has the verdicts). */
export interface PatchOutcome {
  file: string;
  target: string;
  verdict: PatchVerdict;
  /** Why it was not applied (every verdict but `applies`). */
  detail?: string;
}

export interface ApplyOptions {
  /** Skip broken patches (and report them) instead of throwing (default false: codegen stops). */
  lenient?: boolean;
}

/**
 * Applies the patches in order to a copy of `files` (schema-relative path → parsed JSON). The
 * input map and its documents are never modified. A patch whose target is absent here
 * (not-applicable) or whose result upstream already holds (fixed-upstream) is skipped and
 * reported in `outcomes`; a broken one throws `PatchApplyError` (`schema patch <file> no longer
 * applies: …`) unless `lenient`, so an upstream change under a patch stops codegen.
 */
export function applyPatches(files: ReadonlyMap<string, unknown>, patches: readonly SchemaPatch[], options: ApplyOptions = {}): ApplyPatchesResult {
  const result = new Map(files);
  // Per target: the resolved operations applied so far, to rebuild the document after a failed
  // patch left it half-patched (each target is cloned once, then patched in place).
  const replay = new Map<string, PatchOperation[]>();
  const applied: AppliedPatch[] = [];
  const outcomes: PatchOutcome[] = [];
  for (const patch of patches) {
    const base = { file: patch.file, target: patch.target };
    if (!result.has(patch.target)) {
      outcomes.push({ ...base, verdict: 'not-applicable', detail: `target ${patch.target} is not in the schema` });
      continue;
    }
    const done = replay.get(patch.target);
    const document = done ? result.get(patch.target) : structuredClone(result.get(patch.target));
    const attempt = tryPatchInPlace(document, patch.patch);
    if (attempt.verdict === 'applies') {
      result.set(patch.target, document);
      replay.set(patch.target, [...(done ?? []), ...(attempt.resolved ?? [])]);
      applied.push({ file: patch.file, targets: [patch.target] });
      outcomes.push({ ...base, verdict: 'applies' });
      continue;
    }
    // Back to the document as it was before this patch.
    const before = applyPatch(files.get(patch.target), done ?? []);
    if (done) result.set(patch.target, before);
    const outcome = attempt.verdict === 'failed' ? judgeFailure(before, patch.patch, attempt.detail, attempt.absent) : attempt;
    if (outcome.verdict === 'broken' && options.lenient !== true) {
      throw new PatchApplyError(patch.file, patch.target, `schema patch ${patch.file} no longer applies: ${patch.target}: ${outcome.detail ?? ''}`);
    }
    outcomes.push({ ...base, verdict: outcome.verdict, ...(outcome.detail !== undefined ? { detail: outcome.detail } : {}) });
  }
  return { files: result, applied, outcomes };
}

function isSchemaFilePath(target: string): boolean {
  if (!target.endsWith('.json') || target.startsWith('/') || target.includes('\\')) return false;
  return target.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
