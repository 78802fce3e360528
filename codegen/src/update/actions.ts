import type { PatchStatus } from '../diff/patch-status.js';
import type { RegistryCoverage } from '../diff/event-coverage.js';
import type { GenerationOutcome } from './update.js';

// The maintainer's to-do list after a schema update, in the order to do it. An empty list means
// the update is complete (exit code 0).

export interface ActionInputs {
  patches: readonly PatchStatus[];
  /** Undefined when the new schema's IR could not be built. */
  registry: RegistryCoverage | undefined;
  irError: string | undefined;
  generation: GenerationOutcome;
  /** Project-relative path of the changeset written, if any. */
  changeset: string | undefined;
}

export function maintainerActions({ patches, registry, irError, generation, changeset }: ActionInputs): string[] {
  const patchFile = (file: string): string => `\`schema/patches/${file}\``;
  const actions: string[] = [];
  if (irError !== undefined) actions.push(`Make the new schema build (a patch may be needed): ${irError}`);
  for (const p of patches) {
    if (p.verdict === 'broken') actions.push(`Fix or delete ${patchFile(p.file)}: it no longer applies (${p.detail ?? ''}).`);
  }
  for (const flag of registry?.uncovered ?? []) {
    actions.push(`Add a \`schema/events.json\` entry for the ${flag.transport} event flag \`${flag.flag}\` of ${flag.method} (payload definition, flags, transports).`);
  }
  for (const problem of registry?.otherProblems ?? []) actions.push(`Fix \`schema/events.json\`: ${problem}`);
  if (generation.status === 'failed') actions.push(`Fix what stops code generation: ${generation.error}`);
  if (actions.length > 0 && generation.status !== 'written') {
    actions.push('Then run `pnpm codegen` to regenerate the packages from the new schema.');
  }
  if (changeset !== undefined && patches.some((p) => p.verdict === 'broken')) {
    // A skipped patch's correction reappears as if upstream had changed it.
    actions.push(
      `Review \`${changeset}\` once the patches are fixed: it was computed without the patches that no longer apply, so what they corrected shows as upstream changes.`,
    );
  }
  return actions;
}

/**
 * What the maintainer may tidy up but need not: codegen skips these patches by itself. A patch
 * fixed upstream can go; one that is not applicable here may still serve another schema version.
 */
export function maintainerAdvice(patches: readonly PatchStatus[]): string[] {
  const patchFile = (file: string): string => `\`schema/patches/${file}\``;
  return patches.flatMap((p) => {
    if (p.verdict === 'fixed-upstream') return [`Delete ${patchFile(p.file)}: this schema already holds its result (${p.detail ?? ''}).`];
    if (p.verdict === 'not-applicable') return [`${patchFile(p.file)} is not applicable here (${p.detail ?? ''}); delete it once no supported schema version has its target.`];
    return [];
  });
}
