// The event flags of groups.setCallbackSettings, from the generated method metadata, checked
// against the events vkts knows. A flag that is not a known event type, or the other way round,
// is a generator/schema mismatch: it fails loudly instead of being skipped.
import { apiMethodMeta, callbackEventTypes, type CallbackEventType, type GroupsSetCallbackSettingsParams } from '@vkts/types';

/** The params of groups.setCallbackSettings that switch one event on or off. */
export type EventFlag = Exclude<keyof GroupsSetCallbackSettingsParams, 'group_id' | 'server_id' | 'api_version'>;

// Compile-time half of the cross-check: every flag names a known event type.
type FlagsAreEvents = [EventFlag] extends [CallbackEventType] ? true : never;
const flagsAreEvents: FlagsAreEvents = true;
void flagsAreEvents;

let flags: readonly EventFlag[] | undefined;
let flagSet: ReadonlySet<string> | undefined;

/** Every event flag, in the metadata's (schema) order. */
export function eventFlags(): readonly EventFlag[] {
  if (flags === undefined) {
    const known: ReadonlySet<string> = new Set(callbackEventTypes);
    const params = apiMethodMeta['groups.setCallbackSettings'].params;
    const names = Object.keys(params).filter((name) => params[name]?.kind === 'boolean');
    const strays = names.filter((name) => !known.has(name));
    if (strays.length > 0) {
      throw new Error(`@vkts/callback: groups.setCallbackSettings has event flags vkts does not know as events: ${strays.join(', ')} (regenerate @vkts/types)`);
    }
    flagSet = new Set(names);
    flags = names.filter(isEventFlag);
  }
  return flags;
}

/** Runtime half: a name is a flag when the metadata lists it as a boolean param of the method. */
export function isEventFlag(name: string): name is EventFlag {
  if (flagSet === undefined) eventFlags();
  return flagSet?.has(name) === true;
}

/** Known event types with no flag: VK sends them without a switch (`confirmation`) or has none in the API. */
export function eventsWithoutFlag(types: readonly CallbackEventType[]): CallbackEventType[] {
  return types.filter((type) => !isEventFlag(type));
}
