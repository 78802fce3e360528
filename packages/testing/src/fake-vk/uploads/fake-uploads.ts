import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoredHandler } from '../handlers.js';
import { uploadHandlers } from './upload-methods.js';
import { UPLOAD_PATH, uploadHandler } from './upload-server.js';
import { UploadStore, type FakeUploadFailure, type FakeVkUpload, type SavedObject } from './upload-store.js';

/** The fake's upload servers, as tests see them: what arrived, what was saved, faults to script. */
export interface FakeVkUploads {
  /** Every upload the upload servers accepted, in order (file contents counted, not stored). */
  readonly received: readonly FakeVkUpload[];
  /** The next upload POST (of `flow`, if given) fails: a dropped connection, an HTTP status, or VK's `{ error }` reply. */
  failNext(failure: FakeUploadFailure): void;
  /** A saved photo, doc, story or video by its attachment string (`photo-1_2_key`), or undefined. */
  find(attachment: string): SavedObject | undefined;
}

/** Everything the fake's router and API need for uploads, behind one object (see create-fake-vk.ts). */
export class FakeUploadServers implements FakeVkUploads {
  readonly #store = new UploadStore();
  readonly #serve: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;
  readonly #baseUrl: () => string;

  constructor(baseUrl: () => string) {
    this.#baseUrl = baseUrl;
    this.#serve = uploadHandler(this.#store);
  }

  get received(): readonly FakeVkUpload[] {
    return this.#store.uploads;
  }

  failNext(failure: FakeUploadFailure): void {
    this.#store.failures.push(failure);
  }

  find(attachment: string): SavedObject | undefined {
    return this.#store.find(attachment);
  }

  handlers(): Map<string, StoredHandler> {
    return uploadHandlers(this.#store, this.#baseUrl);
  }

  /** Serves `POST /upload/<ticket>` straight from the socket (bodies stream; nothing is buffered whole). */
  serveRaw(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> | undefined {
    return request.method === 'POST' && UPLOAD_PATH.test(url.pathname) ? this.#serve(request, response, url) : undefined;
  }
}

export type { FakeUploadFailure, FakeVkUpload, SavedObject as FakeVkSavedObject };
export type { ReceivedPart as FakeVkUploadPart } from './multipart-reader.js';
