// The hash the in-memory dedupe store files its keys under (see dedupe-store.ts).

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
  // Both halves of a group id up to 2^53 (the low 32 bits, then the rest).
  let hash = Math.imul(group | 0, 31) + ((group / 0x1_0000_0000) | 0);
  for (let i = 0; i < id.length; i++) hash = (Math.imul(hash, 31) + id.charCodeAt(i)) | 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85eb_ca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2_ae35);
  hash ^= hash >>> 16;
  return hash & 0x7fff_ffff || 1;
}
