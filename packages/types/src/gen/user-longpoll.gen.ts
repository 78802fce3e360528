// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: User Long Poll version 3 events, flags and decoding table, from schema/user-longpoll.json.
/* eslint-disable */

/**
 * The User Long Poll version these types and the decoding table describe (the `version` param).
 */
export const userLongPollVersion = 3 as const;

/**
 * Message flags: a sum of these bits (codes 1–5).
 *
 * Evidence: vk-dev-2 §4 Message Flags (1…512, 65536)
 * Evidence: dev-vk 'Changes in versions' (131072 deleted for recipients)
 * Evidence: vksdk-v3 flags.go (DeleteForAll = 1<<17, NotDelivered = 1<<18)
 */
export const userLongPollMessageFlags = {
  unread: 1,
  outbox: 2,
  replied: 4,
  important: 8,
  chat: 16,
  friends: 32,
  spam: 64,
  deleted: 128,
  fixed: 256,
  media: 512,
  hidden: 65536,
  deleted_for_all: 131072,
  not_delivered: 262144,
} as const;

/**
 * A flag of `userLongPollMessageFlags`.
 */
export type UserLongPollMessageFlagsName = keyof typeof userLongPollMessageFlags;

/**
 * Decoded message flags: one boolean per known bit, the number as sent (`raw`), and any bits the registry does not know (`unknownBits`, 0 normally) so that nothing is lost.
 */
export type UserLongPollMessageFlags = { readonly raw: number; readonly unknownBits: number } & { readonly [K in UserLongPollMessageFlagsName]: boolean };

/**
 * Dialog (conversation) flags of community dialogs (codes 10–12).
 *
 * Evidence: vk-dev §5 Dialog Flags (+1 important, +2 unanswered; version 2 inverted +2)
 * Evidence: vksdk-v3 flags.go (ImportantDialog, UnansweredDialog)
 */
export const userLongPollDialogFlags = {
  important: 1,
  unanswered: 2,
} as const;

/**
 * A flag of `userLongPollDialogFlags`.
 */
export type UserLongPollDialogFlagsName = keyof typeof userLongPollDialogFlags;

/**
 * Decoded dialog flags: one boolean per known bit, the number as sent (`raw`), and any bits the registry does not know (`unknownBits`, 0 normally) so that nothing is lost.
 */
export type UserLongPollDialogFlags = { readonly raw: number; readonly unknownBits: number } & { readonly [K in UserLongPollDialogFlagsName]: boolean };

/**
 * A decoded enum field: the number as sent, and its name when the registry knows it.
 */
export interface UserLongPollEnumValue<N extends string> {
  readonly raw: number;
  readonly name: N | undefined;
}

/**
 * The platform a friend came online from: the low byte of $extra of code 8 (needs mode 64).
 *
 * Read from the value & 255.
 *
 * Evidence: vk-dev §7 Platforms (1 mobile … 7 web)
 * Evidence: vk_api longpoll.py (platform = extra & 0xFF)
 */
export const userLongPollPlatformValues = {
  1: "mobile",
  2: "iphone",
  3: "ipad",
  4: "android",
  5: "wphone",
  6: "windows",
  7: "web",
} as const;

export type UserLongPollPlatform = (typeof userLongPollPlatformValues)[keyof typeof userLongPollPlatformValues];

/**
 * What changed in a chat (code 52, $type_id).
 *
 * Evidence: dev-vk event 52 (type_id list)
 * Evidence: vksdk-v3 flags.go TypeID (ChatNameChange = 1 … ChatAdminDismissed = 8)
 * Evidence: vk_api longpoll.py VkChatEventType
 */
export const userLongPollChatInfoValues = {
  1: "title_changed",
  2: "photo_changed",
  3: "admin_assigned",
  4: "message_pinned",
  5: "user_joined",
  6: "user_left",
  7: "user_kicked",
  8: "admin_dismissed",
} as const;

