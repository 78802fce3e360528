import { eventTypeName, zodName } from '../naming.js';
import type { EventIR } from '../ir/events.js';
import type { SchemaIR } from '../ir/types.js';
import { header, type GenerationContext } from './header.js';
import { jsdoc } from './jsdoc.js';
import { eventDocsUrl } from '../docs/urls.js';

// Community events (Callback API and Bots Long Poll): one envelope type per event from the
// registry, the map and the union discriminated on `type`, and their validators.

/**
 * What an event means, in VK's words: the description of the `groups.setCallbackSettings` flag
 * of the same name ("A new incoming message has been received ('0' - disabled, '1' - enabled).")
 * without the on/off note. Undefined when there is no such flag or it has no description.
 */
function eventDescription(type: string, ir: SchemaIR): string | undefined {
  const settings = ir.methods.find((m) => m.name === 'groups.setCallbackSettings');
  const text = settings?.params.find((p) => p.name === type)?.description;
  if (text === undefined) return undefined;
  const plain = text.replace(/\s*\('0' - disabled, '1' - enabled\)\.?\s*$/, '').trim();
  return plain === '' ? undefined : `${plain.replace(/\.$/, '')}.`;
}

export function emitEventTypes(events: readonly EventIR[], ir: SchemaIR, context: GenerationContext): string {
  const objectType = (e: EventIR): string => (e.object === null ? '' : `T.${ir.definitions.get(e.object)!.typeName}`);
  const transports = (e: EventIR): string => e.transports.map((t) => (t === 'callback' ? 'Callback API' : 'Bots Long Poll')).join(', ');
  const summary = (e: EventIR): string => {
    const description = eventDescription(e.type, ir);
    return `The \`${e.type}\` community event (${transports(e)})${description === undefined ? '.' : `: ${description}`}`;
  };
  const blocks = events.map((e) => {
    const doc = jsdoc([
      summary(e),
      ...(e.notes ? ['', e.notes] : []),
      '',
      // Plain lines, not `@see` tags: a comment holding one is parsed in every consumer program.
      `Schema: https://dev.vk.com/ru/api/community-events/json-schema`,
      `Guide: ${eventDocsUrl(e.type)}`,
    ]);
    // `type` and `object` carry the summary too: TypeScript never shows a type's doc on a handler's
    // `event` parameter, but hovering `event.type` or `event.object` in the handler shows theirs.
    const members = [`${jsdoc([summary(e)], '  ')}  type: ${JSON.stringify(e.type)};`];
    if (e.object !== null) members.push(`${jsdoc([summary(e)], '  ')}  object: ${objectType(e)};`);
    return `${doc}export interface ${eventTypeName(e.type)} extends EventEnvelope<${JSON.stringify(e.type)}> {\n${members.join('\n')}\n}\n`;
  });
  // Documented members: editors show the description next to each name `router.on('…')` offers.
  const map = events.map((e) => `${jsdoc([summary(e)], '  ')}  ${e.type}: ${eventTypeName(e.type)};`).join('\n');
  return [
    header(context, 'community event types (Callback API and Bots Long Poll)'),
    `import type * as T from './types.gen.js';`,
    `import type { EventEnvelope } from '../event-envelope.js';`,
    '',
    jsdoc(['Every community event type vkts knows, from schema/events.json.']) +
      `export const callbackEventTypes = [\n${events.map((e) => `  ${JSON.stringify(e.type)},`).join('\n')}\n] as const;\n`,
    jsdoc(['Type of any known community event.']) + `export type CallbackEventType = (typeof callbackEventTypes)[number];\n`,
    ...blocks,
    jsdoc(['Event type → its envelope type.']) + `export interface CallbackEventMap {\n${map}\n}\n`,
    jsdoc(['Any known community event, discriminated on `type`.']) + `export type CallbackEvent = CallbackEventMap[CallbackEventType];\n`,
  ].join('\n');
}

export function emitEventValidators(events: readonly EventIR[], ir: SchemaIR, context: GenerationContext): string {
  const shapeName = (e: EventIR): string => `${eventTypeName(e.type)}Shape`;
  // Inferred (unexported) shapes are cheap here because every `object` validator is already an
  // opaque z.ZodType<T>; they feed the discriminated union, and the exported validators are
  // checked against the generated event types.
  const shapes = events.map((e) => {
    const object = e.object === null ? '' : `, object: ${zodName(ir.definitions.get(e.object)!.typeName)}`;
    return `const ${shapeName(e)} = z.looseObject({ type: z.literal(${JSON.stringify(e.type)}), ...envelopeShape${object} });`;
  });
  const validators = events.map((e) => {
    const name = eventTypeName(e.type);
    return `export const ${zodName(name)}: z.ZodType<E.${name}> = schemaOf<E.${name}>(${shapeName(e)});`;
  });
  const map = events.map((e) => `  ${e.type}: ${zodName(eventTypeName(e.type))},`).join('\n');
  const objects = [...new Set(events.filter((e) => e.object !== null).map((e) => zodName(ir.definitions.get(e.object!)!.typeName)))].sort();
  return [
    header(context, 'zod validators of community events'),
    `import { z } from 'zod';`,
    `import type * as E from './events.gen.js';`,
    `import { schemaOf } from '../zod-shape.js';`,
    `import { envelopeShape } from '../event-envelope-zod.js';`,
    `import { ${objects.join(', ')} } from './zod.gen.js';`,
    '',
    ...shapes,
    '',
    ...validators,
    '',
    jsdoc(['Event type → its validator.']) +
      `export const callbackEventValidators: { readonly [K in E.CallbackEventType]: z.ZodType<E.CallbackEventMap[K]> } = {\n${map}\n};\n`,
    jsdoc(['Any known community event, discriminated on `type`.']) +
      `export const zCallbackEvent: z.ZodType<E.CallbackEvent> = schemaOf<E.CallbackEvent>(z.discriminatedUnion('type', [\n${events.map((e) => `  ${shapeName(e)},`).join('\n')}\n]));\n`,
  ].join('\n');
}
