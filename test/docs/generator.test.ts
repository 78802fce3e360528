// The reference generator's pieces on small hand-made IR nodes: types as a user writes them,
// example values of those types, escaping for VitePress (Vue) markdown, patch → method mapping,
// and the URL scheme the JSDoc @see links use.
import { describe, expect, test } from 'vitest';
import type { DefinitionIR, TypeNode } from '../../codegen/src/ir/types.js';
import { cell, prose, text } from '../../codegen/src/docs/markdown.js';
import { patchTouches } from '../../codegen/src/docs/patch-touches.js';
import { enumOf, sampleValue, typeText } from '../../codegen/src/docs/type-text.js';
import { DOCS_BASE_URL, eventDocsUrl, methodDocsUrl, methodPath } from '../../codegen/src/docs/urls.js';

const fields: DefinitionIR = {
  name: 'groups_fields',
  typeName: 'GroupsFields',
  kind: 'object',
  file: 'groups/objects.json',
  node: { kind: 'primitive', type: 'string', enum: ['city', 'country'], enumNames: ['City', 'Country'] },
};
const definitions = new Map([[fields.name, fields]]);
const bool: TypeNode = { kind: 'union', members: [{ kind: 'primitive', type: 'boolean' }, { kind: 'primitive', type: 'integer', enum: [0, 1] }] };

describe('types as a user writes them', () => {
  test('refs by type name, arrays of unions parenthesised, booleans with 0/1, enums as literals', () => {
    expect(typeText({ kind: 'array', items: { kind: 'ref', target: 'groups_fields' } }, definitions)).toBe('GroupsFields[]');
    expect(typeText({ kind: 'array', items: { kind: 'union', members: [{ kind: 'primitive', type: 'integer' }, { kind: 'primitive', type: 'string' }] } }, definitions)).toBe('(number | string)[]');
    expect(typeText(bool, definitions)).toBe('boolean | 0 | 1');
    expect(typeText({ kind: 'object', open: false, properties: [{ name: 'a', required: true, type: { kind: 'primitive', type: 'string' } }, { name: 'b', required: false, type: { kind: 'primitive', type: 'number' } }] }, definitions)).toBe('{ a: string; b?: number }');
  });

  test('an enum behind a ref and an array is found with its names', () => {
    const found = enumOf({ kind: 'array', items: { kind: 'ref', target: 'groups_fields' } }, definitions);
    expect(found?.enum).toEqual(['city', 'country']);
    expect(found?.enumNames).toEqual(['City', 'Country']);
  });
});

describe('example values', () => {
  test('follow enums, bounds, well-known names and required object fields', () => {
    expect(sampleValue({ kind: 'ref', target: 'groups_fields' }, definitions)).toBe('"city"');
    expect(sampleValue({ kind: 'primitive', type: 'integer', minimum: 5 }, definitions)).toBe('5');
    expect(sampleValue({ kind: 'primitive', type: 'integer', maximum: 0 }, definitions, 'group_id')).toBe('0');
    expect(sampleValue({ kind: 'primitive', type: 'integer' }, definitions, 'peer_id')).toBe('2000000001');
    expect(sampleValue({ kind: 'primitive', type: 'string' }, definitions, 'message')).toBe("'Hello!'");
    expect(sampleValue(bool, definitions)).toBe('true');
    expect(sampleValue({ kind: 'array', items: { kind: 'primitive', type: 'integer' }, minItems: 2 }, definitions)).toBe('[1, 1]');
    expect(
      sampleValue({ kind: 'object', open: false, properties: [{ name: 'x', required: true, type: { kind: 'primitive', type: 'string' } }, { name: 'y', required: false, type: { kind: 'primitive', type: 'string' } }] }, definitions),
    ).toBe("{ x: 'text' }");
  });
});

describe('markdown for VitePress', () => {
  test('schema text cannot open Vue interpolation or HTML, nor end a table cell', () => {
    expect(text('a {{ b }} <script>')).toBe('a &#123;&#123; b &#125;&#125; &lt;script&gt;');
    expect(cell('one | two\nthree')).toBe('one \\| two three');
  });

  test('TSDoc keeps its code spans and turns {@link} into code', () => {
    expect(prose('Use {@link isApiError} or `{ a: 1 }`; <b>{x}</b>')).toBe('Use `isApiError` or `{ a: 1 }`; &lt;b&gt;&#123;x&#125;&lt;/b&gt;');
  });
});

test('a patch is shown on the method its pointer addresses in the unpatched file, and on methods answering a patched definition', () => {
  const unpatched = new Map<string, unknown>([['fave/methods.json', { methods: [{ name: 'fave.addArticle' }, { name: 'fave.get' }] }]]);
  const touches = patchTouches(
    [
      { file: '0004-x.json', source: '', target: 'fave/methods.json', reason: 'why', evidence: [], patch: [{ op: 'replace', path: '/methods/1/parameters/5/type', value: 'array' }] },
      { file: '0101-y.json', source: '', target: 'callback/objects.json', reason: 'because', evidence: [], patch: [{ op: 'replace', path: '/definitions/callback_video_new', value: {} }] },
    ],
    unpatched,
    new Map([['callback_video_new', ['video.get']]]),
  );
  expect(touches.byMethod.get('fave.get')).toEqual([{ file: '0004-x.json', reason: 'why' }]);
  expect(touches.byMethod.has('fave.addArticle')).toBe(false);
  expect(touches.byDefinition.get('callback_video_new')).toEqual([{ file: '0101-y.json', reason: 'because' }]);
  expect(touches.byMethod.get('video.get')).toEqual([{ file: '0101-y.json', reason: 'because' }]);
});

test('the URL scheme: namespace page + method anchor, one page per event, under one base constant', () => {
  expect(methodPath('groups.getById')).toBe('/api/groups.html#getById');
  expect(methodPath('execute')).toBe('/api/execute.html#execute');
  expect(methodDocsUrl('groups.getById')).toBe(`${DOCS_BASE_URL}/api/groups.html#getById`);
  expect(eventDocsUrl('message_new')).toBe(`${DOCS_BASE_URL}/events/message_new.html`);
});
