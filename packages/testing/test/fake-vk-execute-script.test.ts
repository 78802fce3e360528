// VKScript beyond the batch form: what users write in their own `execute` code, run by the fake
// over real HTTP, with VK's errors 12 (cannot compile) and 13 (fails at run time).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeVk, type FakeVk } from '../src/index.js';
import { baseOptions, call, vkError } from './support/vk-wire.js';

let fake: FakeVk;
beforeEach(async () => {
  fake = await createFakeVk(baseOptions);
});
afterEach(async () => {
  await fake.close();
});

/** The response of `code` run with `args`; fails the test on an error envelope. */
async function run(code: string, args: Record<string, string | number> = {}): Promise<unknown> {
  const envelope = await call(fake, 'execute', { code, ...args });
  if (!('response' in envelope)) throw new Error(`execute failed: ${JSON.stringify(envelope)}`);
  return envelope.response;
}

describe('VKScript values and operators', () => {
  it.each([
    ['a number', 'return 1;', 1],
    ['a string in either quotes, escapes included', 'return "a\\"b" + \'c\\n\';', 'a"bc\n'],
    ['null, true and false', 'return [null, true, false];', [null, true, false]],
    ['an object with quoted and bare keys', 'return {"a": 1, b: [2, {c: "d"}]};', { a: 1, b: [2, { c: 'd' }] }],
    ['arithmetic with precedence and parentheses', 'return [1 + 2 * 3, (1 + 2) * 3, 7 % 4, 9 / 2, -2 - -3];', [7, 9, 3, 4.5, 1]],
    ['string concatenation with numbers', 'return "n=" + 1 + 2;', 'n=12'],
    ['comparisons of numbers, strings, and a string with a number', 'return [1 < 2, "b" > "a", "10" > 9, 2 >= 2, 3 <= 2, 1 == "1", 1 != 2];', [true, true, true, true, false, true, true]],
    ['&&, || and ! (values, short-circuit)', 'return [1 && "x", 0 || "y", !0, !"a", null || 0];', ['x', 'y', true, false, 0]],
    ['.length of strings and arrays', 'return ["abc".length, [1, 2].length];', [3, 2]],
    ['parseInt and parseDouble', 'return [parseInt("42abc"), parseDouble("2.5"), parseInt("x")];', [42, 2.5, 0]],
    ['comments', '// line\n/* block */ return 1; // after', 1],
    ['no return value', 'return;', null],
  ])('%s', async (_label, code, expected) => {
    expect(await run(code)).toEqual(expected);
  });
});

describe('VKScript statements', () => {
  it('var, assignment (compound too), if/else and while, as in the docs', async () => {
    const code = `
      var a = 1;
      var b = 10, c;
      while (b != 0) {
        b = b - 1;
        a = a + 1;
      };
      if (a > 5) { c = "big"; } else { c = "small"; }
      a += 2; a *= 2;
      return [a, b, c];`;
    expect(await run(code)).toEqual([26, 0, 'big']);
  });

  it('push, pop, shift, unshift, indexOf and slice on arrays; index and property assignment', async () => {
    const code = `
      var list = [];
      list.push(1); list.push(2, 3);
      var last = list.pop();
      list.unshift(0);
      var first = list.shift();
      var row = {user: {name: "a"}};
      row.user.action = "test";
      row["n"] = list.length;
      list[1] = 5;
      return [list, last, first, [3, 4, 5].indexOf(4), [1, 2, 3].slice(1), "hello".indexOf("l"), row];`;
    expect(await run(code)).toEqual([[1, 5], 3, 0, 1, [2, 3], 2, { user: { name: 'a', action: 'test' }, n: 2 }]);
  });

  it('property and index access, missing keys are null, and @. takes a field of every item', async () => {
    const code = 'var items = [{id: 1, name: "a"}, {id: 2}]; return [items[0].name, items[1].name, items[5], items@.id, items@.name];';
    expect(await run(code)).toEqual(['a', null, null, [1, 2], ['a', null]]);
  });

  it('returns from inside loops and branches', async () => {
    expect(await run('var i = 0; while (true) { i = i + 1; if (i == 3) return i; }')).toBe(3);
  });
});

describe('Args and API calls', () => {
  it('reads the request params as Args.<name> (strings), null when missing', async () => {
    expect(await run('return [Args.x, Args.list, Args.x + 1, Args.missing];', { x: 41, list: '1,2' })).toEqual(['41', '1,2', '411', null]);
  });

  it('calls API methods with computed params and uses their results', async () => {
    fake.handle('users.get', (params) => (params.user_ids ?? []).map((id) => ({ id: Number(id), first_name: `U${String(id)}` })));
    const script = `
      var ids = [Args.first];
      ids.push(parseInt(Args.first) + 1);
      var users = API.users.get({user_ids: ids});
      var names = users@.first_name;
      return {count: users.length, names: names, group: API.groups.getById({group_id: 1}).groups[0].id};`;
    expect(await run(script, { first: 5 })).toEqual({ count: 2, names: ['U5', 'U6'], group: 1 });
    expect(fake.calls.filter((record) => record.viaExecute).map((record) => record.method)).toEqual(['users.get', 'groups.getById']);
  });

  it('a failing call gives false and an execute_errors entry, and the code goes on', async () => {
    fake.failNext('users.get', 18);
    const envelope = await call(fake, 'execute', { code: 'var u = API.users.get({user_ids: 1}); if (!u) { return "failed"; } return u;' });
    expect(envelope).toEqual({
      response: 'failed',
      execute_errors: [{ method: 'users.get', error_code: 18, error_msg: 'User was deleted or banned' }],
    });
  });
});

describe('errors VK answers for code that cannot run', () => {
  it.each([
    ['an unknown variable', 'return x;', 'x is not defined'],
    ['assignment to an undeclared variable', 'y = 1; return y;', 'y is not defined'],
    ['arithmetic on an object', 'return {a: 1} * 2;', '* needs numbers'],
    ['division by zero', 'return 1 / 0;', 'no finite number'],
    ['a property of null', 'var a = null; return a.b;', 'cannot read "b" of null'],
    ['push on a string', 'var s = "a"; s.push(1); return s;', 'push needs an array'],
    ['an API call with a non-object argument', 'var a = 1; return API.users.get(a);', 'must be an object'],
    ['an endless loop', 'var i = 0; while (true) { i = i + 1; } return i;', 'too many operations'],
  ])('13 for %s', async (_label, code, detail) => {
    const error = await vkError(fake, 'execute', { code });
    expect(error.error_code).toBe(13);
    expect(error.error_msg).toMatch(/^Runtime error occurred during code invocation: /);
    expect(error.error_msg).toContain(detail);
  });
});
