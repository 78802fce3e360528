import type { ApiErrorInfo } from './error-info.js';
import { apiErrors } from './gen/errors.gen.js';

const byCode = new Map<number, ApiErrorInfo>(apiErrors.map((e) => [e.code, e]));

/** The errors.json entry of a code VK sent, or undefined for a code the schema does not know. */
export function getApiErrorInfo(code: number): ApiErrorInfo | undefined {
  return byCode.get(code);
}
