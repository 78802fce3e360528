// Shape checks for the IPC messages the bench processes exchange (each is checked on arrival).

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
