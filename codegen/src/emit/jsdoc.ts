// JSDoc text for generated declarations. `*/` inside schema text would end the comment early.

export function escapeComment(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

/** A `/** … *\/` block from lines; empty lines are kept as paragraph breaks. */
export function jsdoc(lines: readonly string[], indent = ''): string {
  const body = lines.flatMap((line) => escapeComment(line).split('\n'));
  if (body.length === 0) return '';
  return `${indent}/**\n${body.map((line) => `${indent} *${line === '' ? '' : ` ${line}`}`).join('\n')}\n${indent} */\n`;
}

export function methodDocUrl(method: string): string {
  return `https://dev.vk.com/method/${method}`;
}
