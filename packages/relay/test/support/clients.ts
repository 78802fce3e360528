// node-redis clients for tests (the tested default), closed by `closeAll`.
import { createClient } from 'redis';


export interface ClientOptions {
  /** Fail commands at once while disconnected instead of queueing them. */
  readonly failFast?: boolean;
  /** Collects the client's 'error' events (connection losses) instead of printing them. */
  readonly errors?: unknown[];
}

const open = new Set<NodeRedisClient>();

export async function connectClient(url: string, options: ClientOptions = {}): Promise<NodeRedisClient> {
  const client = makeClient(url, options);
  await client.connect();
  return client;
}

function newClient(url: string, options: ClientOptions) {
  return createClient({
    url,
    disableOfflineQueue: options.failFast === true,
    socket: { reconnectStrategy: (retries: number) => Math.min(20 * 2 ** retries, 200), connectTimeout: 1000 },
  });
}

export type NodeRedisClient = ReturnType<typeof newClient>;

/** A client that is not connected yet (its connect() is left to the caller). */
export function makeClient(url: string, options: ClientOptions = {}): NodeRedisClient {
  const client = newClient(url, options);
  const errors = options.errors;
  client.on('error', (error: unknown) => void errors?.push(error));
  open.add(client);
  return client;
}

export async function closeAll(): Promise<void> {
  const clients = [...open];
  open.clear();
  await Promise.all(
    clients.map(async (client) => {
      try {
        if (client.isOpen) await client.close();
        else client.destroy();
      } catch {
        // Already closed.
      }
    }),
  );
}
