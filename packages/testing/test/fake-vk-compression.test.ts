/**
 * The fake compresses as VK does: gzip (zstd where this runtime's zlib has it) when the request's
 * Accept-Encoding allows, the body as is otherwise, and `Vary: Accept-Encoding` either way.
 * Spoken to with node:http, which (unlike fetch) neither asks for nor undoes compression.
 */
import { request } from 'node:http';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeVk, type FakeVk } from '../src/index.js';
import { GROUP_ID, GROUP_TOKEN, baseOptions, ok } from './support/vk-wire.js';

let fake: FakeVk;
beforeEach(async () => {
  fake = await createFakeVk(baseOptions);
});
afterEach(async () => {
  await fake.close();
});

interface RawReply {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

function get(url: string, headers: Record<string, string>): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const apiUrl = (): string => `${fake.url}/method/groups.getById?v=5.199&group_id=${GROUP_ID}&access_token=${GROUP_TOKEN}`;
const hasZstd = 'zstdDecompressSync' in zlib;

describe('compressed answers', () => {
  it('answers a client that asks for nothing uncompressed, with Vary', async () => {
    const reply = await get(apiUrl(), {});
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(reply.body.toString('utf8'))).toMatchObject({ response: { groups: [{ id: GROUP_ID }] } });
  });

  it('gzips for Accept-Encoding: gzip, with Content-Encoding, Vary and the compressed Content-Length', async () => {
    const reply = await get(apiUrl(), { 'accept-encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    expect(JSON.parse(zlib.gunzipSync(reply.body).toString('utf8'))).toMatchObject({ response: { groups: [{ id: GROUP_ID }] } });
  });

  it('prefers zstd when offered and this runtime has it, gzip otherwise', async () => {
    const reply = await get(apiUrl(), { 'accept-encoding': 'zstd, gzip' });
    expect(reply.headers['content-encoding']).toBe(hasZstd ? 'zstd' : 'gzip');
  });

  it('honours q=0 and ignores codings it does not speak', async () => {
    expect((await get(apiUrl(), { 'accept-encoding': 'gzip;q=0, br' })).headers['content-encoding']).toBeUndefined();
    expect((await get(apiUrl(), { 'accept-encoding': 'br, gzip;q=0.5' })).headers['content-encoding']).toBe('gzip');
  });

  it('compresses Long Poll batches too', async () => {
    await ok(fake, 'groups.setLongPollSettings', { group_id: GROUP_ID, enabled: 1 });
    const session = await ok(fake, 'groups.getLongPollServer', { group_id: GROUP_ID });
    if (typeof session !== 'object' || session === null || !('server' in session) || !('key' in session) || !('ts' in session)) throw new Error('no session');
    const lp = fake.longPoll.group(GROUP_ID);
    lp.push({ type: 'group_join', object: { user_id: 1, join_type: 'join' } });
    const url = new URL(String(session.server));
    for (const [name, value] of Object.entries({ act: 'a_check', key: String(session.key), ts: String(session.ts), wait: '0' })) url.searchParams.set(name, value);
    const reply = await get(url.href, { 'accept-encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(reply.body).toString('utf8'))).toMatchObject({ updates: [{ type: 'group_join' }] });
  });
});
