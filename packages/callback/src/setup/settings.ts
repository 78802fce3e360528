// The event settings setup wants: every flag of groups.setCallbackSettings, on for the wanted
// events and explicitly off for all others, compared with what VK reports.
import type { CallbackEventType, GroupsGetCallbackSettingsResponse } from '@vkts/types';
import { eventFlags, type EventFlag } from './event-flags.js';

/** `true` for every wanted event, explicit `false` for every other flag. */
export function wantedFlags(on: readonly CallbackEventType[]): Partial<Record<EventFlag, boolean>> {
  const wanted = new Set<string>(on);
  const flags: Partial<Record<EventFlag, boolean>> = {};
  for (const flag of eventFlags()) flags[flag] = wanted.has(flag);
  return flags;
}

/** VK reports flags as 0/1; a flag it leaves out counts as different (so it gets set). */
export function settingsMatch(current: GroupsGetCallbackSettingsResponse, wanted: Partial<Record<EventFlag, boolean>>, apiVersion: string): boolean {
  if (current.api_version !== apiVersion) return false;
  const reported = new Map<string, unknown>(Object.entries(current.events ?? {}));
  return Object.entries(wanted).every(([flag, on]) => {
    const value = reported.get(flag);
    return (value === 1 || value === true) === on && value !== undefined;
  });
}
