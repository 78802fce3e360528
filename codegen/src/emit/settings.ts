import type { EventIR, Transport } from '../ir/events.js';
import { header, type GenerationContext } from './header.js';
import { jsdoc } from './jsdoc.js';

// The API version the schema describes, and the event on/off params of the two settings methods
// (groups.setCallbackSettings, groups.setLongPollSettings). One rule for both: a param is an
// event flag when schema/events.json names it as that event's flag for the transport (the
// registry is checked against the methods' params, so a new flag stops codegen until it is
// listed). Both setups switch exactly these params, so they cannot disagree on what a flag is.

const METHOD: Record<Transport, string> = { callback: 'groups.setCallbackSettings', longpoll: 'groups.setLongPollSettings' };

function flagTable(events: readonly EventIR[], transport: Transport, name: string, typeName: string): string {
  const flags = events.flatMap((event) => {
    const flag = event.flags?.[transport];
    return flag === undefined ? [] : [flag];
  });
  return [
    jsdoc([
      `Event flags of ${METHOD[transport]}: the params that switch one event on or off, sorted (schema/events.json).`,
      'Each is also the event type it switches.',
    ]) + `export const ${name} = [\n${flags.map((flag) => `  ${JSON.stringify(flag)},`).join('\n')}\n] as const satisfies readonly CallbackEventType[];\n`,
    jsdoc([`One event flag of ${METHOD[transport]}.`]) + `export type ${typeName} = (typeof ${name})[number];\n`,
  ].join('\n');
}

export function emitSettings(events: readonly EventIR[], context: GenerationContext): string {
  return [
    header(context, 'the API version of the schema and the event flags of the server settings methods'),
    `import type { CallbackEventType } from './events.gen.js';\n`,
    jsdoc([
      'The VK API version the schema (and so every type here) describes; the `v` vkts sends and the',
      'version the server setups ask VK to send events in, unless told otherwise.',
    ]) + `export const vkApiVersion = ${JSON.stringify(context.apiVersion)};\n`,
    jsdoc(['The type of {@link vkApiVersion}.']) + `export type VkApiVersion = typeof vkApiVersion;\n`,
    flagTable(events, 'callback', 'callbackSettingsEventFlags', 'CallbackSettingsEventFlag'),
    flagTable(events, 'longpoll', 'longPollSettingsEventFlags', 'LongPollSettingsEventFlag'),
  ].join('\n');
}
