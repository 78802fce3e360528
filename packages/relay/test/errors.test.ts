import { describe, expect, it } from 'vitest';
import { RelayClosedError, RelayDeadLetterError, RelayError, RelayPublishError, RelayTrimmedError, RelayWorkerError, VktsError } from '../src/index.js';

describe('relay errors', () => {
  it('are VktsErrors under RelayError with codes relay.<what>', () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:1');
    const errors = [
      new RelayPublishError({ stream: 's', eventType: 'group_join', eventId: 'e1' }, cause),
      new RelayClosedError('the relay was closed'),
      new RelayWorkerError({ operation: 'read', stream: 's', consumer: 'w', attempt: 2, retryInMs: 40 }, cause),
      new RelayDeadLetterError({ stream: 's', deadLetterStream: 's:dead', entryId: '1-0', deliveries: 5, lastError: 'boom' }),
      new RelayTrimmedError('s', ['1-0', '2-0']),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(VktsError);
      expect(error).toBeInstanceOf(RelayError);
    }
    expect(errors.map((error) => [error.name, error.code])).toEqual([
      ['RelayPublishError', 'relay.append'],
      ['RelayClosedError', 'relay.closed'],
      ['RelayWorkerError', 'relay.worker'],
      ['RelayDeadLetterError', 'relay.dead_letter'],
      ['RelayTrimmedError', 'relay.trimmed'],
    ]);
    expect(errors[0]?.cause).toBe(cause);
    expect(errors[0]?.message).toBe('could not append the "group_join" event e1 to the Redis stream "s": Error: connect ECONNREFUSED 127.0.0.1:1');
  });
});
