// setup() options: what callers may pass, and the checks that turn them into a plan before any
// call to VK is made.
import { callbackEventTypes, vkApiVersion, type CallbackEventType } from '@vkts/types';
import { CallbackSetupError } from '../errors.js';
import { eventsWithoutFlag } from './event-flags.js';

export interface CallbackSetupOptions {
  readonly groupId: number;
  /** The public URL VK posts to; servers are matched by it exactly. */
  readonly url: string;
  /** Server title (VK allows at most 14 characters). @default 'vkts' */
  readonly title?: string;
  /** Events to switch on: the router's handled types, or a list. All others are switched off. @default 'handled' */
  readonly events?: 'handled' | readonly CallbackEventType[];
  /**
   * `generate`: keep the secret of a server being reused, else make a new random one. A string:
   * use exactly this secret (an existing server with another one is edited). @default 'generate'
   */
  readonly secret?: 'generate' | (string & {});
  /** The API version events are sent in. @default vkApiVersion of @vkts/types ('5.199') */
  readonly apiVersion?: string;
  /** How long to wait for VK to confirm the server, in ms. @default 30000 */
  readonly confirmTimeoutMs?: number;
  /** Pause between status checks while waiting, in ms. @default 500 */
  readonly pollIntervalMs?: number;
  /** Aborts the waiting (and stops before the next API call). */
  readonly signal?: AbortSignal;
}

const MAX_TITLE_LENGTH = 14;

/** The checked options, with defaults filled in and the wanted events worked out. */
export interface SetupPlan {
  readonly groupId: number;
  readonly url: string;
  readonly title: string;
  readonly on: readonly CallbackEventType[];
  readonly withoutFlag: readonly CallbackEventType[];
  readonly secret: string | undefined;
  readonly apiVersion: string;
  readonly confirmTimeoutMs: number;
  readonly pollIntervalMs: number;
  readonly signal: AbortSignal | undefined;
}

/** What option checking needs from the receiver. */
export interface HandledTypes {
  handledTypes(): CallbackEventType[];
}

export function checkSetupOptions(receiver: HandledTypes, options: CallbackSetupOptions): SetupPlan {
  const groupId = options.groupId;
  const fail = (message: string): never => {
    throw new CallbackSetupError(Number.isSafeInteger(groupId) ? groupId : 0, 'options', message);
  };
  if (!Number.isSafeInteger(groupId) || groupId <= 0) fail(`groupId must be a positive integer, got ${String(groupId)}`);
  let parsed: URL | undefined;
  try {
    parsed = new URL(options.url);
  } catch {
    fail(`url must be an absolute http(s) URL, got ${JSON.stringify(options.url)}`);
  }
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') fail(`url must be an http(s) URL, got ${JSON.stringify(options.url)}`);
  const title = options.title ?? 'vkts';
  if (typeof title !== 'string' || title === '' || title.length > MAX_TITLE_LENGTH) {
    fail(`title must be 1 to ${MAX_TITLE_LENGTH} characters (VK's limit), got ${JSON.stringify(title)}`);
  }
  const events = options.events ?? 'handled';
  let on: CallbackEventType[];
  if (events === 'handled') {
    on = receiver.handledTypes();
    if (on.length === 0) {
      fail("no event handlers are registered, so events: 'handled' would switch every event off; register router.on(...) handlers before setup, or pass events");
    }
  } else {
    const known: ReadonlySet<string> = new Set(callbackEventTypes);
    const unknown = events.filter((type) => !known.has(type));
    if (unknown.length > 0) fail(`events lists types vkts does not know: ${unknown.join(', ')}`);
    on = [...new Set(events)];
  }
  const secret = options.secret ?? 'generate';
  if (typeof secret !== 'string' || secret === '') fail("secret must be 'generate' or a non-empty string");
  const apiVersion = options.apiVersion ?? vkApiVersion;
  if (!/^\d+\.\d+$/.test(apiVersion)) fail(`apiVersion must look like '5.199', got ${JSON.stringify(apiVersion)}`);
  const confirmTimeoutMs = options.confirmTimeoutMs ?? 30_000;
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  for (const [name, value] of [['confirmTimeoutMs', confirmTimeoutMs], ['pollIntervalMs', pollIntervalMs]] as const) {
    if (!Number.isFinite(value) || value <= 0) fail(`${name} must be a positive number of milliseconds, got ${String(value)}`);
  }
  return {
    groupId,
    url: options.url,
    title,
    on,
    withoutFlag: eventsWithoutFlag(on),
    secret: secret === 'generate' ? undefined : secret,
    apiVersion,
    confirmTimeoutMs,
    pollIntervalMs,
    signal: options.signal,
  };
}
