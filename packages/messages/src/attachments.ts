// Attachment strings (`photo-1_2_key`) and the objects VK sends: format, parse, and the string
// of an attachment object from an event or a response.
import { isRecord } from '@vkts/internals';
import type { PhotosPhotoSizes } from '@vkts/types';
import { AttachmentFormatError } from './errors.js';

/** Attachment types that have a `<type><owner_id>_<id>[_<access_key>]` string. */
export const ATTACHMENT_TYPES = [
  'photo',
  'video',
  'audio',
  'doc',
  'wall',
  'wall_reply',
  'market',
  'market_album',
  'poll',
  'story',
  'audio_message',
  'audio_playlist',
  'graffiti',
  'album',
  'podcast',
] as const;

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
const KNOWN: ReadonlySet<string> = new Set(ATTACHMENT_TYPES);

/** One attachment as its parts. */
export interface AttachmentRef {
  type: AttachmentType;
  ownerId: number;
  id: number;
  accessKey?: string;
}

const ATTACHMENT = /^([a-z_]+?)(-?\d+)_(\d+)(?:_([A-Za-z0-9_-]+))?$/;
const ACCESS_KEY = /^[A-Za-z0-9_-]+$/;

function isAttachmentType(type: string): type is AttachmentType {
  return KNOWN.has(type);
}

function checkId(what: string, value: number, signed: boolean): void {
  if (!Number.isSafeInteger(value) || (!signed && value < 0)) {
    throw new AttachmentFormatError(`attachment: ${what} must be ${signed ? 'an' : 'a non-negative'} integer, got ${String(value)}`);
  }
}

/** `{ type: 'photo', ownerId: -1, id: 2, accessKey: 'k' }` → `photo-1_2_k`. */
export function formatAttachment(ref: AttachmentRef): string {
  if (!isAttachmentType(ref.type)) throw new AttachmentFormatError(`attachment: unknown type ${JSON.stringify(ref.type)} (known: ${ATTACHMENT_TYPES.join(', ')})`);
  checkId('ownerId', ref.ownerId, true);
  checkId('id', ref.id, false);
  if (ref.accessKey !== undefined && !ACCESS_KEY.test(ref.accessKey)) {
    throw new AttachmentFormatError('attachment: the access key may hold only letters, digits, _ and -');
  }
  return `${ref.type}${ref.ownerId}_${ref.id}${ref.accessKey === undefined || ref.accessKey === '' ? '' : `_${ref.accessKey}`}`;
}

/** `photo-1_2_k` → `{ type: 'photo', ownerId: -1, id: 2, accessKey: 'k' }`. */
export function parseAttachment(text: string): AttachmentRef {
  const match = ATTACHMENT.exec(text);
  if (match === null) throw new AttachmentFormatError(`attachment ${JSON.stringify(text)} is not <type><owner_id>_<id>[_<access_key>]`);
  const [, type = '', owner = '', id = '', accessKey] = match;
  if (!isAttachmentType(type)) throw new AttachmentFormatError(`attachment ${JSON.stringify(text)}: unknown type ${JSON.stringify(type)}`);
  const ref: AttachmentRef = { type, ownerId: Number(owner), id: Number(id) };
  checkId('ownerId', ref.ownerId, true);
  checkId('id', ref.id, false);
  if (accessKey !== undefined) ref.accessKey = accessKey;
  return ref;
}

/** The comma-separated `attachment` param → its parts. */
export function parseAttachments(text: string): AttachmentRef[] {
  return text === '' ? [] : text.split(',').map((part) => parseAttachment(part.trim()));
}

/** Parts or strings → the comma-separated `attachment` param. */
export function formatAttachments(refs: readonly (AttachmentRef | string)[]): string {
  return refs.map((ref) => (typeof ref === 'string' ? formatAttachment(parseAttachment(ref)) : formatAttachment(ref))).join(',');
}

/**
 * The string of an attachment object as VK sends it in messages and posts
 * (`{ type: 'photo', photo: { owner_id, id, access_key } }`), or of a bare media object with
 * its type (`attachmentOf(photo, 'photo')`), keeping the access key.
 */
export function attachmentOf<A extends { readonly type: string }>(attachment: A): string;
export function attachmentOf(media: object, type: AttachmentType): string;
export function attachmentOf(value: object, type?: AttachmentType): string {
  const source: unknown = value;
  if (!isRecord(source)) throw new AttachmentFormatError('attachment: not an object');
  let kind: string;
  let media: unknown;
  if (type === undefined) {
    const named = source['type'];
    if (typeof named !== 'string') throw new AttachmentFormatError('attachment: the object has no type');
    kind = named;
    media = source[named];
  } else {
    kind = type;
    media = source;
  }
  if (!isAttachmentType(kind)) throw new AttachmentFormatError(`attachment: type ${JSON.stringify(kind)} has no attachment string`);
  if (!isRecord(media)) throw new AttachmentFormatError(`attachment: the ${kind} object is missing`);
  const { owner_id: ownerId, id, access_key: accessKey } = media;
  if (typeof ownerId !== 'number' || typeof id !== 'number') throw new AttachmentFormatError(`attachment: the ${kind} object has no numeric owner_id and id`);
  return formatAttachment({ type: kind, ownerId, id, ...(typeof accessKey === 'string' && accessKey !== '' ? { accessKey } : {}) });
}

function sizeUrl(size: PhotosPhotoSizes): string | undefined {
  return size.url ?? size.src;
}

type SizedPhoto = { readonly sizes?: readonly PhotosPhotoSizes[] | undefined };

function isSizeList(value: SizedPhoto | readonly PhotosPhotoSizes[]): value is readonly PhotosPhotoSizes[] {
  return Array.isArray(value);
}

function sizesOf(photo: SizedPhoto | readonly PhotosPhotoSizes[]): readonly PhotosPhotoSizes[] {
  const sizes = isSizeList(photo) ? photo : photo.sizes;
  return (sizes ?? []).filter((size) => sizeUrl(size) !== undefined);
}

/** The biggest size of a photo (by area; VK's 0×0 legacy sizes come last), or undefined without sizes. */
export function largestSize(photo: SizedPhoto | readonly PhotosPhotoSizes[]): PhotosPhotoSizes | undefined {
  let best: PhotosPhotoSizes | undefined;
  for (const size of sizesOf(photo)) {
    if (best === undefined || size.width * size.height > best.width * best.height) best = size;
  }
  return best;
}

/** The size whose width is closest to `width` (the wider one on a tie), or undefined without sizes. */
export function closestSize(photo: SizedPhoto | readonly PhotosPhotoSizes[], width: number): PhotosPhotoSizes | undefined {
  let best: PhotosPhotoSizes | undefined;
  for (const size of sizesOf(photo)) {
    if (size.width === 0) continue;
    const distance = Math.abs(size.width - width);
    const bestDistance = best === undefined ? Infinity : Math.abs(best.width - width);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && size.width > best.width)) best = size;
  }
  return best ?? largestSize(photo);
}
