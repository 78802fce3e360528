import { newLongPollKey } from '../longpoll-channel.js';

/** Bots Long Poll settings and server state of one community. */
export interface LongPollGroupState {
  enabled: boolean;
  api_version: string;
  events: Record<string, 0 | 1>;
  /** The key groups.getLongPollServer hands out; replaced to expire old sessions. */
  key: string;
  /** The current event number, as VK's decimal string. */
  ts: number;
}

/**
 * Long Poll settings and session per community: what groups.get/setLongPollSettings and
 * groups.getLongPollServer read and write, and what the `a_check` endpoint (longpoll.ts) advances.
 */
export class LongPollStore {
  readonly #groups = new Map<number, LongPollGroupState>();
  readonly #apiVersion: string;
  readonly #eventNames: readonly string[];

  constructor(apiVersion: string, eventNames: readonly string[]) {
    this.#apiVersion = apiVersion;
    this.#eventNames = eventNames;
  }

  of(groupId: number): LongPollGroupState {
    let state = this.#groups.get(groupId);
    if (state === undefined) {
      state = {
        // Off until groups.setLongPollSettings(enabled=1), as for a new community on VK.
        enabled: false,
        api_version: this.#apiVersion,
        events: Object.fromEntries(this.#eventNames.map((name) => [name, 0])),
        key: newLongPollKey(),
        ts: 1,
      };
      this.#groups.set(groupId, state);
    }
    return state;
  }
}
