import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_TYPES,
  AttachmentFormatError,
  VktsError,
  attachmentOf,
  closestSize,
  formatAttachment,
  formatAttachments,
  largestSize,
  parseAttachment,
  parseAttachments,
} from '../src/index.js';

describe('attachment strings', () => {
  it.each(ATTACHMENT_TYPES)('%s: formats and parses back, with and without an access key', (type) => {
    const plain = { type, ownerId: -123, id: 456 };
    const keyed = { type, ownerId: 789, id: 1, accessKey: 'a1B2_c-3' };
    expect(formatAttachment(plain)).toBe(`${type}-123_456`);
    expect(formatAttachment(keyed)).toBe(`${type}789_1_a1B2_c-3`);
    expect(parseAttachment(`${type}-123_456`)).toEqual(plain);
    expect(parseAttachment(`${type}789_1_a1B2_c-3`)).toEqual(keyed);
  });

  it('lists: the comma-separated param both ways', () => {
    const text = 'photo-1_2_key,doc100_5,wall-1_10';
    expect(parseAttachments(text)).toEqual([
      { type: 'photo', ownerId: -1, id: 2, accessKey: 'key' },
      { type: 'doc', ownerId: 100, id: 5 },
      { type: 'wall', ownerId: -1, id: 10 },
    ]);
    expect(formatAttachments(parseAttachments(text))).toBe(text);
    expect(formatAttachments(['photo-1_2', { type: 'poll', ownerId: 3, id: 4 }])).toBe('photo-1_2,poll3_4');
    expect(parseAttachments('')).toEqual([]);
  });

  it('refuses what is not an attachment, naming it', () => {
    expect(() => parseAttachment('photo')).toThrow(AttachmentFormatError);
    expect(() => parseAttachment('photo1')).toThrow(/is not <type><owner_id>_<id>/);
    expect(() => parseAttachment('sticker1_2')).toThrow(/unknown type "sticker"/);
    expect(() => parseAttachment('photo1_-2')).toThrow(AttachmentFormatError);
    expect(() => parseAttachment('photo1_-2')).toThrow(expect.objectContaining({ code: 'messages.attachment' }));
    expect(() => parseAttachment('photo1_-2')).toThrow(VktsError);
    expect(() => formatAttachment({ type: 'photo', ownerId: 1.5, id: 2 })).toThrow(/ownerId must be an integer/);
    expect(() => formatAttachment({ type: 'photo', ownerId: 1, id: 2, accessKey: 'a,b' })).toThrow(/access key/);
  });
});

describe('attachment objects → strings', () => {
  it('an attachment from a message keeps its access key', () => {
    expect(attachmentOf({ type: 'photo', photo: { id: 457239017, owner_id: -1, album_id: 1, date: 0, access_key: 'abc' } })).toBe('photo-1_457239017_abc');
    expect(attachmentOf({ type: 'doc', doc: { id: 5, owner_id: 100, title: 'a.txt' } })).toBe('doc100_5');
    expect(attachmentOf({ type: 'wall', wall: { id: 10, owner_id: -1 } })).toBe('wall-1_10');
  });

  it('a bare media object with its type', () => {
    expect(attachmentOf({ id: 2, owner_id: 1, access_key: 'k' }, 'video')).toBe('video1_2_k');
  });

  it('refuses objects with no string form', () => {
    expect(() => attachmentOf({ type: 'link', link: { url: 'https://vk.com' } })).toThrow(/type "link" has no attachment string/);
    expect(() => attachmentOf({ type: 'photo' })).toThrow(/the photo object is missing/);
    expect(() => attachmentOf({ type: 'photo', photo: { id: '1', owner_id: 1 } })).toThrow(/no numeric owner_id and id/);
  });
});

describe('photo sizes', () => {
  const sizes = [
    { type: 's' as const, width: 75, height: 50, url: 'https://vk.example/s.jpg' },
    { type: 'x' as const, width: 604, height: 403, url: 'https://vk.example/x.jpg' },
    { type: 'w' as const, width: 2560, height: 1707, url: 'https://vk.example/w.jpg' },
    { type: 'o' as const, width: 0, height: 0, url: 'https://vk.example/o.jpg' },
    { type: 'm' as const, width: 130, height: 87, url: 'https://vk.example/m.jpg' },
  ];

  it('largest by area', () => {
    expect(largestSize({ sizes })?.type).toBe('w');
    expect(largestSize(sizes)?.type).toBe('w');
    expect(largestSize({})).toBeUndefined();
  });

  it('closest to a width', () => {
    expect(closestSize({ sizes }, 600)?.type).toBe('x');
    expect(closestSize({ sizes }, 100)?.type).toBe('s');
    expect(closestSize({ sizes }, 10_000)?.type).toBe('w');
    expect(closestSize({ sizes: [] }, 100)).toBeUndefined();
  });
});
