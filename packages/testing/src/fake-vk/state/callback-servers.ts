import { randomBytes } from 'node:crypto';

export type FakeVkCallbackServerStatus = 'unconfigured' | 'failed' | 'wait' | 'ok';

/** A Callback API server of a community, as the fake stores it. */
export interface FakeVkCallbackServer {
  id: number;
  title: string;
  url: string;
  secret_key: string;
  status: FakeVkCallbackServerStatus;
  creator_id: number;
  /** Set with groups.setCallbackSettings. */
  api_version: string;
  /** Event name → 1 (sent) or 0, for every event the settings methods know. */
  events: Record<string, 0 | 1>;
}

/** VK's limit of Callback servers per community (error 2000 past it). */
export const MAX_CALLBACK_SERVERS = 10;

interface GroupServers {
  nextId: number;
  servers: Map<number, FakeVkCallbackServer>;
}

/** Callback servers and confirmation codes, per community. */
export class CallbackServerStore {
  readonly #groups = new Map<number, GroupServers>();
  readonly #codes = new Map<number, string>();
  readonly #apiVersion: string;
  readonly #eventNames: readonly string[];

  constructor(apiVersion: string, eventNames: readonly string[]) {
    this.#apiVersion = apiVersion;
    this.#eventNames = eventNames;
  }

  /** A random code per community, the same for the whole life of the fake (as on VK). */
  confirmationCode(groupId: number): string {
    let code = this.#codes.get(groupId);
    if (code === undefined) {
      code = randomBytes(4).toString('hex');
      this.#codes.set(groupId, code);
    }
    return code;
  }

  list(groupId: number): FakeVkCallbackServer[] {
    return [...this.#of(groupId).servers.values()];
  }

  get(groupId: number, serverId: number): FakeVkCallbackServer | undefined {
    return this.#of(groupId).servers.get(serverId);
  }

  /** Undefined when the community already has MAX_CALLBACK_SERVERS servers. */
  add(groupId: number, fields: { url: string; title: string; secretKey: string; creatorId: number }): FakeVkCallbackServer | undefined {
    const group = this.#of(groupId);
    if (group.servers.size >= MAX_CALLBACK_SERVERS) return undefined;
    const server: FakeVkCallbackServer = {
      id: group.nextId++,
      title: fields.title,
      url: fields.url,
      secret_key: fields.secretKey,
      // VK marks a new server unconfigured until its URL answers the confirmation request.
      status: 'unconfigured',
      creator_id: fields.creatorId,
      api_version: this.#apiVersion,
      events: Object.fromEntries(this.#eventNames.map((name) => [name, 0])),
    };
    group.servers.set(server.id, server);
    return server;
  }

  delete(groupId: number, serverId: number): boolean {
    return this.#of(groupId).servers.delete(serverId);
  }

  #of(groupId: number): GroupServers {
    let group = this.#groups.get(groupId);
    if (group === undefined) {
      group = { nextId: 1, servers: new Map() };
      this.#groups.set(groupId, group);
    }
    return group;
  }
}
