import { escapeComment } from './jsdoc.js';

/**
 * The JSDoc block above a top-level declaration, as ts-morph printed it (the generated files
 * were printed by ts-morph, and stay byte for byte what they were): one line as `/** text *\/`,
 * more as a block.
 */
export function declarationDoc(lines: readonly string[]): string {
  const body = lines.flatMap((line) => escapeComment(line).split('\n'));
  if (body.length === 1) return `/** ${body[0]} */\n`;
  return `/**\n${body.map((line) => ` *${line === '' ? '' : ` ${line}`}`).join('\n')}\n */\n`;
}
