// A value now or a promise of it. The receiver's steps return values directly on the common path
// (string and map lookups, the in-memory store, loaded validators) and promises only when they
// must wait, so a request through the fast path costs no suspension per step (isPromiseLike from
// @vkts/internals tells which).

export type MaybePromise<T> = T | PromiseLike<T>;
