import type { MessagesEventData, MessagesKeyboard, MessagesSendMessageEventAnswerParams, MessagesSendParams, MessagesSendUserIdsResponse, MessagesTemplate } from '@vkts/types';
import type { FakeVkAuth } from '../options.js';

/** One message messages.send delivered (one per recipient when `peer_ids` is used). */
export interface FakeVkSentMessage {
  messageId: number;
  conversationMessageId: number;
  /** The conversation: `peer_id`, `user_id`, or 2000000000 + `chat_id`; undefined for `domain`. */
  peerId: number | undefined;
  /**
   * The random_id as sent: VK accepts any signed 64-bit integer, so an id beyond 2^53 − 1 is a
   * bigint here (and `params.random_id` holds a stand-in the validator accepts).
   */
  randomId: number | bigint;
  /** The `message` text, if any. */
  text: string | undefined;
  /** The keyboard, decoded (`{ buttons: [] }` when the call removed it), if one was sent. */
  keyboard: MessagesKeyboard | undefined;
  /** The template (carousel), decoded, if one was sent. */
  template: MessagesTemplate | undefined;
  /** The `attachment` param split into its items (`photo-1_2_key`, …). */
  attachments: string[];
  /** The message's own `payload` param, if any. */
  payload: string | undefined;
  /** Every param of the call, decoded. */
  params: MessagesSendParams;
  sender: FakeVkAuth;
  /** Date.now() when it was sent. */
  at: number;
}

/** One messages.sendMessageEventAnswer call: the answer to a callback button press. */
export interface FakeVkEventAnswer {
  eventId: string;
  userId: number;
  peerId: number;
  /** The action shown to the user, decoded; undefined when only the button's spinner is stopped. */
  eventData: MessagesEventData | undefined;
  params: MessagesSendMessageEventAnswerParams;
  sender: FakeVkAuth;
  at: number;
}

type SendResponse = number | MessagesSendUserIdsResponse;

/** VK keeps a random_id for an hour: a repeat within it is answered, not delivered again. */
const DEDUPE_WINDOW_MS = 60 * 60 * 1000;
const CHAT_PEER_OFFSET = 2_000_000_000;

function senderKey(sender: FakeVkAuth): string {
  switch (sender.type) {
    case 'group':
      return `group:${sender.groupId}`;
    case 'user':
      return `user:${sender.userId}`;
    case 'service':
      return 'service';
  }
}

function destinationKey(params: MessagesSendParams): string {
  if (params.peer_ids !== undefined) return `peers:${params.peer_ids.join(',')}`;
  return `peer:${String(singlePeer(params) ?? `domain:${params.domain ?? ''}`)}`;
}

function singlePeer(params: MessagesSendParams): number | undefined {
  if (params.peer_id !== undefined) return params.peer_id;
  if (params.user_id !== undefined) return params.user_id;
  if (params.chat_id !== undefined) return CHAT_PEER_OFFSET + params.chat_id;
  return undefined;
}

/** The random_id's exact value: a number while it is safe, else a bigint. */
function exactRandomId(text: string): number | bigint {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : BigInt(text);
}

export class MessageStore {
  readonly sent: FakeVkSentMessage[] = [];
  readonly eventAnswers: FakeVkEventAnswer[] = [];
  #nextMessageId = 1;
  readonly #conversationCounters = new Map<number, number>();
  readonly #seen = new Map<string, { response: SendResponse; at: number }>();

  /**
   * Deliver (record) a message and answer as VK does: the message id, or one item per peer
   * for `peer_ids`. The same random_id from the same sender to the same destination within an
   * hour gets the first answer back and nothing new is recorded; random_id 0 opts out of that.
   */
  send(sender: FakeVkAuth, params: MessagesSendParams, now: number, randomIdText = String(params.random_id)): SendResponse {
    const randomId = exactRandomId(randomIdText);
    const dedupeKey = randomId === 0 ? undefined : `${senderKey(sender)}|${destinationKey(params)}|${randomIdText}`;
    if (dedupeKey !== undefined) {
      const seen = this.#seen.get(dedupeKey);
      if (seen !== undefined && now - seen.at < DEDUPE_WINDOW_MS) return seen.response;
    }
    let response: SendResponse;
    if (params.peer_ids !== undefined) {
      response = params.peer_ids.map((peerId) => {
        const message = this.#record(sender, params, randomId, peerId, now);
        return { peer_id: peerId, message_id: message.messageId, conversation_message_id: message.conversationMessageId };
      });
    } else {
      response = this.#record(sender, params, randomId, singlePeer(params), now).messageId;
    }
    if (dedupeKey !== undefined) this.#seen.set(dedupeKey, { response, at: now });
    return response;
  }

  /** Record a callback button answer (the params are already checked). */
  answerEvent(sender: FakeVkAuth, params: MessagesSendMessageEventAnswerParams, eventData: MessagesEventData | undefined, now: number): void {
    this.eventAnswers.push({ eventId: params.event_id, userId: params.user_id, peerId: params.peer_id, eventData, params, sender, at: now });
  }

  #record(sender: FakeVkAuth, params: MessagesSendParams, randomId: number | bigint, peerId: number | undefined, now: number): FakeVkSentMessage {
    const counterKey = peerId ?? 0;
    const conversationMessageId = (this.#conversationCounters.get(counterKey) ?? 0) + 1;
    this.#conversationCounters.set(counterKey, conversationMessageId);
    const message: FakeVkSentMessage = {
      messageId: this.#nextMessageId++,
      conversationMessageId,
      peerId,
      randomId,
      text: params.message,
      keyboard: typeof params.keyboard === 'object' ? params.keyboard : undefined,
      template: typeof params.template === 'object' ? params.template : undefined,
      attachments: params.attachment === undefined || params.attachment === '' ? [] : params.attachment.split(',').map((item) => item.trim()),
      payload: params.payload,
      params,
      sender,
      at: now,
    };
    this.sent.push(message);
    return message;
  }
}