export type UserLongPollChatInfo = (typeof userLongPollChatInfoValues)[keyof typeof userLongPollChatInfoValues];

/**
 * $extra_values of a message (position 6 of codes 1–5): what VK sends as strings, decoded; keys not listed here are kept as received in `other`.
 *
 * Evidence: dev-vk 'Attachments and additional data' (title, from, emoji, source_* of service messages)
 * Evidence: vksdk-v3 extra.go AdditionalData/Action
 * Evidence: vk_api longpoll.py (_parse_peer_id reads extra_values['from'])
 */
export interface UserLongPollAdditionalData {
  /**
   * Subject of the message (chats).
   */
  readonly title?: string;
  /**
   * Author of a chat message (a user id; negative for a community).
   */
  readonly from?: number;
  /**
   * Administrator who sent a community message (seen by administrators only).
   */
  readonly from_admin?: number;
  /**
   * The text has emoji.
   */
  readonly emoji?: boolean;
  /**
   * Where the message came from.
   */
  readonly ref_source?: string;
  /**
   * Self-destruct timer of the message, in seconds.
   */
  readonly expire_ttl?: number;
  /**
   * Bot button payload, a JSON string as sent.
   */
  readonly payload?: string;
  /**
   * Service action (chat_create, chat_title_update, chat_invite_user, chat_kick_user, chat_pin_message, …).
   */
  readonly source_act?: string;
  /**
   * The user a service action concerns.
   */
  readonly source_mid?: number;
  /**
   * New chat title (chat_create, chat_title_update).
   */
  readonly source_text?: string;
  /**
   * Old chat title (chat_title_update).
   */
  readonly source_old_text?: string;
  /**
   * Text of a pinned or unpinned message.
   */
  readonly source_message?: string;
  /**
   * conversation_message_id of a pinned or unpinned message.
   */
  readonly source_chat_local_id?: number;
  /** Keys the registry does not list, as received. */
  readonly other: Readonly<Record<string, unknown>>;
}

/**
 * Notification settings of code 114 as sent with mode 8 (an object).
 *
 * Evidence: vk-dev-2 event 114 ($peer_id, $sound, $disabled_until)
 * Evidence: vksdk-v3 objects.go NotificationSettingsChange.parseMode8
 * Evidence: vk_api longpoll.py (NOTIFICATION_SETTINGS_UPDATE: ['values'])
 */
export interface UserLongPollNotificationSettings {
  /**
   * The conversation.
   */
  readonly peer_id?: number;
  /**
   * Sound notifications on.
   */
  readonly sound?: boolean;
  /**
   * -1: off for good, 0: on, else the time (Unix) they switch back on.
   */
  readonly disabled_until?: number;
  /** Keys the registry does not list, as received. */
  readonly other: Readonly<Record<string, unknown>>;
}

/**
 * One attachment of a message: `attach<N>_type` and `attach<N>` (e.g. `photo`, `123_456`).
 */
export interface UserLongPollAttachment {
  readonly type: string;
  readonly id: string;
}

/**
 * The attachments object of a message (mode 2): the numbered attachments in order, and every other key (`fwd`, `geo`, `reply`, `attach1_product_id`, …) as received.
 */
export interface UserLongPollAttachments {
  readonly items: readonly UserLongPollAttachment[];
  readonly other: Readonly<Record<string, unknown>>;
}

/**
 * Code 1: A message's flags were replaced (FLAGS := $flags).
 *
 * Evidence: dev-vk event 1
 * Evidence: vksdk-v3 MessageFlagsChange
 * Evidence: vk_api MESSAGE_FLAGS_REPLACE: [message_id, flags] + extra
 */
