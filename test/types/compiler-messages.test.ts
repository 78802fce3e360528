// What a person sees in the editor and in compile errors: the messages TypeScript itself prints
// for common mistakes, and the hovers of client methods and params. Type tests (`expectTypeOf`,
// `@ts-expect-error`) prove that a mistake is caught; these pin how it reads. The program is a
// consumer file held in memory, checked by TypeScript's language service against the sources.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILE = path.join(ROOT, 'test', 'types', '__consumer__.ts');

// Each mistake on its own line, marked with a comment the test finds the line by.
const SOURCE = `
import { createApi } from '../../packages/api/src/index.js';
import { createRouter, type CallbackEventMap } from '../../packages/events/src/index.js';

const api = createApi({ token: 't' });
const router = createRouter();

void api.messages.send({ peer_id: 1, mesage: 'hi' }); // @misspelled-send
void api.groups.setCallbackSettings({ group_id: 1, mesage_new: true }); // @misspelled-plain
void api.groups.get({ extended: 1, filtre: ['admin'] }); // @misspelled-variant
void api.groups.getMembers({ group_id: 1, feilds: ['sex'] }); // @misspelled-given
void api.groups.getById({ group_ids: 1 }); // @wrong-type
void api.groups.setCallbackSettings({ message_new: true }); // @missing-required
router.on('mesage_new', () => undefined); // @wrong-event
router.on(['message_new', 'mesage_edit'], () => undefined); // @wrong-event-list
void api.call('messages.send', { peer_id: 1, mesage: 'hi' }); // @misspelled-call
void api.paginate('groups.getMembers', { group_id: 1, feilds: ['sex'] }); // @misspelled-paginate

void api.groups.getById({ group_ids: ['apiclub'] }); // @hover-method
void api.call('groups.get', { extended: 1 }); // @hover-call
void api.call('groups.get'); // @hover-call-bare
void api.paginate('groups.getMembers', { group_id: 1 }); // @hover-paginate
router.on('message_new', (event) => event.object.message.text); // @hover-handler
export type NewMessage = CallbackEventMap['message_new']; // @hover-event
`;

let service: ts.LanguageService;
let errors: Map<string, string>;

function lineOf(marker: string): number {
  const index = SOURCE.split('\n').findIndex((line) => line.includes(`// @${marker}`));
  if (index === -1) throw new Error(`no line marked @${marker}`);
  return index;
}

function positionOf(marker: string, text: string): number {
  const lines = SOURCE.split('\n');
  const line = lineOf(marker);
  const column = lines[line]!.indexOf(text);
  if (column === -1) throw new Error(`"${text}" is not on the line marked @${marker}`);
  return lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + column;
}

function hoverAt(marker: string, text: string): string {
  const info = service.getQuickInfoAtPosition(FILE, positionOf(marker, text));
  if (!info) throw new Error(`no hover at "${text}" (@${marker})`);
  const parts = [ts.displayPartsToString(info.displayParts), ts.displayPartsToString(info.documentation)];
  for (const tag of info.tags ?? []) parts.push(`@${tag.name} ${ts.displayPartsToString(tag.text)}`);
  return parts.join('\n');
}

beforeAll(() => {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.base.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({ ...options, noEmit: true }),
    getScriptFileNames: () => [FILE],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      if (file === FILE) return ts.ScriptSnapshot.fromString(SOURCE);
      return ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(readFileSync(file, 'utf8')) : undefined;
    },
    getCurrentDirectory: () => ROOT,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (file) => file === FILE || ts.sys.fileExists(file),
    readFile: (file) => (file === FILE ? SOURCE : ts.sys.readFile(file)),
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    directoryExists: (dir) => ts.sys.directoryExists(dir),
    getDirectories: (dir) => ts.sys.getDirectories(dir),
  };
  service = ts.createLanguageService(host);
  const diagnostics = service.getSemanticDiagnostics(FILE);
  const source = service.getProgram()!.getSourceFile(FILE)!;
  errors = new Map();
  for (const d of diagnostics) {
    const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
    const marker = /\/\/ @([a-z-]+)/.exec(SOURCE.split('\n')[line] ?? '')?.[1] ?? `line ${line}`;
    errors.set(marker, ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
}, 120_000);

describe('a misspelled param is named, with the right one suggested', () => {
  it.each([
    ['misspelled-send', 'mesage', 'message'],
    ['misspelled-plain', 'mesage_new', 'message_new'],
    ['misspelled-variant', 'filtre', 'filter'],
    ['misspelled-given', 'feilds', 'fields'],
  ])('%s', (marker, wrong, right) => {
    const message = errors.get(marker);
    expect(message).toContain(`'${wrong}' does not exist in type`);
    expect(message).toContain(`Did you mean to write '${right}'?`);
  });
});

