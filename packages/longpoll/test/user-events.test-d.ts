// Type tests of decoded User Long Poll events: narrowing on `name` (and `code`) gives each
// code's fields with their decoded types.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  UserLongPollAdditionalData,
  UserLongPollAttachments,
  UserLongPollDialogFlags,
  UserLongPollEvent,
  UserLongPollEventName,
  UserLongPollMessageFlags,
  UserLongPollRawEvent,
} from '../src/index.js';
import type { UserLongPollChatInfo, UserLongPollEnumValue, UserLongPollNotificationSettings, UserLongPollPlatform } from '@vkts/types';

declare const event: UserLongPollEvent;

describe('UserLongPollEvent', () => {
  it('narrows message events on name', () => {
    if (event.name === 'message_new') {
      expectTypeOf(event.code).toEqualTypeOf<4>();
      expectTypeOf(event.message_id).toEqualTypeOf<number>();
      expectTypeOf(event.flags).toEqualTypeOf<UserLongPollMessageFlags>();
      expectTypeOf(event.flags.outbox).toEqualTypeOf<boolean>();
      expectTypeOf(event.flags.deleted_for_all).toEqualTypeOf<boolean>();
      expectTypeOf(event.peer_id).toEqualTypeOf<number | undefined>();
      expectTypeOf(event.text).toEqualTypeOf<string | undefined>();
      expectTypeOf(event.additional).toEqualTypeOf<UserLongPollAdditionalData | undefined>();
      expectTypeOf(event.attachments).toEqualTypeOf<UserLongPollAttachments | undefined>();
      expectTypeOf(event.random_id).toEqualTypeOf<number | undefined>();
      // @ts-expect-error flags of message events are decoded, not numbers
      expectTypeOf(event.flags).toEqualTypeOf<number>();
    }
    if (event.name === 'message_flags_set' || event.name === 'message_flags_reset' || event.name === 'message_edit') {
      expectTypeOf(event.mask).toEqualTypeOf<UserLongPollMessageFlags>();
    }
  });

  it('narrows on code as well', () => {
    if (event.code === 11 && event.name !== 'raw') {
      expectTypeOf(event.name).toEqualTypeOf<'dialog_flags_replace'>();
      expectTypeOf(event.flags).toEqualTypeOf<UserLongPollDialogFlags>();
    }
  });

  it('decodes additional data from strings', () => {
    expectTypeOf<UserLongPollAdditionalData['from']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<UserLongPollAdditionalData['emoji']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<UserLongPollAdditionalData['other']>().toEqualTypeOf<Readonly<Record<string, unknown>>>();
  });

  it('types the other codes', () => {
    if (event.name === 'friend_online') {
      expectTypeOf(event.user_id).toEqualTypeOf<number>();
      expectTypeOf(event.platform).toEqualTypeOf<UserLongPollEnumValue<UserLongPollPlatform>>();
      expectTypeOf(event.platform.name).toEqualTypeOf<'mobile' | 'iphone' | 'ipad' | 'android' | 'wphone' | 'windows' | 'web' | undefined>();
    }
    if (event.name === 'friend_offline') expectTypeOf(event.timeout).toEqualTypeOf<boolean>();
    if (event.name === 'read_incoming' || event.name === 'read_outgoing' || event.name === 'messages_delete' || event.name === 'messages_restore') {
      expectTypeOf(event.peer_id).toEqualTypeOf<number>();
      expectTypeOf(event.local_id).toEqualTypeOf<number>();
    }
    if (event.name === 'dialog_flags_reset' || event.name === 'dialog_flags_set') expectTypeOf(event.mask).toEqualTypeOf<UserLongPollDialogFlags>();
    if (event.name === 'chat_params_changed') expectTypeOf(event.self).toEqualTypeOf<boolean | undefined>();
    if (event.name === 'chat_info_changed') expectTypeOf(event.change).toEqualTypeOf<UserLongPollEnumValue<UserLongPollChatInfo>>();
    if (event.name === 'user_typing') expectTypeOf(event.flags).toEqualTypeOf<number>();
    if (event.name === 'user_typing_in_chat') expectTypeOf(event.chat_id).toEqualTypeOf<number>();
    if (event.name === 'user_call') expectTypeOf(event.call_id).toEqualTypeOf<number>();
    if (event.name === 'unread_counter') expectTypeOf(event.count).toEqualTypeOf<number>();
    if (event.name === 'notification_settings_changed') {
      expectTypeOf(event.settings).toEqualTypeOf<UserLongPollNotificationSettings>();
      expectTypeOf(event.settings.sound).toEqualTypeOf<boolean | undefined>();
    }
  });

  it('keeps raw events apart', () => {
    if (event.name === 'raw') {
      expectTypeOf(event).toEqualTypeOf<UserLongPollRawEvent>();
      expectTypeOf(event.code).toEqualTypeOf<number | undefined>();
      expectTypeOf(event.raw).toEqualTypeOf<unknown>();
    }
    expectTypeOf<Exclude<UserLongPollEvent['name'], 'raw'>>().toEqualTypeOf<UserLongPollEventName>();
  });
});
