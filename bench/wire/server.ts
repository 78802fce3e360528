/**
 * bench:wire's VK: a minimal HTTP server in its own process that answers the three measured
 * requests with prebuilt bodies, compressed as VK does when the request's Accept-Encoding allows
 * (zstd where this runtime's zlib has it, else gzip). Bodies are compressed once at start: the
 * server's CPU is not what is measured. Counts response body bytes per path; prints its URL.
 *
 * The fake VK of @vkts/testing compresses the same way (and is what the tests use); this server
 * exists so the bench can hand out exactly these large distinct bodies without per-request work.
 */
import { createServer } from 'node:http';
import zlib from 'node:zlib';
import { historyAnswer, longPollBatch, membersAnswer } from './payloads.js';

const GROUP_ID = 1;
const BATCHES = 8; // distinct Long Poll batches, served in turn
interface ZstdCompress {
  zstdCompressSync(buffer: Buffer): Buffer;
}
/** zlib of Node >= 22.15 compresses zstd; older runtimes serve gzip only. */
function zstdOf(lib: object): ZstdCompress | undefined {
  return 'zstdCompressSync' in lib && typeof lib.zstdCompressSync === 'function' ? (lib as ZstdCompress) : undefined;
}
const zstd = zstdOf(zlib);

interface Body {
  readonly plain: Buffer;
  readonly gzip: Buffer;
  readonly zstd: Buffer | undefined;
}
function body(value: unknown): Body {
  const plain = Buffer.from(JSON.stringify(value));
  return { plain, gzip: zlib.gzipSync(plain), zstd: zstd?.zstdCompressSync(plain) };
}

const members = body(membersAnswer(1000));
const history = body(historyAnswer(200));
const batches = Array.from({ length: BATCHES }, (_, i) => body(longPollBatch(100, 1 + i, GROUP_ID)));
let lpCount = 0;
let serverBase = '';
const counts = new Map<string, { requests: number; bytes: number }>();

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://x');
  void (async () => {
    for await (const _chunk of request); // drain the form body
    let answer: Body;
    if (url.pathname === '/method/groups.getMembers') answer = members;
    else if (url.pathname === '/method/messages.getHistory') answer = history;
    else if (url.pathname === '/method/groups.getLongPollServer') answer = body({ response: { server: `${serverBase}/lp`, key: 'bench-key-0123456789', ts: '1' } });
    else if (url.pathname === '/lp') answer = batches[lpCount++ % BATCHES] as Body;
    else if (url.pathname === '/stats') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(Object.fromEntries(counts)));
      counts.clear();
      return;
    } else {
      response.writeHead(404).end();
      return;
    }
    const accept = request.headers['accept-encoding'] ?? '';
    const coding = /\bzstd\b/.test(accept) && answer.zstd ? 'zstd' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
    const sent = coding === 'zstd' ? (answer.zstd as Buffer) : coding === 'gzip' ? answer.gzip : answer.plain;
    const count = counts.get(url.pathname) ?? { requests: 0, bytes: 0 };
    count.requests += 1;
    count.bytes += sent.length;
    counts.set(url.pathname, count);
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': sent.length,
      vary: 'Accept-Encoding',
      ...(coding === undefined ? {} : { 'content-encoding': coding }),
    });
    response.end(sent);
  })();
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  serverBase = `http://127.0.0.1:${address.port}`;
  console.log(JSON.stringify({ url: serverBase, sizes: { members: members.plain.length, history: history.plain.length, longpoll: batches[0]?.plain.length } }));
});
process.on('disconnect', () => process.exit(0));
