// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: zod validators of community events.
/* eslint-disable */

import { z } from 'zod';
import type * as E from './events.gen.js';
import { schemaOf } from '../zod-shape.js';
import { envelopeShape } from '../event-envelope-zod.js';
import { zWallComment, zWallWallpost } from './zod.gen.js';

const ConfirmationEventShape = z.looseObject({ type: z.literal("confirmation"), ...envelopeShape });
const WallPostNewEventShape = z.looseObject({ type: z.literal("wall_post_new"), ...envelopeShape, object: zWallWallpost });
const WallReplyNewEventShape = z.looseObject({ type: z.literal("wall_reply_new"), ...envelopeShape, object: zWallComment });

export const zConfirmationEvent: z.ZodType<E.ConfirmationEvent> = schemaOf<E.ConfirmationEvent>(ConfirmationEventShape);
export const zWallPostNewEvent: z.ZodType<E.WallPostNewEvent> = schemaOf<E.WallPostNewEvent>(WallPostNewEventShape);
export const zWallReplyNewEvent: z.ZodType<E.WallReplyNewEvent> = schemaOf<E.WallReplyNewEvent>(WallReplyNewEventShape);

/**
 * Event type → its validator.
 */
export const callbackEventValidators: { readonly [K in E.CallbackEventType]: z.ZodType<E.CallbackEventMap[K]> } = {
  confirmation: zConfirmationEvent,
  wall_post_new: zWallPostNewEvent,
  wall_reply_new: zWallReplyNewEvent,
};

/**
 * Any known community event, discriminated on `type`.
 */
export const zCallbackEvent: z.ZodType<E.CallbackEvent> = schemaOf<E.CallbackEvent>(z.discriminatedUnion('type', [
  ConfirmationEventShape,
  WallPostNewEventShape,
  WallReplyNewEventShape,
]));
