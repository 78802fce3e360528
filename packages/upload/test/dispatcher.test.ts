// The `dispatcher` option: any object with undici's `dispatch` (not only this undici's own
// classes) carries both the upload POST and the fetch of a URL source.
import type { FakeVk } from '@vkts/testing';
import { Agent, type Dispatcher } from 'undici';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clientsFor, serveFile, startFake } from './helpers.js';

let fake: FakeVk;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(() => fake.close());

const BYTES = new Uint8Array(2000).fill(7);

it("sends the POST and a URL source's fetch through a dispatcher that is not one of undici's classes", async () => {
  const agent = new Agent();
  const paths: string[] = [];
  // Typed with undici's own option and handler types, as a wrapper around an undici dispatcher would be.
  const counting = {
    dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
      paths.push(`${options.method} ${options.path}`);
      return agent.dispatch(options, handler);
    },
  };
  const served = await serveFile(BYTES, 'image/png');
  try {
    const { upload } = clientsFor(fake, { dispatcher: counting });
    const { attachment } = await upload.messagePhoto({ peer_id: 5, source: new URL(served.url) });
    expect(fake.uploads.find(attachment)?.kind).toBe('photo');
    const received = fake.uploads.received.at(-1);
    expect(received?.parts.map((part) => [part.field, part.size])).toEqual([['photo', 2000]]);
    // One GET of the source, one POST to the upload server; the API calls use the API client's own.
    expect(paths.map((entry) => entry.split(' ')[0])).toEqual(['GET', 'POST']);
    expect(paths[0]).toBe(`GET ${new URL(served.url).pathname}`);
  } finally {
    await served.close();
    await agent.close();
  }
});
