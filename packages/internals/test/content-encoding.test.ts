// Decoding bodies: utf8Text must give exactly the string `toString('utf8')` gives (minus a
// leading BOM) on every path it picks (small, ASCII, valid UTF-8, invalid UTF-8), and the gzip
// decode must give the exact bytes however the trailer sizes its buffer.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeContent, utf8Text } from '../src/index.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const cyrillic = Buffer.from(JSON.stringify({ response: { items: Array.from({ length: 40 }, (_, i) => ({ id: i, first_name: 'Александр', status: 'в отпуске 🎸', text: `привет ${i}` })) } }));
const ascii = Buffer.from(JSON.stringify({ response: { items: Array.from({ length: 40 }, (_, i) => ({ id: i, domain: `id${i}` })) } }));

function decoded(body: Buffer, coding: string): Buffer {
  const result = decodeContent(body, coding, 'gzip');
  if (!result.ok) throw new Error(result.problem);
  return result.body;
}

describe('utf8Text', () => {
  it('gives the same string as toString for a body transcoded in pieces, whatever character a cut falls on', () => {
    // Over 48 KB (one piece) with 2-, 3- and 4-byte characters (a 4-byte one is a surrogate pair in
    // UTF-16) lying across the cuts at every byte offset: one cycle of the four is 10 bytes, and
    // the ASCII run before it shifts the cycle by each of those 10 offsets in turn.
    const characters = ['ж', '€', '🎸', 'a'];
    for (let shift = 0; shift < 10; shift += 1) {
      const parts: string[] = ['{"text":"', 'x'.repeat(shift)];
      for (let i = 0; i < 40_000; i += 1) parts.push(characters[i % characters.length] ?? '');
      parts.push('"}');
      const body = Buffer.from(parts.join(''));
      expect(body.length).toBeGreaterThan(2 * 48 * 1024);
      expect(utf8Text(body)).toBe(body.toString('utf8'));
    }
  });

  it('gives the same string as toString for large non-ASCII, large ASCII and small bodies', () => {
    for (const body of [cyrillic, ascii, Buffer.from('{"response":"Привет"}'), Buffer.alloc(0)]) {
      expect(utf8Text(body)).toBe(body.toString('utf8'));
    }
    expect(cyrillic.length).toBeGreaterThan(1000);
  });

  it('skips a leading BOM on every path', () => {
    for (const body of [cyrillic, ascii, Buffer.from('{"a":1}')]) {
      expect(utf8Text(Buffer.concat([BOM, body]))).toBe(body.toString('utf8'));
    }
  });

  it('puts U+FFFD where the bytes are not UTF-8, as toString does', () => {
    // A lone lead byte, a stray continuation byte, an encoded surrogate and a truncated tail.
    const broken = Buffer.concat([cyrillic.subarray(0, 300), Buffer.from([0xd0, 0x22, 0x80, 0xed, 0xa0, 0x80]), cyrillic.subarray(300), Buffer.from([0xe2, 0x82])]);
    const text = utf8Text(broken);
    expect(text).toBe(broken.toString('utf8'));
    expect(text).toContain('\ufffd');
  });
});

describe('decodeContent: gzip', () => {
  it('inflates a large body exactly, in one buffer sized from the trailer', () => {
    const plain = Buffer.concat(Array.from({ length: 20 }, () => cyrillic));
    const body = decoded(zlib.gzipSync(plain), 'gzip');
    expect(body.equals(plain)).toBe(true);
  });

  it('inflates concatenated gzip members (the trailer sizes only the last) and tiny bodies', () => {
    const parts = [cyrillic, ascii, Buffer.from('x')];
    const body = decoded(Buffer.concat(parts.map((part) => zlib.gzipSync(part))), 'gzip');
    expect(body.equals(Buffer.concat(parts))).toBe(true);
    expect(decoded(zlib.gzipSync(Buffer.alloc(0)), 'gzip').length).toBe(0);
  });

  it('reports a body whose trailer lies about its size as not decompressing', () => {
    const gzipped = Buffer.from(zlib.gzipSync(cyrillic));
    gzipped.writeUInt32LE(0xffff_ffff, gzipped.length - 4);
    const result = decodeContent(gzipped, 'gzip', 'gzip');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/^answered with a gzip body \(\d+ bytes\) that does not decompress: /);
  });
});
