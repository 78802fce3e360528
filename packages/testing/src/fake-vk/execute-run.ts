/**
 * Runs a VKScript program (see execute-code.ts) the way VK's `execute` does: values are JSON
 * values, an API call that fails yields `false` and an `execute_errors` entry and the code goes
 * on, at most 25 API calls and a budget of operations per run. What cannot run (a type mismatch,
 * an unknown variable, too many operations or calls) is a `RuntimeError`: VK's error 13,
 * "Runtime error occurred during code invocation".
 */
import type { Expr, Stmt } from './execute-code.js';

/** A VKScript value: what JSON can hold. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** Error 13 with `message` as its detail. */
export class RuntimeError extends Error {}

/** VK runs at most 25 API calls per `execute`. */
export const MAX_EXECUTE_CALLS = 25;

/**
 * Operations (statements and expressions evaluated) one run may take. VK stops long loops too;
 * this is generous for real code and ends `while (true) {}` quickly.
 */
export const OPERATION_BUDGET = 1_000_000;

export interface ExecuteEnvironment {
  /** `Args.<name>`: the request's params other than `code` and `func_v`, as strings. */
  readonly args: ReadonlyMap<string, string>;
  /** Runs one API call; resolves with its response, or `false` after recording its error. */
  callApi(method: string, params: Readonly<Record<string, Value>>): Promise<Value>;
}

type Outcome = { readonly returned: true; readonly value: Value } | { readonly returned: false };
const NEXT: Outcome = { returned: false };

function isObject(value: Value): value is { [key: string]: Value } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: Value): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** JS truthiness over JSON values (an empty array or object is true). */
function truthy(value: Value): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}

/** A number for arithmetic and comparison: numbers as they are, numeric strings converted (VK's rule). */
function toNumber(value: Value, at: number, what: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  throw new RuntimeError(`${what} needs numbers, got ${typeName(value)} at offset ${at}`);
}

function finite(result: number, at: number): number {
  if (!Number.isFinite(result)) throw new RuntimeError(`arithmetic gives no finite number at offset ${at}`);
  return result;
}

function sameValue(left: Value, right: Value): boolean {
  if (typeof left === 'number' && typeof right === 'string') return right.trim() !== '' && Number(right) === left;
  if (typeof left === 'string' && typeof right === 'number') return sameValue(right, left);
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') return left === right;
  return JSON.stringify(left) === JSON.stringify(right);
}

/** Any JSON-compatible response as a Value (what the fake's methods answer always is). */
export function toValue(response: unknown): Value {
  if (response === undefined) return null;
  const value: Value = JSON.parse(JSON.stringify(response));
  return value;
}

export class Interpreter {
  private readonly scope = new Map<string, Value>();
  private operations = 0;
  private apiCalls = 0;

  constructor(private readonly env: ExecuteEnvironment) {}

  /** Runs the program; the value of its `return` (null if it ends without one). */
  async run(program: readonly Stmt[]): Promise<Value> {
    const outcome = await this.statements(program);
    return outcome.returned ? outcome.value : null;
  }

  private tick(): void {
    this.operations += 1;
    if (this.operations > OPERATION_BUDGET) throw new RuntimeError(`too many operations (more than ${OPERATION_BUDGET})`);
  }

  private async statements(body: readonly Stmt[]): Promise<Outcome> {
    for (const statement of body) {
      const outcome = await this.statement(statement);
      if (outcome.returned) return outcome;
    }
    return NEXT;
  }

  private async statement(statement: Stmt): Promise<Outcome> {
    this.tick();
    switch (statement.kind) {
      case 'var':
        for (const { name, init } of statement.declarations) this.scope.set(name, init === undefined ? null : await this.evaluate(init));
        return NEXT;
      case 'expression':
        await this.evaluate(statement.expr);
        return NEXT;
      case 'block':
        return this.statements(statement.body);
      case 'if':
        if (truthy(await this.evaluate(statement.test))) return this.statement(statement.then);
        return statement.otherwise === undefined ? NEXT : this.statement(statement.otherwise);
      case 'while':
        while (truthy(await this.evaluate(statement.test))) {
          const outcome = await this.statement(statement.body);
          if (outcome.returned) return outcome;
        }
        return NEXT;
      case 'return':
        return { returned: true, value: statement.value === undefined ? null : await this.evaluate(statement.value) };
    }
  }

