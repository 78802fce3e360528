// What the fake's upload servers received and what the save methods made of it: pending uploads
// (by the id their reply carries), and the saved photos, documents, stories and videos that
// later calls (photos.getById, docs.getById, messages.send) can see.
import { randomBytes } from 'node:crypto';
import type { UploadFlowName } from '@vkts/types';
import type { FakeVkAuth } from '../options.js';
import type { ReceivedPart } from './multipart-reader.js';

/** One upload the fake received. */
export interface FakeVkUpload {
  readonly id: string;
  readonly flow: UploadFlowName;
  /** What each file part carried (content is counted, not stored; `head` is its first bytes). */
  readonly parts: readonly ReceivedPart[];
  readonly ownerId: number;
  /** Set once a save method took it. */
  saved: boolean;
}

/** A ticket behind one upload URL handed out by a get-server method. */
export interface UploadTicket {
  readonly id: string;
  readonly key: string;
  readonly flow: UploadFlowName;
  readonly ownerId: number;
  /** For the video flow: the video video.save created. */
  readonly videoId: number | undefined;
}

/** How the next upload POST (of `flow`, when given) fails; consumed in order. */
export type FakeUploadFailure = { readonly flow?: UploadFlowName } & (
  | { readonly kind: 'reset'; /** Bytes to read before dropping the connection. @default 1 */ readonly afterBytes?: number }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'error'; readonly error: string }
);

export interface SavedObject {
  readonly kind: 'photo' | 'doc' | 'story' | 'video';
  readonly ownerId: number;
  readonly id: number;
  readonly accessKey: string;
  readonly flow: UploadFlowName;
  readonly object: Record<string, unknown>;
}

export function ownerOf(auth: FakeVkAuth): number {
  return auth.type === 'group' ? -auth.groupId : auth.type === 'user' ? auth.userId : 0;
}

export class UploadStore {
  readonly uploads: FakeVkUpload[] = [];
  readonly failures: FakeUploadFailure[] = [];
  readonly #tickets = new Map<string, UploadTicket>();
  readonly #pending = new Map<string, FakeVkUpload>();
  readonly #saved = new Map<string, SavedObject>();
  #nextId = 457239017;

  ticket(flow: UploadFlowName, ownerId: number, videoId?: number): UploadTicket {
    const ticket: UploadTicket = { id: token(), key: token(), flow, ownerId, videoId };
    this.#tickets.set(ticket.id, ticket);
    return ticket;
  }

  findTicket(id: string): UploadTicket | undefined {
    return this.#tickets.get(id);
  }

  received(flow: UploadFlowName, ownerId: number, parts: readonly ReceivedPart[]): FakeVkUpload {
    const upload: FakeVkUpload = { id: token(), flow, parts, ownerId, saved: false };
    this.uploads.push(upload);
    this.#pending.set(upload.id, upload);
    return upload;
  }

  /** The unsaved upload whose id appears in `values` (the save method's params). */
  pendingIn(values: Readonly<Record<string, unknown>>): FakeVkUpload | undefined {
    const text = JSON.stringify(values);
    for (const upload of this.#pending.values()) if (text.includes(upload.id)) return upload;
    return undefined;
  }

  markSaved(upload: FakeVkUpload): void {
    upload.saved = true;
    this.#pending.delete(upload.id);
  }

  /** The first scripted failure meant for an upload of `flow`, removed from the queue. */
  takeFailure(flow: UploadFlowName): FakeUploadFailure | undefined {
    const index = this.failures.findIndex((failure) => failure.flow === undefined || failure.flow === flow);
    return index < 0 ? undefined : this.failures.splice(index, 1)[0];
  }

  nextId(): number {
    return this.#nextId++;
  }

  save(object: SavedObject): SavedObject {
    this.#saved.set(`${object.kind}${object.ownerId}_${object.id}`, object);
    return object;
  }

  /** A saved object by its attachment string (`photo-1_2` or `photo-1_2_key`); the access key must match when given. */
  find(attachment: string): SavedObject | undefined {
    const match = /^(photo|doc|story|video)(-?\d+)_(\d+)(?:_([A-Za-z0-9]+))?$/.exec(attachment.trim());
    if (match === null) return undefined;
    const found = this.#saved.get(`${match[1]}${match[2]}_${match[3]}`);
    if (found === undefined || (match[4] !== undefined && match[4] !== found.accessKey)) return undefined;
    return found;
  }
}

export function token(): string {
  return randomBytes(8).toString('hex');
}
