/**
 * The one VKScript shape the fake runs: what an automatic request batcher sends,
 *
 *     return [API.groups.getById({"group_id":1}), API.users.get({"user_ids":"1,2"})];
 *
 * a `return` of an array literal whose items are `API.<namespace>.<method>(<JSON object>)`
 * calls (the argument may be left out). Anything else is "Unable to compile code", so a
 * batcher that drifts from this shape fails loudly instead of being half-understood.
 */
export interface ExecuteCall {
  method: string;
  params: Record<string, unknown>;
}

export type ParsedExecuteCode = { ok: true; calls: ExecuteCall[] } | { ok: false; reason: string };

class CompileError extends Error {}

class Scanner {
  position = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text.charAt(this.position))) this.position++;
  }

  peek(): string {
    return this.text.charAt(this.position);
  }

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  expect(token: string): void {
    this.skipSpace();
    if (!this.text.startsWith(token, this.position)) {
      throw new CompileError(`'${token}' expected, but ${this.describeHere()} found at offset ${this.position}`);
    }
    this.position += token.length;
  }

  accept(token: string): boolean {
    this.skipSpace();
    if (!this.text.startsWith(token, this.position)) return false;
    this.position += token.length;
    return true;
  }

  identifier(): string {
    this.skipSpace();
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.position));
    if (!match) throw new CompileError(`a name expected, but ${this.describeHere()} found at offset ${this.position}`);
    this.position += match[0].length;
    return match[0];
  }

  /** The text of a JSON object starting here: braces are matched outside of string literals. */
  jsonObjectText(): string {
    this.skipSpace();
    const start = this.position;
    let depth = 0;
    let inString = false;
    for (; this.position < this.text.length; this.position++) {
      const char = this.text.charAt(this.position);
      if (inString) {
        if (char === '\\') this.position++;
        else if (char === '"') inString = false;
      } else if (char === '"') {
        inString = true;
      } else if (char === '{' || char === '[') {
        depth++;
      } else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) {
          this.position++;
          return this.text.slice(start, this.position);
        }
      }
    }
    throw new CompileError(`unterminated object starting at offset ${start}`);
  }

  describeHere(): string {
    return this.atEnd() ? 'end of code' : `'${this.text.slice(this.position, this.position + 12)}'`;
  }
}

function parseCall(scanner: Scanner): ExecuteCall {
  scanner.expect('API');
  scanner.expect('.');
  const namespace = scanner.identifier();
  scanner.expect('.');
  const name = scanner.identifier();
  scanner.expect('(');
  let params: Record<string, unknown> = {};
  scanner.skipSpace();
  if (scanner.peek() === '{') {
    const text = scanner.jsonObjectText();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new CompileError(`the argument of API.${namespace}.${name} is not a JSON object`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new CompileError(`the argument of API.${namespace}.${name} is not a JSON object`);
    }
    params = { ...value };
  }
  scanner.expect(')');
  return { method: `${namespace}.${name}`, params };
}

export function parseExecuteCode(code: string): ParsedExecuteCode {
  const scanner = new Scanner(code);
  try {
    scanner.expect('return');
    scanner.expect('[');
    const calls: ExecuteCall[] = [];
    if (!scanner.accept(']')) {
      do {
        calls.push(parseCall(scanner));
      } while (scanner.accept(','));
      scanner.expect(']');
    }
    scanner.accept(';');
    scanner.skipSpace();
    if (!scanner.atEnd()) throw new CompileError(`end of code expected, but ${scanner.describeHere()} found at offset ${scanner.position}`);
    return { ok: true, calls };
  } catch (error) {
    if (error instanceof CompileError) return { ok: false, reason: error.message };
    throw error;
  }
}
