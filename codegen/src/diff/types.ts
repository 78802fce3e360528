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
  | 'error-added'
  | 'error-removed'
  | 'error-code-changed';

export interface ApiChange {
  section: DiffSection;
  kind: ChangeKind;
  /** Method (`groups.get`), definition (`groups_group_full`), event type or error name. */
  subject: string;
  /** Param or field path (`items[].title`), response key, transport or payload definition. */
  member?: string;
  breaking: boolean;
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
  bySection: Record<DiffSection, { breaking: number; nonBreaking: number }>;
}
