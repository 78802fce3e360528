// Upload URLs carry keys of their own (`hash`, `rhash`, `_sig`, …) in the query: they never appear
// in an error. Only the origin and path are kept, which is enough to tell servers apart.
import { REDACTED, redactSecrets } from '@vkts/internals';

/** `https://pu.vk.com/c1/upload.php?act=…&hash=…` → `https://pu.vk.com/c1/upload.php?[redacted]`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search === '' ? '' : `?${REDACTED}`}`;
  } catch {
    return REDACTED;
  }
}

/**
 * Text that came from elsewhere (a socket error) with the URL shortened to {@link redactUrl}'s
 * form and every other copy of its query (the keys) redacted, the way tokens are in every package.
 */
export function scrubUrl(text: string, url: string): string {
  const withoutUrl = text.split(url).join(redactUrl(url));
  const query = url.indexOf('?');
  return query >= 0 && query < url.length - 1 ? redactSecrets(withoutUrl, [url.slice(query + 1)]) : withoutUrl;
}
