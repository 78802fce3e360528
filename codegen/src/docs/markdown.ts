// Escaping schema text for VitePress markdown: it is compiled as a Vue template, so `{{` and
// `<` in a description would be read as markup; `|` would end a table cell.

export function text(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/\*/g, '\\*')
    .replace(/_/g, '\\_')
    .replace(/`/g, '\\`');
}

/** Text for a table cell: escaped, one line, pipes escaped. */
export function cell(value: string): string {
  return text(value).replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Inline code that is safe in a table cell (VitePress leaves code spans alone, pipes aside). */
export function code(value: string): string {
  const body = value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return body.includes('`') ? `\`\` ${body} \`\`` : `\`${body}\``;
}

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * TSDoc text, which is markdown already: code spans are kept (with `{{` broken up so Vue does
 * not interpolate it), the rest escaped as `text` minus the markdown characters, `{@link X}` → `X`.
 */
export function prose(value: string): string {
  return value
    .replace(/\{@link\s+([^}\s|]+)[^}]*\}/g, '`$1`')
    .split(/(`[^`\n]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }')
        : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;'),
    )
    .join('');
}

/** TSDoc text for a table cell. */
export function proseCell(value: string): string {
  return prose(value).replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
}
