// Errors of @vkts/messages. They name the VK rule that was broken and never echo a payload or
// label in full (they may hold user data): lengths and positions say enough.
import { VktsError } from '@vkts/types';

/** Base of every error this package throws: a {@link VktsError} whose `code` is `'messages.<what>'`. */
export class MessagesError extends VktsError {
  override readonly name: string = 'MessagesError';
  declare readonly code: `messages.${string}`;

  constructor(code: `messages.${string}`, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** Which of VK's keyboard and template rules a build step broke. */
export type MessageLimit =
  | 'rows'
  | 'buttons-per-row'
  | 'buttons'
  | 'label-length'
  | 'payload-length'
  | 'payload-json'
  | 'color'
  | 'one-time-inline'
  | 'empty-row'
  | 'carousel-elements'
  | 'carousel-buttons'
  | 'carousel-text-length'
  | 'carousel-element-content'
  | 'carousel-structure'
  | 'snackbar-length'
  | 'integer'
  | 'required-field';

/** A keyboard, template or event answer that VK would refuse, caught while building it. */
export class MessageLimitError extends MessagesError {
  override readonly name = 'MessageLimitError';
  /** The rule that was broken. */
  readonly limit: MessageLimit;
  /** VK's maximum for the rule, where it has one. */
  readonly max: number | undefined;

  constructor(limit: MessageLimit, message: string, max?: number) {
    super('messages.limit', message);
    this.limit = limit;
    this.max = max;
  }
}

/** An attachment string or object that does not have VK's form. */
export class AttachmentFormatError extends MessagesError {
  override readonly name = 'AttachmentFormatError';

  constructor(message: string) {
    super('messages.attachment', message);
  }
}

/** A payload that is not the JSON VK sends, or that the caller's guard refused. */
export class PayloadError extends MessagesError {
  override readonly name = 'PayloadError';

  constructor(message: string) {
    super('messages.payload', message);
  }
}
