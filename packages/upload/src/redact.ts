// Upload URLs carry keys of their own (`hash`, `rhash`, `_sig`, …) in the query: they never appear
// in an error. Only the origin and path are kept, which is enough to tell servers apart.

export const REDACTED = '[redacted]';

/** `https://pu.vk.com/c1/upload.php?act=…&hash=…` → `https://pu.vk.com/c1/upload.php?[redacted]`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search === '' ? '' : `?${REDACTED}`}`;
  } catch {
    return REDACTED;
  }
}

/** Removes every occurrence of the URL and of its query from text that came from elsewhere. */
export function scrubUrl(text: string, url: string): string {
  let result = text.split(url).join(redactUrl(url));
  const query = url.indexOf('?');
  if (query >= 0 && query < url.length - 1) result = result.split(url.slice(query + 1)).join(REDACTED);
  return result;
}
