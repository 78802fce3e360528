// Type-checked by test/packaging/pack.test.ts in a scratch project (nodenext, ESM, .d.mts).
import { createCallback, createFetchHandler, createMemoryDedupeStore, createNodeMiddleware, type CallbackReply, type DedupeStore, type NodeHandler } from '@vkts/callback';

const store: DedupeStore = createMemoryDedupeStore({ maxEntries: 100 });
const callback = createCallback({ confirmation: { 1: 'code' }, secret: (groupId) => (groupId === 1 ? 'secret' : undefined), dedupe: store });
callback.router.on('message_new', (event, context) => {
  const text: string = event.object.message.text;
  const retry: number | undefined = context.retry;
  void text, retry;
});
const handler: NodeHandler = createNodeMiddleware(callback);
const fetchHandler: (request: Request) => Promise<Response> = createFetchHandler(callback);
export async function answer(request: Request): Promise<Response> {
  const reply: CallbackReply = await callback.handle({ body: await request.text(), headers: request.headers });
  void reply.status;
  return fetchHandler(request);
}
// @ts-expect-error not an ack mode
createCallback({ ack: 'later' });
void handler;