  private async evaluate(expr: Expr): Promise<Value> {
    this.tick();
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'array': {
        const items: Value[] = [];
        for (const item of expr.items) items.push(await this.evaluate(item));
        return items;
      }
      case 'object': {
        const object: { [key: string]: Value } = {};
        for (const [key, value] of expr.entries) object[key] = await this.evaluate(value);
        return object;
      }
      case 'variable': {
        const value = this.scope.get(expr.name);
        if (value === undefined) throw new RuntimeError(`${expr.name} is not defined (offset ${expr.at})`);
        return value;
      }
      case 'args': {
        const args: { [key: string]: Value } = {};
        for (const [name, value] of this.env.args) args[name] = value;
        return args;
      }
      case 'member':
        return this.member(await this.evaluate(expr.object), await this.evaluate(expr.key), expr.at);
      case 'pluck': {
        const list = await this.evaluate(expr.object);
        if (!Array.isArray(list)) throw new RuntimeError(`@.${expr.key} needs an array, got ${typeName(list)} at offset ${expr.at}`);
        return list.map((item) => (isObject(item) ? (item[expr.key] ?? null) : null));
      }
      case 'api':
        return this.api(expr);
      case 'method':
        return this.method(expr);
      case 'function': {
        const [first] = await this.values(expr.args);
        const text = first === undefined || first === null ? '' : String(first);
        const parsed = expr.name === 'parseInt' ? Number.parseInt(text, 10) : Number.parseFloat(text);
        return Number.isNaN(parsed) ? 0 : parsed;
      }
      case 'unary': {
        const operand = await this.evaluate(expr.operand);
        return expr.op === '!' ? !truthy(operand) : -toNumber(operand, expr.at, 'unary -');
      }
      case 'logical': {
        const left = await this.evaluate(expr.left);
        if (expr.op === '&&' ? !truthy(left) : truthy(left)) return left;
        return this.evaluate(expr.right);
      }
      case 'binary':
        return this.binary(expr.op, await this.evaluate(expr.left), await this.evaluate(expr.right), expr.at);
      case 'assign':
        return this.assign(expr);
    }
  }

  private async values(exprs: readonly Expr[]): Promise<Value[]> {
    const values: Value[] = [];
    for (const expr of exprs) values.push(await this.evaluate(expr));
    return values;
  }

  private member(object: Value, key: Value, at: number): Value {
    if (typeof object === 'string' || Array.isArray(object)) {
      if (key === 'length') return object.length;
      if (typeof key === 'number' || (typeof key === 'string' && /^\d+$/.test(key))) {
        const item = object[Number(key)];
        return item ?? null;
      }
      return null;
    }
    if (isObject(object)) return Object.hasOwn(object, String(key)) ? (object[String(key)] ?? null) : null;
    throw new RuntimeError(`cannot read ${JSON.stringify(key)} of ${typeName(object)} at offset ${at}`);
  }

  private binary(op: string, left: Value, right: Value, at: number): Value {
    switch (op) {
      case '+':
        if (typeof left === 'string' || typeof right === 'string') {
          if (typeof left === 'object' || typeof right === 'object') throw new RuntimeError(`cannot add ${typeName(left)} and ${typeName(right)} at offset ${at}`);
          return `${String(left)}${String(right)}`;
        }
        return finite(toNumber(left, at, '+') + toNumber(right, at, '+'), at);
      case '-':
        return finite(toNumber(left, at, '-') - toNumber(right, at, '-'), at);
      case '*':
        return finite(toNumber(left, at, '*') * toNumber(right, at, '*'), at);
      case '/':
        return finite(toNumber(left, at, '/') / toNumber(right, at, '/'), at);
      case '%':
        return finite(toNumber(left, at, '%') % toNumber(right, at, '%'), at);
      case '==':
        return sameValue(left, right);
      case '!=':
        return !sameValue(left, right);
      default: {
        // Two strings compare as strings; a string and a number as numbers (VK's rule).
        const [a, b] =
          typeof left === 'string' && typeof right === 'string' ? [left, right] : [toNumber(left, at, op), toNumber(right, at, op)];
        if (op === '<') return a < b;
        if (op === '>') return a > b;
        if (op === '<=') return a <= b;
        return a >= b;
      }
    }
  }

  private async assign(expr: Extract<Expr, { kind: 'assign' }>): Promise<Value> {
    const { target } = expr;
    const compute = async (current: () => Value): Promise<Value> => {
      const value = await this.evaluate(expr.value);
      return expr.op === '=' ? value : this.binary(expr.op.slice(0, 1), current(), value, expr.at);
    };
    if (target.kind === 'variable') {
      if (!this.scope.has(target.name)) throw new RuntimeError(`${target.name} is not defined (offset ${target.at})`);
      const value = await compute(() => this.scope.get(target.name) ?? null);
      this.scope.set(target.name, value);
      return value;
    }
    if (target.kind !== 'member') throw new RuntimeError(`cannot assign at offset ${expr.at}`);
    const object = await this.evaluate(target.object);
    const key = await this.evaluate(target.key);
    const value = await compute(() => this.member(object, key, expr.at));
    if (Array.isArray(object) && typeof key === 'number' && Number.isInteger(key) && key >= 0 && key <= object.length) {
      object[key] = value;
    } else if (isObject(object) && (typeof key === 'string' || typeof key === 'number')) {
      object[String(key)] = value;
    } else {
      throw new RuntimeError(`cannot set ${JSON.stringify(key)} on ${typeName(object)} at offset ${expr.at}`);
    }
    return value;
  }

  private async method(expr: Extract<Expr, { kind: 'method' }>): Promise<Value> {
    const target = await this.evaluate(expr.object);
    const args = await this.values(expr.args);
    if (typeof target === 'string' && (expr.name === 'indexOf' || expr.name === 'slice')) {
      if (expr.name === 'indexOf') return target.indexOf(String(args[0] ?? ''));
      return target.slice(...args.map((arg) => toNumber(arg, expr.at, 'slice')));
    }
    if (!Array.isArray(target)) throw new RuntimeError(`${expr.name} needs an array, got ${typeName(target)} at offset ${expr.at}`);
    switch (expr.name) {
      case 'push':
        return target.push(...args);
      case 'pop':
        return target.pop() ?? null;
      case 'shift':
        return target.shift() ?? null;
      case 'unshift':
        return target.unshift(...args);
      case 'indexOf':
        return target.findIndex((item) => sameValue(item, args[0] ?? null));
      case 'slice':
        return target.slice(...args.map((arg) => toNumber(arg, expr.at, 'slice')));
    }
  }

  private async api(expr: Extract<Expr, { kind: 'api' }>): Promise<Value> {
    const argument = expr.argument === undefined ? {} : await this.evaluate(expr.argument);
    if (!isObject(argument)) throw new RuntimeError(`the argument of API.${expr.method} must be an object, got ${typeName(argument)} at offset ${expr.at}`);
    this.apiCalls += 1;
    if (this.apiCalls > MAX_EXECUTE_CALLS) throw new RuntimeError(`too many API calls (more than ${MAX_EXECUTE_CALLS})`);
    return this.env.callApi(expr.method, argument);
  }
}
