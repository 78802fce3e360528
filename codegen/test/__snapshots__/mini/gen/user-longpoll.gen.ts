// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: User Long Poll version 3 events, flags and decoding table, from schema/user-longpoll.json.
/* eslint-disable */

/**
 * The User Long Poll version these types and the decoding table describe (the `version` param).
 */
export const userLongPollVersion = 3 as const;

/**
 * Message flags.
 *
 * Evidence: docs message flags
 */
export const userLongPollMessageFlags = {
  unread: 1,
  outbox: 2,
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
 * A decoded enum field: the number as sent, and its name when the registry knows it.
 */
export interface UserLongPollEnumValue<N extends string> {
  readonly raw: number;
  readonly name: N | undefined;
}

/**
 * Platform of a friend.
 *
 * Read from the value & 255.
 *
 * Evidence: docs platforms
 */
export const userLongPollPlatformValues = {
  1: "mobile",
  7: "web",
} as const;

export type UserLongPollPlatform = (typeof userLongPollPlatformValues)[keyof typeof userLongPollPlatformValues];

/**
 * Additional data of a message.
 *
 * Evidence: docs additional data
 */
export interface UserLongPollAdditionalData {
  readonly title?: string;
  /**
   * Author in a chat.
   */
  readonly from?: number;
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
 * Code 4: A new message.
 *
 * Evidence: docs event 4
 */
export interface UserLongPollMessageNewEvent {
  readonly code: 4;
  readonly name: "message_new";
  readonly message_id: number;
  readonly flags: UserLongPollMessageFlags;
  readonly peer_id?: number;
  readonly additional?: UserLongPollAdditionalData;
  readonly attachments?: UserLongPollAttachments;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Code 8: A friend came online.
 *
 * Evidence: docs event 8
 */
export interface UserLongPollFriendOnlineEvent {
  readonly code: 8;
  readonly name: "friend_online";
  readonly user_id: number;
  readonly platform: UserLongPollEnumValue<UserLongPollPlatform>;
  /** The update as received. */
  readonly raw: readonly unknown[];
}

/**
 * Event name → its decoded type.
 */
export interface UserLongPollEventMap {
  message_new: UserLongPollMessageNewEvent;
  friend_online: UserLongPollFriendOnlineEvent;
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
  | 'enum:platform'
  | 'object:additional_data';

/**
 * How a key of an object field is decoded.
 */
export type UserLongPollKeyWire = 'string' | 'integer' | 'integer_string' | 'flag_string' | 'flag_integer';

/**
 * Flag sets by name, for decoders.
 */
export const userLongPollFlagSets = {
  message: userLongPollMessageFlags,
} as const;

/**
 * Enums by name, for decoders: the mask the value is read through (0 for none) and the names.
 */
export const userLongPollEnums = {
  platform: { mask: 255, values: userLongPollPlatformValues },
} as const;

/**
 * Object fields by name, for decoders: each known key and how it travels.
 */
export const userLongPollObjects: { readonly [name: string]: { readonly [key: string]: UserLongPollKeyWire } } = {
  additional_data: {
    title: "string",
    from: "integer_string",
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
  4: {
    name: "message_new",
    fields: [
      ["message_id", "integer", false],
      ["flags", "flags:message", false],
      ["peer_id", "integer", true],
      ["additional", "object:additional_data", true],
      ["attachments", "attachments", true],
    ],
  },
  8: {
    name: "friend_online",
    fields: [
      ["user_id", "negated_id", false],
      ["platform", "enum:platform", false],
    ],
  },
};

/**
 * Every event code the registry knows, ascending.
 */
export const userLongPollEventCodes = [4, 8] as const;