describe('other mistakes read plainly', () => {
  it('a wrong param type names the expected type', () => {
    expect(errors.get('wrong-type')).toContain("Type 'number' is not assignable to type '(string | number)[]'");
  });

  it('a missing required param is named', () => {
    expect(errors.get('missing-required')).toContain("Property 'group_id' is missing");
  });

  it('a wrong event name reads as keyof CallbackEventMap, not a list of 59 names', () => {
    expect(errors.get('wrong-event')).toContain("parameter of type 'keyof CallbackEventMap | readonly (keyof CallbackEventMap)[]'");
    expect(errors.get('wrong-event-list')).toContain(`Type '"mesage_edit"' is not assignable to type 'keyof CallbackEventMap'. Did you mean '"message_edit"'?`);
  });

  it('every mistake above is reported, and nothing else', () => {
    expect([...errors.keys()].sort()).toEqual(
      [
        'misspelled-send',
        'misspelled-plain',
        'misspelled-variant',
        'misspelled-given',
        'wrong-type',
        'missing-required',
        'wrong-event',
        'wrong-event-list',
        'misspelled-call',
        'misspelled-paginate',
      ].sort(),
    );
  });

  it('a misspelled param of call is named, with the method; one of paginate is named, with the right one suggested', () => {
    expect(errors.get('misspelled-call')).toContain('"mesage is not a param of messages.send"');
    expect(errors.get('misspelled-paginate')).toContain("'feilds' does not exist in type 'PaginateParams<\"groups.getMembers\">");
    expect(errors.get('misspelled-paginate')).toContain('"feilds is not a param of groups.getMembers"');
    expect(errors.get('misspelled-paginate')).toContain("Did you mean to write 'fields'?");
  });

  it('no message shows the machinery (NoParamsGiven, NoExtraParams)', () => {
    for (const message of errors.values()) expect(message).not.toMatch(/NoParamsGiven|NoExtraParams/);
  });
});

describe('hovers', () => {
  it("a method shows its signature, description, token types and VK's page", () => {
    const hover = hoverAt('hover-method', 'getById');
    expect(hover).toContain(
      '(method) ApiGroupsNamespace<CallOptions>.getById(params?: GroupsGetByIdParams, options?: CallOptions | undefined): Promise<GroupsGetByIdResponse>',
    );
    expect(hover).toContain('Returns information about communities by their IDs.');
    expect(hover).toContain('Token types: user, group, service.');
    // A plain line, not an `@see` tag: tsc parses every comment holding one in every consumer.
    expect(hover).toContain('VK: https://dev.vk.com/method/groups.getById');
    expect(hover).not.toMatch(/NoParamsGiven|NoExtraParams/);
  });

  it('call and paginate show the params given and the response, no machinery', () => {
    const call = hoverAt('hover-call', 'call');
    expect(call).toMatch(/params\?: \(\{\s+readonly extended: 1;\s+\} & \{\}\) \| undefined/);
    expect(call).toMatch(/Promise<GroupsGet\w*ExtendedResponse>/);
    const bare = hoverAt('hover-call-bare', 'call');
    expect(bare).toContain('ApiCore.call<"groups.get", never>(method: "groups.get", params?: undefined');
    expect(bare).toMatch(/Promise<GroupsGet(?:Object)?Response>/);
    const paginate = hoverAt('hover-paginate', 'paginate');
    expect(paginate).toMatch(/readonly group_id: 1;\s+\} & \{\}/);
    expect(paginate).toContain('AsyncIterableIterator<number>');
    for (const hover of [call, bare, paginate]) expect(hover).not.toMatch(/NoParamsGiven|NoExtraParams/);
  });

  it('a param shows its description', () => {
    expect(hoverAt('hover-method', 'group_ids')).toContain('IDs or screen names of communities.');
  });

  it("an event handler's event is that event's type, and its object says what the event means", () => {
    expect(hoverAt('hover-handler', 'event')).toContain('event: MessageNewEvent');
    // TypeScript shows no doc on a contextually typed parameter; the event's members carry it.
    const object = hoverAt('hover-handler', 'object');
    expect(object).toMatch(/\(property\) MessageNewEvent\.object: CallbackMessage\w*/);
    expect(object).toContain('The `message_new` community event (Callback API, Bots Long Poll): A new incoming message has been received.');
  });

  it('router.on offers the event names, and each entry of CallbackEventMap says what the event means', () => {
    const position = positionOf('hover-handler', "'message_new'") + 1;
    const names = service.getCompletionsAtPosition(FILE, position, {})?.entries.map((entry) => entry.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(['message_new', 'group_join', 'wall_post_new']));
    expect(hoverAt('hover-event', "'message_new'")).toContain(
      'The `message_new` community event (Callback API, Bots Long Poll): A new incoming message has been received.',
    );
  });
});
