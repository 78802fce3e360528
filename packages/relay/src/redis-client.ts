// The Redis client is the application's: we only need "send this command, give me the reply".
// Both common clients offer that under different names, so the interface is the union of the two
// methods, and everything else (connection, reconnection, TLS, auth) stays the client's business.

/**
 * node-redis (`redis` / `@redis/client` v4+): `client.sendCommand(['XADD', …])`. Its commands
 * issued in one tick go out as one write (auto-pipelining), so a Long Poll batch is appended
 * with one round trip without any pipeline object.
 */
export interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/**
 * ioredis (v5+): `redis.call('XADD', [...])`. Set `enableAutoPipelining: true` on it to send the
 * commands of one tick as one write, as node-redis does by itself.
 */
export interface IoRedisLike {
  call(command: string, args: string[]): Promise<unknown>;
}

/**
 * A connected node-redis or ioredis client. Key prefixes configured on the client are not
 * applied to these raw commands: give full key names (`stream`, …).
 */
export type RedisClientLike = NodeRedisLike | IoRedisLike;

/** Sends one command (name first) and resolves with the client's decoding of the reply. */
export type SendCommand = (args: string[]) => Promise<unknown>;

function isNodeRedis(client: RedisClientLike): client is NodeRedisLike {
  return typeof (client as Partial<NodeRedisLike>).sendCommand === 'function';
}

function isIoRedis(client: RedisClientLike): client is IoRedisLike {
  return typeof (client as Partial<IoRedisLike>).call === 'function';
}

export function commandSender(caller: string, client: RedisClientLike): SendCommand {
  if (typeof client !== 'object' || client === null) {
    throw new TypeError(`${caller}: \`redis\` must be a node-redis or ioredis client, got ${client === null ? 'null' : typeof client}`);
  }
  // ioredis first: it has a `sendCommand` too, but one that takes its own Command objects.
  if (isIoRedis(client)) {
    return (args) => {
      const [command, ...rest] = args;
      return client.call(command ?? '', rest);
    };
  }
  if (isNodeRedis(client)) return (args) => client.sendCommand(args);
  throw new TypeError(`${caller}: \`redis\` must be a node-redis client (with sendCommand) or an ioredis client (with call)`);
}

/** A Redis error reply whose message starts with `code` (`NOSCRIPT`, `BUSYGROUP`, …). */
export function isReplyError(error: unknown, code: string): boolean {
  return error instanceof Error && error.message.startsWith(code);
}
