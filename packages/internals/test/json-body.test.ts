// parseJsonBody must give exactly JSON.parse(utf8Text(body)) for every body: cut in pieces where
// it can be (checked through parseInPieces, which says whether it cut), whole where it cannot,
// and with JSON.parse's own error for invalid JSON.
import { describe, expect, it } from 'vitest';
import { utf8Text } from '../src/index.js';
import { parseInPieces, parseJsonBody } from '../src/json-body.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const member = (i: number) => ({ id: i, first_name: 'Александр', last_name: `Иванов ${i}`, city: { id: 1, title: 'Москва' }, status: 'в отпуске 🎸 },{"id":1 \\"', domain: `id${i}` });
const members = (n: number) => ({ response: { count: n, items: Array.from({ length: n }, (_, i) => member(i)) } });
const body = (value: unknown) => Buffer.from(JSON.stringify(value));

function expectSameAsWhole(bytes: Buffer): void {
  expect(parseJsonBody(bytes)).toStrictEqual(JSON.parse(utf8Text(bytes)));
}

describe('parseJsonBody', () => {
  it('cuts a large VK answer in pieces and gives the same value, elements in order', () => {
    const bytes = body(members(2000));
    expect(bytes.length).toBeGreaterThan(300_000);
    const cut = parseInPieces(bytes);
    expect(cut).toBeDefined();
    expect(cut?.value).toStrictEqual(JSON.parse(bytes.toString('utf8')));
    expectSameAsWhole(bytes);
  });

  it('cuts a body that is one array, and one with a BOM', () => {
    const items = body(members(1500).response.items);
    expect(parseInPieces(items)).toBeDefined();
    expectSameAsWhole(items);
    const withBom = Buffer.concat([BOM, body(members(1500))]);
    expect(parseInPieces(withBom)).toBeDefined();
    expectSameAsWhole(withBom);
  });

  it('moves a cut that falls inside a nested array with the same first key', () => {
    // Every element holds a nested array of two records that also start with `id`.
    const nested = { response: { items: Array.from({ length: 3000 }, (_, i) => ({ id: i, universities: [{ id: 1, name: 'МГУ' }, { id: i, name: `Университет ${i}` }] })) } };
    const bytes = body(nested);
    expect(parseInPieces(bytes)).toBeDefined();
    expectSameAsWhole(bytes);
  });

  it('gives the same value when the nested records defeat every cut', () => {
    const nested = { response: { items: Array.from({ length: 1500 }, (_, i) => ({ id: i, universities: Array.from({ length: 8 }, (_, j) => ({ id: j, name: `Университет ${j}` })) })) } };
    expectSameAsWhole(body(nested));
  });

  it('parses whole when the first array of records is small and the large one comes later', () => {
    const value = { response: { items: [{ id: 1 }], profiles: Array.from({ length: 3000 }, (_, i) => ({ id: i, name: `Имя ${i}` })) } };
    const bytes = body(value);
    expect(parseInPieces(bytes)).toBeUndefined();
    expectSameAsWhole(bytes);
  });

  it('parses whole when the body holds the stand-in text, so the result cannot be confused', () => {
    const value = members(1500);
    const tricky = { ...value, response: { ...value.response, items: [...value.response.items, { id: -1, tags: ['\u0000'.repeat(8)] }] } };
    const bytes = body(tricky);
    expect(parseInPieces(bytes)).toBeUndefined();
    expectSameAsWhole(bytes);
  });

  it('keeps an own __proto__ key on the path to the cut array', () => {
    const bytes = Buffer.from(`{"__proto__":${JSON.stringify(members(1500).response.items)}}`);
    const parsed = parseJsonBody(bytes);
    expect(parseInPieces(bytes)).toBeDefined();
    expect(parsed).toStrictEqual(JSON.parse(bytes.toString('utf8')));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed as object)).toEqual(['__proto__']);
  });

  it('gives the same values when a piece has bytes that are not UTF-8', () => {
    const bytes = body(members(1500));
    const at = bytes.indexOf('Москва', 200_000);
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xd0]), bytes.subarray(at + 1)]);
    expect(parseInPieces(broken)).toBeDefined();
    expectSameAsWhole(broken);
  });

  it('throws JSON.parse’s own error for invalid JSON, whichever part is broken', () => {
    const bytes = body(members(1500));
    // A colon after a key, in the head, in the first piece, in a later piece and in the rest.
    for (const from of [0, 1000, 100_000, bytes.length - 300]) {
      const at = bytes.indexOf('":', from) + 1;
      const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from('@'), bytes.subarray(at + 1)]);
      let whole: unknown;
      try {
        JSON.parse(utf8Text(broken));
      } catch (error) {
        whole = error;
      }
      expect(whole).toBeInstanceOf(SyntaxError);
      expect(() => parseJsonBody(broken)).toThrow(whole instanceof Error ? whole.message : '');
    }
    const truncated = bytes.subarray(0, bytes.length - 2);
    expect(() => parseJsonBody(truncated)).toThrow(SyntaxError);
  });

  it('parses small bodies and scalars whole', () => {
    for (const text of ['{"response":1}', '[]', '"x"', '{"response":{"items":[{"id":1},{"id":2}]}}']) {
      expect(parseJsonBody(Buffer.from(text))).toStrictEqual(JSON.parse(text));
    }
  });

  describe('sameSecondKey (Long Poll updates)', () => {
    // VK's order: type, object, group_id, event_id, v; attachments also start with `"type":`.
    const photo = (i: number, j: number) => ({ type: 'photo', photo: { id: 457_239_000 + j, owner_id: i, text: 'фото },{"type":"photo" \\"', sizes: [{ type: 's', width: 56, url: `https://sun9-1.userapi.com/${i}/${j}.jpg` }] } });
    const update = (i: number, attachments: number) => ({
      type: i % 3 === 0 ? 'message_reply' : 'message_new',
      object: { message: { id: i, text: `Привет ${i}`, attachments: Array.from({ length: attachments }, (_, j) => photo(i, j)) } },
      group_id: 1,
      event_id: `e${i}`,
      v: '5.199',
    });
    const batch = (n: number, attachments: number) => ({ ts: '10', updates: Array.from({ length: n }, (_, i) => update(i, attachments)) });

    it('cuts between updates, never between attachments, and gives the same value', () => {
      const bytes = body(batch(300, 6));
      expect(bytes.length).toBeGreaterThan(300_000);
      const cut = parseInPieces(bytes, { sameSecondKey: true });
      expect(cut).toBeDefined();
      expect(cut?.value).toStrictEqual(JSON.parse(utf8Text(bytes)));
      expect(parseJsonBody(bytes, { sameSecondKey: true })).toStrictEqual(JSON.parse(utf8Text(bytes)));
    });

    it('parses whole when the elements do not share a second key, or the first value has escapes', () => {
      const mixed = { updates: Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? { type: 'a', object: { i } } : { type: 'b', group_id: i })) };
      expect(parseInPieces(body(mixed), { sameSecondKey: true })).toBeUndefined();
      expect(parseJsonBody(body(mixed), { sameSecondKey: true })).toStrictEqual(mixed);
      const escaped = { updates: Array.from({ length: 2000 }, (_, i) => ({ type: 'a\\"b', object: { i, text: 'Привет' } })) };
      expect(parseInPieces(body(escaped), { sameSecondKey: true })).toBeUndefined();
      expect(parseJsonBody(body(escaped), { sameSecondKey: true })).toStrictEqual(escaped);
    });

    it('gives JSON.parse\'s own error for a truncated batch', () => {
      const whole = body(batch(300, 2));
      expect(whole.length).toBeGreaterThan(150_000);
      const bytes = whole.subarray(0, whole.length - 100);
      expect(() => parseJsonBody(bytes, { sameSecondKey: true })).toThrow(SyntaxError);
      let expected: unknown;
      try {
        JSON.parse(utf8Text(bytes));
      } catch (error) {
        expected = error;
      }
      expect(() => parseJsonBody(bytes, { sameSecondKey: true })).toThrow((expected as Error).message);
    });
  });
});
