/** Secret comparison and generation. */
import { describe, expect, it } from 'vitest';
import { generateSecret } from '../src/index.js';
import { secretsEqual } from '../src/secret.js';

describe('secretsEqual', () => {
  it.each([
    ['abc', 'abc', true],
    ['', '', true],
    ['абв', 'абв', true],
    ['abc', 'abd', false],
    ['ab', 'abc', false],
    ['abcd', 'abc', false],
    ['', 'abc', false],
    ['ABC', 'abc', false],
    ['\u0000bc', 'abc', false],
  ])('%j vs %j → %s', (given, expected, equal) => {
    expect(secretsEqual(given, expected)).toBe(equal);
  });
});

describe('generateSecret', () => {
  it('makes 32 characters of [0-9A-Za-z], different every time', () => {
    const secrets = Array.from({ length: 200 }, () => generateSecret());
    for (const secret of secrets) expect(secret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('uses all 62 characters, none far more often than the others', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const char of generateSecret()) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 64,000 characters over 62 symbols: about 1032 each; a modulo bias towards the first
    // symbols would show up as counts far off it. The bounds are ~10 standard deviations wide.
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(700);
      expect(count).toBeLessThan(1400);
    }
  });
});
