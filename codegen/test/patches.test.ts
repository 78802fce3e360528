import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  JsonPointerError,
  PatchApplyError,
  PatchError,
  PatchFileError,
  applyPatch,
  applyPatches,
  formatPointer,
  getAtPointer,
  jsonEqual,
  loadPatches,
  parsePatchFile,
  parsePointer,
  type PatchOperation,
  type SchemaPatch,
} from '../src/patches/index.js';
import { loadPin, readSchemaFiles, verifySchema } from '../src/schema-source/index.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vkts-patches-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

function patchError(fn: () => unknown): PatchError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PatchError) return error;
    throw error;
  }
  throw new Error('expected a PatchError');
}

describe('JSON Pointer', () => {
  it('parses and formats with ~0 / ~1 escapes', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/')).toEqual(['']);
    expect(parsePointer('/a~1b/m~0n/~01')).toEqual(['a/b', 'm~n', '~1']);
    expect(formatPointer(['a/b', 'm~n', '~1'])).toBe('/a~1b/m~0n/~01');
  });

  it('rejects malformed pointers', () => {
    expect(() => parsePointer('a/b')).toThrow(JsonPointerError);
    expect(() => parsePointer('/a~2')).toThrow(/bad escape/);
    expect(() => parsePointer('/a~')).toThrow(/bad escape/);
  });

  it('resolves the RFC 6901 examples', () => {
    const doc = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8 };
    expect(getAtPointer(doc, '')).toEqual(doc);
    expect(getAtPointer(doc, '/foo')).toEqual(['bar', 'baz']);
    expect(getAtPointer(doc, '/foo/0')).toBe('bar');
    expect(getAtPointer(doc, '/')).toBe(0);
    expect(getAtPointer(doc, '/a~1b')).toBe(1);
    expect(getAtPointer(doc, '/i\\j')).toBe(5);
    expect(getAtPointer(doc, '/ ')).toBe(7);
    expect(getAtPointer(doc, '/m~0n')).toBe(8);
    expect(getAtPointer(doc, '/foo/01')).toBeUndefined();
  });
});

