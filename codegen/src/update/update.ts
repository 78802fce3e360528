import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { diffSchemas } from '../diff/diff.js';
import type { RegistryCoverage } from '../diff/event-coverage.js';
import { patchStatuses, type PatchStatus } from '../diff/patch-status.js';
import { applyPatches } from '../patches/index.js';
import { selectFolders, type ToleranceHit } from '../tolerance/index.js';
import { buildSide, loadCurated, type SchemaSide } from '../diff/side.js';
import type { ApiDiff } from '../diff/types.js';
import { generate } from '../pipeline.js';
import { SCHEMA_COPY_DIR, describePin, loadPin, pinPath, pullSchema, readSchemaFiles, readVerifiedSchema, type SchemaPin } from '../schema-source/index.js';
import { maintainerActions, maintainerAdvice } from './actions.js';
import { commitArchiveUrl, downloadSchemaArchive, schemaFolderOf } from './archive.js';
import { loadUpdateBase, saveUpdateBase } from './base.js';
import { writeChangeset, type ChangesetInfo } from './changeset.js';
import { writePin } from './pin-file.js';
import { renderUpdateReport } from './report.js';
import { pinForFolder } from './source-folder.js';
import { writeGenerated } from '../generated-files.js';

// `schema:update`: move the project to another upstream commit in one step — pull and pin it,
// judge every patch and the event registry against it, diff the API, write a changeset, and
// regenerate when nothing stands in the way. Whatever happens, the report is written; anything
// the maintainer must still do makes the exit code 1.

export type UpdateSource =
  /** Download this commit of the pinned repository. */
  | { kind: 'commit'; commit: string; archiveUrl?: string }
  /**
   * A local copy of the schema: a folder, or a `.tar.gz` archive as upstream serves it. The commit
   * is read from the archive's (or folder's) `vk-api-schema-<sha>` name unless given: source.json
   * must name a real 40-hex commit (`pnpm schema:pull --download` must be able to fetch the same
   * files later), so a copy that names none needs `commit`.
   */
  | { kind: 'folder'; dir: string; commit?: string | undefined };

export interface UpdateOptions {
  /** The folder holding schema/ (source.json, patches, events.json, response-variants.json) and packages/. */
  projectRoot: string;
  source: UpdateSource;
  /** Where generated files go. Default: `<projectRoot>/packages/types/src/gen`. */
  outDir?: string;
  /** Where the Markdown report goes. Default: `<projectRoot>/.tmp/schema-update-report.md` (git-ignored). */
  reportFile?: string;
  /** Download timeout for `--commit` (default 120 s). */
  timeoutMs?: number;
  /** Generate from stale folders too (recorded in source.json). */
  includeStaleFolders?: boolean;
}

export type GenerationOutcome =
  | { status: 'written'; out: string; written: string[]; removed: string[]; notes: string[] }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; error: string };

export interface UpdateResult {
  previous: SchemaPin;
  pin: SchemaPin;
  /** Where the new files came from: the folder or the archive URL. */
  from: string;
  fileCount: number;
  patches: PatchStatus[];
  /** Where the tolerance rules read a quirk of the new schema or left a stale folder out. */
  tolerated: ToleranceHit[];
  /** Registry events the new schema lacks, left out of the generated code. */
  eventsLeftOut: string[];
  /** Undefined when the new schema's IR could not be built. */
  registry: RegistryCoverage | undefined;
  diff: ApiDiff | undefined;
  /** Why the new schema's IR could not be built. */
  irError?: string;
  changeset: ChangesetInfo | undefined;
  generation: GenerationOutcome;
  /** What the maintainer must still do; empty means done. */
  actions: string[];
  /** What the maintainer may tidy up (patches skipped as fixed upstream or not applicable). */
  advice: string[];
  report: string;
  reportFile: string;
  exitCode: 0 | 1;
}

const COMMIT = /^[0-9a-f]{40}$/;

