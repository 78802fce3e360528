import { isObject } from '../ir/json.js';
import { indexDefinitions } from '../ir/refs.js';

// The IR merges `allOf: [{$ref: parent}, {…own fields}]` into one flat object, so a change to an
// inherited field would show up under the parent and again under every child. The raw (patched)
// documents still say who inherits from whom; the definitions diff uses that to list such a
// change once, under the parent.

/** Definition → every definition it inherits fields from through allOf refs, transitively. */
export function allOfAncestors(files: ReadonlyMap<string, unknown>): Map<string, string[]> {
  const direct = new Map<string, string[]>();
  for (const [name, { schema }] of indexDefinitions(files)) {
    const properties = schema['properties'];
    // Response definitions wrap their value: {properties: {response: …}}.
    const body = isObject(properties) && isObject(properties['response']) ? properties['response'] : schema;
    const members = body['allOf'];
    if (!Array.isArray(members)) continue;
    const parents = members.flatMap((member) => {
      const ref = isObject(member) ? member['$ref'] : undefined;
      const match = typeof ref === 'string' ? /#\/definitions\/([A-Za-z0-9_]+)$/.exec(ref) : null;
      return match?.[1] !== undefined ? [match[1]] : [];
    });
    if (parents.length > 0) direct.set(name, parents);
  }
  const ancestors = new Map<string, string[]>();
  for (const name of direct.keys()) {
    const found = new Set<string>();
    const queue = [...(direct.get(name) ?? [])];
    while (queue.length > 0) {
      const parent = queue.shift() ?? '';
      if (found.has(parent) || parent === name) continue;
      found.add(parent);
      queue.push(...(direct.get(parent) ?? []));
    }
    ancestors.set(name, [...found]);
  }
  return ancestors;
}
