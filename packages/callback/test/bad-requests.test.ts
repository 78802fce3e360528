/**
 * A table of bad (and borderline) requests, each sent over real HTTP through every adapter that
 * reads the raw body, with the exact status and body expected, and a count of what reached the
 * router: nothing, where nothing should.
 */
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import type { ValidationMode } from '@vkts/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallback, type Callback } from '../src/index.js';
import { rawHarnesses } from './support/adapters.js';
import { CODE, GROUP_ID, SECRET, confirmation, groupJoin, messageNew } from './support/events.js';
import type { Answer, Listening } from './support/http.js';
import { send } from './support/http.js';

const LIMIT = 1024 * 1024;

interface Row {
  readonly name: string;
  /** What to send; a string or bytes go as they are, `Chunked` streams, anything else goes as JSON. */
  readonly body: unknown;
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly mode?: ValidationMode;
  readonly status: number;
  readonly answer: string;
  /** Events that reached any handler. */
  readonly dispatched: number;
  /** Issues handed to onIssue (lenient). */
  readonly issues?: number;
}

const { secret: _secret, ...unsigned } = groupJoin();
const huge = `{"type":"group_join","group_id":${GROUP_ID},"pad":"${'x'.repeat(LIMIT)}"}`;

/** A body streamed in these chunks without Content-Length (chunked transfer encoding). */
class Chunked {
  constructor(readonly chunks: readonly string[]) {}
}

