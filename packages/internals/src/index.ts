// What the vkts packages share. Private: every package's build inlines the parts it uses
// (`noExternal` in tsdown.base.ts), so no published package depends on this one.
export { MIN_REDACTED_SECRET_LENGTH, REDACTED, redactSecrets, redactedSnippet } from './redact.js';
