// Every @vkts/longpoll error is a LongPollError and a VktsError with a `'longpoll.<what>'` code.
import { VktsError } from '@vkts/types';
import { expect, it } from 'vitest';
import { LongPollError, LongPollFatalError, LongPollFaultError, LongPollGapError, LongPollHookError, LongPollVersionError } from '../src/index.js';

it.each([
  [new LongPollFaultError({ kind: 'bots', reason: 'network', message: 'x', attempt: 1, retryInMs: 5 }), 'longpoll.fault'],
  [new LongPollFatalError('bots', 'x'), 'longpoll.fatal'],
  [new LongPollVersionError(4, 1, 3), 'longpoll.version'],
  [new LongPollHookError('onTs', new Error('disk full')), 'longpoll.hook'],
  [new LongPollGapError('bots', { reason: 'failed-3', fromTs: '1', toTs: '5' }), 'longpoll.gap'],
] as const)('%s has code %s', (error, code) => {
  expect(error).toBeInstanceOf(LongPollError);
  expect(error).toBeInstanceOf(VktsError);
  expect(error.code).toBe(code);
});

it('LongPollVersionError is still a LongPollFatalError', () => {
  expect(new LongPollVersionError(4, undefined, undefined)).toBeInstanceOf(LongPollFatalError);
});
