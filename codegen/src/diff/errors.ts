import type { SchemaIR } from '../ir/types.js';
import { compareStrings } from './canonical.js';
import { ERROR_ADDED_BREAKS, ERROR_CODE_CHANGED_BREAKS, ERROR_REMOVED_BREAKS } from './classify.js';
import type { ApiChange } from './types.js';

// errors.json entries by name: they become the ApiErrorCode/ApiErrorName unions and the
// ApiErrorCodes constant, so a vanished or renumbered name breaks code that uses it.

export function diffErrors(before: SchemaIR, after: SchemaIR): ApiChange[] {
  const old = new Map(before.errors.map((e) => [e.name, e]));
  const now = new Map(after.errors.map((e) => [e.name, e]));
  const changes: ApiChange[] = [];
  for (const name of [...new Set([...old.keys(), ...now.keys()])].sort(compareStrings)) {
    const a = old.get(name);
    const b = now.get(name);
    if (!a && b) changes.push({ section: 'errors', kind: 'error-added', subject: name, breaking: ERROR_ADDED_BREAKS, impact: 'exhaustiveness', to: String(b.code) });
    else if (a && !b) changes.push({ section: 'errors', kind: 'error-removed', subject: name, breaking: ERROR_REMOVED_BREAKS, from: String(a.code) });
    else if (a && b && a.code !== b.code) {
      changes.push({ section: 'errors', kind: 'error-code-changed', subject: name, breaking: ERROR_CODE_CHANGED_BREAKS, from: String(a.code), to: String(b.code) });
    }
    // `global` puts an error in ApiGlobalErrorCode (errors any method may return).
    if (a && b && a.global !== b.global) {
      changes.push(
        b.global
          ? { section: 'errors', kind: 'error-global-added', subject: name, breaking: false, impact: 'exhaustiveness', to: String(b.code) }
          : { section: 'errors', kind: 'error-global-removed', subject: name, breaking: true, from: String(a.code) },
      );
    }
  }
  return changes;
}