const rows: readonly Row[] = [
  // Secret
  { name: 'wrong secret', body: groupJoin({ secret: 'wrong' }), status: 403, answer: 'forbidden: wrong secret', dispatched: 0 },
  { name: 'no secret', body: unsigned, status: 403, answer: 'forbidden: the event has no secret', dispatched: 0 },
  { name: 'empty secret', body: groupJoin({ secret: '' }), status: 403, answer: 'forbidden: the event has no secret', dispatched: 0 },
  { name: 'secret of the wrong type', body: groupJoin({ secret: 12345 }), status: 403, answer: 'forbidden: the event has no secret', dispatched: 0 },
  { name: 'secret that is a prefix of the right one', body: groupJoin({ secret: SECRET.slice(0, -1) }), status: 403, answer: 'forbidden: wrong secret', dispatched: 0 },
  { name: 'secret with an extra character', body: groupJoin({ secret: `${SECRET}x` }), status: 403, answer: 'forbidden: wrong secret', dispatched: 0 },
  { name: 'secret differing in case', body: groupJoin({ secret: SECRET.toUpperCase() }), status: 403, answer: 'forbidden: wrong secret', dispatched: 0 },
  { name: 'confirmation with a wrong secret', body: confirmation(GROUP_ID, 'wrong'), status: 403, answer: 'forbidden: wrong secret', dispatched: 0 },
  { name: 'confirmation without a secret', body: confirmation(GROUP_ID, null), status: 403, answer: 'forbidden: the event has no secret', dispatched: 0 },
  // Method
  { name: 'GET', body: undefined, method: 'GET', status: 405, answer: 'method not allowed: VK sends POST', dispatched: 0 },
  { name: 'PUT with a valid event', body: groupJoin(), method: 'PUT', status: 405, answer: 'method not allowed: VK sends POST', dispatched: 0 },
  { name: 'DELETE', body: '', method: 'DELETE', status: 405, answer: 'method not allowed: VK sends POST', dispatched: 0 },
  { name: 'PATCH with a valid event', body: groupJoin(), method: 'PATCH', status: 405, answer: 'method not allowed: VK sends POST', dispatched: 0 },
  // Size
  { name: 'body over the limit (Content-Length)', body: huge, status: 413, answer: `body too large: the limit is ${LIMIT} bytes`, dispatched: 0 },
  {
    name: 'body over the limit (chunked, no Content-Length)',
    body: new Chunked([huge.slice(0, 600_000), huge.slice(600_000)]),
    status: 413,
    answer: `body too large: the limit is ${LIMIT} bytes`,
    dispatched: 0,
  },
  // Not JSON
  { name: 'empty body', body: '', status: 400, answer: 'bad request: the body is not JSON', dispatched: 0 },
  { name: 'truncated JSON', body: JSON.stringify(groupJoin()).slice(0, 40), status: 400, answer: 'bad request: the body is not JSON', dispatched: 0 },
  { name: 'plain text', body: 'ok', status: 400, answer: 'bad request: the body is not JSON', dispatched: 0 },
  { name: 'JSON with a byte-order mark', body: `\uFEFF${JSON.stringify(groupJoin())}`, status: 400, answer: 'bad request: the body is not JSON', dispatched: 0 },
  { name: 'form-encoded body', body: 'type=group_join&group_id=77', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 400, answer: 'bad request: the body is not JSON', dispatched: 0 },
  // JSON, but not an event
  { name: 'JSON null', body: 'null', status: 400, answer: 'bad request: not a VK event (got null)', dispatched: 0 },
  { name: 'JSON array', body: [groupJoin()], status: 400, answer: 'bad request: not a VK event (got an array)', dispatched: 0 },
  { name: 'JSON number', body: '42', status: 400, answer: 'bad request: not a VK event (got a number)', dispatched: 0 },
  { name: 'JSON string', body: '"group_join"', status: 400, answer: 'bad request: not a VK event (got a string)', dispatched: 0 },
  { name: 'JSON boolean', body: 'true', status: 400, answer: 'bad request: not a VK event (got a boolean)', dispatched: 0 },
  { name: 'object without "type"', body: { group_id: GROUP_ID, secret: SECRET, object: {} }, status: 400, answer: 'bad request: not a VK event (no "type")', dispatched: 0 },
  { name: '"type" that is a number', body: groupJoin({ type: 7 }), status: 400, answer: 'bad request: not a VK event ("type" is not a string)', dispatched: 0 },
  { name: 'a Long Poll failure reply', body: { failed: 2 }, status: 400, answer: 'bad request: not a VK event (no "type")', dispatched: 0 },
  // group_id
  { name: 'missing group_id', body: groupJoin({ group_id: undefined }), status: 400, answer: 'bad request: "group_id" must be a positive integer', dispatched: 0 },
  { name: 'group_id as a string', body: groupJoin({ group_id: String(GROUP_ID) }), status: 400, answer: 'bad request: "group_id" must be a positive integer', dispatched: 0 },
  { name: 'group_id 0', body: groupJoin({ group_id: 0 }), status: 400, answer: 'bad request: "group_id" must be a positive integer', dispatched: 0 },
  { name: 'negative group_id', body: groupJoin({ group_id: -GROUP_ID }), status: 400, answer: 'bad request: "group_id" must be a positive integer', dispatched: 0 },
  { name: 'fractional group_id', body: groupJoin({ group_id: 77.5 }), status: 400, answer: 'bad request: "group_id" must be a positive integer', dispatched: 0 },
  // Communities
  { name: 'community not served here', body: groupJoin({ group_id: 78 }), status: 403, answer: 'forbidden: community 78 is not served here (no secret configured for it)', dispatched: 0 },
  { name: 'confirmation for a community not served here', body: confirmation(78), status: 403, answer: 'forbidden: community 78 is not served here (no secret configured for it)', dispatched: 0 },
  // Event types and validation modes
  { name: 'unknown event type (reaches onUnknown)', body: groupJoin({ type: 'group_teleport' }), status: 200, answer: 'ok', dispatched: 1 },
  { name: 'wrong-typed field, strict', body: groupJoin({ object: { user_id: '42', join_type: 'join' } }), status: 400, answer: 'bad request: invalid "group_join" event at object.user_id', dispatched: 0 },
  { name: 'wrong-typed field, lenient', mode: 'lenient', body: groupJoin({ object: { user_id: '42', join_type: 'join' } }), status: 200, answer: 'ok', dispatched: 1, issues: 1 },
  { name: 'wrong-typed field, off', mode: 'off', body: groupJoin({ object: { user_id: '42', join_type: 'join' } }), status: 200, answer: 'ok', dispatched: 1 },
  { name: 'missing object, strict', body: groupJoin({ object: undefined }), status: 400, answer: 'bad request: invalid "group_join" event at object', dispatched: 0 },
  { name: 'wrong enum value, strict', body: groupJoin({ object: { user_id: 42, join_type: 'teleport' } }), status: 400, answer: 'bad request: invalid "group_join" event at object.join_type', dispatched: 0 },
  {
    name: 'message text of the wrong type, strict',
    body: messageNew('x', { object: { message: { date: 1, from_id: 5, id: 10, out: 0, peer_id: 5, text: 5, conversation_message_id: 3 } } }),
    status: 400,
    answer: 'bad request: invalid "message_new" event at object.message.text',
    dispatched: 0,
  },
  { name: 'wrong-typed event_id, strict', body: groupJoin({ event_id: 123 }), status: 400, answer: 'bad request: invalid "group_join" event at event_id', dispatched: 0 },
];

