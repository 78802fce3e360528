import type { SchemaPatch } from '../patches/index.js';

// Which methods and definitions each schema patch touched, for the reference pages. A patch's
// operations address the upstream file by JSON pointer: `/methods/8/...` is resolved to the
// method's name in the unpatched file, `/definitions/<name>/...` names the definition.

export interface PatchNote {
  file: string;
  reason: string;
}

export interface PatchTouches {
  byMethod: Map<string, PatchNote[]>;
  byDefinition: Map<string, PatchNote[]>;
}

function add(map: Map<string, PatchNote[]>, key: string, note: PatchNote): void {
  const list = map.get(key) ?? [];
  if (!list.some((n) => n.file === note.file)) list.push(note);
  map.set(key, list);
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function methodNameAt(doc: unknown, index: number): string | undefined {
  const methods = isRecord(doc) ? doc['methods'] : undefined;
  const entry: unknown = Array.isArray(methods) ? methods[index] : undefined;
  return isRecord(entry) && typeof entry['name'] === 'string' ? entry['name'] : undefined;
}

export function patchTouches(patches: readonly SchemaPatch[], unpatched: ReadonlyMap<string, unknown>, responseOwners: ReadonlyMap<string, string[]>): PatchTouches {
  const touches: PatchTouches = { byMethod: new Map(), byDefinition: new Map() };
  for (const patch of patches) {
    const note = { file: patch.file, reason: patch.reason };
    const doc = unpatched.get(patch.target);
    for (const op of patch.patch) {
      const [section, key] = op.path.split('/').slice(1).map(unescapePointer);
      if (section === 'methods' && key !== undefined && /^\d+$/.test(key)) {
        const name = methodNameAt(doc, Number(key));
        if (name !== undefined) add(touches.byMethod, name, note);
      } else if (section === 'definitions' && key !== undefined) {
        add(touches.byDefinition, key, note);
        for (const method of responseOwners.get(key) ?? []) add(touches.byMethod, method, note);
      }
    }
  }
  return touches;
}