describe('applyPatch', () => {
  it('adds object members, array elements, appends with "-", and replaces the root', () => {
    expect(applyPatch({ foo: 'bar' }, [{ op: 'add', path: '/baz', value: 'qux' }])).toEqual({ foo: 'bar', baz: 'qux' });
    expect(applyPatch({ foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/1', value: 'qux' }])).toEqual({ foo: ['bar', 'qux', 'baz'] });
    expect(applyPatch({ foo: ['bar'] }, [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }])).toEqual({ foo: ['bar', ['abc', 'def']] });
    expect(applyPatch({ foo: ['bar'] }, [{ op: 'add', path: '/foo/1', value: 'end' }])).toEqual({ foo: ['bar', 'end'] });
    expect(applyPatch({ foo: 1 }, [{ op: 'add', path: '/foo', value: 2 }])).toEqual({ foo: 2 });
    expect(applyPatch({ foo: 1 }, [{ op: 'add', path: '', value: [1] }])).toEqual([1]);
    expect(applyPatch({}, [{ op: 'add', path: '/', value: 'empty key' }])).toEqual({ '': 'empty key' });
  });

  it('removes, replaces, moves, copies and tests', () => {
    expect(applyPatch({ baz: 'qux', foo: 'bar' }, [{ op: 'remove', path: '/baz' }])).toEqual({ foo: 'bar' });
    expect(applyPatch({ foo: ['bar', 'qux', 'baz'] }, [{ op: 'remove', path: '/foo/1' }])).toEqual({ foo: ['bar', 'baz'] });
    expect(applyPatch({ baz: 'qux', foo: 'bar' }, [{ op: 'replace', path: '/baz', value: 'boo' }])).toEqual({ baz: 'boo', foo: 'bar' });
    expect(applyPatch({ a: 1 }, [{ op: 'replace', path: '', value: { b: 2 } }])).toEqual({ b: 2 });
    expect(
      applyPatch({ foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } }, [{ op: 'move', from: '/foo/waldo', path: '/qux/thud' }]),
    ).toEqual({ foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } });
    expect(applyPatch({ foo: ['all', 'grass', 'cows', 'eat'] }, [{ op: 'move', from: '/foo/1', path: '/foo/3' }])).toEqual({
      foo: ['all', 'cows', 'eat', 'grass'],
    });
    expect(applyPatch({ a: { b: [1] } }, [{ op: 'copy', from: '/a/b', path: '/c' }])).toEqual({ a: { b: [1] }, c: [1] });
    expect(applyPatch({ a: 1 }, [{ op: 'move', from: '/a', path: '/a' }])).toEqual({ a: 1 });
    expect(
      applyPatch({ baz: 'qux', foo: ['a', 2, 'c'] }, [
        { op: 'test', path: '/baz', value: 'qux' },
        { op: 'test', path: '/foo/1', value: 2 },
        { op: 'test', path: '/foo', value: ['a', 2, 'c'] },
      ]),
    ).toEqual({ baz: 'qux', foo: ['a', 2, 'c'] });
    expect(applyPatch({ '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: 10 }, { op: 'remove', path: '/~1' }])).toEqual({ '~1': 10 });
  });

  it('compares values structurally in test (member order irrelevant, array order relevant)', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual(0, false)).toBe(false);
    expect(applyPatch({ o: { x: 1, y: 2 } }, [{ op: 'test', path: '/o', value: { y: 2, x: 1 } }])).toEqual({ o: { x: 1, y: 2 } });
  });

  it('never mutates its input, nor aliases operation values into the result', () => {
    const input = { list: [{ name: 'a' }], nested: { deep: { value: 1 } } };
    const snapshot = structuredClone(input);
    const value = { inserted: [1] };
    const ops: PatchOperation[] = [
      { op: 'add', path: '/list/-', value },
      { op: 'replace', path: '/nested/deep/value', value: 2 },
      { op: 'remove', path: '/list/0' },
      { op: 'copy', from: '/nested', path: '/copy' },
    ];
    const output = applyPatch(input, ops) as { list: { inserted: number[] }[]; copy: unknown; nested: unknown };
    expect(input).toEqual(snapshot);
    value.inserted.push(2);
    expect(output.list[0]?.inserted).toEqual([1]);
    expect(output.copy).toEqual(output.nested);
    expect(output.copy).not.toBe(output.nested);
  });

  it('leaves the input untouched when a later operation fails', () => {
    const input = { a: 1, list: [1, 2] };
    expect(() =>
      applyPatch(input, [
        { op: 'remove', path: '/a' },
        { op: 'remove', path: '/list/5' },
      ]),
    ).toThrow(PatchError);
    expect(input).toEqual({ a: 1, list: [1, 2] });
  });

  it('keeps "__proto__" an ordinary member', () => {
    const output = applyPatch({}, [{ op: 'add', path: '/__proto__', value: { polluted: true } }]) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
  });

  describe('errors', () => {
    it('names the op index, op, path and the missing member', () => {
      const error = patchError(() =>
        applyPatch({ methods: [{ name: 'notes.get', parameters: [] }] }, [
          { op: 'test', path: '/methods/0/name', value: 'notes.get' },
          { op: 'remove', path: '/methods/0/parameters/0/minimum' },
        ]),
      );
      expect(error.index).toBe(1);
      expect(error.operation).toEqual({ op: 'remove', path: '/methods/0/parameters/0/minimum' });
      expect(error.path).toBe('/methods/0/parameters/0/minimum');
      expect(error.message).toBe(
        'op #1 (remove /methods/0/parameters/0/minimum): path not found: index 0 is out of bounds at /methods/0/parameters (array length 0)',
      );
    });

    it('shows both values, briefly, when a test fails', () => {
      const long = 'x'.repeat(300);
      const error = patchError(() => applyPatch({ methods: [{ name: long }] }, [{ op: 'test', path: '/methods/0/name', value: 'notes.get' }]));
      expect(error.message).toMatch(/^op #0 \(test \/methods\/0\/name\): test failed: value differs — expected "notes\.get", found "x+…$/);
      expect(error.message.length).toBeLessThan(200);
    });

    it('reports missing members, bad indexes and bad parents', () => {
      expect(patchError(() => applyPatch({ a: {} }, [{ op: 'replace', path: '/a/b', value: 1 }])).message).toBe(
        'op #0 (replace /a/b): path not found: no member "b" at /a',
      );
      expect(patchError(() => applyPatch({ a: [1] }, [{ op: 'add', path: '/a/3', value: 1 }])).message).toBe(
        'op #0 (add /a/3): index 3 is out of bounds at /a (array length 1)',
      );
      expect(patchError(() => applyPatch({ a: [1] }, [{ op: 'add', path: '/a/01', value: 1 }])).message).toBe(
        'op #0 (add /a/01): "01" is not an array index at /a',
      );
      expect(patchError(() => applyPatch({ a: 'text' }, [{ op: 'add', path: '/a/b', value: 1 }])).message).toBe(
        'op #0 (add /a/b): parent /a is a string, not an object or array',
      );
      expect(patchError(() => applyPatch({ a: 1 }, [{ op: 'add', path: '/x/y', value: 1 }])).message).toBe(
        'op #0 (add /x/y): path not found: no member "x" at ""',
      );
      expect(patchError(() => applyPatch({ a: 1 }, [{ op: 'remove', path: '' }])).message).toBe('op #0 (remove ""): cannot remove the whole document');
    });

    it('reports move and copy problems against "from"', () => {
      const moveIntoChild = patchError(() => applyPatch({ a: { b: 1 } }, [{ op: 'move', from: '/a', path: '/a/b/c' }]));
      expect(moveIntoChild.path).toBe('/a');
      expect(moveIntoChild.message).toBe('op #0 (move /a -> /a/b/c): cannot move a value into one of its own children');
      const copyMissing = patchError(() => applyPatch({ a: 1 }, [{ op: 'copy', from: '/nope', path: '/b' }]));
      expect(copyMissing.path).toBe('/nope');
      expect(copyMissing.message).toBe('op #0 (copy /nope -> /b): "from" path not found: no member "nope" at ""');
    });

    it('reports a malformed pointer inside an operation', () => {
      expect(patchError(() => applyPatch({}, [{ op: 'add', path: 'a', value: 1 }])).message).toBe(
        'op #0 (add a): must be empty or start with "/"',
      );
    });
  });
});

// ---------------------------------------------------------------------------

const GOOD = {
  target: 'notes/methods.json',
  reason: 'the minimum is wrong',
  evidence: [{ kind: 'docs', ref: 'https://dev.vk.com/method/notes.get', note: 'signed' }],
  patch: [
    { op: 'test', path: '/methods/[name=notes.get]/parameters/[name=owner_id]/minimum', value: 0 },
    { op: 'remove', path: '/methods/[name=notes.get]/parameters/[name=owner_id]/minimum' },
  ],
};

const NOTES = {
  methods: [
    { name: 'notes.get', parameters: [{ name: 'owner_id', type: 'integer', minimum: 0 }] },
    { name: 'notes.add', parameters: [] },
  ],
};

function patchOf(overrides: Partial<SchemaPatch> & { patch: PatchOperation[] }): SchemaPatch {
  return { file: '0042-test.json', source: '0042-test.json', target: 'notes/methods.json', reason: 'r', evidence: [{ kind: 'docs', ref: 'x' }], ...overrides };
}

describe('patch files', () => {
  function problemsOf(raw: unknown): string {
    try {
      parsePatchFile('0042-bad.json', raw);
    } catch (error) {
      expect(error).toBeInstanceOf(PatchFileError);
      return (error as Error).message;
    }
    throw new Error('expected a PatchFileError');
  }

  it('accepts a well-formed wrapper', () => {
    expect(parsePatchFile('0042-good.json', GOOD)).toMatchObject({ file: '0042-good.json', target: 'notes/methods.json', patch: GOOD.patch });
  });

  it('names the file and each bad wrapper field', () => {
    const message = problemsOf({ target: '../x.json', reason: '  ', evidence: [], patch: [], extra: 1 });
    expect(message).toMatch(/^schema patch 0042-bad\.json is invalid:/);
    expect(message).toContain('unexpected field "extra"');
    expect(message).toContain('target must be a relative path');
    expect(message).toContain('reason must be a non-empty string');
    expect(message).toContain('evidence must be a non-empty array');
    expect(message).toContain('patch must be a non-empty array');
    expect(problemsOf({ ...GOOD, target: undefined })).toContain('target must be a non-empty string');
    expect(problemsOf([])).toContain('must be a JSON object');
  });

  it('validates evidence entries', () => {
    const message = problemsOf({ ...GOOD, evidence: [{ kind: 'blog', ref: '' }, 'x', { kind: 'peer', ref: 'a/b', note: 1, url: 'u' }] });
    expect(message).toContain('evidence[0].kind must be one of fixture, docs, peer, upstream-issue (got "blog")');
    expect(message).toContain('evidence[0].ref must be a non-empty string');
    expect(message).toContain('evidence[1] must be an object');
    expect(message).toContain('evidence[2].note must be a string');
    expect(message).toContain('evidence[2] has unexpected field "url"');
  });

  it('validates each operation', () => {
    const message = problemsOf({
      ...GOOD,
      patch: [
        { op: 'add', path: '/a' },
        { op: 'frobnicate', path: '/a' },
        { op: 'remove', path: 'a' },
        { op: 'move', path: '/a' },
        { op: 'replace', path: '/a', value: 1, vaule: 2 },
        'remove /a',
      ],
    });
    expect(message).toContain('patch[0]: value is required for "add"');
    expect(message).toContain('patch[1]: op must be one of add, remove, replace, move, copy, test (got "frobnicate")');
    expect(message).toContain('patch[2]: path: invalid path "a": must be empty or start with "/"');
    expect(message).toContain('patch[3]: from must be a JSON Pointer string');
    expect(message).toContain('patch[4]: unexpected field "vaule" for "replace"');
    expect(message).toContain('patch[5]: must be an object');
  });

  it('loads files in name order and rejects bad names, duplicate numbers and bad JSON', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '0002-second.json'), JSON.stringify(GOOD));
    await writeFile(path.join(dir, '0001-first.json'), JSON.stringify({ ...GOOD, target: 'errors.json' }));
    await writeFile(path.join(dir, 'README.md'), 'not a patch');
    const patches = await loadPatches(dir);
    expect(patches.map((p) => [p.file, p.target])).toEqual([
      ['0001-first.json', 'errors.json'],
      ['0002-second.json', 'notes/methods.json'],
    ]);
    expect(patches[0]?.source).toBe(path.join(dir, '0001-first.json'));

    await writeFile(path.join(dir, '0002-again.json'), JSON.stringify(GOOD));
    await expect(loadPatches(dir)).rejects.toThrow('schema patch 0002-second.json: number 0002 is already used by 0002-again.json');
    await rm(path.join(dir, '0002-again.json'));

    await writeFile(path.join(dir, '0003-broken.json'), '{ "target": ');
    await expect(loadPatches(dir)).rejects.toThrow(/^schema patch 0003-broken\.json: invalid JSON: /);
    await rm(path.join(dir, '0003-broken.json'));

    await writeFile(path.join(dir, 'Fix_Notes.json'), JSON.stringify(GOOD));
    await expect(loadPatches(dir)).rejects.toThrow('schema patch Fix_Notes.json: file name must look like NNNN-kebab-name.json');

    await expect(loadPatches(path.join(dir, 'missing'))).rejects.toThrow(/schema patch directory not found/);
  });
});

