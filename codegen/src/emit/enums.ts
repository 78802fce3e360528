import { enumNamesConstName, definitionTypeName } from '../naming.js';
import type { PrimitiveNode, SchemaIR, TypeNode } from '../ir/types.js';
import { header, type GenerationContext } from './header.js';
import { jsdoc } from './jsdoc.js';

// Numeric (and a few string) enums carry `enumNames`; the types are literal unions, and the
// names become `as const` objects so callers can write `BaseBoolIntEnumNames.yes` instead of 1.

interface NamedEnum {
  constName: string;
  where: string;
  node: PrimitiveNode;
}

export function collectNamedEnums(ir: SchemaIR, paramsTypeName: (method: string) => string): NamedEnum[] {
  const found: NamedEnum[] = [];
  const visit = (node: TypeNode, owner: string, where: string): void => {
    switch (node.kind) {
      case 'primitive':
        if (node.enumNames) found.push({ constName: enumNamesConstName(owner), where, node });
        return;
      case 'array':
        return visit(node.items, `${owner}Item`, `${where}[]`);
      case 'object':
        for (const p of node.properties) visit(p.type, owner + definitionTypeName(p.name), `${where}.${p.name}`);
        return;
      case 'union':
        node.members.forEach((m, i) => visit(m, node.members.length === 1 ? owner : `${owner}${i + 1}`, where));
        return;
      default:
        return;
    }
  };
  for (const def of ir.definitions.values()) visit(def.node, def.typeName, `${def.file}#/definitions/${def.name}`);
  for (const method of ir.methods) {
    for (const p of method.params) visit(p.type, paramsTypeName(method.name) + definitionTypeName(p.name), `${method.name}(${p.name})`);
  }
  const seen = new Map<string, string>();
  for (const e of found) {
    const clash = seen.get(e.constName);
    if (clash) throw new Error(`enum name constant ${e.constName} is produced by both ${clash} and ${e.where}`);
    seen.set(e.constName, e.where);
  }
  return found.sort((a, b) => (a.constName < b.constName ? -1 : 1));
}

export function emitEnums(enums: readonly NamedEnum[], context: GenerationContext): string {
  const blocks = enums.map(({ constName, where, node }) => {
    const names = node.enumNames ?? [];
    const values = node.enum ?? [];
    if (new Set(names).size !== names.length) throw new Error(`${where}: enumNames has duplicates`);
    const entries = names.map((name, i) => `  ${JSON.stringify(name)}: ${JSON.stringify(values[i])},`).join('\n');
    return `${jsdoc([`Names of the values of \`${where}\`.`])}export const ${constName} = {\n${entries}\n} as const;\n`;
  });
  return header(context, 'named constants for enums that have enumNames') + blocks.join('\n');
}
