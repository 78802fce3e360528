// The generated API version and settings-flag tables: the version the schema was pinned at, and
// exactly the event params of each settings method (both setups switch these and nothing else).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiMethodMeta, callbackEventTypes, callbackSettingsEventFlags, longPollSettingsEventFlags, vkApiVersion } from '../src/index.js';

const pin = JSON.parse(readFileSync(new URL('../../../schema/source.json', import.meta.url), 'utf8')) as { apiVersion: string };

describe('settings.gen.ts', () => {
  it('vkApiVersion is the pinned schema version', () => {
    expect(vkApiVersion).toBe(pin.apiVersion);
  });

  it.each([
    ['groups.setCallbackSettings', callbackSettingsEventFlags, ['group_id', 'server_id', 'api_version']],
    ['groups.setLongPollSettings', longPollSettingsEventFlags, ['group_id', 'enabled', 'api_version']],
  ] as const)('%s: the table is every param but the non-event ones, each a known event type', (method, table, notEvents) => {
    const params = Object.keys(apiMethodMeta[method].params).filter((name) => !(notEvents as readonly string[]).includes(name));
    expect([...table].sort()).toEqual(params.sort());
    expect(table.filter((flag) => !(callbackEventTypes as readonly string[]).includes(flag))).toEqual([]);
  });
});