export async function updateSchema(options: UpdateOptions): Promise<UpdateResult> {
  const projectRoot = path.resolve(options.projectRoot);
  const curatedDir = path.join(projectRoot, 'schema');
  const copyDir = path.join(projectRoot, SCHEMA_COPY_DIR);
  const outDir = path.resolve(options.outDir ?? path.join(projectRoot, 'packages/types/src/gen'));
  const reportFile = path.resolve(options.reportFile ?? path.join(projectRoot, '.tmp/schema-update-report.md'));
  const pinned = await loadPin(pinPath(projectRoot));
  // The old side of the diff is the pinned copy; it is read into memory before the pull replaces it.
  let pinnedContents: Map<string, Buffer>;
  try {
    ({ contents: pinnedContents } = await readVerifiedSchema(copyDir, pinned));
  } catch (error) {
    throw new Error(
      `the pinned schema copy ${SCHEMA_COPY_DIR} is needed as the old side of the diff and is missing or altered — run \`pnpm schema:pull\` first\n${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const curated = await loadCurated(curatedDir);
  const sideOptions = { includeStaleFolders: options.includeStaleFolders === true };

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'vkts-schema-update-'));
  try {
    let sourceDir: string;
    let from: string;
    let commit: string;
    if (options.source.kind === 'commit') {
      commit = checkedCommit(options.source.commit);
      from = options.source.archiveUrl ?? commitArchiveUrl(pinned, commit);
      sourceDir = path.join(scratch, 'archive');
      await mkdir(sourceDir, { recursive: true });
      await downloadSchemaArchive(from, sourceDir, options.timeoutMs);
    } else {
      from = path.resolve(options.source.dir);
      if (!(await stat(from).catch(() => undefined))) throw new Error(`the schema folder or archive to update from does not exist: ${from}`);
      const found = await schemaFolderOf(from, scratch);
      sourceDir = found.dir;
      const named = options.source.commit ?? found.commit;
      if (named === undefined) throw new Error(`${from} does not name its commit (no vk-api-schema-<sha> top folder): give --commit <sha>`);
      commit = checkedCommit(named);
      if (!(await stat(sourceDir).catch(() => undefined))?.isDirectory()) throw new Error(`the schema folder to update from does not exist: ${sourceDir}`);
      if (isInside(sourceDir, copyDir) || isInside(copyDir, sourceDir)) {
        throw new Error(`the schema folder ${sourceDir} overlaps the schema copy ${copyDir}, which the update replaces; copy the new schema elsewhere first`);
      }
    }
    const archive = commitArchiveUrl(pinned, commit);

    // Rerunning the same update (after fixing a patch) diffs against the schema it started from,
    // saved by the first run, not against itself.
    const saved = pinned.commit === commit ? await loadUpdateBase(projectRoot, commit) : undefined;
    const previous = saved?.pin ?? pinned;
    const oldRaw = saved?.files ?? (await readSchemaFiles(copyDir, pinnedContents));
    if (!saved) await saveUpdateBase(projectRoot, commit, pinned, pinnedContents);
    const oldSide = buildSide(describePin(previous), oldRaw, curated, sideOptions);

    const folderPin = (await pinForFolder(sourceDir, { repository: previous.repository, commit, archive })).pin;
    const pin = { ...folderPin, ...(options.includeStaleFolders === true ? { includeStaleFolders: true } : {}) };
    // pullSchema copies exactly the pinned files, verifies every hash, and swaps the copy in atomically.
    const pulled = await pullSchema({ projectRoot, localSource: sourceDir, pin, dest: copyDir });
    await writePin(projectRoot, pin);

    const newRaw = await readSchemaFiles(copyDir);
    let newSide: SchemaSide | undefined;
    let irError: string | undefined;
    try {
      newSide = buildSide(describePin(pin), newRaw, curated, sideOptions);
    } catch (error) {
      irError = error instanceof Error ? error.message : String(error);
    }
    const newOutcomes = newSide?.patches ?? applyPatches(selectFolders(newRaw, sideOptions).files, curated.patches, { lenient: true }).outcomes;
    const patches = patchStatuses(oldSide.patches, newOutcomes);
    const registry = newSide?.coverage;
    const diff = newSide ? diffSchemas(oldSide, newSide) : undefined;
    const changeset = diff
      ? await writeChangeset(projectRoot, diff, {
          apiVersion: pin.apiVersion,
          commit: pin.commit,
          headline: `VK API ${pin.apiVersion} (${describePin(pin)}, was ${previous.apiVersion} at ${describePin(previous)})`,
        })
      : undefined;

    const blockers = [
      ...(irError !== undefined ? ['the new schema does not build'] : []),
      ...patches.filter((p) => p.verdict === 'broken').map((p) => `patch ${p.file} no longer applies`),
      ...(registry && registry.problems.length > 0 ? ['schema/events.json does not match the new schema'] : []),
    ];
    const generation: GenerationOutcome =
      blockers.length > 0
        ? { status: 'skipped', reason: blockers.join('; ') }
        : await regenerate(copyDir, curatedDir, outDir, pin);
    const tolerated = [...(newSide?.tolerated ?? [])];

    const actions = maintainerActions({ patches, registry, irError, generation, changeset: changeset && path.relative(projectRoot, changeset.file) });
    const result: Omit<UpdateResult, 'report'> = {
      previous,
      pin,
      from,
      fileCount: pulled.fileCount,
      patches,
      tolerated,
      eventsLeftOut: [...(newSide?.eventsLeftOut ?? [])],
      registry,
      diff,
      ...(irError !== undefined ? { irError } : {}),
      changeset,
      generation,
      actions,
      advice: maintainerAdvice(patches),
      reportFile,
      exitCode: actions.length > 0 ? 1 : 0,
    };
    const report = renderUpdateReport(result, projectRoot);
    await mkdir(path.dirname(reportFile), { recursive: true });
    await writeFile(reportFile, report);
    return { ...result, report };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function regenerate(schemaDir: string, curatedDir: string, out: string, pin: SchemaPin): Promise<GenerationOutcome> {
  try {
    // The same generation as `pnpm codegen`, with the new pin in every file header.
    const { files, eventsLeftOut, variantNotes, uploadsLeftOut } = await generate({
      schemaDir,
      curatedDir,
      context: { commit: pin.commit, apiVersion: pin.apiVersion },
      includeStaleFolders: pin.includeStaleFolders === true,
    });
    const { written, removed } = await writeGenerated(out, files);
    return { status: 'written', out, written, removed, notes: [...eventsLeftOut.map((e) => `event ${e}`), ...variantNotes.map((v) => `response variants of ${v}`), ...uploadsLeftOut.map((u) => `upload flow ${u}`)] };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

function checkedCommit(value: string): string {
  const commit = value.toLowerCase();
  if (!COMMIT.test(commit)) throw new Error(`commit must be a full 40-character hex id (source.json pins full ids), got ${JSON.stringify(value)}`);
  return commit;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
