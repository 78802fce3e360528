// The in-memory dedupe store's index: which record holds a key, found by the key's hash.

/**
 * Cells of (hash, ref) side by side in one typed array (a probe reads both from one cache line),
 * by open addressing with linear probing; a cell whose hash is 0 is empty (hashes are never 0).
 * Kept at most half full, so a probe ends soon at an empty cell. Only the caller knows what a
 * ref points at, so it probes itself (cell `hash & mask` on, while the cell is not empty, its
 * hash at `2 * cell` and its ref at `2 * cell + 1` of `pairs`) and compares its own keys there;
 * this class adds, locates and removes cells. Numbers in a typed array are no objects: a
 * scavenge has nothing here to copy or trace, however many keys are held.
 */
export class HashCells {
  pairs: Int32Array;
  mask: number;
  private filled = 0;

  constructor(minCells: number) {
    let size = 16;
    while (size < minCells) size *= 2;
    this.pairs = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  add(hash: number, ref: number): void {
    if ((this.filled + 1) * 2 > this.mask + 1) this.grow();
    this.place(hash, ref);
    this.filled += 1;
  }

  /** The cell holding exactly this (hash, ref), or -1. */
  cellOf(hash: number, ref: number): number {
    const { pairs, mask } = this;
    for (let cell = hash & mask; pairs[2 * cell] !== 0; cell = (cell + 1) & mask) {
      if (pairs[2 * cell] === hash && pairs[2 * cell + 1] === ref) return cell;
    }
    return -1;
  }

  ref(cell: number): number {
    return this.pairs[2 * cell + 1] ?? 0;
  }

  setRef(cell: number, ref: number): void {
    this.pairs[2 * cell + 1] = ref;
  }

  /** Empties a cell, moving later cells of its run back so that no probe stops short of them. */
  remove(cell: number): void {
    const { pairs, mask } = this;
    let hole = cell;
    for (let next = (hole + 1) & mask; pairs[2 * next] !== 0; next = (next + 1) & mask) {
      const hash = pairs[2 * next] ?? 0;
      const home = hash & mask;
      // `next` may fill the hole only if its probe passes the hole on the way (home … hole … next).
      if (((next - home) & mask) >= ((next - hole) & mask)) {
        pairs[2 * hole] = hash;
        pairs[2 * hole + 1] = pairs[2 * next + 1] ?? 0;
        hole = next;
      }
    }
    pairs[2 * hole] = 0;
    this.filled -= 1;
  }

  private place(hash: number, ref: number): void {
    const { pairs, mask } = this;
    let cell = hash & mask;
    while (pairs[2 * cell] !== 0) cell = (cell + 1) & mask;
    pairs[2 * cell] = hash;
    pairs[2 * cell + 1] = ref;
  }

  private grow(): void {
    const old = this.pairs;
    this.pairs = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let i = 0; i < old.length; i += 2) {
      const hash = old[i] ?? 0;
      if (hash !== 0) this.place(hash, old[i + 1] ?? 0);
    }
  }
}
