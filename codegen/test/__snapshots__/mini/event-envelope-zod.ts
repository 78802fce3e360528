import { z } from 'zod';

/** Validators of the envelope fields shared by every community event (see EventEnvelope). */
export const envelopeShape = {
  group_id: z.number().int(),
  event_id: z.string().optional(),
  v: z.string().optional(),
  secret: z.string().optional(),
};
