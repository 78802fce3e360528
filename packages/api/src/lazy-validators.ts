// zod validators, loaded with a dynamic import() the first time a client validates: a client
// with `validate: 'off'` (the default) never loads zod or the ~2,500 generated schemas.
import type { ValidationIssue } from './errors.js';
import { ValidationError } from './errors.js';

/** The part of a zod schema the client uses. */
interface Check {
  safeParse(input: unknown): { success: boolean; error?: { issues: readonly ZodIssueLike[] } };
}

interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code: string;
}

type ValidatorTable = Readonly<Record<string, { readonly params: Check; readonly responses: Readonly<Record<string, Check>> }>>;

let table: Promise<ValidatorTable> | undefined;

// zod is an optional peer of @vkts/types (it stays off the install of clients that never validate).
const ZOD_MISSING =
  "@vkts/api: the `validate` option needs zod, an optional peer dependency of @vkts/types that is not installed; add it to your project (npm install zod) or leave `validate` at 'off'";

function zodMissing(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND') &&
    /['"]zod['"]/.test(error.message)
  );
}

function load(): Promise<ValidatorTable> {
  table ??= import('@vkts/types/zod').then(
    (zod) => {
      const validators: ValidatorTable = zod.apiValidators;
      return validators;
    },
    (error: unknown) => {
      // Not cached: the next validating call tries the import again.
      table = undefined;
      throw zodMissing(error) ? new Error(ZOD_MISSING, { cause: error }) : error;
    },
  );
  return table;
}

/** Throws a ValidationError if `params` do not match the method's params schema. */
export async function checkParams(method: string, params: object): Promise<void> {
  const entry = (await load())[method];
  if (!entry) return;
  const result = entry.params.safeParse(params);
  if (!result.success) throw new ValidationError(method, 'params', toIssues(result.error?.issues));
}

/**
 * Throws a ValidationError if `response` matches none of the method's response variants. The
 * variant VK picks depends on params in ways only the types encode, so any variant passes.
 */
export async function checkResponse(method: string, response: unknown): Promise<void> {
  const entry = (await load())[method];
  if (!entry) return;
  let firstIssues: readonly ZodIssueLike[] | undefined;
  for (const variant of Object.values(entry.responses)) {
    const result = variant.safeParse(response);
    if (result.success) return;
    firstIssues ??= result.error?.issues;
  }
  throw new ValidationError(method, 'response', toIssues(firstIssues));
}

// Only path, message and code: zod can be asked to include the input in issues, and params may
// hold secrets.
function toIssues(issues: readonly ZodIssueLike[] | undefined): ValidationIssue[] {
  return (issues ?? []).map(({ path, message, code }) => ({ path, message, code }));
}
