// @vkts/messages: what a bot sends, typed from the schema and checked against VK's rules while it
// is built — keyboards, carousels, payloads, attachment strings, replies and callback answers.
export { Keyboard, keyboard, KEYBOARD_LIMITS, type KeyboardFactory, type KeyboardKind, type RemovedKeyboard } from './keyboard.js';
export {
  MAX_LABEL_LENGTH,
  appButton,
  callbackButton,
  linkButton,
  locationButton,
  subscribeButton,
  textButton,
  unsubscribeButton,
  vkPayButton,
  type AppButtonOptions,
  type ButtonColor,
  type ButtonIntent,
  type ColoredButtonOptions,
  type IntentButtonOptions,
  type LabelledButtonOptions,
} from './buttons.js';
export { CAROUSEL_LIMITS, carousel, template, type CarouselElementInput } from './carousel.js';
export { MAX_PAYLOAD_LENGTH, payloadOf, serializePayload, type PayloadGuard, type PayloadSource } from './payload.js';
export {
  ATTACHMENT_TYPES,
  attachmentOf,
  closestSize,
  formatAttachment,
  formatAttachments,
  largestSize,
  parseAttachment,
  parseAttachments,
  type AttachmentRef,
  type AttachmentType,
} from './attachments.js';
export {
  MAX_SNACKBAR_LENGTH,
  answerTo,
  openApp,
  openLink,
  replyTo,
  snackbar,
  type AnswerParams,
  type PressedButton,
  type RepliedMessage,
  type ReplyOptions,
  type ReplyParams,
  type ReplySource,
} from './replies.js';
export { AttachmentFormatError, MessageLimitError, MessagesError, PayloadError, type MessageLimit } from './errors.js';
// The base of every vkts error, shared by all packages (`instanceof VktsError`).
export { VktsError, type VktsErrorCode } from '@vkts/types';
