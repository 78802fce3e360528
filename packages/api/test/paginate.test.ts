// api.paginate: every item of a { count, items } method, page by page, over the fake.
import type { FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, recordRequests, startFake } from './helpers.js';

const MEMBERS = 250;

describe('paginate', () => {
  let fake: FakeVk;
  let pageCap = 1000;
  beforeAll(async () => {
    fake = await startFake();
    // A community of 250 members; VK caps a page at `pageCap` whatever count asks for.
    fake.handle('groups.getMembers', ({ offset = 0, count = 100 }) => {
      const end = Math.min(MEMBERS, offset + Math.min(count, pageCap));
      return { count: MEMBERS, items: Array.from({ length: Math.max(0, end - offset) }, (_, i) => 1000 + offset + i) };
    });
  });
  afterAll(() => fake.close());

  async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
    const items: T[] = [];
    for await (const item of iterator) items.push(item);
    return items;
  }

  it('yields every item, asking pageSize at a time', async () => {
    const api = clientFor(fake);
    const sent = recordRequests(fake);
    const members = await collect(api.paginate('groups.getMembers', { group_id: 1, sort: 'id_asc' }, { pageSize: 100 }));
    expect(members).toEqual(Array.from({ length: MEMBERS }, (_, i) => 1000 + i));
    expect(sent().map((r) => [r.params.offset, r.params.count, r.params.sort])).toEqual([
      ['0', '100', 'id_asc'],
      ['100', '100', 'id_asc'],
      ['200', '100', 'id_asc'],
    ]);
  });

  it('advances by what came back when VK caps the page', async () => {
    pageCap = 40;
    try {
      const api = clientFor(fake);
      const sent = recordRequests(fake);
      const members = await collect(api.paginate('groups.getMembers', { group_id: 1 }, { pageSize: 100 }));
      expect(members).toHaveLength(MEMBERS);
      expect(new Set(members).size).toBe(MEMBERS);
      expect(sent().map((r) => r.params.offset)).toEqual(['0', '40', '80', '120', '160', '200', '240']);
    } finally {
      pageCap = 1000;
    }
  });

  it('starts at the given offset and stops when the caller stops', async () => {
    const api = clientFor(fake);
    const sent = recordRequests(fake);
    const seen: number[] = [];
    for await (const id of api.paginate('groups.getMembers', { group_id: 1, offset: 240 }, { pageSize: 5 })) {
      seen.push(id);
      if (seen.length === 7) break;
    }
    expect(seen).toEqual([1240, 1241, 1242, 1243, 1244, 1245, 1246]);
    expect(sent()).toHaveLength(2);
  });

  it('stops on an empty page even if count promised more (count drift)', async () => {
    const drifting = await startFake();
    try {
      drifting.handle('groups.getMembers', ({ offset = 0 }) => ({ count: 1000, items: offset < 4 ? [offset + 1, offset + 2] : [] }));
      const api = clientFor(drifting);
      const items = await collect(api.paginate('groups.getMembers', { group_id: 1 }, { pageSize: 100 }));
      expect(items).toEqual([1, 2, 3, 4]);
      expect(drifting.requests).toHaveLength(3);
    } finally {
      await drifting.close();
    }
  });

  it('passes call options through (batching, signal) and rejects bad use clearly', async () => {
    const api = clientFor(fake, { batch: true });
    const members = await collect(api.paginate('groups.getMembers', { group_id: 1 }, { pageSize: 1000, batch: false }));
    expect(members).toHaveLength(MEMBERS);
    await expect(collect(api.paginate('groups.getMembers', { group_id: 1 }, { signal: AbortSignal.abort() }))).rejects.toMatchObject({ kind: 'aborted' });
    await expect(collect(api.paginate('groups.getMembers', { group_id: 1 }, { pageSize: 0 }))).rejects.toThrow('pageSize must be a positive integer');
    const untyped: (method: string, params: object) => AsyncIterable<unknown> = (method, params) => Reflect.apply(api.paginate, api, [method, params]);
    await expect(collect(untyped('groups.getById', { group_ids: [1] }))).rejects.toThrow(
      'paginate: groups.getById does not take count and offset, so it cannot be paginated',
    );
  });
});
