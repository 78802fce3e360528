// The named tolerance rules: quirks of VK's real schema history that are read, not rejected.
// Each rule rewrites one upstream shape into the one today's schema uses for the same meaning, and
// every rewrite is reported (file and JSON Pointer), so nothing is patched over silently. Each
// rule has a test on the real archive that needs it (codegen/test/tolerance.test.ts).

export type ToleranceRuleName = 'integer-enum-on-string' | 'properties-empty-array' | 'dangling-method-error' | 'orphan-response-shadowing' | 'stale-folder';

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
  'dangling-method-error': {
    name: 'dangling-method-error',
    summary: "a method's `errors` entry naming an error errors.json does not define is dropped (nothing can be typed for it)",
    seenIn: '73dd29e … 08576fa (asr.checkStatus: api_error_asr_not_found)',
  },
  'orphan-response-shadowing': {
    name: 'orphan-response-shadowing',
    summary:
      "a response definition nothing refers to, named like a method's response that points elsewhere, is left out (its type name would clash with that method's response type)",
    seenIn: '748a5e3 (newsfeed_ignore_item_response while newsfeed.ignoreItem returns base_ok_response)',
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
