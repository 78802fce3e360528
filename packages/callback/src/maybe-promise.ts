// A value now or a promise of it. The receiver's steps return values directly on the common path
// (string and map lookups, the in-memory store, loaded validators) and promises only when they
// must wait, so a request through the fast path costs no suspension per step.

export type MaybePromise<T> = T | PromiseLike<T>;

export function isPromiseLike<T>(value: MaybePromise<T>): value is PromiseLike<T> {
  return (
    ((typeof value === 'object' && value !== null) || typeof value === 'function') &&
    'then' in value &&
    typeof value.then === 'function'
  );
}
