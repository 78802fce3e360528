import type { UserLongPollFieldType, UserLongPollIR, UserLongPollKeyType } from '../ir/user-longpoll.js';
import { header, type GenerationContext } from './header.js';
import { jsdoc } from './jsdoc.js';

// User Long Poll (version 3) from schema/user-longpoll.json: flag-bit constants and the decoded
// flag types, enums, the objects some fields carry, one event type per code discriminated on
// `name` (and `code`), and the table @vkts/longpoll decodes updates with. The types and the table
// come from the same registry entries, which is what lets the decoder promise the types.

const pascal = (snake: string): string =>
  snake
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

export const userLongPollEventTypeName = (name: string): string => `UserLongPoll${pascal(name)}Event`;
const flagConst = (set: string): string => `userLongPoll${pascal(set)}Flags`;
const flagType = (set: string): string => `UserLongPoll${pascal(set)}Flags`;
const enumConst = (name: string): string => `userLongPoll${pascal(name)}Values`;
const enumType = (name: string): string => `UserLongPoll${pascal(name)}`;
const objectType = (name: string): string => `UserLongPoll${pascal(name)}`;

function fieldTsType(type: UserLongPollFieldType): string {
  switch (type.kind) {
    case 'integer':
    case 'negated_id':
      return 'number';
    case 'string':
    case 'html_text':
      return 'string';
    case 'flag_integer':
      return 'boolean';
    case 'flags':
      return flagType(type.set);
    case 'enum':
      return `UserLongPollEnumValue<${enumType(type.enum)}>`;
    case 'object':
      return objectType(type.object);
    case 'attachments':
      return 'UserLongPollAttachments';
  }
}

function keyTsType(type: UserLongPollKeyType): string {
  return type === 'string' ? 'string' : type === 'flag_string' || type === 'flag_integer' ? 'boolean' : 'number';
}

function wireName(type: UserLongPollFieldType): string {
  switch (type.kind) {
    case 'flags':
      return `flags:${type.set}`;
    case 'enum':
      return `enum:${type.enum}`;
    case 'object':
      return `object:${type.object}`;
    default:
      return type.kind;
  }
}

