// A build step of the declarations (tsdown.config.ts), on its own so that tests can import it.

/**
 * Exports each declaration where it stands (`export interface GroupsGroupFull`) instead of
 * through the `export { … }` list the bundler ends the file with: ~2,000 specifiers, each an
 * alias every consumer's compiler parses and binds (~0.2 MB of its heap). A name that is
 * renamed, type-only over a value, or not declared at the top level stays in the list.
 */
export function exportsInPlace(code: string): string {
  const list = /^export \{ ([^}]*) \};$/m.exec(code);
  if (list === null) return code;
  const declaration = /^(declare (?:abstract )?(?:const|function|class) |type |interface )([A-Za-z_$][\w$]*)\b/gm;
  const kinds = new Map<string, Set<'type' | 'value'>>();
  for (const [, keyword, name] of code.matchAll(declaration)) {
    const set = kinds.get(name!) ?? new Set<'type' | 'value'>();
    set.add(keyword === 'type ' || keyword === 'interface ' ? 'type' : 'value');
    kinds.set(name!, set);
  }
  const inPlace = new Set<string>();
  const kept: string[] = [];
  for (const specifier of list[1]!.split(', ')) {
    const typeOnly = specifier.startsWith('type ');
    const name = typeOnly ? specifier.slice(5) : specifier;
    const found = kinds.get(name);
    const movable = /^[\w$]+$/.test(name) && found !== undefined && !(typeOnly && found.has('value'));
    if (movable) inPlace.add(name);
    else kept.push(specifier);
  }
  const body = code
    .slice(0, list.index)
    .replace(declaration, (whole: string, _keyword: string, name: string) => (inPlace.has(name) ? `export ${whole}` : whole));
  const rest = code.slice(list.index + list[0].length);
  return body + (kept.length > 0 ? `export { ${kept.join(', ')} };` : 'export {};') + rest;
}
