// The hash the in-memory dedupe store files its keys under (see dedupe-store.ts).

/** Set in `hashAndKeep`'s result when the scratch does not hold the id. */
const NOT_KEPT = 0x8000_0000 | 0;

/**
 * A 31-bit hash of (group id, event id), never 0 (0 marks an empty cell of the store's table):
 * the polynomial ×31 hash of the id's UTF-16 code units (Java's `String.hashCode`) seeded with
 * the group, through murmur3's 32-bit finaliser, which spreads it over the low bits the table
 * indexes by. The finaliser is a bijection, so ids that collide in the polynomial collide here
 * too ("Aa" and "BB" do, and so does any id with one swapped for the other): the tests build
 * collisions that way. Event ids are VK's, after the secret check: nobody can choose them to
 * flood one bucket. `charCodeAt` on the flat string `JSON.parse` made is cheap; the id is not
 * copied or joined to its group first.
 */
export function hashEventKey(group: number, id: string): number {
  return hashAndKeep(group, id, undefined, 0) & 0x7fff_ffff;
}

/**
 * `hashEventKey`, keeping the id's bytes on the way (`charCodeAt` is the costly part, so the store
 * reads each code unit once): an id of at most `room` code units is written into `scratch` from
 * 0, one byte each. The result is the hash, with bit 31 set (negative) when `scratch` does not
 * hold the id exactly: no scratch, an id longer than `room`, or one past Latin-1.
 */
export function hashAndKeep(group: number, id: string, scratch: Uint8Array | undefined, room: number): number {
  const length = id.length;
  const keep = scratch !== undefined && length <= room;
  // Both halves of a group id up to 2^53 (the low 32 bits, then the rest).
  let hash = Math.imul(group | 0, 31) + ((group / 0x1_0000_0000) | 0);
  let codes = 0;
  for (let i = 0; i < length; i++) {
    const code = id.charCodeAt(i);
    hash = (Math.imul(hash, 31) + code) | 0;
    codes |= code;
    if (keep) scratch[i] = code;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85eb_ca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2_ae35);
  hash ^= hash >>> 16;
  const kept = keep && codes <= 0xff;
  return (hash & 0x7fff_ffff || 1) | (kept ? 0 : NOT_KEPT);
}
