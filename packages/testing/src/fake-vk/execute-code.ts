/**
 * VKScript, the language of `execute`, as far as users write it (https://dev.vk.com/ru/method/execute):
 * `var`, `Args.x`, number/string/array/object literals (object keys quoted or not), arithmetic,
 * comparisons, `&&`/`||`/`!`, `if`/`else`, `while`, `.length`, `push`/`pop`/`shift`/`unshift`/
 * `indexOf`/`slice`, `parseInt`/`parseDouble`, `@.` (a field of every item), property and index
 * access, assignment, `API.<namespace>.<method>({...})` and `return` of any value. This file
 * turns the code into a syntax tree; code it cannot read is a `CompileError` (VK's error 12,
 * "Unable to compile code"). The batch form an automatic batcher sends,
 * `return [API.a.b({...}), ...];`, is just one program among others.
 */

export type Expr =
  | { readonly kind: 'literal'; readonly value: null | boolean | number | string }
  | { readonly kind: 'array'; readonly items: readonly Expr[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, Expr])[] }
  | { readonly kind: 'variable'; readonly name: string; readonly at: number }
  | { readonly kind: 'args' }
  | { readonly kind: 'member'; readonly object: Expr; readonly key: Expr; readonly at: number }
  | { readonly kind: 'pluck'; readonly object: Expr; readonly key: string; readonly at: number }
  | { readonly kind: 'api'; readonly method: string; readonly argument: Expr | undefined; readonly at: number }
  | { readonly kind: 'method'; readonly object: Expr; readonly name: ValueMethod; readonly args: readonly Expr[]; readonly at: number }
  | { readonly kind: 'function'; readonly name: GlobalFunction; readonly args: readonly Expr[]; readonly at: number }
  | { readonly kind: 'unary'; readonly op: '!' | '-'; readonly operand: Expr; readonly at: number }
  | { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: Expr; readonly right: Expr; readonly at: number }
  | { readonly kind: 'logical'; readonly op: '&&' | '||'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'assign'; readonly op: AssignOperator; readonly target: Expr; readonly value: Expr; readonly at: number };

export type Stmt =
  | { readonly kind: 'var'; readonly declarations: readonly { readonly name: string; readonly init: Expr | undefined }[] }
  | { readonly kind: 'expression'; readonly expr: Expr }
  | { readonly kind: 'if'; readonly test: Expr; readonly then: Stmt; readonly otherwise: Stmt | undefined }
  | { readonly kind: 'while'; readonly test: Expr; readonly body: Stmt }
  | { readonly kind: 'block'; readonly body: readonly Stmt[] }
  | { readonly kind: 'return'; readonly value: Expr | undefined };

export type BinaryOperator = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '>' | '<=' | '>=';
export type AssignOperator = '=' | '+=' | '-=' | '*=' | '/=' | '%=';

export const VALUE_METHODS = ['push', 'pop', 'shift', 'unshift', 'indexOf', 'slice'] as const;
export type ValueMethod = (typeof VALUE_METHODS)[number];
export const GLOBAL_FUNCTIONS = ['parseInt', 'parseDouble'] as const;
export type GlobalFunction = (typeof GLOBAL_FUNCTIONS)[number];

export type ParsedExecuteCode = { ok: true; program: readonly Stmt[] } | { ok: false; reason: string };

/** Code VK could not compile: answered as error 12 with `reason`. */
class CompileError extends Error {}

// ---------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { readonly type: 'number'; readonly value: number; readonly at: number }
  | { readonly type: 'string'; readonly value: string; readonly at: number }
  | { readonly type: 'name'; readonly value: string; readonly at: number }
  | { readonly type: 'punct'; readonly value: string; readonly at: number }
  | { readonly type: 'end'; readonly value: ''; readonly at: number };

// Longest first, so `<=` is not read as `<` then `=`.
const PUNCTUATORS = ['@.', '&&', '||', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '(', ')', '[', ']', '{', '}', ',', ';', '.', ':', '+', '-', '*', '/', '%', '<', '>', '=', '!'];
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\', '/': '/' };

