// Every answer the receiver gives, in one table, so statuses and bodies are consistent across
// adapters and can be asserted exactly. Bodies are short, plain text, and never quote the
// request's secret, a configured secret or a handler's error message.

/** What `handle()` returns and every adapter writes out as is. */
export interface CallbackReply {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const TEXT = 'text/plain; charset=utf-8';
const encoder = new TextEncoder();

/** `content-length` is part of every reply, so adapters write the answer in one go without counting. */
function text(status: number, body: string, extra?: Readonly<Record<string, string>>): CallbackReply {
  return { status, headers: { 'content-type': TEXT, 'content-length': String(byteLength(body)), ...extra }, body };
}

function byteLength(body: string): number {
  // ASCII (every fixed body here): one byte per character, no encoding needed.
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) > 0x7f) return encoder.encode(body).byteLength;
  return body.length;
}

/** Paths listed in a 400 for an invalid event, at most this many. */
const MAX_LISTED_PATHS = 5;

export const replies = {
  /** VK's success answer: exactly `ok` with status 200. */
  ok: text(200, 'ok'),
  confirmation: (code: string): CallbackReply => text(200, code),

  methodNotAllowed: text(405, 'method not allowed: VK sends POST', { allow: 'POST' }),
  tooLarge: (limit: number): CallbackReply => text(413, `body too large: the limit is ${limit} bytes`),
  notJson: text(400, 'bad request: the body is not JSON'),
  notEnvelope: (description: string): CallbackReply => text(400, `bad request: not a VK event (${description})`),
  badGroupId: text(400, 'bad request: "group_id" must be a positive integer'),
  invalidEvent: (type: string, paths: readonly string[]): CallbackReply => {
    const listed = paths.slice(0, MAX_LISTED_PATHS).join(', ');
    const more = paths.length > MAX_LISTED_PATHS ? `, … (${paths.length} in all)` : '';
    return text(400, `bad request: invalid "${type}" event at ${listed}${more}`);
  },

  secretMissing: text(403, 'forbidden: the event has no secret'),
  secretWrong: text(403, 'forbidden: wrong secret'),
  groupNotServed: (groupId: number, missing: 'secret' | 'confirmation'): CallbackReply =>
    text(403, `forbidden: community ${groupId} is not served here (no ${missing} configured for it)`),

  handlerFailed: text(500, 'handler failed'),
  lookupFailed: text(500, 'configuration lookup failed'),
  storeFailed: text(500, 'dedupe store failed'),
  internalError: text(500, 'internal error'),
  /** Handlers still running after the time budget: VK redelivers, dedupe keeps it to one dispatch. */
  stillRunning: text(503, 'handlers still running'),
  /** Another instance (sharing the dedupe store) is handling this event right now. */
  handledElsewhere: text(503, 'event is being handled by another delivery'),
} as const;
