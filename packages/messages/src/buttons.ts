// One factory per button action VK documents. Each checks what VK would refuse (label length,
// payload size, colour) and returns the schema's button object, so keyboards and carousels
// share them.
import type {
  MessagesKeyboardButton,
  MessagesKeyboardButtonActionIntentSubscribe,
} from '@vkts/types';
import { MessageLimitError } from './errors.js';
import { serializePayload } from './payload.js';

/** VK's limit on a button label, in characters. */
export const MAX_LABEL_LENGTH = 40;

/** Button colours VK documents; `secondary` (white) is what VK shows when none is given. */
export type ButtonColor = 'primary' | 'secondary' | 'negative' | 'positive';
const COLORS: ReadonlySet<string> = new Set<ButtonColor>(['primary', 'secondary', 'negative', 'positive']);

/** What a subscription button subscribes to. */
export type ButtonIntent = MessagesKeyboardButtonActionIntentSubscribe['intent'];

export interface LabelledButtonOptions<P> {
  /** Sent back with the message or message_event; serialised once, at most 255 characters as JSON. */
  payload?: P;
}

export interface ColoredButtonOptions<P> extends LabelledButtonOptions<P> {
  color?: ButtonColor;
}

export interface AppButtonOptions<P> extends LabelledButtonOptions<P> {
  appId: number;
  /** The community the app is installed in, to open it in that community's context. */
  ownerId?: number;
  /** Navigation inside the app, passed after `#` in its launch parameters. */
  hash?: string;
}

export interface IntentButtonOptions<P> extends LabelledButtonOptions<P> {
  intent: ButtonIntent;
  /** The subscription, for `promo_newsletter` and `non_promo_newsletter` (0–100). */
  subscribeId?: number;
}

function checkLabel(kind: string, label: string): string {
  if (typeof label !== 'string' || label.length === 0) throw new MessageLimitError('label-length', `${kind} button: the label is empty`);
  if (label.length > MAX_LABEL_LENGTH) {
    throw new MessageLimitError('label-length', `${kind} button: the label is ${label.length} characters; VK allows at most ${MAX_LABEL_LENGTH}`, MAX_LABEL_LENGTH);
  }
  return label;
}

function checkColor(kind: string, color: ButtonColor | undefined): { color?: ButtonColor } {
  if (color === undefined) return {};
  if (!COLORS.has(color)) throw new MessageLimitError('color', `${kind} button: colour ${JSON.stringify(color)} is not one of primary, secondary, negative, positive`);
  return { color };
}

function payloadField<P>(kind: string, options: LabelledButtonOptions<P> | undefined): { payload?: string } {
  if (options === undefined || !('payload' in options) || options.payload === undefined) return {};
  return { payload: serializePayload(options.payload, `${kind} button`) };
}

function checkInteger(kind: string, name: string, value: number | undefined, min: number, max: number): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < min || value > max)) {
    throw new MessageLimitError('integer', `${kind} button: ${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

/** Sends a message with the label as its text (and the payload). Colours allowed. */
export function textButton<P>(label: string, options?: ColoredButtonOptions<P>): MessagesKeyboardButton {
  return { action: { type: 'text', label: checkLabel('text', label), ...payloadField('text', options) }, ...checkColor('text', options?.color) };
}

/** Sends a `message_event` with the payload and no message; answer it with sendMessageEventAnswer. Colours allowed. */
export function callbackButton<P>(label: string, options?: ColoredButtonOptions<P>): MessagesKeyboardButton {
  return { action: { type: 'callback', label: checkLabel('callback', label), ...payloadField('callback', options) }, ...checkColor('callback', options?.color) };
}

/** Opens a link. */
export function linkButton<P>(label: string, link: string, options?: LabelledButtonOptions<P>): MessagesKeyboardButton {
  if (typeof link !== 'string' || link === '') throw new MessageLimitError('required-field', 'open_link button: the link is empty');
  return { action: { type: 'open_link', label: checkLabel('open_link', label), link, ...payloadField('open_link', options) } };
}

/** Sends the user's location. */
export function locationButton<P>(options?: LabelledButtonOptions<P>): MessagesKeyboardButton {
  return { action: { type: 'location', ...payloadField('location', options) } };
}

/** Opens VK Pay with `hash` (e.g. `action=transfer-to-group&group_id=1&aid=10`). */
export function vkPayButton<P>(hash: string, options?: LabelledButtonOptions<P>): MessagesKeyboardButton {
  if (typeof hash !== 'string' || hash === '') throw new MessageLimitError('required-field', 'vkpay button: the hash is empty');
  return { action: { type: 'vkpay', hash, ...payloadField('vkpay', options) } };
}

/** Opens a VK Mini App. */
export function appButton<P>(label: string, options: AppButtonOptions<P>): MessagesKeyboardButton {
  checkInteger('open_app', 'appId', options.appId, 1, Number.MAX_SAFE_INTEGER);
  return {
    action: {
      type: 'open_app',
      label: checkLabel('open_app', label),
      app_id: options.appId,
      ...(options.ownerId === undefined ? {} : { owner_id: options.ownerId }),
      ...(options.hash === undefined ? {} : { hash: options.hash }),
      ...payloadField('open_app', options),
    },
  };
}

function intentButton<P>(type: 'intent_subscribe' | 'intent_unsubscribe', label: string, options: IntentButtonOptions<P>): MessagesKeyboardButton {
  checkInteger(type, 'subscribeId', options.subscribeId, 0, 100);
  return {
    action: {
      type,
      label: checkLabel(type, label),
      intent: options.intent,
      ...(options.subscribeId === undefined ? {} : { subscribe_id: options.subscribeId }),
      ...payloadField(type, options),
    },
  };
}

/** Subscribes the user to the community's messages with an intent. */
export function subscribeButton<P>(label: string, options: IntentButtonOptions<P>): MessagesKeyboardButton {
  return intentButton('intent_subscribe', label, options);
}

/** Unsubscribes the user from the community's messages with an intent. */
export function unsubscribeButton<P>(label: string, options: IntentButtonOptions<P>): MessagesKeyboardButton {
  return intentButton('intent_unsubscribe', label, options);
}
