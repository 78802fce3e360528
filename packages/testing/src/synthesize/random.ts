/**
 * A small seeded pseudo-random generator (mulberry32). Samples must be reproducible across
 * runs and machines so that a failing test shows the same data every time; Math.random()
 * cannot be seeded.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, bound). `bound` must be a positive integer. */
  below(bound: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  // Any number is accepted as a seed; fold it into 32 bits so 1.5 and 2**40 still work.
  let state = Math.trunc(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (bound: number): number => Math.floor(next() * bound);
  return {
    next,
    below,
    pick<T>(items: readonly T[]): T {
      const index = below(items.length);
      // Walk instead of indexing: `items[index]` is typed `T | undefined` and a non-null
      // assertion would also wave through a genuinely empty list.
      let position = 0;
      for (const item of items) {
        if (position++ === index) return item;
      }
      throw new RangeError('Random.pick: the list is empty');
    },
  };
}

/** A 32-bit hash of a string (FNV-1a), for deriving per-name seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
