// longPoll.setup(): switch Bots Long Poll on with exactly the wanted events. The flag list is the
// generated table of @vkts/types (the same rule callback.setup() switches by), so a new VK event
// flag is known (and switched off unless wanted) without an edit here.
import type { Api } from '@vkts/api';
import type { EventRouter } from '@vkts/events';
import {
  callbackEventTypes,
  longPollSettingsEventFlags,
  vkApiVersion,
  type CallbackEventType,
  type GroupsSetLongPollSettingsParams,
  type LongPollSettingsEventFlag,
} from '@vkts/types';

/** Params of groups.setLongPollSettings that switch one event on or off. */
export type LongPollEventFlag = LongPollSettingsEventFlag;

// Compile-time cross-check: the table and the method's params agree both ways.
type Params = Exclude<keyof GroupsSetLongPollSettingsParams, 'group_id' | 'enabled' | 'api_version'>;
type TableMatchesParams = [LongPollEventFlag] extends [Params] ? ([Params] extends [LongPollEventFlag] ? true : never) : never;
const tableMatchesParams: TableMatchesParams = true;
void tableMatchesParams;

export interface BotsLongPollSetupOptions {
  /**
   * `handled`: the event types the router has `on` handlers for; `all`: every event Long Poll can
   * deliver; or a list of types. Every other flag is sent as `false`. @default 'handled'
   */
  readonly events?: 'handled' | 'all' | readonly CallbackEventType[];
  /** The API version events are sent in. @default vkApiVersion of @vkts/types ('5.199', the schema it follows) */
  readonly apiVersion?: string;
}

export interface BotsLongPollSetupResult {
  /** Flags sent as `true`. */
  readonly enabled: readonly LongPollEventFlag[];
  /** Flags sent as `false`. */
  readonly disabled: readonly LongPollEventFlag[];
  /**
   * Wanted events that groups.setLongPollSettings has no flag for (e.g. `wall_schedule_post_new`,
   * `app_payload`): they cannot be switched on through the API; check the community settings.
   */
  readonly unavailable: readonly CallbackEventType[];
}

/** Every event flag of groups.setLongPollSettings, sorted. */
export const longPollEventFlags: readonly LongPollEventFlag[] = longPollSettingsEventFlags;

const knownTypes: ReadonlySet<string> = new Set(callbackEventTypes);
const longPollFlagSet: ReadonlySet<string> = new Set(longPollEventFlags);

export async function setUpBotsLongPoll(
  api: Api,
  groupId: number,
  router: EventRouter | undefined,
  options: BotsLongPollSetupOptions = {},
): Promise<BotsLongPollSetupResult> {
  const events = options.events ?? 'handled';
  let wanted: readonly string[];
  if (events === 'handled') {
    if (router === undefined) throw new TypeError("longPoll.setup: events: 'handled' needs a router; pass a list of event types or 'all'");
    wanted = router.handledTypes();
  } else if (events === 'all') {
    wanted = longPollEventFlags;
  } else {
    if (!Array.isArray(events)) throw new TypeError("longPoll.setup: `events` must be 'handled', 'all' or a list of event types");
    const unknown = events.filter((type) => !knownTypes.has(type));
    if (unknown.length > 0) throw new TypeError(`longPoll.setup: unknown event type(s): ${unknown.join(', ')}`);
    wanted = events;
  }
  const wantedSet = new Set(wanted);
  const params: GroupsSetLongPollSettingsParams = { group_id: groupId, enabled: 1, api_version: options.apiVersion ?? vkApiVersion };
  const enabled: LongPollEventFlag[] = [];
  const disabled: LongPollEventFlag[] = [];
  for (const flag of longPollEventFlags) {
    const on = wantedSet.has(flag);
    params[flag] = on;
    (on ? enabled : disabled).push(flag);
  }
  const unavailable = callbackEventTypes.filter((type) => wantedSet.has(type) && !longPollFlagSet.has(type));
  await api.groups.setLongPollSettings(params);
  return { enabled, disabled, unavailable };
}
