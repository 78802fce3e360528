// Keeps secrets (tokens, Long Poll keys) out of text that reaches an error or a log: bodies, URLs
// and messages that came from elsewhere and may echo what was sent.

/** What a redacted secret is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Secrets shorter than this are never redacted. Real ones are far longer (VK access tokens 85+
 * characters, service tokens 64, Long Poll keys 40); a short "secret" is a placeholder in a test
 * or an example, and replacing every copy of it would garble ordinary words ("missin[redacted]"
 * for the token "g").
 */
export const MIN_REDACTED_SECRET_LENGTH = 16;

/**
 * `text` with every whole occurrence of each secret of realistic length (at least
 * {@link MIN_REDACTED_SECRET_LENGTH} characters) replaced by {@link REDACTED}.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_REDACTED_SECRET_LENGTH && result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  return result;
}

// A run of a secret's first characters this long is redacted wherever it ends the cut text; a
// shorter run only when it starts a word (so "…Bearer vk1" goes, the "g" ending "missing" stays).
const MIN_REDACTED_TAIL = 4;
const SECRET_CHAR = /[\w.~+/=-]/;

/**
 * The first `length` characters of `text`, safe to show: secrets are redacted *before* cutting
 * (a secret straddling the cut would otherwise survive in part), a marker the cut goes through is
 * kept whole (so the snippet can be up to `REDACTED.length - 1` longer), and a tail of the cut
 * text that is the beginning of a secret (the body itself was cut mid-secret) is redacted too.
 */
export function redactedSnippet(text: string, length: number, secrets: readonly string[]): string {
  const redacted = redactSecrets(text, secrets);
  // A cut through a marker keeps the marker whole, so the snippet still says what was there.
  const marker = redacted.lastIndexOf(REDACTED, length - 1);
  const end = marker !== -1 && marker + REDACTED.length > length ? marker + REDACTED.length : length;
  const cut = redacted.slice(0, end);
  let tail = 0;
  for (const secret of secrets) {
    if (secret.length >= MIN_REDACTED_SECRET_LENGTH) tail = Math.max(tail, secretStartAtEnd(cut, secret));
  }
  return tail === 0 ? cut : cut.slice(0, cut.length - tail) + REDACTED;
}

/** Length of the longest tail of `text` that is a proper beginning of `secret` and worth redacting (0: none). */
function secretStartAtEnd(text: string, secret: string): number {
  for (let run = Math.min(secret.length - 1, text.length); run > 0; run -= 1) {
    if (!text.endsWith(secret.slice(0, run))) continue;
    const before = text[text.length - run - 1];
    if (run >= MIN_REDACTED_TAIL || before === undefined || !SECRET_CHAR.test(before)) return run;
  }
  return 0;
}
