import { header, type GenerationContext } from '../emit/header.js';
import { jsdoc } from '../emit/jsdoc.js';
import type { ReplySource, UploadFlowIR, UploadRegistryIR } from './registry.js';

// uploads.gen.ts from schema/uploads.json: the runtime table @vkts/upload and the fake VK run the
// flows from (`uploadFlows`), and the type map (`UploadFlows`) that gives each flow its params
// (picked from the get-server and save methods' generated params) and its save method's response.

const q = (value: string): string => JSON.stringify(value);
const list = (values: readonly string[]): string => `[${values.map(q).join(', ')}]`;
const union = (values: readonly string[]): string => (values.length === 0 ? 'never' : values.map(q).join(' | '));

function source(value: ReplySource): string {
  return value.kind === 'json' ? `{ kind: 'json' }` : `{ kind: ${q(value.kind)}, field: ${q(value.field)} }`;
}

function runtimeEntry(flow: UploadFlowIR): string {
  const save =
    flow.save === undefined
      ? 'undefined'
      : `{ method: ${q(flow.save.method)}, params: ${list(flow.save.params)}, fromReply: [${flow.save.fromReply.map(([param, from]) => `[${q(param)}, ${source(from)}]`).join(', ')}] }`;
  return [
    `  ${flow.name}: {`,
    `    name: ${q(flow.name)},`,
    `    getServer: { method: ${q(flow.getServer.method)}, params: ${list(flow.getServer.params)}, fixed: [${flow.getServer.fixed.map(([k, v]) => `[${q(k)}, ${q(v)}]`).join(', ')}] },`,
    `    upload: { field: ${q(flow.upload.field)}, maxFiles: ${flow.upload.maxFiles}, reply: ${list(flow.upload.reply)}, under: ${flow.upload.under === undefined ? 'undefined' : q(flow.upload.under)} },`,
    `    save: ${save},`,
    `    result: ${q(flow.result)},`,
    `    limits: { maxBytes: ${flow.limits.maxBytes}, contentTypes: ${list(flow.limits.contentTypes)} },`,
    '  },',
  ].join('\n');
}

function typeEntry(flow: UploadFlowIR): string {
  const getServer = `Pick<ApiParams<${q(flow.getServer.method)}>, ${union(flow.getServer.params)}>`;
  const save = flow.save === undefined ? '{}' : `Pick<ApiParams<${q(flow.save.method)}>, ${union(flow.save.params)}>`;
  const response = flow.save === undefined ? `ApiResponse<${q(flow.getServer.method)}>` : `ApiResponse<${q(flow.save.method)}>`;
  const doc = [
    flow.description,
    '',
    `${flow.getServer.method} → POST \`${flow.upload.field}\`${flow.upload.maxFiles > 1 ? ` (up to ${flow.upload.maxFiles} files)` : ''} → ${flow.save?.method ?? 'done'}.`,
    `Limits: ${flow.limits.note}.`,
    '',
    ...flow.evidence.map((item) => `Evidence: ${item}`),
  ];
  return [
    jsdoc(doc, '  ').trimEnd(),
    `  ${flow.name}: {`,
    `    getServerParams: ${getServer};`,
    `    saveParams: ${save};`,
    `    response: ${response};`,
    `    result: ${q(flow.result)};`,
    `    maxFiles: ${flow.upload.maxFiles};`,
    '  };',
  ].join('\n');
}

export function emitUploads(registry: UploadRegistryIR, context: GenerationContext): string {
  const names = registry.flows.map((flow) => flow.name);
  return [
    header(context, 'VK upload flows from schema/uploads.json (runtime table and types)'),
    "import type { ApiMethodName } from './methods.gen.js';",
    "import type { ApiParams, ApiResponse } from '../select.js';",
    '',
    '/** Every upload flow, by the name of its `@vkts/upload` method. */',
    `export type UploadFlowName = ${union(names)};`,
    '',
    '/** What a flow\'s save step returns, and so which attachment strings it makes. */',
    "export type UploadResultKind = 'photos' | 'doc' | 'stories' | 'video' | 'none';",
    '',
    '/** Where a save param\'s value comes from: a field of the upload reply, the whole reply as JSON, or a field as a one-item list. */',
    "export type UploadReplySource = { readonly kind: 'field'; readonly field: string } | { readonly kind: 'json' } | { readonly kind: 'list'; readonly field: string };",
    '',
    '/** One flow as data: what to call, what to POST, how the reply becomes save params. */',
    'export interface UploadFlowSpec {',
    '  readonly name: UploadFlowName;',
    '  /** `fixed`: params the flow always sends (e.g. `type: audio_message`). */',
    '  readonly getServer: { readonly method: ApiMethodName; readonly params: readonly string[]; readonly fixed: readonly (readonly [string, string])[] };',
    '  /** `field` has `{n}` where several files are numbered (`file1`…); `under`: the reply\'s fields sit inside this key. */',
    '  readonly upload: { readonly field: string; readonly maxFiles: number; readonly reply: readonly string[]; readonly under: string | undefined };',
    '  /** Absent for `video`: video.save hands out the URL and the upload finishes the flow. */',
    '  readonly save: { readonly method: ApiMethodName; readonly params: readonly string[]; readonly fromReply: readonly (readonly [string, UploadReplySource])[] } | undefined;',
    '  readonly result: UploadResultKind;',
    '  /** VK\'s size limit per file, and the content types it accepts (empty: any; a trailing `/` matches a family). */',
    '  readonly limits: { readonly maxBytes: number; readonly contentTypes: readonly string[] };',
    '}',
    '',
    '/** The flows as data, for `@vkts/upload` and the fake VK. */',
    'export const uploadFlows: { readonly [K in UploadFlowName]: UploadFlowSpec & { readonly name: K } } = {',
    ...registry.flows.map(runtimeEntry),
    '};',
    '',
    '/** Each flow\'s types: the params it takes from the caller for each step, and the response it ends with. */',
    'export interface UploadFlows {',
    ...registry.flows.map(typeEntry),
    '}',
    '',
  ].join('\n');
}
