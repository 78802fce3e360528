import type { PatchVerdict } from '../patches/index.js';
import type { ToleranceHit } from '../tolerance/index.js';

// The vocabulary of a semantic API diff: one ApiChange per consumer-visible difference, already
// classified as breaking or not (see classify.ts for the rules).

/** Where a change is listed; response definitions are kept apart from object definitions. */
export type DiffSection = 'methods' | 'responses' | 'objects' | 'events' | 'errors';

export const DIFF_SECTIONS: readonly DiffSection[] = ['methods', 'responses', 'objects', 'events', 'errors'];

export type ChangeKind =
  | 'method-added'
  | 'method-removed'
  | 'param-added'
  | 'param-removed'
  | 'param-required'
  | 'param-optional'
  | 'param-type'
  | 'response-added'
  | 'response-removed'
  | 'response-retargeted'
  | 'definition-added'
  | 'definition-removed'
  | 'field-added'
  | 'field-removed'
  | 'field-required'
  | 'field-optional'
  | 'field-type'
  | 'event-added'
  | 'event-removed'
  | 'event-transport-added'
  | 'event-transport-removed'
  | 'event-payload-changed'
  | 'method-tokens-added'
  | 'method-tokens-removed'
  | 'method-errors-added'
  | 'method-errors-removed'
  | 'error-added'
  | 'error-removed'
  | 'error-code-changed'
  | 'error-global-added'
  | 'error-global-removed';

/**
 * What a change does to a TypeScript consumer: `breaking` — code that compiled may no longer
 * compile (or reads a value of another type); `exhaustiveness` — a new value in a union the
 * consumer receives (a response enum, a method's error codes, the global error codes) may break an
 * exhaustive `switch` or a `never` check, nothing else; `compatible` — nothing that compiled
 * breaks.
 */
export type Impact = 'breaking' | 'exhaustiveness' | 'compatible';

export interface ApiChange {
  section: DiffSection;
  kind: ChangeKind;
  /** Method (`groups.get`), definition (`groups_group_full`), event type or error name. */
  subject: string;
  /** Param or field path (`items[].title`), response key, transport or payload definition. */
  member?: string;
  breaking: boolean;
  /** Finer than `breaking`: set to `exhaustiveness` where a new value may break exhaustive switches (`impactOf` reads it). */
  impact?: Impact;
  /** For enum-like type changes and set changes: every value added and removed, in full. */
  valuesAdded?: readonly string[];
  valuesRemoved?: readonly string[];
  /** Canonical old type / old value, for type and retarget changes. */
  from?: string;
  /** Canonical new type / new value. */
  to?: string;
  /** For added params and fields: whether the new member is required. */
  required?: boolean;
  /** Extra words for the reader, e.g. why an event has no types yet. */
  note?: string;
  /** For response definitions: the methods whose responses point at it. */
  usedBy?: readonly string[];
  /** For definition changes: definitions inheriting the same change through allOf. */
  alsoIn?: readonly string[];
  /**
   * Set when the change comes from our patches, not from upstream: a patch applied on one side
   * only (these files). The generated types do change, so it still counts.
   */
  fromPatches?: readonly string[];
  /** Which generated surfaces the change reaches: method calls (params, responses, errors) and/or events. */
  reaches?: readonly Surface[];
}

/** A part of the generated API a package may build its public types on. */
export type Surface = 'methods' | 'events';

/** A change's impact (`breaking` decides unless an `exhaustiveness` impact was set). */
export function impactOf(change: Pick<ApiChange, 'breaking' | 'impact'>): Impact {
  if (change.breaking) return 'breaking';
  return change.impact === 'exhaustiveness' ? 'exhaustiveness' : 'compatible';
}

/** Which patches of schema/patches/ one side of the diff did not apply, and why. */
export interface SkippedPatch {
  file: string;
  verdict: Exclude<PatchVerdict, 'applies'>;
  detail: string;
}

export interface DiffSideInfo {
  /** Label the reader knows the side by: a folder or a pin. */
  label: string;
  /** API version read from the schema files, if they agree on one. */
  apiVersion: string | undefined;
  skippedPatches: readonly SkippedPatch[];
  /** Folders declaring another API version (left out unless included). */
  staleFolders: readonly { folder: string; versions: readonly string[]; included: boolean }[];
  /** Where a tolerance rule read an upstream quirk. */
  tolerated: readonly ToleranceHit[];
}

export interface ApiDiff {
  old: DiffSideInfo;
  new: DiffSideInfo;
  /** Sorted by section, then breaking first, then subject and member. */
  changes: readonly ApiChange[];
}

export interface DiffCounts {
  breaking: number;
  nonBreaking: number;
  /** Of the non-breaking ones: those that may break exhaustive switches (impact `exhaustiveness`). */
  exhaustiveness: number;
  bySection: Record<DiffSection, { breaking: number; nonBreaking: number }>;
}
