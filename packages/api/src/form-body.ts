// The form body of a request (`application/x-www-form-urlencoded`), built as one string.
// encodeURIComponent (native) is far cheaper than URLSearchParams for the long `code` of a batched
// execute; its output is valid form encoding (it leaves only `A-Z a-z 0-9 - _ . ! ~ * ' ( )`
// bare and escapes `+`), so VK reads the same values either way.
import type { WireParams } from './wire-params.js';

// Lone UTF-16 surrogates: with the `u` flag a paired surrogate is one code point and never matches.
const LONE_SURROGATE = /\p{Cs}/gu;

/** One name or value, form-encoded. A lone surrogate becomes U+FFFD, as URLSearchParams does. */
export function formEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
  }
}

/**
 * `name=value&…` of every param except those `skip` names (the transport appends those itself),
 * with no leading or trailing `&`.
 */
export function formBody(params: WireParams, skip: (name: string) => boolean): string {
  let body = '';
  for (const name in params) {
    if (!Object.hasOwn(params, name) || skip(name)) continue;
    const pair = `${formEncode(name)}=${formEncode(String(params[name]))}`;
    body = body === '' ? pair : `${body}&${pair}`;
  }
  return body;
}