export function emitUserLongPoll(ir: UserLongPollIR, context: GenerationContext): string {
  const out: string[] = [header(context, `User Long Poll version ${ir.version} events, flags and decoding table, from schema/user-longpoll.json`)];
  out.push(jsdoc(['The User Long Poll version these types and the decoding table describe (the `version` param).']) + `export const userLongPollVersion = ${ir.version} as const;\n`);

  for (const set of ir.flagSets) {
    out.push(
      jsdoc([set.description, '', ...set.evidence.map((e) => `Evidence: ${e}`)]) +
        `export const ${flagConst(set.name)} = {\n${set.bits.map(([bit, n]) => `  ${bit}: ${n},`).join('\n')}\n} as const;\n`,
    );
    out.push(jsdoc([`A flag of \`${flagConst(set.name)}\`.`]) + `export type ${flagType(set.name)}Name = keyof typeof ${flagConst(set.name)};\n`);
    out.push(
      jsdoc([
        `Decoded ${set.name} flags: one boolean per known bit, the number as sent (\`raw\`), and any bits the registry does not know (\`unknownBits\`, 0 normally) so that nothing is lost.`,
      ]) + `export type ${flagType(set.name)} = { readonly raw: number; readonly unknownBits: number } & { readonly [K in ${flagType(set.name)}Name]: boolean };\n`,
    );
  }

  out.push(
    jsdoc(['A decoded enum field: the number as sent, and its name when the registry knows it.']) +
      'export interface UserLongPollEnumValue<N extends string> {\n  readonly raw: number;\n  readonly name: N | undefined;\n}\n',
  );
  for (const e of ir.enums) {
    out.push(
      jsdoc([e.description, ...(e.mask === undefined ? [] : ['', `Read from the value & ${e.mask}.`]), '', ...e.evidence.map((x) => `Evidence: ${x}`)]) +
        `export const ${enumConst(e.name)} = {\n${e.values.map(([n, label]) => `  ${n}: ${JSON.stringify(label)},`).join('\n')}\n} as const;\n`,
    );
    out.push(`export type ${enumType(e.name)} = (typeof ${enumConst(e.name)})[keyof typeof ${enumConst(e.name)}];\n`);
  }

  for (const o of ir.objects) {
    const members = o.keys.map((k) => `${jsdoc(k.description === undefined ? [] : [k.description], '  ')}  readonly ${k.name}?: ${keyTsType(k.type)};`);
    out.push(
      jsdoc([o.description, '', ...o.evidence.map((x) => `Evidence: ${x}`)]) +
        `export interface ${objectType(o.name)} {\n${members.join('\n')}\n  /** Keys the registry does not list, as received. */\n  readonly other: Readonly<Record<string, unknown>>;\n}\n`,
    );
  }
  out.push(
    jsdoc(['One attachment of a message: `attach<N>_type` and `attach<N>` (e.g. `photo`, `123_456`).']) +
      'export interface UserLongPollAttachment {\n  readonly type: string;\n  readonly id: string;\n}\n',
  );
  out.push(
    jsdoc(['The attachments object of a message (mode 2): the numbered attachments in order, and every other key (`fwd`, `geo`, `reply`, `attach1_product_id`, …) as received.']) +
      'export interface UserLongPollAttachments {\n  readonly items: readonly UserLongPollAttachment[];\n  readonly other: Readonly<Record<string, unknown>>;\n}\n',
  );

  for (const event of ir.events) {
    const members = event.fields.flatMap((f) => {
      const member = `${jsdoc(f.description === undefined ? [] : [f.description], '  ')}  readonly ${f.name}${f.optional ? '?' : ''}: ${fieldTsType(f.type)};`;
      if (f.type.kind !== 'html_text') return [member];
      // The decoded text above; the text exactly as VK sent it beside it.
      return [member, `${jsdoc([`\`${f.name}\` as VK sends it: HTML entities (\`&amp;\`, \`&quot;\`, …) and \`<br>\` for line breaks.`], '  ')}  readonly ${f.name}_html${f.optional ? '?' : ''}: string;`];
    });
    out.push(
      jsdoc([`Code ${event.code}: ${event.description}`, '', ...event.evidence.map((x) => `Evidence: ${x}`)]) +
        `export interface ${userLongPollEventTypeName(event.name)} {\n  readonly code: ${event.code};\n  readonly name: ${JSON.stringify(event.name)};\n${members.join('\n')}\n  /** The update as received. */\n  readonly raw: readonly unknown[];\n}\n`,
    );
  }
  out.push(jsdoc(['Event name → its decoded type.']) + `export interface UserLongPollEventMap {\n${ir.events.map((e) => `  ${e.name}: ${userLongPollEventTypeName(e.name)};`).join('\n')}\n}\n`);
  out.push(jsdoc(['Name of a User Long Poll event the registry knows.']) + 'export type UserLongPollEventName = keyof UserLongPollEventMap;\n');
  out.push(jsdoc(['Any known User Long Poll event, discriminated on `name` (or `code`).']) + 'export type UserLongPollKnownEvent = UserLongPollEventMap[UserLongPollEventName];\n');

  out.push(
    jsdoc(['How a positional field is decoded (see schema/user-longpoll.json).']) +
      `export type UserLongPollFieldWire =\n${[
        'integer',
        'string',
        'html_text',
        'negated_id',
        'flag_integer',
        'attachments',
        ...ir.flagSets.map((f) => `flags:${f.name}`),
        ...ir.enums.map((e) => `enum:${e.name}`),
        ...ir.objects.map((o) => `object:${o.name}`),
      ]
        .map((wire) => `  | '${wire}'`)
        .join('\n')};\n`,
  );
  out.push(jsdoc(['How a key of an object field is decoded.']) + "export type UserLongPollKeyWire = 'string' | 'integer' | 'integer_string' | 'flag_string' | 'flag_integer';\n");
  out.push(
    jsdoc(['Flag sets by name, for decoders.']) + `export const userLongPollFlagSets = {\n${ir.flagSets.map((s) => `  ${s.name}: ${flagConst(s.name)},`).join('\n')}\n} as const;\n`,
  );
  out.push(
    jsdoc(['Enums by name, for decoders: the mask the value is read through (0 for none) and the names.']) +
      `export const userLongPollEnums = {\n${ir.enums.map((e) => `  ${e.name}: { mask: ${e.mask ?? 0}, values: ${enumConst(e.name)} },`).join('\n')}\n} as const;\n`,
  );
  out.push(
    jsdoc(['Object fields by name, for decoders: each known key and how it travels.']) +
      `export const userLongPollObjects: { readonly [name: string]: { readonly [key: string]: UserLongPollKeyWire } } = {\n${ir.objects
        .map((o) => `  ${o.name}: {\n${o.keys.map((k) => `    ${k.name}: ${JSON.stringify(k.type)},`).join('\n')}\n  },`)
        .join('\n')}\n};\n`,
  );
  out.push(
    jsdoc(['One event code for decoders: its name and its fields in order, `[name, wire, optional]`.']) +
      'export interface UserLongPollEventSpec {\n  readonly name: UserLongPollEventName;\n  readonly fields: readonly (readonly [name: string, wire: UserLongPollFieldWire, optional: boolean])[];\n}\n',
  );
  out.push(
    jsdoc(['Event code → how to decode it. Codes missing here are unknown: decoders deliver them raw.']) +
      `export const userLongPollEvents: { readonly [code: number]: UserLongPollEventSpec } = {\n${ir.events
        .map((e) => `  ${e.code}: {\n    name: ${JSON.stringify(e.name)},\n    fields: [\n${e.fields.map((f) => `      [${JSON.stringify(f.name)}, ${JSON.stringify(wireName(f.type))}, ${f.optional}],`).join('\n')}\n    ],\n  },`)
        .join('\n')}\n};\n`,
  );
  out.push(jsdoc(['Every event code the registry knows, ascending.']) + `export const userLongPollEventCodes = [${ir.events.map((e) => e.code).join(', ')}] as const;\n`);
  return out.join('\n');
}
