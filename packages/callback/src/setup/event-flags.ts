// The event flags of groups.setCallbackSettings: the generated table of @vkts/types, the same
// rule (schema/events.json names each event's flag) that longPoll.setup() switches by.
import { callbackSettingsEventFlags, type CallbackEventType, type CallbackSettingsEventFlag, type GroupsSetCallbackSettingsParams } from '@vkts/types';

/** The params of groups.setCallbackSettings that switch one event on or off. */
export type EventFlag = CallbackSettingsEventFlag;

// Compile-time cross-check: the table and the method's params agree both ways.
type Params = Exclude<keyof GroupsSetCallbackSettingsParams, 'group_id' | 'server_id' | 'api_version'>;
type TableMatchesParams = [EventFlag] extends [Params] ? ([Params] extends [EventFlag] ? true : never) : never;
const tableMatchesParams: TableMatchesParams = true;
void tableMatchesParams;

const flagSet: ReadonlySet<string> = new Set(callbackSettingsEventFlags);

/** Every event flag, sorted. */
export function eventFlags(): readonly EventFlag[] {
  return callbackSettingsEventFlags;
}

export function isEventFlag(name: string): name is EventFlag {
  return flagSet.has(name);
}

/** Known event types with no flag: VK sends them without a switch (`confirmation`) or has none in the API. */
export function eventsWithoutFlag(types: readonly CallbackEventType[]): CallbackEventType[] {
  return types.filter((type) => !isEventFlag(type));
}
