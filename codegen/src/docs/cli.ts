import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIR } from '../ir/build.js';
import { checkEventRegistry, loadEventRegistry } from '../ir/events.js';
import { checkVariantTable, loadVariantTable } from '../ir/response-variants.js';
import { applyPatches, loadPatches } from '../patches/index.js';
import { loadPin, pinPath, readSchemaFiles, resolveSchemaDir } from '../schema-source/index.js';
import { patchTouches } from './patch-touches.js';
import { buildReference } from './reference.js';
import { buildRuntimeReference } from './runtime.js';

// `pnpm run docs` step 1: the generated part of the documentation site. Reads the pinned schema
// through the same pipeline as codegen (verify → patch → IR → curated tables) and writes the
// API reference, the event pages and the runtime packages' reference into docs/ (git-ignored
// folders: they are rebuilt from the schema on every build, so they cannot go stale), plus the
// reference examples as a module the docs test type-checks.

export const GENERATED_DIRS = ['api', 'events', 'packages'] as const;

export async function generateDocs(projectRoot: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  const docsDir = path.join(projectRoot, 'docs');
  const curatedDir = path.join(projectRoot, 'schema');
  const { dir, contents, pin: resolvedPin } = await resolveSchemaDir({ projectRoot });
  const pin = resolvedPin ?? (await loadPin(pinPath(projectRoot)));
  const raw = await readSchemaFiles(dir, contents);
  const patches = await loadPatches(path.join(curatedDir, 'patches'));
  const ir = buildIR(applyPatches(raw, patches).files);
  const variants = checkVariantTable(await loadVariantTable(path.join(curatedDir, 'response-variants.json')), ir.methods, ir.definitions);
  const events = checkEventRegistry(await loadEventRegistry(path.join(curatedDir, 'events.json')), ir);

  const responseOwners = new Map<string, string[]>();
  for (const method of ir.methods) {
    for (const r of method.responses) responseOwners.set(r.definition, [...(responseOwners.get(r.definition) ?? []), method.name]);
  }
  const reference = buildReference({
    ir,
    variants,
    events,
    touches: patchTouches(patches, raw, responseOwners),
    apiVersion: pin.apiVersion,
    commit: pin.commit,
  });
  const runtime = await buildRuntimeReference(projectRoot);

  for (const sub of GENERATED_DIRS) await rm(path.join(docsDir, sub), { recursive: true, force: true });
  const pages = new Map([...reference.pages, ...runtime.pages]);
  for (const [file, content] of pages) {
    const target = path.join(docsDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  await writeFile(path.join(docsDir, 'api', 'examples.gen.ts'), reference.examples);
  await writeFile(
    path.join(docsDir, '.vitepress', 'sidebar.gen.json'),
    `${JSON.stringify({ ...reference.sidebar, packages: runtime.sidebar }, null, 2)}\n`,
  );
  return { pages: pages.size, ms: performance.now() - started };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  generateDocs(projectRoot).then(
    ({ pages, ms }) => console.log(`docs: generated ${pages} reference pages into docs/ (${Math.round(ms)} ms)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
