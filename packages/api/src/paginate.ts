// `api.paginate(method, params, { pageSize })`: every item of a `{ count, items }` method.
import type { RunCall } from './call-runner.js';
import { methodMeta } from './known-methods.js';
import type { PaginateOptions } from './options.js';
import { isRecord } from '@vkts/internals';

const DEFAULT_PAGE_SIZE = 100;

export async function* paginate(
  runCall: RunCall,
  method: string,
  params: object | undefined,
  options: PaginateOptions = {},
): AsyncGenerator<unknown, void, undefined> {
  const meta = methodMeta(method);
  if (!meta || !('count' in meta.params) || !('offset' in meta.params)) {
    throw new TypeError(`paginate: ${method} does not take count and offset, so it cannot be paginated`);
  }
  const { pageSize = DEFAULT_PAGE_SIZE, ...callOptions } = options;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`paginate: pageSize must be a positive integer, got ${pageSize}`);

  const base: Record<string, unknown> = { ...params };
  let offset = typeof base.offset === 'number' ? base.offset : 0;
  for (;;) {
    const page = await runCall(method, { ...base, offset, count: pageSize }, callOptions);
    if (!isRecord(page) || typeof page.count !== 'number' || !Array.isArray(page.items)) {
      throw new TypeError(`paginate: ${method} answered without { count, items }`);
    }
    yield* page.items;
    // Advance by what came back, not by pageSize: VK caps `count` per method without saying so.
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.count) return;
  }
}
