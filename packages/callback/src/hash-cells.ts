// The in-memory dedupe store's index: which record holds a key, found by the key's hash.

/**
 * Cells of (hash, ref) in two typed arrays, by open addressing with linear probing; a cell whose
 * hash is 0 is empty (hashes are never 0). Kept at most half full, so a probe ends soon at an
 * empty cell. Only the caller knows what a ref points at, so it probes itself (from
 * `hash & mask`, while the cell is not empty) and compares its own keys there; this class adds,
 * locates and removes cells. Numbers in typed arrays are no objects: a scavenge has nothing here
 * to copy or trace, however many keys are held.
 */
export class HashCells {
  hashes: Int32Array;
  refs: Int32Array;
  mask: number;
  private filled = 0;

  constructor(minCells: number) {
    let size = 16;
    while (size < minCells) size *= 2;
    this.hashes = new Int32Array(size);
    this.refs = new Int32Array(size);
    this.mask = size - 1;
  }

  add(hash: number, ref: number): void {
    if ((this.filled + 1) * 2 > this.hashes.length) this.grow();
    this.place(hash, ref);
    this.filled += 1;
  }

  /** The cell holding exactly this (hash, ref), or -1. */
  cellOf(hash: number, ref: number): number {
    const { hashes, refs, mask } = this;
    for (let cell = hash & mask; hashes[cell] !== 0; cell = (cell + 1) & mask) {
      if (hashes[cell] === hash && refs[cell] === ref) return cell;
    }
    return -1;
  }

  /** Empties a cell, moving later cells of its run back so that no probe stops short of them. */
  remove(cell: number): void {
    const { hashes, refs, mask } = this;
    let hole = cell;
    for (let next = (hole + 1) & mask; hashes[next] !== 0; next = (next + 1) & mask) {
      const home = (hashes[next] ?? 0) & mask;
      // `next` may fill the hole only if its probe passes the hole on the way (home … hole … next).
      if (((next - home) & mask) >= ((next - hole) & mask)) {
        hashes[hole] = hashes[next] ?? 0;
        refs[hole] = refs[next] ?? 0;
        hole = next;
      }
    }
    hashes[hole] = 0;
    this.filled -= 1;
  }

  private place(hash: number, ref: number): void {
    const { hashes, refs, mask } = this;
    let cell = hash & mask;
    while (hashes[cell] !== 0) cell = (cell + 1) & mask;
    hashes[cell] = hash;
    refs[cell] = ref;
  }

  private grow(): void {
    const { hashes, refs } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.refs = new Int32Array(hashes.length * 2);
    this.mask = hashes.length * 2 - 1;
    for (let cell = 0; cell < hashes.length; cell++) {
      const hash = hashes[cell] ?? 0;
      if (hash !== 0) this.place(hash, refs[cell] ?? 0);
    }
  }
}
