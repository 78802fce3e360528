// The one way the packages wait: a timer that an abort cuts short.

// Declared here rather than taken from @types/node or the DOM lib: platform-neutral packages
// (@vkts/events, `"types": []`) compile this module too, and every runtime has these.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(timer: unknown): void;

/** The part of an `AbortSignal` a sleep needs. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * Resolves `true` after `ms`, or `false` as soon as `signal` aborts (at once if it already has).
 * It never rejects: what an abort means (a rejection with the caller's reason, a quiet stop of a
 * loop) is the caller's decision, made where the `false` comes back.
 */
export function sleep(ms: number, signal?: AbortSignalLike): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const aborted = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', aborted, { once: true });
  });
}
