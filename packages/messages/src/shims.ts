// Small helpers other packages have too; @vkts/internals replaces this file at merge.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