const modes: readonly ValidationMode[] = ['strict', 'lenient', 'off'];

describe.each(rawHarnesses)('bad requests through $name', (harness) => {
  const receivers = new Map<ValidationMode, { callback: Callback; server: Listening; dispatched: string[]; issues: unknown[] }>();

  beforeAll(async () => {
    for (const mode of modes) {
      const dispatched: string[] = [];
      const issues: unknown[] = [];
      const callback = createCallback({
        confirmation: { [GROUP_ID]: CODE },
        secret: { [GROUP_ID]: SECRET },
        validate: mode,
        ...(mode === 'lenient' ? { onIssue: (issue) => void issues.push(issue) } : {}),
        bodyLimit: LIMIT,
        // Refused requests are answered, not reported; strict-mode rejects are expected here.
        onError: () => {},
      });
      callback.router.onAny((event) => void dispatched.push(event.type));
      receivers.set(mode, { callback, server: await harness.start(callback), dispatched, issues });
    }
  });
  afterAll(async () => {
    await Promise.all([...receivers.values()].map(({ server }) => server.close()));
  });

  it('has a table of at least 30 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows)('$name → $status', async (row) => {
    const receiver = receivers.get(row.mode ?? 'strict');
    if (receiver === undefined) throw new Error('receiver not started');
    const before = receiver.dispatched.length;
    const issuesBefore = receiver.issues.length;
    const answer = await sendRow(receiver.server.url, row);
    expect({ status: answer.status, body: answer.body }).toEqual({ status: row.status, body: row.answer });
    expect(answer.contentType).toBe('text/plain; charset=utf-8');
    if (row.status === 405) expect(answer.headers.get('allow')).toBe('POST');
    await receiver.callback.drain();
    expect(receiver.dispatched.length - before).toBe(row.dispatched);
    expect(receiver.issues.length - issuesBefore).toBe(row.issues ?? 0);
  });

  it('survives clients that drop the connection mid-body, dispatching nothing', async () => {
    const receiver = receivers.get('strict');
    if (receiver === undefined) throw new Error('receiver not started');
    const before = receiver.dispatched.length;
    const frameworkErrorsBefore = receiver.server.frameworkErrors?.length ?? 0;
    const target = new URL(receiver.server.url);
    const event = JSON.stringify(groupJoin());
    await Promise.all(
      [10, event.length - 1].map(
        (cut) =>
          new Promise<void>((resolve) => {
            const socket = connect(Number(target.port), '127.0.0.1', () => {
              socket.write(
                `POST ${target.pathname} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(event)}\r\n\r\n${event.slice(0, cut)}`,
              );
              setTimeout(() => socket.destroy(), 30);
            });
            socket.on('close', () => resolve());
            socket.on('error', () => {});
          }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await receiver.callback.drain();
    expect(receiver.dispatched.length).toBe(before);
    // Koa reports the cut requests on its error channel (Node's "Parse Error" for a body that ends
    // early, or an abort); nothing else may show up there.
    const reported = (receiver.server.frameworkErrors ?? []).slice(frameworkErrorsBefore).map((error) => error.message);
    for (const message of reported) expect(message).toMatch(/^(Parse Error|aborted|request aborted)/);
  });

  it('still answers a good event after all of that', async () => {
    const receiver = receivers.get('strict');
    if (receiver === undefined) throw new Error('receiver not started');
    expect(await send(receiver.server.url, groupJoin())).toMatchObject({ status: 200, body: 'ok' });
  });
});

/** A row's request; a `Chunked` body is streamed without Content-Length. */
async function sendRow(url: string, row: Row): Promise<Answer> {
  if (!(row.body instanceof Chunked)) {
    return send(url, row.body, { ...(row.method === undefined ? {} : { method: row.method }), ...(row.headers === undefined ? {} : { headers: row.headers }) });
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: Readable.toWeb(Readable.from(row.body.chunks)),
    duplex: 'half',
  });
  return { status: response.status, body: await response.text(), contentType: response.headers.get('content-type'), headers: response.headers };
}
