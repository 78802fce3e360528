import { randomInt } from 'node:crypto';

// VK dedupes messages.send by (sender, random_id): giving every call its own id, fixed across
// the call's retries, is what makes retrying a send safe. VK reads it as a signed 32-bit int.
const MAX_RANDOM_ID = 2 ** 31 - 1;

/** A positive random int32 from the OS CSPRNG (Math.random collides too easily across processes). */
export function randomId(): number {
  return randomInt(1, MAX_RANDOM_ID);
}
