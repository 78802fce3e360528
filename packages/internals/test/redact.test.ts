import { describe, expect, it } from 'vitest';
import { MIN_REDACTED_SECRET_LENGTH, REDACTED, redactSecrets, redactedSnippet } from '../src/index.js';

const TOKEN = `vk1.a.${'Q7x_'.repeat(20)}END`; // 89 characters, like a real token

describe('redactSecrets', () => {
  it('replaces every whole copy of a secret of realistic length', () => {
    expect(redactSecrets(`a ${TOKEN} b ${TOKEN}`, [TOKEN])).toBe(`a ${REDACTED} b ${REDACTED}`);
  });

  it('leaves placeholders shorter than MIN_REDACTED_SECRET_LENGTH alone (no "missin[redacted]")', () => {
    expect(redactSecrets('the token is missing', ['g'])).toBe('the token is missing');
    const short = 'x'.repeat(MIN_REDACTED_SECRET_LENGTH - 1);
    expect(redactSecrets(`key ${short}`, [short])).toBe(`key ${short}`);
    const realistic = 'x'.repeat(MIN_REDACTED_SECRET_LENGTH);
    expect(redactSecrets(`key ${realistic}`, [realistic])).toBe(`key ${REDACTED}`);
  });
});

describe('redactedSnippet', () => {
  it('redacts before cutting: no offset of the token around the cut leaves any of it', () => {
    for (let start = 100; start <= 200; start += 1) {
      const body = `${'.'.repeat(start - 'Bearer '.length)}Bearer ${TOKEN} trailing text`;
      const snippet = redactedSnippet(body, 200, [TOKEN]);
      expect(snippet.length).toBeLessThanOrEqual(200 + REDACTED.length - 1);
      expect(snippet).not.toContain(TOKEN.slice(0, 4));
      expect(snippet).not.toContain(TOKEN.slice(6, 10));
    }
  });

  it('redacts a beginning of the secret that reaches the end of a body cut short', () => {
    expect(redactedSnippet(`Authorization: Bearer ${TOKEN.slice(0, 40)}`, 200, [TOKEN])).toBe(`Authorization: Bearer ${REDACTED}`);
    // Shorter than four characters: only where it starts a word.
    expect(redactedSnippet('Bearer vk', 200, [TOKEN])).toBe(`Bearer ${REDACTED}`);
    expect(redactedSnippet('a trail of vk1', 200, [TOKEN])).toBe(`a trail of ${REDACTED}`);
    expect(redactedSnippet('the snippet ends in walkv', 200, [TOKEN])).toBe('the snippet ends in walkv');
  });

  it('keeps a marker the cut goes through whole', () => {
    expect(redactedSnippet(`Bearer ${TOKEN} and more`, 10, [TOKEN])).toBe(`Bearer ${REDACTED}`);
  });

  it('keeps text without secrets as it is, cut to the length', () => {
    expect(redactedSnippet('<html>bad gateway</html>', 10, [TOKEN])).toBe('<html>bad ');
    expect(redactedSnippet('missing', 200, ['g'])).toBe('missing');
  });
});
