// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: VK API errors from errors.json.
/* eslint-disable */

import type { ApiErrorInfo } from '../error-info.js';

/**
 * Code of any VK API error the schema knows.
 */
export type ApiErrorCode = (typeof ApiErrorCodes)[ApiErrorName];

/**
 * Codes of the errors any method can return (`global: true` in errors.json).
 */
export type ApiGlobalErrorCode = 1 | 15;

/**
 * Name (errors.json key) of any VK API error.
 */
export type ApiErrorName = keyof typeof ApiErrorCodes;

/**
 * Every VK API error: code, name, description, whether any method can return it, and its subcodes.
 */
export const apiErrors: readonly ApiErrorInfo[] = [
  { code: 1, name: "api_error_unknown", description: "Unknown error occurred", global: true, subcodes: [] },
  { code: 12, name: "api_error_compile", description: "Unable to compile code", global: false, subcodes: [] },
  { code: 13, name: "api_error_runtime", description: "Runtime error occurred during code invocation", global: false, subcodes: [] },
  { code: 15, name: "api_error_access", description: "Access denied", global: true, subcodes: [{"name":"method_permission_denied","subcode":1133},{"name":"app_type_permission_denied","subcode":1134,"description":"The app type may not call this method"}] },
  { code: 19, name: "api_error_blocked", description: "Content blocked */ (a comment terminator in an error description)", global: false, subcodes: [] },
  { code: 214, name: "api_error_wall_add_post", description: "Access to adding post denied", global: false, subcodes: [] },
  { code: 220, name: "api_error_wall_too_many_recipients", description: "Too many recipients", global: false, subcodes: [] },
];

/**
 * Error code → errors.json name.
 */
export const apiErrorNames: { readonly [C in ApiErrorCode]: ApiErrorName } = {
  1: "api_error_unknown",
  12: "api_error_compile",
  13: "api_error_runtime",
  15: "api_error_access",
  19: "api_error_blocked",
  214: "api_error_wall_add_post",
  220: "api_error_wall_too_many_recipients",
};

/**
 * errors.json name → error code, for `isApiError(err, ApiErrorCodes.api_error_access)`.
 */
export const ApiErrorCodes = {
  api_error_unknown: 1,
  api_error_compile: 12,
  api_error_runtime: 13,
  api_error_access: 15,
  api_error_blocked: 19,
  api_error_wall_add_post: 214,
  api_error_wall_too_many_recipients: 220,
} as const;
