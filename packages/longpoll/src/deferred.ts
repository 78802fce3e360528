/** A promise with its resolver outside (Promise.withResolvers is Node 22+). */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  readonly resolve: (value: T) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve: ((value: T) => void) | undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  if (resolve === undefined) throw new Error('unreachable: the Promise executor runs synchronously');
  return { promise, resolve };
}
