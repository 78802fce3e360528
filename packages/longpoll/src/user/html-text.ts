// User Long Poll sends message text the way VK's web page shows it: HTML entities (`&amp;`,
// `&quot;`, `&lt;`, numeric `&#33;`) and `<br>` for line breaks. This turns it back into the text
// the user typed; the event keeps the text as sent beside it (`text_html`).

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY = /<br\s*\/?>|&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g;

function codePoint(value: number, entity: string): string {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff) ? String.fromCodePoint(value) : entity;
}

/** VK's HTML-escaped message text → plain text. Unknown entities are left as they are. */
export function decodeHtmlText(html: string): string {
  if (!html.includes('&') && !html.includes('<')) return html;
  return html.replace(ENTITY, (match: string, entity: string | undefined) => {
    if (entity === undefined) return '\n';
    if (entity.startsWith('#x')) return codePoint(Number.parseInt(entity.slice(2), 16), match);
    if (entity.startsWith('#')) return codePoint(Number(entity.slice(1)), match);
    return NAMED[entity] ?? match;
  });
}
