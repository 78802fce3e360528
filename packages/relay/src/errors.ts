// Errors of @vkts/relay. One base (`RelayError`, a VktsError with codes `'relay.<what>'`).
// Messages name streams, groups, consumers, entry and event ids, never payloads.
import { describeError } from '@vkts/internals';
import { VktsError } from '@vkts/types';

/** Base of this package's errors: a {@link VktsError} whose `code` is `'relay.<what>'`. */
export class RelayError extends VktsError {
  override readonly name: string = 'RelayError';
  declare readonly code: `relay.${string}`;

  constructor(code: `relay.${string}`, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** An event could not be appended to its stream: it is not in Redis. */
export class RelayPublishError extends RelayError {
  override readonly name = 'RelayPublishError';
  readonly stream: string;
  readonly eventType: string;
  readonly eventId: string | undefined;
  /** Long Poll events: the append is tried again after this many ms (undefined: not retried by the relay). */
  readonly retryInMs: number | undefined;

  constructor(details: { stream: string; eventType: string; eventId: string | undefined; attempt?: number; retryInMs?: number }, cause: unknown) {
    const retry = details.retryInMs === undefined ? '' : `; retry ${details.attempt ?? 1} in ${details.retryInMs} ms`;
    super(
      'relay.append',
      `could not append the "${details.eventType}" event ${details.eventId ?? '(no event_id)'} to the Redis stream "${details.stream}": ${describeError(cause)}${retry}`,
      { cause },
    );
    this.stream = details.stream;
    this.eventType = details.eventType;
    this.eventId = details.eventId;
    this.retryInMs = details.retryInMs;
  }
}

/** The relay was closed while an append was still being retried; the event is not in Redis. */
export class RelayClosedError extends RelayError {
  override readonly name = 'RelayClosedError';

  constructor(message: string) {
    super('relay.closed', message);
  }
}

/** What a worker was doing when Redis failed. */
export type WorkerOperation = 'create-group' | 'read' | 'ack' | 'reclaim' | 'dead-letter' | 'record-failure';

/** A worker's Redis command failed; the worker retries after `retryInMs` (0: no retry of its own). */
export class RelayWorkerError extends RelayError {
  override readonly name = 'RelayWorkerError';
  readonly operation: WorkerOperation;
  readonly stream: string;
  readonly consumer: string;
  readonly attempt: number;
  readonly retryInMs: number;

  constructor(details: { operation: WorkerOperation; stream: string; consumer: string; attempt: number; retryInMs: number }, cause: unknown) {
    const retry = details.retryInMs > 0 ? `; retry ${details.attempt} in ${details.retryInMs} ms` : '';
    super('relay.worker', `relay worker "${details.consumer}" on stream "${details.stream}": ${details.operation} failed: ${describeError(cause)}${retry}`, { cause });
    this.operation = details.operation;
    this.stream = details.stream;
    this.consumer = details.consumer;
    this.attempt = details.attempt;
    this.retryInMs = details.retryInMs;
  }
}

/** A stream entry went to the dead-letter stream: handling failed `deliveries` times, or it cannot be decoded. */
export class RelayDeadLetterError extends RelayError {
  override readonly name = 'RelayDeadLetterError';
  readonly stream: string;
  readonly deadLetterStream: string;
  readonly entryId: string;
  readonly deliveries: number;
  readonly lastError: string;

  constructor(details: { stream: string; deadLetterStream: string; entryId: string; deliveries: number; lastError: string }) {
    super(
      'relay.dead_letter',
      `entry ${details.entryId} of stream "${details.stream}" moved to "${details.deadLetterStream}" after ${details.deliveries} deliveries: ${details.lastError}`,
    );
    this.stream = details.stream;
    this.deadLetterStream = details.deadLetterStream;
    this.entryId = details.entryId;
    this.deliveries = details.deliveries;
    this.lastError = details.lastError;
  }
}

/**
 * Entries that were pending (delivered, never acknowledged) had been trimmed from the stream by
 * its `MAXLEN` cap before anyone handled them: those events are lost. Raise `maxLen`.
 */
export class RelayTrimmedError extends RelayError {
  override readonly name = 'RelayTrimmedError';
  readonly stream: string;
  readonly entryIds: readonly string[];

  constructor(stream: string, entryIds: readonly string[]) {
    super(
      'relay.trimmed',
      `${entryIds.length} pending entr${entryIds.length === 1 ? 'y' : 'ies'} of stream "${stream}" had been trimmed by its MAXLEN cap before being handled ` +
        `(${entryIds.slice(0, 5).join(', ')}${entryIds.length > 5 ? ', …' : ''}): raise maxLen`,
    );
    this.stream = stream;
    this.entryIds = entryIds;
  }
}
