import type { SchemaIR } from '../ir/types.js';
import { header, type GenerationContext } from './header.js';
import { jsdoc } from './jsdoc.js';

// Every entry of errors.json as typed runtime data, plus the code unions the method map uses.

export function emitErrors(ir: SchemaIR, context: GenerationContext): string {
  const globals = ir.errors.filter((e) => e.global).map((e) => e.code);
  const entries = ir.errors.map((e) => {
    const subcodes = e.subcodes.map((s) => ({ name: s.name, subcode: s.subcode, ...(s.description ? { description: s.description } : {}) }));
    return `  { code: ${e.code}, name: ${JSON.stringify(e.name)}, description: ${JSON.stringify(e.description)}, global: ${e.global}, subcodes: ${JSON.stringify(subcodes)} },`;
  });
  const union = (values: readonly (string | number)[]): string => values.map((v) => JSON.stringify(v)).join(' | ') || 'never';
  return [
    header(context, 'VK API errors from errors.json'),
    `import type { ApiErrorInfo } from '../error-info.js';\n`,
    // ApiErrorCode and ApiErrorName are read off ApiErrorCodes rather than listed again: each
    // listing is ~500 nodes every consumer's compiler parses (~0.25 MB of its heap for both).
    jsdoc(['Code of any VK API error the schema knows.']) + `export type ApiErrorCode = (typeof ApiErrorCodes)[ApiErrorName];\n`,
    jsdoc(['Codes of the errors any method can return (`global: true` in errors.json).']) + `export type ApiGlobalErrorCode = ${union(globals)};\n`,
    jsdoc(['Name (errors.json key) of any VK API error.']) + `export type ApiErrorName = keyof typeof ApiErrorCodes;\n`,
    jsdoc(['Every VK API error: code, name, description, whether any method can return it, and its subcodes.']) +
      `export const apiErrors: readonly ApiErrorInfo[] = [\n${entries.join('\n')}\n];\n`,
    jsdoc(['Error code → errors.json name.']) +
      `export const apiErrorNames: { readonly [C in ApiErrorCode]: ApiErrorName } = {\n${ir.errors.map((e) => `  ${e.code}: ${JSON.stringify(e.name)},`).join('\n')}\n};\n`,
    jsdoc(['errors.json name → error code, for `isApiError(err, ApiErrorCodes.api_error_access)`.']) +
      `export const ApiErrorCodes = {\n${ir.errors.map((e) => `  ${e.name}: ${e.code},`).join('\n')}\n} as const;\n`,
  ].join('\n');
}