function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < code.length) {
    const char = code.charAt(i);
    if (/\s/.test(char)) {
      i++;
    } else if (code.startsWith('//', i)) {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end;
    } else if (code.startsWith('/*', i)) {
      const end = code.indexOf('*/', i + 2);
      if (end < 0) throw new CompileError(`unterminated comment at offset ${i}`);
      i = end + 2;
    } else if (/[0-9]/.test(char)) {
      const match = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(code.slice(i));
      const text = match?.[0] ?? char;
      tokens.push({ type: 'number', value: Number(text), at: i });
      i += text.length;
    } else if (/[A-Za-z_$]/.test(char)) {
      const text = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(code.slice(i))?.[0] ?? char;
      tokens.push({ type: 'name', value: text, at: i });
      i += text.length;
    } else if (char === '"' || char === "'") {
      const start = i;
      let value = '';
      for (i++; ; i++) {
        if (i >= code.length) throw new CompileError(`unterminated string at offset ${start}`);
        const c = code.charAt(i);
        if (c === char) break;
        if (c !== '\\') {
          value += c;
        } else if (code.charAt(i + 1) === 'u' && /^[0-9a-fA-F]{4}$/.test(code.slice(i + 2, i + 6))) {
          value += String.fromCharCode(Number.parseInt(code.slice(i + 2, i + 6), 16));
          i += 5;
        } else {
          const escaped = ESCAPES[code.charAt(i + 1)];
          if (escaped === undefined) throw new CompileError(`unknown escape '\\${code.charAt(i + 1)}' at offset ${i}`);
          value += escaped;
          i++;
        }
      }
      tokens.push({ type: 'string', value, at: start });
      i++;
    } else {
      const punct = PUNCTUATORS.find((p) => code.startsWith(p, i));
      if (punct === undefined) throw new CompileError(`unexpected character '${char}' at offset ${i}`);
      tokens.push({ type: 'punct', value: punct, at: i });
      i += punct.length;
    }
  }
  tokens.push({ type: 'end', value: '', at: code.length });
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Parser: statements, then expressions by precedence (assignment < || < && < equality <
// comparison < + - < * / % < unary < postfix < primary).

const RESERVED = new Set(['var', 'if', 'else', 'while', 'return', 'true', 'false', 'null', 'API', 'Args', 'function', 'for', 'do', 'new', 'this']);
const BINARY_LEVELS: readonly (readonly BinaryOperator[])[] = [['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];
const ASSIGN_OPERATORS: readonly AssignOperator[] = ['=', '+=', '-=', '*=', '/=', '%='];

class Parser {
  private index = 0;
  sawReturn = false;

  constructor(private readonly tokens: readonly Token[]) {}

  private get current(): Token {
    return this.tokens[Math.min(this.index, this.tokens.length - 1)] ?? { type: 'end', value: '', at: 0 };
  }

  private describe(token: Token): string {
    return token.type === 'end' ? 'end of code' : `'${String(token.value)}'`;
  }

  private fail(expected: string): never {
    throw new CompileError(`${expected} expected, but ${this.describe(this.current)} found at offset ${this.current.at}`);
  }

  private isPunct(value: string): boolean {
    return this.current.type === 'punct' && this.current.value === value;
  }

  private isName(value: string): boolean {
    return this.current.type === 'name' && this.current.value === value;
  }

  private accept(value: string): boolean {
    if (!this.isPunct(value)) return false;
    this.index++;
    return true;
  }

  private expect(value: string): void {
    if (!this.accept(value)) this.fail(`'${value}'`);
  }

  private identifier(what: string): string {
    const token = this.current;
    if (token.type !== 'name') this.fail(what);
    this.index++;
    return token.value;
  }

  program(): Stmt[] {
    const body: Stmt[] = [];
    while (this.current.type !== 'end') body.push(this.statement());
    if (!this.sawReturn) throw new CompileError('the code must end with return <expression>');
    return body;
  }

  /** Simple statements end with `;` (optional before `}` and at the end of the code). */
  private endOfStatement(): void {
    if (this.accept(';') || this.isPunct('}') || this.current.type === 'end') return;
    this.fail("';'");
  }

  private statement(): Stmt {
    if (this.accept(';')) return { kind: 'block', body: [] };
    if (this.accept('{')) {
      const body: Stmt[] = [];
      while (!this.accept('}')) {
        if (this.current.type === 'end') this.fail("'}'");
        body.push(this.statement());
      }
      return { kind: 'block', body };
    }
    if (this.isName('var')) {
      this.index++;
      const declarations: { name: string; init: Expr | undefined }[] = [];
      do {
        const at = this.current.at;
        const name = this.identifier('a variable name');
        if (RESERVED.has(name)) throw new CompileError(`'${name}' cannot be a variable name (offset ${at})`);
        declarations.push({ name, init: this.accept('=') ? this.expression() : undefined });
      } while (this.accept(','));
      this.endOfStatement();
      return { kind: 'var', declarations };
    }
    if (this.isName('if') || this.isName('while')) {
      const keyword = this.current.value;
      this.index++;
      this.expect('(');
      const test = this.expression();
      this.expect(')');
      const body = this.statement();
      if (keyword === 'while') return { kind: 'while', test, body };
      const otherwise = this.isName('else') ? (this.index++, this.statement()) : undefined;
      return { kind: 'if', test, then: body, otherwise };
    }
    if (this.isName('return')) {
      this.index++;
      this.sawReturn = true;
      const value = this.isPunct(';') || this.isPunct('}') || this.current.type === 'end' ? undefined : this.expression();
      this.endOfStatement();
      return { kind: 'return', value };
    }
    if (this.current.type === 'name' && ['function', 'for', 'do', 'new', 'this'].includes(this.current.value)) {
      throw new CompileError(`'${this.current.value}' is not supported by VKScript (offset ${this.current.at})`);
    }
    const expr = this.expression();
    this.endOfStatement();
    return { kind: 'expression', expr };
  }

  expression(): Expr {
    const at = this.current.at;
    const left = this.logical('||');
    const token = this.current;
    const op = ASSIGN_OPERATORS.find((candidate) => token.type === 'punct' && token.value === candidate);
    if (op === undefined) return left;
    if (left.kind !== 'variable' && left.kind !== 'member') throw new CompileError(`cannot assign to this expression (offset ${at})`);
    this.index++;
    return { kind: 'assign', op, target: left, value: this.expression(), at };
  }

  private logical(op: '&&' | '||'): Expr {
    const next = (): Expr => (op === '||' ? this.logical('&&') : this.binary(0));
    let left = next();
    while (this.accept(op)) left = { kind: 'logical', op, left, right: next() };
    return left;
  }

  private binary(level: number): Expr {
    const operators = BINARY_LEVELS[level];
    if (operators === undefined) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const token = this.current;
      const op = operators.find((candidate) => token.type === 'punct' && token.value === candidate);
      if (op === undefined) return left;
      this.index++;
      left = { kind: 'binary', op, left, right: this.binary(level + 1), at: token.at };
    }
  }

  private unary(): Expr {
    const at = this.current.at;
    if (this.accept('!')) return { kind: 'unary', op: '!', operand: this.unary(), at };
    if (this.accept('-')) return { kind: 'unary', op: '-', operand: this.unary(), at };
    return this.postfix(this.primary());
  }

  private postfix(start: Expr): Expr {
    let expr = start;
    for (;;) {
      const at = this.current.at;
      if (this.accept('[')) {
        expr = { kind: 'member', object: expr, key: this.expression(), at };
        this.expect(']');
      } else if (this.accept('@.')) {
        expr = { kind: 'pluck', object: expr, key: this.identifier('a field name after @.'), at };
      } else if (this.accept('.')) {
        const name = this.identifier('a property name');
        if (this.accept('(')) {
          const method = VALUE_METHODS.find((candidate) => candidate === name);
          if (method === undefined) throw new CompileError(`unknown method '${name}' (offset ${at})`);
          expr = { kind: 'method', object: expr, name: method, args: this.callArguments(), at };
        } else {
          expr = { kind: 'member', object: expr, key: { kind: 'literal', value: name }, at };
        }
      } else if (this.isPunct('(')) {
        throw new CompileError(`only API methods, value methods and ${GLOBAL_FUNCTIONS.join('/')} can be called (offset ${at})`);
      } else {
        return expr;
      }
    }
  }

  /** Arguments after `(` up to and including `)`. */
  private callArguments(): Expr[] {
    const args: Expr[] = [];
    if (this.accept(')')) return args;
    do args.push(this.expression());
    while (this.accept(','));
    this.expect(')');
    return args;
  }

  private primary(): Expr {
    const token = this.current;
    if (token.type === 'number' || token.type === 'string') {
      this.index++;
      return { kind: 'literal', value: token.value };
    }
    if (this.accept('(')) {
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    if (this.accept('[')) {
      const items: Expr[] = [];
      if (!this.accept(']')) {
        do items.push(this.expression());
        while (this.accept(','));
        this.expect(']');
      }
      return { kind: 'array', items };
    }
    if (this.accept('{')) return this.objectLiteral();
    if (token.type !== 'name') this.fail('an expression');
    this.index++;
    switch (token.value) {
      case 'true':
        return { kind: 'literal', value: true };
      case 'false':
        return { kind: 'literal', value: false };
      case 'null':
        return { kind: 'literal', value: null };
      case 'Args':
        return { kind: 'args' };
      case 'API':
        return this.apiCall(token.at);
      default: {
        const fn = GLOBAL_FUNCTIONS.find((candidate) => candidate === token.value);
        if (fn !== undefined && this.accept('(')) return { kind: 'function', name: fn, args: this.callArguments(), at: token.at };
        if (RESERVED.has(token.value)) throw new CompileError(`unexpected '${token.value}' at offset ${token.at}`);
        return { kind: 'variable', name: token.value, at: token.at };
      }
    }
  }

  private objectLiteral(): Expr {
    const entries: (readonly [string, Expr])[] = [];
    if (this.accept('}')) return { kind: 'object', entries };
    do {
      const key = this.current;
      if (key.type !== 'name' && key.type !== 'string' && key.type !== 'number') this.fail('an object key');
      this.index++;
      this.expect(':');
      entries.push([String(key.value), this.expression()]);
    } while (this.accept(','));
    this.expect('}');
    return { kind: 'object', entries };
  }

  /** `API.<namespace>.<method>(<object>?)`, `API` already read. */
  private apiCall(at: number): Expr {
    if (!this.accept('.')) this.fail("'.' after API");
    const namespace = this.identifier('an API namespace');
    if (!this.accept('.')) this.fail(`'.<method>' after API.${namespace}`);
    const name = this.identifier('an API method name');
    this.expect('(');
    const args = this.callArguments();
    const method = `${namespace}.${name}`;
    if (args.length > 1) throw new CompileError(`API.${method} takes one object argument, got ${args.length} (offset ${at})`);
    const argument = args[0];
    if (argument !== undefined && (argument.kind === 'literal' || argument.kind === 'array')) {
      throw new CompileError(`the argument of API.${method} must be an object (offset ${at})`);
    }
    return { kind: 'api', method, argument, at };
  }
}

export function parseExecuteCode(code: string): ParsedExecuteCode {
  try {
    return { ok: true, program: new Parser(tokenize(code)).program() };
  } catch (error) {
    if (error instanceof CompileError) return { ok: false, reason: error.message };
    throw error;
  }
}
