// Keeps secrets out of everything an error exposes (message, properties, toJSON, inspect).
// Text that came from elsewhere (VK's `error_msg`, a socket error, a proxy's page) goes through
// @vkts/internals' redactSecrets/redactedSnippet; see there for which copies of the token go.
import { REDACTED } from '@vkts/internals';

/**
 * Whether a param name looks like it carries a secret: `access_token`, `captcha_key`,
 * `secret_key`, `client_secret`, `password`, `access_key`, … . Names are split on `_` and a part
 * must *contain* `token`/`secret`/`password` or *be* `key`/`keys`; matching `key` as a bare
 * substring would also hide `keyboard`, which is the payload people most need when a
 * `messages.send` fails and is not a secret.
 */
export function isSecretParamName(name: string): boolean {
  return name
    .toLowerCase()
    .split('_')
    .some((part) => part.includes('token') || part.includes('secret') || part.includes('password') || part === 'key' || part === 'keys');
}

/** A copy of wire params with every secret-looking value replaced by {@link REDACTED}. */
export function redactParams(params: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = isSecretParamName(name) ? REDACTED : value;
  }
  return Object.freeze(out);
}
