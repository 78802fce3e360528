/**
 * The request a check sends, from the target prepared once per session: the server's own path and
 * query kept, act/key/ts/wait and the extra params set, the key encoded, and only ts changing from
 * one check to the next.
 */
import { createServer, type Server } from 'node:http';
import { Agent } from 'undici';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CheckWatch, checkOnce, prepareCheck, type CheckOptions } from '../src/check-request.js';

/**
 * A server that answers every check with an empty batch and records the request targets; a check
 * whose ts is in `delays` is answered that many ms later (Infinity: never).
 */
async function recordingServer(delays: Readonly<Record<string, number>> = {}): Promise<{ base: string; targets: string[]; dispatcher: Agent }> {
  const targets: string[] = [];
  const held = new Set<() => void>();
  const server: Server = createServer((request, response) => {
    targets.push(request.url ?? '');
    const answer = (): void => void response.writeHead(200, { 'content-type': 'application/json' }).end('{"ts":"1","updates":[]}');
    const delay = delays[new URL(request.url ?? '', 'http://x').searchParams.get('ts') ?? ''];
    if (delay === undefined) answer();
    else if (delay !== Infinity) setTimeout(answer, delay);
    else held.add(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const dispatcher = new Agent();
  onTestFinished(async () => {
    for (const release of held) release();
    await dispatcher.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { base: `http://127.0.0.1:${address.port}`, targets, dispatcher };
}

/** A loop's signal and its CheckWatch, closed when the test ends. */
function loopSignal(): { signal: AbortSignal; watch: CheckWatch } {
  const signal = new AbortController().signal;
  const watch = new CheckWatch(signal);
  onTestFinished(() => watch.close());
  return { signal, watch };
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
    const common = { server, key: 'k+e=y/ts=vktsTsMark&x', wait: 25, extra: { mode: '2', version: '3' }, timeoutMs: 5000, ...loopSignal(), dispatcher, compression: undefined };
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
    const common = { server, key: 'key', wait: 0, extra: { ts: '99' }, timeoutMs: 5000, ...loopSignal(), dispatcher, compression: undefined };
    await checkOnce({ ...common, ts: '5' }, prepareCheck(common));
    expect(targets).toEqual([expectedQuery(server, { ...common, ts: '5' })]);
    expect(new URL(targets[0] ?? '', base).searchParams.get('ts')).toBe('99');
  });
});

describe("a loop's CheckWatch", () => {
  it('times out each check from its own start, however long the checks before it took', { timeout: 15_000 }, async () => {
    // Check 2 starts 700 ms after check 1 and is answered 500 ms later: past check 1's deadline,
    // within its own. Check 3 is never answered.
    const { base, dispatcher } = await recordingServer({ '2': 500, '3': Infinity });
    const controller = new AbortController();
    const watch = new CheckWatch(controller.signal);
    onTestFinished(() => watch.close());
    const common = { server: new URL(`${base}/lp`), key: 'key', wait: 0, extra: {}, timeoutMs: 1000, signal: controller.signal, watch, dispatcher, compression: undefined };
    const target = prepareCheck(common);
    expect(await checkOnce({ ...common, ts: '1' }, target)).toMatchObject({ kind: 'json' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await checkOnce({ ...common, ts: '2' }, target)).toMatchObject({ kind: 'json' });
    expect(await checkOnce({ ...common, ts: '3' }, target)).toMatchObject({ kind: 'fault', reason: 'timeout', message: expect.stringContaining('did not answer within 1000 ms') });
    expect(await checkOnce({ ...common, ts: '4' }, target)).toMatchObject({ kind: 'json' });
  });

  it("aborts the check in flight when the loop's signal aborts", async () => {
    const { base, dispatcher } = await recordingServer({ '1': Infinity });
    const controller = new AbortController();
    const watch = new CheckWatch(controller.signal);
    onTestFinished(() => watch.close());
    const common = { server: new URL(`${base}/lp`), key: 'key', wait: 0, extra: {}, timeoutMs: 60_000, signal: controller.signal, watch, dispatcher, compression: undefined };
    const outcome = checkOnce({ ...common, ts: '1' }, prepareCheck(common));
    setTimeout(() => controller.abort(), 50);
    expect(await outcome).toEqual({ kind: 'stopped' });
  });
});
