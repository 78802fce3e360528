import { randomFillSync } from 'node:crypto';

// VK dedupes messages.send by (app, sender, random_id) over the whole message history, so ids
// must rarely collide: 31 bits would make a repeat likely after ~50,000 sends from one sender
// (the birthday bound), and a send with a repeated id is silently dropped. VK reads random_id as
// an int64 and asks for a large range; a JS number holds 53 bits exactly, so that is the range.
// Every call gets its own id, fixed across its retries: that is what makes retrying a send safe.
const words = new Uint32Array(2);

/** A random integer in [1, 2^53 − 1] from the OS CSPRNG (Math.random collides too easily across processes). */
export function randomId(): number {
  for (;;) {
    randomFillSync(words);
    const id = ((words[0] ?? 0) & 0x1f_ffff) * 2 ** 32 + (words[1] ?? 0);
    if (id !== 0) return id;
  }
}
