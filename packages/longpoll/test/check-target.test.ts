/**
 * The request a check sends, from the target prepared once per session: the server's own path and
 * query kept, act/key/ts/wait and the extra params set, the key encoded, and only ts changing from
 * one check to the next.
 */
import { createServer, type Server } from 'node:http';
import { Agent } from 'undici';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkOnce, prepareCheck, type CheckOptions } from '../src/check-request.js';

/** A server that answers every check with an empty batch and records the request targets. */
async function recordingServer(): Promise<{ base: string; targets: string[]; dispatcher: Agent }> {
  const targets: string[] = [];
  const server: Server = createServer((request, response) => {
    targets.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ts":"1","updates":[]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const dispatcher = new Agent();
  onTestFinished(async () => {
    await dispatcher.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { base: `http://127.0.0.1:${address.port}`, targets, dispatcher };
}

/** What the query would be with every param set on the URL itself. */
function expectedQuery(server: URL, options: Pick<CheckOptions, 'key' | 'ts' | 'wait' | 'extra'>): string {
  const url = new URL(server);
  url.searchParams.set('act', 'a_check');
  url.searchParams.set('key', options.key);
  url.searchParams.set('ts', options.ts);
  url.searchParams.set('wait', String(options.wait));
  for (const [name, value] of Object.entries(options.extra)) url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}

describe('checks of one session', () => {
  it('send the server path and query with the encoded key and each check its own ts', async () => {
    const { base, targets, dispatcher } = await recordingServer();
    const server = new URL(`${base}/lp/a%20b?shard=7&act=old`);
    const common = { server, key: 'k+e=y/ts=vktsTsMark&x', wait: 25, extra: { mode: '2', version: '3' }, timeoutMs: 5000, signal: new AbortController().signal, dispatcher, compression: undefined };
    const target = prepareCheck(common);
    for (const ts of ['1', '20', '12345678901234567890']) {
      expect(await checkOnce({ ...common, ts }, target)).toEqual({ kind: 'json', json: { ts: '1', updates: [] } });
    }
    expect(targets).toEqual(['1', '20', '12345678901234567890'].map((ts) => expectedQuery(server, { ...common, ts })));
    const params = new URL(targets[0] ?? '', base).searchParams;
    expect(Object.fromEntries(params)).toEqual({ shard: '7', act: 'a_check', key: 'k+e=y/ts=vktsTsMark&x', ts: '1', wait: '25', mode: '2', version: '3' });
  });

  it('keep an extra ts param, which wins over the check ts as it always did', async () => {
    const { base, targets, dispatcher } = await recordingServer();
    const server = new URL(`${base}/lp`);
    const common = { server, key: 'key', wait: 0, extra: { ts: '99' }, timeoutMs: 5000, signal: new AbortController().signal, dispatcher, compression: undefined };
    await checkOnce({ ...common, ts: '5' }, prepareCheck(common));
    expect(targets).toEqual([expectedQuery(server, { ...common, ts: '5' })]);
    expect(new URL(targets[0] ?? '', base).searchParams.get('ts')).toBe('99');
  });
});
