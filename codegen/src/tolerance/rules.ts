// The named tolerance rules: quirks of VK's real schema history that are read, not rejected.
// Each rule rewrites one upstream shape into the one today's schema uses for the same meaning, and
// every rewrite is reported (file and JSON Pointer), so nothing is patched over silently. Each
// rule has a test on the real archive that needs it (codegen/test/tolerance.test.ts).

export type ToleranceRuleName = 'integer-enum-on-string' | 'properties-empty-array' | 'stale-folder';

export interface ToleranceRule {
  name: ToleranceRuleName;
  /** One line for reports: what upstream does and how it is read. */
  summary: string;
  /** The real commit that first showed the quirk, for the reader. */
  seenIn: string;
}

export const TOLERANCE_RULES: Readonly<Record<ToleranceRuleName, ToleranceRule>> = {
  'integer-enum-on-string': {
    name: 'integer-enum-on-string',
    summary: 'a `"type": "string"` whose `enum` holds only integers is read as `"type": "integer"` (upstream later fixed it that way)',
    seenIn: '748a5e3 (groups_group_subject)',
  },
  'properties-empty-array': {
    name: 'properties-empty-array',
    summary: '`"properties": []` is read as `"properties": {}` (an object with no properties)',
    seenIn: 'ff08ec8 … 140b98d (groups_classifieds_properties)',
  },
  'stale-folder': {
    name: 'stale-folder',
    summary: 'a folder whose files declare another API `version` than the rest of the schema is left out of the generated API (include it with --include-stale-folders)',
    seenIn: 'ff08ec8 … 08576fa (adsweb/ still saying 5.131)',
  },
};

/** One place a rule rewrote (or, for stale folders, left out) upstream data. */
export interface ToleranceHit {
  rule: ToleranceRuleName;
  /** Schema-relative file; for stale folders the folder name followed by `/`. */
  file: string;
  /** JSON Pointer inside the file ('' for a whole folder). */
  where: string;
  /** What was read there, e.g. `enum of 42 integers` or `declares 5.131, the schema 5.199`. */
  detail: string;
}

/** `integer-enum-on-string`: true when `node` is a string-typed schema whose enum holds only integers. */
export function isIntegerEnumOnString(node: Record<string, unknown>): boolean {
  const values = node['enum'];
  return node['type'] === 'string' && Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === 'number' && Number.isInteger(v));
}

/** `properties-empty-array`: true when `node.properties` is `[]`. */
export function hasEmptyArrayProperties(node: Record<string, unknown>): boolean {
  const properties = node['properties'];
  return Array.isArray(properties) && properties.length === 0;
}
