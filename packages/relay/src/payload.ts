// What a stream entry holds: one field, `data`, with the event envelope, the context the
// publishing process got it with, and the enrichment, as JSON. `format` lets a later version
// change the layout while workers of this one still say clearly what they cannot read.
import type { AnyEvent, DirectEventContext, VkTransport } from '@vkts/events';
import { isRecord } from '@vkts/internals';

export const PAYLOAD_FIELD = 'data';
const FORMAT = 1;

/** The context as it travels: what a worker needs to rebuild the handler's context. */
export interface WireContext {
  readonly transport: VkTransport;
  readonly groupId: number;
  readonly eventId: string | undefined;
  readonly apiVersion: string | undefined;
  readonly retry?: number;
}

export interface Payload {
  readonly event: unknown;
  readonly context: WireContext;
  readonly enrichment: unknown;
}

export function encodePayload(event: AnyEvent, context: DirectEventContext, enrichment: unknown): string {
  const wire: WireContext =
    context.retry === undefined
      ? { transport: context.transport, groupId: context.groupId, eventId: context.eventId, apiVersion: context.apiVersion }
      : { transport: context.transport, groupId: context.groupId, eventId: context.eventId, apiVersion: context.apiVersion, retry: context.retry };
  return JSON.stringify(enrichment === undefined ? { format: FORMAT, event, context: wire } : { format: FORMAT, event, context: wire, enrichment });
}

/** The payload of an entry, or a sentence saying why it cannot be read (never the payload itself). */
export function decodePayload(data: string | undefined): Payload | string {
  if (data === undefined) return `the entry has no "${PAYLOAD_FIELD}" field (not written by @vkts/relay)`;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return `the "${PAYLOAD_FIELD}" field is not JSON`;
  }
  if (!isRecord(value)) return `the "${PAYLOAD_FIELD}" field is not a JSON object`;
  if (value.format !== FORMAT) return `the payload format is ${JSON.stringify(value.format) ?? 'missing'}, this worker reads format ${FORMAT}`;
  const context = value.context;
  if (!isRecord(context)) return 'the payload has no context';
  const { transport, groupId, eventId, apiVersion, retry } = context;
  if (transport !== 'callback' && transport !== 'longpoll') return `the context's transport is ${JSON.stringify(transport) ?? 'missing'}`;
  if (typeof groupId !== 'number' || !Number.isSafeInteger(groupId)) return "the context's groupId is not an integer";
  if (eventId !== undefined && typeof eventId !== 'string') return "the context's eventId is not a string";
  if (apiVersion !== undefined && typeof apiVersion !== 'string') return "the context's apiVersion is not a string";
  if (retry !== undefined && typeof retry !== 'number') return "the context's retry is not a number";
  const wire: WireContext = retry === undefined ? { transport, groupId, eventId, apiVersion } : { transport, groupId, eventId, apiVersion, retry };
  return { event: value.event, context: wire, enrichment: value.enrichment };
}
