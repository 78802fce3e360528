// Runtime lookups in the generated metadata, for names that arrive as plain strings.
import { apiMethodMeta, type ApiMethodName, type MethodMeta } from '@vkts/types';

export function isKnownMethod(method: string): method is ApiMethodName {
  return Object.hasOwn(apiMethodMeta, method);
}

/** The metadata of `method`, or `undefined` for a name the schema does not have. */
export function methodMeta(method: string): MethodMeta | undefined {
  return isKnownMethod(method) ? apiMethodMeta[method] : undefined;
}
