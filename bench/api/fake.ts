/**
 * Child process of bench/api/run.ts: the fake VK API (`@vkts/testing`, built dist) on
 * 127.0.0.1 with no rate limit, one community and its token. Answers the parent over IPC:
 * `snapshot` (requests and calls since the last snapshot), `sample` (the last requests as the
 * fake recorded them, token redacted), `close`.
 *
 * users.get is programmed with a fixed answer (through the public `fake.handle`), so both
 * clients parse byte-identical replies; groups.getById is the fake's built-in, also fixed.
 */
import { createFakeVk, type FakeVk } from '@vkts/testing';
import { GROUP_ID, GROUP_NAME, TOKEN, type FakeCommand, type FakeMessage, type SampledRequest } from './protocol.js';

function send(message: FakeMessage): void {
  process.send?.(message);
}

function sampleOf(fake: FakeVk, last: number): SampledRequest[] {
  return fake.requests.slice(-last).map((request) => ({
    method: request.method,
    httpMethod: request.httpMethod,
    path: request.path,
    params: request.params,
    contentType: request.headers['content-type'],
    authorization: request.headers['authorization'],
  }));
}

async function main(): Promise<void> {
  if (process.send === undefined) throw new Error('bench/api/fake.ts runs as a forked child of bench/api/run.ts');
  const fake = await createFakeVk({
    groups: [{ id: GROUP_ID, name: GROUP_NAME }],
    tokens: [{ token: TOKEN, type: 'group', groupId: GROUP_ID }],
    rateLimit: false,
  });
  fake.handle('users.get', (params) =>
    (params.user_ids ?? [1]).map((ref, index) => ({
      id: typeof ref === 'number' ? ref : 1000 + index,
      first_name: 'Pavel',
      last_name: 'Durov',
      can_access_closed: true,
      is_closed: false,
      ...(params.fields?.includes('sex') ? { sex: 2 as const } : {}),
      ...(params.fields?.includes('screen_name') ? { screen_name: `id${String(ref)}` } : {}),
    })),
  );

  let requestCursor = 0;
  let callCursor = 0;
  process.on('message', (message: FakeCommand) => {
    switch (message.type) {
      case 'snapshot': {
        const requests = fake.requests.slice(requestCursor);
        const calls = fake.calls.slice(callCursor);
        requestCursor = fake.requests.length;
        callCursor = fake.calls.length;
        const requestsByMethod: Record<string, number> = {};
        for (const request of requests) {
          const key = request.method ?? `${request.httpMethod} ${request.path}`;
          requestsByMethod[key] = (requestsByMethod[key] ?? 0) + 1;
        }
        const callErrors: Record<string, number> = {};
        for (const call of calls) {
          if (call.error === undefined) continue;
          const key = `${call.method}: ${call.error.code} ${call.error.message}`;
          callErrors[key] = (callErrors[key] ?? 0) + 1;
        }
        send({ type: 'snapshot', requests: requests.length, calls: calls.length, callErrors, requestsByMethod, totalRequests: fake.requests.length });
        break;
      }
      case 'sample':
        send({ type: 'sample', requests: sampleOf(fake, message.last) });
        break;
      case 'close':
        void fake.close().then(() => {
          send({ type: 'closed' });
          process.disconnect();
        });
        break;
    }
  });
  send({ type: 'ready', url: fake.url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