export interface UserLongPollMessageFlagsReplaceEvent {
  readonly code: 1;
  readonly name: "message_flags_replace";
  readonly message_id: number;
  readonly flags: UserLongPollMessageFlags;
  /**
   * The conversation: a user id, 2000000000 + chat id, or minus a community id.
   */
  readonly peer_id?: number;
  /**
   * When it was sent (Unix time).
   */
  readonly timestamp?: number;
  /**
   * The text, decoded: HTML entities resolved, <br> turned into line breaks (as sent: text_html).
   */
  readonly text?: string;
  /**
   * `text` as VK sends it: HTML entities (`&amp;`, `&quot;`, …) and `<br>` for line breaks.
   */
  readonly text_html?: string;
  readonly additional?: UserLongPollAdditionalData;
  /**
   * Attachments (mode 2).
   */
  readonly attachments?: UserLongPollAttachments;
  /**
   * random_id given to messages.send (mode 128); 0 when none.
   */
  readonly random_id?: number;
  readonly conversation_message_id?: number;
  /**
   * When it was last edited (Unix time); 0 when never.
   */
  readonly edit_time?: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 2: Flags were set on a message (FLAGS |= $mask).
 *
 * Evidence: dev-vk event 2
 * Evidence: vksdk-v3 MessageFlagsSet
 * Evidence: vk_api MESSAGE_FLAGS_SET: [message_id, mask] + extra
 */
export interface UserLongPollMessageFlagsSetEvent {
  readonly code: 2;
  readonly name: "message_flags_set";
  readonly message_id: number;
  readonly mask: UserLongPollMessageFlags;
  /**
   * The conversation: a user id, 2000000000 + chat id, or minus a community id.
   */
  readonly peer_id?: number;
  /**
   * When it was sent (Unix time).
   */
  readonly timestamp?: number;
  /**
   * The text, decoded: HTML entities resolved, <br> turned into line breaks (as sent: text_html).
   */
  readonly text?: string;
  /**
   * `text` as VK sends it: HTML entities (`&amp;`, `&quot;`, …) and `<br>` for line breaks.
   */
  readonly text_html?: string;
  readonly additional?: UserLongPollAdditionalData;
  /**
   * Attachments (mode 2).
   */
  readonly attachments?: UserLongPollAttachments;
  /**
   * random_id given to messages.send (mode 128); 0 when none.
   */
  readonly random_id?: number;
  readonly conversation_message_id?: number;
  /**
   * When it was last edited (Unix time); 0 when never.
   */
  readonly edit_time?: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 3: Flags were cleared on a message (FLAGS &= ~$mask).
 *
 * Evidence: dev-vk event 3
 * Evidence: vksdk-v3 MessageFlagsReset
 * Evidence: vk_api MESSAGE_FLAGS_RESET: [message_id, mask] + extra
 */
export interface UserLongPollMessageFlagsResetEvent {
  readonly code: 3;
  readonly name: "message_flags_reset";
  readonly message_id: number;
  readonly mask: UserLongPollMessageFlags;
  /**
   * The conversation: a user id, 2000000000 + chat id, or minus a community id.
   */
  readonly peer_id?: number;
  /**
   * When it was sent (Unix time).
   */
  readonly timestamp?: number;
  /**
   * The text, decoded: HTML entities resolved, <br> turned into line breaks (as sent: text_html).
   */
  readonly text?: string;
  /**
   * `text` as VK sends it: HTML entities (`&amp;`, `&quot;`, …) and `<br>` for line breaks.
   */
  readonly text_html?: string;
  readonly additional?: UserLongPollAdditionalData;
  /**
   * Attachments (mode 2).
   */
  readonly attachments?: UserLongPollAttachments;
  /**
   * random_id given to messages.send (mode 128); 0 when none.
   */
  readonly random_id?: number;
  readonly conversation_message_id?: number;
  /**
   * When it was last edited (Unix time); 0 when never.
   */
  readonly edit_time?: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 4: A new message.
 *
 * Evidence: dev-vk event 4
 * Evidence: vk-dev-2 §3.1 (event 4 mostly carries the full set of fields)
 * Evidence: vksdk-v3 NewMessage
 * Evidence: vk_api MESSAGE_NEW: [message_id, flags] + extra
 */
export interface UserLongPollMessageNewEvent {
  readonly code: 4;
  readonly name: "message_new";
  readonly message_id: number;
  readonly flags: UserLongPollMessageFlags;
  /**
   * The conversation: a user id, 2000000000 + chat id, or minus a community id.
   */
  readonly peer_id?: number;
  /**
   * When it was sent (Unix time).
   */
  readonly timestamp?: number;
  /**
   * The text, decoded: HTML entities resolved, <br> turned into line breaks (as sent: text_html).
   */
  readonly text?: string;
  /**
   * `text` as VK sends it: HTML entities (`&amp;`, `&quot;`, …) and `<br>` for line breaks.
   */
  readonly text_html?: string;
  readonly additional?: UserLongPollAdditionalData;
  /**
   * Attachments (mode 2).
   */
  readonly attachments?: UserLongPollAttachments;
  /**
   * random_id given to messages.send (mode 128); 0 when none.
   */
  readonly random_id?: number;
  readonly conversation_message_id?: number;
  /**
   * When it was last edited (Unix time); 0 when never.
   */
  readonly edit_time?: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 5: A message was edited.
 *
 * Evidence: dev-vk event 5
 * Evidence: vksdk-v3 EditMessage ([3] peer_id, [4] timestamp, [5] new text, [6] additional, [7] attachments)
 * Evidence: vk_api MESSAGE_EDIT: [message_id, mask] + extra
 */
export interface UserLongPollMessageEditEvent {
  readonly code: 5;
  readonly name: "message_edit";
  readonly message_id: number;
  readonly mask: UserLongPollMessageFlags;
  /**
   * The conversation: a user id, 2000000000 + chat id, or minus a community id.
   */
  readonly peer_id?: number;
  /**
   * When it was sent (Unix time).
   */
  readonly timestamp?: number;
  /**
   * The text, decoded: HTML entities resolved, <br> turned into line breaks (as sent: text_html).
   */
  readonly text?: string;
  /**
   * `text` as VK sends it: HTML entities (`&amp;`, `&quot;`, …) and `<br>` for line breaks.
   */
  readonly text_html?: string;
  readonly additional?: UserLongPollAdditionalData;
  /**
   * Attachments (mode 2).
   */
  readonly attachments?: UserLongPollAttachments;
  /**
   * random_id given to messages.send (mode 128); 0 when none.
   */
  readonly random_id?: number;
  readonly conversation_message_id?: number;
  /**
   * When it was last edited (Unix time); 0 when never.
   */
  readonly edit_time?: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 6: Incoming messages of a conversation were read up to and including $local_id.
 *
 * Evidence: dev-vk event 6
 * Evidence: vksdk-v3 ReadInMessages
 * Evidence: vk_api READ_ALL_INCOMING_MESSAGES: [peer_id, local_id]
 */
export interface UserLongPollReadIncomingEvent {
  readonly code: 6;
  readonly name: "read_incoming";
  readonly peer_id: number;
  readonly local_id: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 7: Outgoing messages of a conversation were read up to and including $local_id.
 *
 * Evidence: dev-vk event 7
 * Evidence: vksdk-v3 ReadOutMessages
 * Evidence: vk_api READ_ALL_OUTGOING_MESSAGES: [peer_id, local_id]
 */
export interface UserLongPollReadOutgoingEvent {
  readonly code: 7;
  readonly name: "read_outgoing";
  readonly peer_id: number;
  readonly local_id: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 8: A friend came online (VK sends -$user_id; decoded to the positive id).
 *
 * Evidence: dev-vk event 8 (-$user_id, $extra, $timestamp)
 * Evidence: vksdk-v3 FriendBecameOnline
 * Evidence: vk_api USER_ONLINE: [user_id, extra, timestamp], abs(user_id), platform = extra & 0xFF
 */
export interface UserLongPollFriendOnlineEvent {
  readonly code: 8;
  readonly name: "friend_online";
  readonly user_id: number;
  /**
   * From $extra (mode 64).
   */
  readonly platform: UserLongPollEnumValue<UserLongPollPlatform>;
  readonly timestamp: number;
  readonly app_id?: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 9: A friend went offline: $flags 0 when they left, 1 on timeout (VK sends -$user_id).
 *
 * Evidence: dev-vk event 9 (-$user_id, $flags, $timestamp)
 * Evidence: vksdk-v3 FriendBecameOffline
 * Evidence: vk_api USER_OFFLINE: [user_id, flags, timestamp]
 */
export interface UserLongPollFriendOfflineEvent {
  readonly code: 9;
  readonly name: "friend_offline";
  readonly user_id: number;
  /**
   * True when they went offline by timeout, false when they left.
   */
  readonly timeout: boolean;
  readonly timestamp: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 10: Flags were cleared on a community dialog (FLAGS &= ~$mask).
 *
 * Evidence: dev-vk event 10
 * Evidence: vksdk-v3 DialogFlagsReset
 * Evidence: vk_api PEER_FLAGS_RESET: [peer_id, mask]
 */
export interface UserLongPollDialogFlagsResetEvent {
  readonly code: 10;
  readonly name: "dialog_flags_reset";
  readonly peer_id: number;
  readonly mask: UserLongPollDialogFlags;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 11: A community dialog's flags were replaced (FLAGS := $flags).
 *
 * Evidence: dev-vk event 11
 * Evidence: vksdk-v3 DialogFlagsReplace
 * Evidence: vk_api PEER_FLAGS_REPLACE: [peer_id, flags]
 */
export interface UserLongPollDialogFlagsReplaceEvent {
  readonly code: 11;
  readonly name: "dialog_flags_replace";
  readonly peer_id: number;
  readonly flags: UserLongPollDialogFlags;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 12: Flags were set on a community dialog (FLAGS |= $mask).
 *
 * Evidence: dev-vk event 12
 * Evidence: vksdk-v3 DialogsFlagsSet
 * Evidence: vk_api PEER_FLAGS_SET: [peer_id, mask]
 */
export interface UserLongPollDialogFlagsSetEvent {
  readonly code: 12;
  readonly name: "dialog_flags_set";
  readonly peer_id: number;
  readonly mask: UserLongPollDialogFlags;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 13: Every message of a conversation up to $local_id was deleted.
 *
 * Evidence: dev-vk event 13
 * Evidence: vk-dev version notes (one event 13 for a deleted dialog)
 * Evidence: vksdk-v3 DeleteMessages
 * Evidence: vk_api PEER_DELETE_ALL: [peer_id, local_id]
 */
export interface UserLongPollMessagesDeleteEvent {
  readonly code: 13;
  readonly name: "messages_delete";
  readonly peer_id: number;
  readonly local_id: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 14: Deleted messages of a conversation up to $local_id were restored.
 *
 * Evidence: dev-vk event 14
 * Evidence: vksdk-v3 RestoreDeletedMessages
 * Evidence: vk_api PEER_RESTORE_ALL: [peer_id, local_id]
 */
export interface UserLongPollMessagesRestoreEvent {
  readonly code: 14;
  readonly name: "messages_restore";
  readonly peer_id: number;
  readonly local_id: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 51: A chat's parameters (title, members) changed; $self is 1 when the change was yours.
 *
 * Evidence: dev-vk event 51
 * Evidence: vksdk-v3 ChatParamsChange ([2] self optional)
 * Evidence: vk_api CHAT_EDIT: [chat_id, self]
 */
export interface UserLongPollChatParamsChangedEvent {
  readonly code: 51;
  readonly name: "chat_params_changed";
  readonly chat_id: number;
  readonly self?: boolean;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 52: Something in a chat changed: $type_id says what, $info carries the detail (e.g. the user id).
 *
 * Evidence: dev-vk event 52
 * Evidence: vksdk-v3 ChatInfoChange
 * Evidence: vk_api CHAT_UPDATE: [type_id, peer_id, info]
 */
export interface UserLongPollChatInfoChangedEvent {
  readonly code: 52;
  readonly name: "chat_info_changed";
  readonly change: UserLongPollEnumValue<UserLongPollChatInfo>;
  readonly peer_id: number;
  readonly info: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 61: A user is typing in a private dialog.
 *
 * Evidence: dev-vk event 61
 * Evidence: vksdk-v3 UserTyping
 * Evidence: vk_api USER_TYPING: [user_id, flags]
 */
export interface UserLongPollUserTypingEvent {
  readonly code: 61;
  readonly name: "user_typing";
  readonly user_id: number;
  readonly flags: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 62: A user is typing in a chat.
 *
 * Evidence: dev-vk event 62
 * Evidence: vksdk-v3 UserTypingChat
 * Evidence: vk_api USER_TYPING_IN_CHAT: [user_id, chat_id]
 */
export interface UserLongPollUserTypingInChatEvent {
  readonly code: 62;
  readonly name: "user_typing_in_chat";
  readonly user_id: number;
  readonly chat_id: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 70: A user made a call.
 *
 * Evidence: dev-vk event 70
 * Evidence: vksdk-v3 UserCall
 * Evidence: vk_api USER_CALL: [user_id, call_id]
 */
export interface UserLongPollUserCallEvent {
  readonly code: 70;
  readonly name: "user_call";
  readonly user_id: number;
  readonly call_id: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 80: The unread messages counter in the left menu is now $count.
 *
 * Evidence: vk-dev-2 event 80 ($count, 0)
 * Evidence: vksdk-v3 CounterChange
 * Evidence: vk_api MESSAGES_COUNTER_UPDATE: [count]
 */
export interface UserLongPollUnreadCounterEvent {
  readonly code: 80;
  readonly name: "unread_counter";
  readonly count: number;
  /**
   * Second counter VK appends (0 in the docs' example).
   */
  readonly count_with_notifications?: number;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 114: Notification settings of a conversation changed (the object form sent with mode 8, which the client always asks for).
 *
 * Evidence: vk-dev-2 event 114
 * Evidence: vksdk-v3 NotificationSettingsChange.parseMode8
 * Evidence: vk_api NOTIFICATION_SETTINGS_UPDATE: [values]
 */
export interface UserLongPollNotificationSettingsChangedEvent {
  readonly code: 114;
  readonly name: "notification_settings_changed";
  readonly settings: UserLongPollNotificationSettings;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Event name → its decoded type.
 */
export interface UserLongPollEventMap {
  message_flags_replace: UserLongPollMessageFlagsReplaceEvent;
  message_flags_set: UserLongPollMessageFlagsSetEvent;
  message_flags_reset: UserLongPollMessageFlagsResetEvent;
  message_new: UserLongPollMessageNewEvent;
  message_edit: UserLongPollMessageEditEvent;
  read_incoming: UserLongPollReadIncomingEvent;
  read_outgoing: UserLongPollReadOutgoingEvent;
  friend_online: UserLongPollFriendOnlineEvent;
  friend_offline: UserLongPollFriendOfflineEvent;
  dialog_flags_reset: UserLongPollDialogFlagsResetEvent;
  dialog_flags_replace: UserLongPollDialogFlagsReplaceEvent;
  dialog_flags_set: UserLongPollDialogFlagsSetEvent;
  messages_delete: UserLongPollMessagesDeleteEvent;
  messages_restore: UserLongPollMessagesRestoreEvent;
  chat_params_changed: UserLongPollChatParamsChangedEvent;
  chat_info_changed: UserLongPollChatInfoChangedEvent;
  user_typing: UserLongPollUserTypingEvent;
  user_typing_in_chat: UserLongPollUserTypingInChatEvent;
  user_call: UserLongPollUserCallEvent;
  unread_counter: UserLongPollUnreadCounterEvent;
  notification_settings_changed: UserLongPollNotificationSettingsChangedEvent;
}

/**
 * Name of a User Long Poll event the registry knows.
 */
export type UserLongPollEventName = keyof UserLongPollEventMap;

/**
 * Any known User Long Poll event, discriminated on `name` (or `code`).
 */
export type UserLongPollKnownEvent = UserLongPollEventMap[UserLongPollEventName];

/**
 * How a positional field is decoded (see schema/user-longpoll.json).
 */
export type UserLongPollFieldWire =
  | 'integer'
  | 'string'
  | 'html_text'
  | 'negated_id'
  | 'flag_integer'
  | 'attachments'
  | 'flags:message'
  | 'flags:dialog'
  | 'enum:platform'
  | 'enum:chat_info'
  | 'object:additional_data'
  | 'object:notification_settings';

/**
 * How a key of an object field is decoded.
 */
export type UserLongPollKeyWire = 'string' | 'integer' | 'integer_string' | 'flag_string' | 'flag_integer';

/**
 * Flag sets by name, for decoders.
 */
export const userLongPollFlagSets = {
  message: userLongPollMessageFlags,
  dialog: userLongPollDialogFlags,
} as const;

/**
 * Enums by name, for decoders: the mask the value is read through (0 for none) and the names.
 */
export const userLongPollEnums = {
  platform: { mask: 255, values: userLongPollPlatformValues },
  chat_info: { mask: 0, values: userLongPollChatInfoValues },
} as const;

/**
 * Object fields by name, for decoders: each known key and how it travels.
 */
export const userLongPollObjects: { readonly [name: string]: { readonly [key: string]: UserLongPollKeyWire } } = {
  additional_data: {
    title: "string",
    from: "integer_string",
    from_admin: "integer_string",
    emoji: "flag_string",
    ref_source: "string",
    expire_ttl: "integer_string",
    payload: "string",
    source_act: "string",
    source_mid: "integer_string",
    source_text: "string",
    source_old_text: "string",
    source_message: "string",
    source_chat_local_id: "integer_string",
  },
  notification_settings: {
    peer_id: "integer",
    sound: "flag_integer",
    disabled_until: "integer",
  },
};

/**
 * One event code for decoders: its name and its fields in order, `[name, wire, optional]`.
 */
export interface UserLongPollEventSpec {
  readonly name: UserLongPollEventName;
  readonly fields: readonly (readonly [name: string, wire: UserLongPollFieldWire, optional: boolean])[];
}

/**
 * Event code → how to decode it. Codes missing here are unknown: decoders deliver them raw.
 */
export const userLongPollEvents: { readonly [code: number]: UserLongPollEventSpec } = {
  1: {
    name: "message_flags_replace",
    fields: [
      ["message_id", "integer", false],
      ["flags", "flags:message", false],
      ["peer_id", "integer", true],
      ["timestamp", "integer", true],
      ["text", "html_text", true],
      ["additional", "object:additional_data", true],
      ["attachments", "attachments", true],
      ["random_id", "integer", true],
      ["conversation_message_id", "integer", true],
      ["edit_time", "integer", true],
    ],
  },
  2: {
    name: "message_flags_set",
    fields: [
      ["message_id", "integer", false],
      ["mask", "flags:message", false],
      ["peer_id", "integer", true],
      ["timestamp", "integer", true],
      ["text", "html_text", true],
      ["additional", "object:additional_data", true],
      ["attachments", "attachments", true],
      ["random_id", "integer", true],
      ["conversation_message_id", "integer", true],
      ["edit_time", "integer", true],
    ],
  },
  3: {
    name: "message_flags_reset",
    fields: [
      ["message_id", "integer", false],
      ["mask", "flags:message", false],
      ["peer_id", "integer", true],
      ["timestamp", "integer", true],
      ["text", "html_text", true],
      ["additional", "object:additional_data", true],
      ["attachments", "attachments", true],
      ["random_id", "integer", true],
      ["conversation_message_id", "integer", true],
      ["edit_time", "integer", true],
    ],
  },
  4: {
    name: "message_new",
    fields: [
      ["message_id", "integer", false],
      ["flags", "flags:message", false],
      ["peer_id", "integer", true],
      ["timestamp", "integer", true],
      ["text", "html_text", true],
      ["additional", "object:additional_data", true],
      ["attachments", "attachments", true],
      ["random_id", "integer", true],
      ["conversation_message_id", "integer", true],
      ["edit_time", "integer", true],
    ],
  },
  5: {
    name: "message_edit",
    fields: [
      ["message_id", "integer", false],
      ["mask", "flags:message", false],
      ["peer_id", "integer", true],
      ["timestamp", "integer", true],
      ["text", "html_text", true],
      ["additional", "object:additional_data", true],
      ["attachments", "attachments", true],
      ["random_id", "integer", true],
      ["conversation_message_id", "integer", true],
      ["edit_time", "integer", true],
    ],
  },
  6: {
    name: "read_incoming",
    fields: [
      ["peer_id", "integer", false],
      ["local_id", "integer", false],
    ],
  },
  7: {
    name: "read_outgoing",
    fields: [
      ["peer_id", "integer", false],
      ["local_id", "integer", false],
    ],
  },
  8: {
    name: "friend_online",
    fields: [
      ["user_id", "negated_id", false],
      ["platform", "enum:platform", false],
      ["timestamp", "integer", false],
      ["app_id", "integer", true],
    ],
  },
  9: {
    name: "friend_offline",
    fields: [
      ["user_id", "negated_id", false],
      ["timeout", "flag_integer", false],
      ["timestamp", "integer", false],
    ],
  },
  10: {
    name: "dialog_flags_reset",
    fields: [
      ["peer_id", "integer", false],
      ["mask", "flags:dialog", false],
    ],
  },
  11: {
    name: "dialog_flags_replace",
    fields: [
      ["peer_id", "integer", false],
      ["flags", "flags:dialog", false],
    ],
  },
  12: {
    name: "dialog_flags_set",
    fields: [
      ["peer_id", "integer", false],
      ["mask", "flags:dialog", false],
    ],
  },
  13: {
    name: "messages_delete",
    fields: [
      ["peer_id", "integer", false],
      ["local_id", "integer", false],
    ],
  },
  14: {
    name: "messages_restore",
    fields: [
      ["peer_id", "integer", false],
      ["local_id", "integer", false],
    ],
  },
  51: {
    name: "chat_params_changed",
    fields: [
      ["chat_id", "integer", false],
      ["self", "flag_integer", true],
    ],
  },
  52: {
    name: "chat_info_changed",
    fields: [
      ["change", "enum:chat_info", false],
      ["peer_id", "integer", false],
      ["info", "integer", false],
    ],
  },
  61: {
    name: "user_typing",
    fields: [
      ["user_id", "integer", false],
      ["flags", "integer", false],
    ],
  },
  62: {
    name: "user_typing_in_chat",
    fields: [
      ["user_id", "integer", false],
      ["chat_id", "integer", false],
    ],
  },
  70: {
    name: "user_call",
    fields: [
      ["user_id", "integer", false],
      ["call_id", "integer", false],
    ],
  },
  80: {
    name: "unread_counter",
    fields: [
      ["count", "integer", false],
      ["count_with_notifications", "integer", true],
    ],
  },
  114: {
    name: "notification_settings_changed",
    fields: [
      ["settings", "object:notification_settings", false],
    ],
  },
};

/**
 * Every event code the registry knows, ascending.
 */
export const userLongPollEventCodes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 51, 52, 61, 62, 70, 80, 114] as const;
