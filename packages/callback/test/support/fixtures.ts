/**
 * The real payloads in ../shared/fixtures/vk-events (next to the repo), classified by the rule
 * @vkts/events' fixture test uses: an event is a JSON object with a string `type` vkts knows that
 * matches the file name's `<type>__…` prefix. Long Poll `{failed}` replies (`lp_failed__…`) and
 * bare event objects (no `type`, named after an event) are not events and are left out; any
 * other file is reported, never skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isKnownEventType } from '@vkts/events';
import type { CallbackEventType } from '@vkts/types';

const FIXTURES = join(fileURLToPath(new URL('../../../../', import.meta.url)), '..', 'shared', 'fixtures', 'vk-events');

export interface EventFixture {
  readonly file: string;
  readonly type: CallbackEventType;
  readonly json: Readonly<Record<string, unknown>>;
}

export interface Fixtures {
  readonly dir: string;
  readonly events: readonly EventFixture[];
  /** Files that are not events, with why. */
  readonly notEvents: readonly string[];
  /** Files no rule recognises (should stay empty). */
  readonly unrecognised: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function loadFixtures(): Fixtures {
  const events: EventFixture[] = [];
  const notEvents: string[] = [];
  const unrecognised: string[] = [];
  for (const file of readdirSync(FIXTURES).sort()) {
    if (file === 'README.md') continue;
    const prefix = file.slice(0, file.indexOf('__'));
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    } catch {
      unrecognised.push(`${file}: not JSON`);
      continue;
    }
    if (!isRecord(json)) unrecognised.push(`${file}: not an object`);
    else if (typeof json.type === 'string') {
      if (json.type === prefix && isKnownEventType(json.type)) events.push({ file, type: json.type, json });
      else unrecognised.push(`${file}: type "${json.type}" (unknown, or not the file's prefix)`);
    } else if (typeof json.failed === 'number' && prefix === 'lp_failed') notEvents.push(`${file}: a Long Poll failure reply`);
    else if (!('type' in json) && isKnownEventType(prefix)) notEvents.push(`${file}: a bare "${prefix}" object`);
    else unrecognised.push(`${file}: no rule matches`);
  }
  return { dir: FIXTURES, events, notEvents, unrecognised };
}
