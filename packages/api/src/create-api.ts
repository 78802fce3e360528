// createApi(): wires transport, limiter, batcher and call runner together, and exposes every
// method as `api.<namespace>.<method>` through Proxies over the generated metadata, so no
// method or namespace is listed by hand and each costs no code of its own.
import { apiMethodNames } from '@vkts/types';
import { createBatcher } from './batcher.js';
import { createCallRunner, type RunCall } from './call-runner.js';
import type { Api, ApiCore } from './client-types.js';
import { createHttpTransport, type Transport } from './http-transport.js';
import { isKnownMethod } from './known-methods.js';
import { resolveOptions, type ApiOptions, type CallOptions, type PaginateOptions } from './options.js';
import { paginate } from './paginate.js';
import { createRateLimiter, unlimited, type RateLimiter } from './rate-limiter.js';
import { createSendCall } from './send.js';

type UntypedMethod = (params?: object, options?: CallOptions) => Promise<unknown>;

/** Namespace names from the method names (`groups.get` → `groups`); `execute` has none. */
const namespaceNames: readonly string[] = [...new Set(apiMethodNames.flatMap((name) => (name.includes('.') ? [name.split('.')[0] ?? ''] : [])))];

/**
 * Creates a VK API client.
 *
 * ```ts
 * const api = createApi({ token: process.env.VK_TOKEN!, tokenType: 'group', batch: true });
 * await api.groups.setCallbackSettings({ group_id: 1, server_id: 2, message_new: true });
 * ```
 */
/**
 * Slots are taken only once the transport can send (its undici Agent loads on first use): a slot
 * taken while the Agent loads would send late, and requests would bunch up past the rate limit.
 */
function afterTransportReady(limiter: RateLimiter, transport: Transport): RateLimiter {
  return {
    acquire(attempt) {
      const waiting = transport.ready();
      return waiting === undefined ? limiter.acquire(attempt) : waiting.then(() => limiter.acquire(attempt));
    },
  };
}

export function createApi(options: ApiOptions): Api {
  const resolved = resolveOptions(options);
  const transport = createHttpTransport(resolved);
  const limiter = afterTransportReady(resolved.perSecond === undefined ? unlimited : createRateLimiter(resolved.perSecond), transport);
  const sendCall = createSendCall(transport, resolved.token);
  const batcher =
    resolved.batch &&
    createBatcher({
      transport,
      sendCall,
      limiter,
      token: resolved.token,
      maxCalls: resolved.batch.maxCalls,
      windowMs: resolved.batch.windowMs,
      requestTimeoutMs: resolved.timeoutMs,
    });
  const runCall = createCallRunner({ options: resolved, limiter, sendCall, batcher });

  const core: UntypedCore = {
    call: (method, params, callOptions) => runCall(method, params, callOptions),
    execute: (params, callOptions) => runCall('execute', params, callOptions),
    paginate: (method, params, paginateOptions) => paginate(runCall, method, params, paginateOptions),
    close: () => transport.close(),
  };
  const api: Record<string, unknown> = { ...core };
  for (const namespace of namespaceNames) {
    let proxy: object | undefined;
    Object.defineProperty(api, namespace, {
      enumerable: true,
      get: () => (proxy ??= namespaceProxy(namespace, runCall)),
    });
  }
  return typedApi(api);
}

/** The runtime shape of ApiCore, before its generic signatures are put on. */
interface UntypedCore {
  call(method: string, params?: object, options?: CallOptions): Promise<unknown>;
  execute: UntypedMethod;
  paginate(method: string, params?: object, options?: PaginateOptions): AsyncIterableIterator<unknown>;
  close(): Promise<void>;
}

function namespaceProxy(namespace: string, runCall: RunCall): object {
  const methods = new Map<string, UntypedMethod>();
  const methodFor = (name: string): UntypedMethod | undefined => {
    // The made methods first: a hit needs no `${namespace}.${name}` string and no schema lookup.
    const made = methods.get(name);
    if (made) return made;
    const full = `${namespace}.${name}`;
    if (!isKnownMethod(full)) return undefined;
    const method: UntypedMethod = (params, callOptions) => runCall(full, params, callOptions);
    methods.set(name, method);
    return method;
  };
  const target: Record<string, UntypedMethod> = {};
  return new Proxy(target, {
    // Only the namespace's methods: inherited names (`toString`, `then`) read as undefined too.
    get: (_target, name) => (typeof name === 'string' ? methodFor(name) : undefined),
    has: (_target, name) => typeof name === 'string' && isKnownMethod(`${namespace}.${name}`),
  });
}

/**
 * The one place the runtime object meets its type. The Proxies answer exactly the names the
 * generated metadata has, and `ApiCore`'s generic signatures only narrow what `UntypedCore`
 * accepts, so the object is an Api; TypeScript cannot see through a Proxy, hence the guard.
 */
function typedApi(api: Record<string, unknown>): Api {
  if (!isApi(api)) throw new Error('unreachable: createApi built an object without the client members');
  return api;
}

function isApi(value: Record<string, unknown>): value is Record<string, unknown> & Api {
  const core: readonly (keyof ApiCore)[] = ['call', 'execute', 'paginate', 'close'];
  return core.every((key) => typeof value[key] === 'function') && namespaceNames.every((namespace) => namespace in value);
}