describe('applyPatches', () => {
  it('returns a new map and the targets each patch touched', () => {
    const files = new Map<string, unknown>([
      ['notes/methods.json', NOTES],
      ['errors.json', { errors: {} }],
    ]);
    const patch = parsePatchFile('0001-notes.json', GOOD);
    const result = applyPatches(files, [patch]);
    expect(result.applied).toEqual([{ file: '0001-notes.json', targets: ['notes/methods.json'] }]);
    expect(result.files).not.toBe(files);
    expect(getAtPointer(result.files.get('notes/methods.json'), '/methods/0/parameters/0')).toEqual({ name: 'owner_id', type: 'integer' });
    expect(NOTES.methods[0]?.parameters[0]).toHaveProperty('minimum', 0);
    expect(files.get('notes/methods.json')).toBe(NOTES);
    expect(result.files.get('errors.json')).toBe(files.get('errors.json'));
  });

  it('applies patches in order on top of each other', () => {
    const files = new Map<string, unknown>([['a.json', { n: 1 }]]);
    const result = applyPatches(files, [
      patchOf({ file: '0001-a.json', target: 'a.json', patch: [{ op: 'replace', path: '/n', value: 2 }] }),
      patchOf({ file: '0002-b.json', target: 'a.json', patch: [{ op: 'test', path: '/n', value: 2 }, { op: 'add', path: '/m', value: 3 }] }),
    ]);
    expect(result.files.get('a.json')).toEqual({ n: 2, m: 3 });
    expect(result.applied.map((a) => a.file)).toEqual(['0001-a.json', '0002-b.json']);
    // The later patches of a file work on the first one's copy: the input is still untouched.
    expect(files.get('a.json')).toEqual({ n: 1 });
  });

  it('follows a method by name when upstream reorders the array', () => {
    const reordered = { methods: [NOTES.methods[1], NOTES.methods[0]] };
    const result = applyPatches(new Map([['notes/methods.json', reordered]]), [parsePatchFile('0001-notes.json', GOOD)]);
    expect(getAtPointer(result.files.get('notes/methods.json'), '/methods/1/parameters/0')).toEqual({ name: 'owner_id', type: 'integer' });
    expect(result.outcomes).toEqual([{ file: '0001-notes.json', target: 'notes/methods.json', verdict: 'applies' }]);
  });

  it('skips a patch as fixed upstream only when the value equals its result, and stops on a real break', () => {
    const fixed = structuredClone(NOTES);
    delete (fixed.methods[0]?.parameters[0] as { minimum?: number }).minimum;
    expect(applyPatches(new Map([['notes/methods.json', fixed]]), [parsePatchFile('0001-notes.json', GOOD)]).outcomes[0]).toMatchObject({ verdict: 'fixed-upstream' });
    const changed = structuredClone(NOTES);
    (changed.methods[0]?.parameters[0] as { minimum?: number }).minimum = 1;
    expect(() => applyPatches(new Map([['notes/methods.json', changed]]), [parsePatchFile('0001-notes.json', GOOD)])).toThrow(
      'schema patch 0001-notes.json no longer applies: notes/methods.json: op #0 (test /methods/[name=notes.get]/parameters/[name=owner_id]/minimum): test failed: value differs — expected 0, found 1',
    );
    expect(applyPatches(new Map([['notes/methods.json', changed]]), [parsePatchFile('0001-notes.json', GOOD)], { lenient: true }).outcomes[0]).toMatchObject({ verdict: 'broken' });
  });

  it('reports a patch whose target is absent as not applicable here, and goes on', () => {
    const renamed = { methods: [{ name: 'notes.getAll', parameters: [{ name: 'owner_id', type: 'integer', minimum: 0 }] }] };
    const result = applyPatches(new Map([['notes/methods.json', renamed]]), [parsePatchFile('0001-notes.json', GOOD)]);
    expect(result.outcomes[0]).toMatchObject({ verdict: 'not-applicable', detail: expect.stringContaining('no element [name=notes.get] in /methods') });
    expect(result.files.get('notes/methods.json')).toEqual(renamed);
    expect(applyPatches(new Map(), [parsePatchFile('0001-notes.json', GOOD)]).outcomes[0]).toEqual({
      file: '0001-notes.json',
      target: 'notes/methods.json',
      verdict: 'not-applicable',
      detail: 'target notes/methods.json is not in the schema',
    });
  });

  it('refuses an index where a selector would name the element', () => {
    const files = new Map<string, unknown>([['notes/methods.json', NOTES]]);
    const indexed = patchOf({ patch: [{ op: 'remove', path: '/methods/0/parameters/0/minimum' }] });
    expect(() => applyPatches(files, [indexed])).toThrow(/\/methods\/0 addresses an array element by index; address it by content as \/methods\/\[name=notes\.get\]/);
    // Appending needs no selector.
    const append = patchOf({ patch: [{ op: 'add', path: '/methods/-', value: { name: 'notes.x' } }] });
    expect(() => applyPatches(files, [append])).not.toThrow();
  });

  it('leaves the document as it was when a later op of a skipped patch fails', () => {
    const files = new Map<string, unknown>([['notes/methods.json', NOTES]]);
    const half = patchOf({
      patch: [
        { op: 'remove', path: '/methods/[name=notes.get]/parameters/[name=owner_id]/minimum' },
        { op: 'test', path: '/methods/[name=notes.gone]/name', value: 'notes.gone' },
      ],
    });
    const result = applyPatches(files, [patchOf({ patch: [{ op: 'add', path: '/x', value: 1 }] }), half]);
    expect(result.outcomes.map((o) => o.verdict)).toEqual(['applies', 'not-applicable']);
    expect(result.files.get('notes/methods.json')).toEqual({ ...NOTES, x: 1 });
  });
});

