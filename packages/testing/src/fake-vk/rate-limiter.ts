/**
 * VK's per-token limit: at most N requests in any one-second window. A sliding window (not
 * a per-second bucket) so a burst straddling a second boundary is still caught, as VK does.
 */
export class RateLimiter {
  readonly #windowMs: number;
  readonly #recent = new Map<string, number[]>();

  constructor(windowMs = 1000) {
    this.#windowMs = windowMs;
  }

  /** Count a request for `key` at `now`; false (and not counted) if it would exceed `perWindow`. */
  tryAcquire(key: string, perWindow: number, now: number): boolean {
    const since = now - this.#windowMs;
    const times = (this.#recent.get(key) ?? []).filter((time) => time > since);
    if (times.length >= perWindow) {
      this.#recent.set(key, times);
      return false;
    }
    times.push(now);
    this.#recent.set(key, times);
    return true;
  }
}
