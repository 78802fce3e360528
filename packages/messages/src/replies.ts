// One-line replies. These return plain params to spread into the client's call, so neither the
// router nor the events know about the client:
//   api.messages.send({ ...replyTo(event), message: 'hi' })
//   api.messages.sendMessageEventAnswer({ ...answerTo(event), event_data: snackbar('Done') })
import type {
  MessagesEventDataOpenApp,
  MessagesEventDataOpenLink,
  MessagesEventDataShowSnackbar,
  MessagesForward,
} from '@vkts/types';
import { MessageLimitError } from './errors.js';

/** The message fields a reply needs (a message from message_new, message_reply, …, or User Long Poll). */
export interface RepliedMessage {
  readonly peer_id: number;
  readonly conversation_message_id?: number | undefined;
}

/** A message event (`message_new`…) or the message itself. */
export type ReplySource = { readonly object: { readonly message: RepliedMessage } } | RepliedMessage;

export interface ReplyOptions {
  /** Quote the message (VK's `forward` with `is_reply`; works in chats, where `reply_to` does not for communities). */
  quote?: boolean;
}

/** messages.send params that answer in the message's conversation (the client fills random_id). */
export interface ReplyParams {
  peer_id: number;
  forward?: MessagesForward;
}

function messageOf(source: ReplySource): RepliedMessage {
  return 'object' in source ? source.object.message : source;
}

/** `peer_id` of the message's conversation, and with `{ quote: true }` a quote of the message. */
export function replyTo(source: ReplySource, options: ReplyOptions = {}): ReplyParams {
  const message = messageOf(source);
  if (options.quote !== true) return { peer_id: message.peer_id };
  if (message.conversation_message_id === undefined) {
    throw new MessageLimitError('required-field', 'replyTo: quoting needs the message\'s conversation_message_id, which this message does not have');
  }
  return { peer_id: message.peer_id, forward: { peer_id: message.peer_id, conversation_message_ids: [message.conversation_message_id], is_reply: true } };
}

/** The fields of a message_event (callback button press) that sendMessageEventAnswer needs. */
export interface PressedButton {
  readonly event_id: string;
  readonly user_id: number;
  readonly peer_id: number;
}

/** messages.sendMessageEventAnswer params that answer this button press. */
export interface AnswerParams {
  event_id: string;
  user_id: number;
  peer_id: number;
}

/** `event_id`, `user_id`, `peer_id` of a `message_event` (the event or its object). */
export function answerTo(source: { readonly object: PressedButton } | PressedButton): AnswerParams {
  const pressed = 'object' in source ? source.object : source;
  return { event_id: pressed.event_id, user_id: pressed.user_id, peer_id: pressed.peer_id };
}

/** VK's limit on a snackbar text, in characters. */
export const MAX_SNACKBAR_LENGTH = 90;

/** event_data: a snackbar with `text` (at most 90 characters) for the user who pressed. */
export function snackbar(text: string): MessagesEventDataShowSnackbar {
  if (text.length === 0 || text.length > MAX_SNACKBAR_LENGTH) {
    throw new MessageLimitError('snackbar-length', `snackbar: the text is ${text.length} characters; VK wants 1 to ${MAX_SNACKBAR_LENGTH}`, MAX_SNACKBAR_LENGTH);
  }
  return { type: 'show_snackbar', text };
}

/** event_data: open `link` for the user who pressed. */
export function openLink(link: string): MessagesEventDataOpenLink {
  if (link === '') throw new MessageLimitError('required-field', 'openLink: the link is empty');
  return { type: 'open_link', link };
}

/** event_data: open a VK Mini App for the user who pressed. */
export function openApp(options: { appId: number; ownerId?: number; hash?: string }): MessagesEventDataOpenApp {
  if (!Number.isSafeInteger(options.appId) || options.appId < 1) throw new MessageLimitError('integer', `openApp: appId must be a positive integer, got ${String(options.appId)}`);
  return {
    type: 'open_app',
    app_id: options.appId,
    ...(options.ownerId === undefined ? {} : { owner_id: options.ownerId }),
    ...(options.hash === undefined ? {} : { hash: options.hash }),
  };
}
