// Every error class of @vkts/api, @vkts/events and @vkts/callback is a VktsError with a `code`
// by the documented convention: VK's number for ApiError, `'<package>.<what>'` otherwise.
import { ApiError, BadResponseError, TransportError, ValidationError } from '@vkts/api';
import { EventDispatchError, EventValidationError, InvalidEnvelopeError, createEventContext } from '@vkts/events';
import { VktsError } from '@vkts/types';
import { describe, expect, it } from 'vitest';
import {
  CallbackError,
  CallbackInternalError,
  CallbackLookupError,
  CallbackSetupError,
  CallbackTimeoutError,
  DedupeStoreError,
  VktsError as ReexportedVktsError,
} from '../src/index.js';

const event = { type: 'group_join', object: { user_id: 1, join_type: 'join' }, group_id: 1, event_id: 'e1', v: '5.199' } as const;

describe('one error base across packages', () => {
  it.each([
    [new ApiError({ code: 14, method: 'users.get', vkMessage: 'Captcha needed', params: {} }), 14],
    [new TransportError('timeout', 'users.get', 'timed out'), 'api.transport'],
    [new BadResponseError({ method: 'users.get', status: 502, contentType: 'text/html', bodySnippet: '', problem: 'not JSON' }), 'api.bad_response'],
    [new ValidationError('users.get', 'params', []), 'api.validation'],
    [new EventValidationError('group_join', [], event), 'events.validation'],
    [new InvalidEnvelopeError(1, 'a number'), 'events.invalid_envelope'],
    [new EventDispatchError([new Error('x')], event, createEventContext(event, { transport: 'callback' })), 'events.dispatch'],
    [new CallbackTimeoutError({ groupId: 1, eventId: 'e1', eventType: 'group_join', timeoutMs: 5 }), 'callback.timeout'],
    [new CallbackLookupError('secret', 1, new Error('x')), 'callback.lookup'],
    [new DedupeStoreError('claim', 'k', new Error('x')), 'callback.dedupe_store'],
    [new CallbackInternalError(new Error('x')), 'callback.internal'],
    [new CallbackSetupError(1, 'add', 'x'), 'callback.setup'],
  ] as const)('%s has code %s and is a VktsError', (error, code) => {
    expect(error).toBeInstanceOf(VktsError);
    expect(error).toBeInstanceOf(ReexportedVktsError);
    expect(error.code).toBe(code);
  });

  it('built-in bases are kept where code relies on them', () => {
    expect(new InvalidEnvelopeError(1, 'a number')).toBeInstanceOf(TypeError);
    expect(new EventDispatchError([], event, createEventContext(event, { transport: 'callback' }))).toBeInstanceOf(AggregateError);
    expect(new CallbackSetupError(1, 'add', 'x')).toBeInstanceOf(CallbackError);
    expect(new TransportError('timeout', 'users.get', 'x')).not.toBeInstanceOf(CallbackError);
  });
});
