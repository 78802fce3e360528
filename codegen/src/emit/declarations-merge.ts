// types.gen.ts is compiled by json-schema-to-typescript in parts, one per thread (pipeline.ts),
// and the parts are put back together here, so that the text is byte for byte what one run over
// every definition gives.
//
// One run's output is `[type aliases].join('\n') + '\n\n' + <root interface> + '\n' +
// [interfaces].join('\n') + '\n'` (its generator, declareNamedTypes then declareNamedInterfaces),
// each list in definition order, empty ones left out. Compiled over consecutive ranges of the
// definitions, the parts' lists concatenate to the whole run's. Two things make that hold: every
// reference is a finished `tsType` name (json-schema.ts), so no part declares a type another
// part uses, and no schema handed over has an `enum`, so there is no enum section after the
// interfaces.

/** Splits `definitions` into consecutive ranges, the first holding `firstShare` (0–1) of them. */
export function splitDefinitions<T>(definitions: Record<string, T>, firstShare: number): [Record<string, T>, Record<string, T>] {
  const entries = Object.entries(definitions);
  const at = Math.round(entries.length * firstShare);
  return [Object.fromEntries(entries.slice(0, at)), Object.fromEntries(entries.slice(at))];
}

interface Sections {
  aliases: string;
  interfaces: string;
}

function sections(code: string, rootDeclaration: string): Sections {
  const at = code.indexOf(rootDeclaration);
  const rest = code.slice(at + rootDeclaration.length);
  const aliasesEnd = at - 2;
  if (at === -1 || (at > 0 && code.slice(aliasesEnd, at) !== '\n\n') || !rest.endsWith('\n') || (rest !== '\n' && !rest.startsWith('\n'))) {
    throw new Error('json-schema-to-typescript output is not laid out as the declarations merge expects (aliases, root interface, interfaces)');
  }
  return { aliases: at > 0 ? code.slice(0, aliasesEnd) : '', interfaces: rest.slice(1, -1) };
}

/** The output of one compile over all the parts' definitions, in order, from the parts' outputs. */
export function mergeCompiled(parts: readonly string[], rootName: string): string {
  const root = `export interface ${rootName} {\n\n}`;
  const all = parts.map((part) => sections(part, root));
  const aliases = all.map((s) => s.aliases).filter(Boolean).join('\n');
  const interfaces = all.map((s) => s.interfaces).filter(Boolean).join('\n');
  return [aliases, root + (interfaces ? `\n${interfaces}` : '')].filter(Boolean).join('\n\n') + '\n';
}