// ---------------------------------------------------------------------------

/** JSON Schema type name of a value; integral numbers count as `number` where `number` is declared. */
function jsonTypeOf(value: unknown, declared: string): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) && declared !== 'number' ? 'integer' : 'number';
  return typeof value;
}

describe('the project patches', () => {
  const copy = path.join(projectRoot, 'schema', 'vk-api-schema');
  const mirror = path.resolve(projectRoot, '..', 'shared', 'vk-api-schema');
  const schemaDir = existsSync(copy) ? copy : existsSync(mirror) ? mirror : undefined;

  it.skipIf(schemaDir === undefined)('every patch in schema/patches applies to the pinned schema', async () => {
    const dir = schemaDir ?? '';
    const pin = await loadPin(path.join(projectRoot, 'schema', 'source.json'));
    await verifySchema(dir, pin);
    const files = await readSchemaFiles(dir);
    const patches = await loadPatches(path.join(projectRoot, 'schema', 'patches'));
    expect(patches.length).toBeGreaterThan(0);

    const { files: patched, applied } = applyPatches(files, patches);

    expect(applied.map((a) => a.file)).toEqual(patches.map((p) => p.file));
    for (const patch of patches) {
      // Each patch must change its target on its own: no silent no-ops.
      const alone = applyPatches(files, [patch]).files.get(patch.target);
      expect(jsonEqual(alone, files.get(patch.target)), `${patch.file} changes nothing`).toBe(false);
    }

    const method = (file: string, name: string) =>
      (patched.get(file) as { methods: { name: string; parameters?: Record<string, unknown>[] }[] }).methods.find((m) => m.name === name);
    const param = (file: string, name: string, p: string) => method(file, name)?.parameters?.find((x) => x['name'] === p);

    for (const name of ['notes.createComment', 'notes.deleteComment', 'notes.editComment', 'notes.getById', 'notes.getComments', 'notes.restoreComment']) {
      expect(param('notes/methods.json', name, 'owner_id'), name).not.toHaveProperty('minimum');
    }
    expect(getAtPointer(patched.get('notes/objects.json'), '/definitions/notes_note/properties/owner_id/minimum')).toBeUndefined();
    expect(getAtPointer(patched.get('wall/objects.json'), '/definitions/wall_attached_note/properties/owner_id/minimum')).toBeUndefined();
    expect(param('fave/methods.json', 'fave.get', 'fields')).toMatchObject({ type: 'array', items: { $ref: '../users/objects.json#/definitions/users_fields' } });
    expect(param('polls/methods.json', 'polls.create', 'background_id')).toMatchObject({ type: 'integer' });
    expect(param('polls/methods.json', 'polls.edit', 'background_id')).toMatchObject({ type: 'integer' });
    expect(param('messages/methods.json', 'messages.send', 'random_id')).toMatchObject({ required: true });

    const errors = patched.get('errors.json') as { definitions: { subcodes: Record<string, unknown> }; errors: Record<string, { subcodes?: { $ref: string }[] }> };
    for (const [code, error] of Object.entries(errors.errors)) {
      for (const ref of error.subcodes ?? []) {
        const key = ref.$ref.replace('#/definitions/subcodes/', '');
        expect(errors.definitions.subcodes, `${code} -> ${ref.$ref}`).toHaveProperty(key);
      }
    }

    // No method parameter keeps a default whose JSON type disagrees with its declared type.
    for (const [file, doc] of patched) {
      if (!file.endsWith('/methods.json')) continue;
      for (const m of (doc as { methods: { name: string; parameters?: { name: string; type?: unknown; default?: unknown }[] }[] }).methods) {
        for (const p of m.parameters ?? []) {
          if (p.default === undefined || typeof p.type !== 'string') continue;
          expect(jsonTypeOf(p.default, p.type), `${m.name}.${p.name} default ${JSON.stringify(p.default)}`).toBe(p.type);
        }
      }
    }
  });
});
