// Secret keys for new Callback servers: uniform over [0-9A-Za-z] from the platform CSPRNG
// (Web Crypto, present in Node ≥ 20, Deno, Bun and Workers).

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 62 · 4: bytes at or above it are dropped, so `byte % 62` has no bias (vksdk's has a little). */
const UNBIASED_LIMIT = 248;
export const GENERATED_SECRET_LENGTH = 32;

/** A 32-character secret: log2(62³²) ≈ 190 bits. */
export function generateSecret(length = GENERATED_SECRET_LENGTH): string {
  let secret = '';
  const bytes = new Uint8Array(length * 2);
  while (secret.length < length) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= UNBIASED_LIMIT) continue;
      secret += ALPHABET[byte % ALPHABET.length] ?? '';
      if (secret.length === length) break;
    }
  }
  return secret;
}
