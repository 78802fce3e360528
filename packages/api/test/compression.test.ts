// Compressed answers over real HTTP: the client asks the fake VK for gzip (zstd where the runtime
// has it) and reads what comes back; `compression: false` asks for nothing; a coding it did not
// ask for, or a body that does not decompress, is a BadResponseError naming the coding.
import zlib from 'node:zlib';
import type { FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadResponseError, createApi } from '../src/index.js';
import { GROUP_ID, GROUP_TOKEN, allRenderings, clientFor, recordRequests, rejectionOf, startFake, startServer } from './helpers.js';

let fake: FakeVk;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(() => fake.close());

const hasZstd = 'zstdDecompressSync' in zlib;

describe('compression against the fake VK', () => {
  it('by default asks for zstd where the runtime has it, else gzip, and reads the answer', async () => {
    const requests = recordRequests(fake);
    const api = clientFor(fake);
    expect(await api.groups.getById({ group_id: GROUP_ID })).toMatchObject({ groups: [{ id: GROUP_ID }] });
    expect(requests()[0]?.headers['accept-encoding']).toBe(hasZstd ? 'zstd, gzip' : 'gzip');
  });

  it("'gzip' forces gzip on any runtime", async () => {
    const requests = recordRequests(fake);
    const api = clientFor(fake, { compression: 'gzip' });
    expect(await api.groups.getById({ group_id: GROUP_ID })).toMatchObject({ groups: [{ id: GROUP_ID }] });
    expect(requests()[0]?.headers['accept-encoding']).toBe('gzip');
  });

  it('false asks for no compression and reads the plain answer', async () => {
    const requests = recordRequests(fake);
    const api = clientFor(fake, { compression: false });
    expect(await api.groups.getById({ group_id: GROUP_ID })).toMatchObject({ groups: [{ id: GROUP_ID }] });
    expect(requests()[0]?.headers['accept-encoding']).toBeUndefined();
  });

  it('batched execute answers are decompressed too', async () => {
    const api = clientFor(fake, { compression: 'gzip', batch: true });
    const answers = await Promise.all([api.groups.getById({ group_id: GROUP_ID }), api.groups.getById({ group_id: GROUP_ID })]);
    expect(answers).toMatchObject([{ groups: [{ id: GROUP_ID }] }, { groups: [{ id: GROUP_ID }] }]);
  });

  it('rejects a bad compression option at creation', () => {
    // @ts-expect-error: 'br' is not a coding the client speaks
    expect(() => createApi({ token: GROUP_TOKEN, compression: 'br' })).toThrow("createApi: `compression` must be true, false, 'gzip' or 'zstd', got \"br\"");
    if (!hasZstd) expect(() => createApi({ token: GROUP_TOKEN, compression: 'zstd' })).toThrow(/needs Node >= 22\.15/);
  });
});

describe('bad compressed answers', () => {
  const json = Buffer.from('{"response":{"groups":[{"id":1}]}}');

  it('a Content-Encoding the client did not ask for names the coding', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' }).end(zlib.brotliCompressSync(json));
    });
    const error = await rejectionOf(clientFor(server, { compression: 'gzip', retry: false }).groups.getById({ group_id: GROUP_ID }));
    expect(error).toBeInstanceOf(BadResponseError);
    expect(String(error)).toBe(
      'BadResponseError: groups.getById: VK answered with Content-Encoding "br", which the client did not ask for (asked for gzip) (HTTP 200, content-type application/json)',
    );
    expect(allRenderings(error)).not.toContain(GROUP_TOKEN);
  });

  it('a gzip answer to a client that asked for none is refused, not guessed at', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(zlib.gzipSync(json));
    });
    const error = await rejectionOf(clientFor(server, { compression: false, retry: false }).groups.getById({ group_id: GROUP_ID }));
    expect(error).toBeInstanceOf(BadResponseError);
    expect(String(error)).toContain('VK answered with Content-Encoding "gzip", which the client did not ask for (no compression was asked for)');
  });

  it('a corrupt gzip body names the coding and carries no snippet', async () => {
    // The body echoes the token, as a broken proxy might: it must not leak through the error.
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(Buffer.concat([zlib.gzipSync(json).subarray(0, 12), Buffer.from(GROUP_TOKEN)]));
    });
    const error = await rejectionOf(clientFor(server, { compression: 'gzip', retry: false }).groups.getById({ group_id: GROUP_ID }));
    expect(error).toBeInstanceOf(BadResponseError);
    expect(error).toMatchObject({ bodySnippet: '' });
    expect(String(error)).toMatch(/^BadResponseError: groups\.getById: VK answered with a gzip body \(\d+ bytes\) that does not decompress: /);
    expect(allRenderings(error)).not.toContain(GROUP_TOKEN);
  });
});
