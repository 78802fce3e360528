// The fake's upload servers: `POST /upload/<ticket>?key=…` takes multipart/form-data strictly as
// VK's do for the ticket's flow (field names, file count, size limit, content type), streaming,
// and answers with the reply fields VK's servers send for that flow, or `{ "error": … }`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { uploadFlows, type UploadFlowSpec } from '@vkts/types';
import { boundaryOf, readMultipart, type ReceivedPart } from './multipart-reader.js';
import type { FakeVkUpload, UploadStore } from './upload-store.js';

export const UPLOAD_PATH = /^\/upload\/([0-9a-f]+)$/;

function answer(response: ServerResponse, status: number, json: unknown): void {
  if (response.headersSent || response.destroyed) return;
  const body = JSON.stringify(json);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function fieldsOf(spec: UploadFlowSpec): string[] {
  return Array.from({ length: spec.upload.maxFiles }, (_, i) => spec.upload.field.replace('{n}', String(i + 1)));
}

function typeAccepted(spec: UploadFlowSpec, type: string | undefined): boolean {
  if (spec.limits.contentTypes.length === 0) return true;
  const bare = (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return spec.limits.contentTypes.some((entry) => (entry.endsWith('/') ? bare.startsWith(entry) : bare === entry));
}

/** The reply VK's upload server sends for this flow, pointing at the stored upload. */
function replyFor(spec: UploadFlowSpec, upload: FakeVkUpload, videoId: number | undefined): Record<string, unknown> {
  const hash = `h${upload.id}`;
  switch (spec.name) {
    case 'albumPhotos':
      return { server: 625831, photos_list: JSON.stringify(upload.parts.map((_, i) => ({ photo: `${upload.id}:${i}` }))), aid: 0, hash };
    case 'chatPhoto':
      return { response: upload.id };
    case 'storyPhoto':
    case 'storyVideo':
      return { response: { upload_result: upload.id } };
    case 'video':
      return { video_hash: hash, size: upload.parts[0]?.size ?? 0, owner_id: upload.ownerId, video_id: videoId ?? 0 };
    case 'appWidgetImage':
    case 'groupWidgetImage':
      return { image: upload.id, hash };
    default:
      break;
  }
  if (spec.upload.reply.includes('file')) return { file: upload.id };
  // Photos (and the whole-reply flows): server, photo, hash as VK's photo servers answer.
  return { server: 625831, photo: JSON.stringify([{ photo: upload.id }]), hash };
}

export function uploadHandler(store: UploadStore): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> {
  return async (request, response, url) => {
    const ticketId = UPLOAD_PATH.exec(url.pathname)?.[1] ?? '';
    const ticket = store.findTicket(ticketId);
    if (ticket === undefined || url.searchParams.get('key') !== ticket.key) {
      request.resume();
      answer(response, 200, { error: 'ERR_UPLOAD_BAD_URL: unknown or expired upload URL' });
      return;
    }
    const spec: UploadFlowSpec = uploadFlows[ticket.flow];
    const failure = store.takeFailure(ticket.flow);
    if (failure?.kind === 'status') {
      request.resume();
      answer(response, failure.status, { error: `HTTP ${failure.status}` });
      return;
    }
    if (failure?.kind === 'reset') {
      let seen = 0;
      request.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen >= (failure.afterBytes ?? 1)) request.socket.destroy();
      });
      return;
    }
    const boundary = boundaryOf(request.headers['content-type']);
    if (boundary === undefined) {
      request.resume();
      answer(response, 200, { error: 'ERR_UPLOAD_BAD_REQUEST: the body must be multipart/form-data with a boundary' });
      return;
    }
    const fields = fieldsOf(spec);
    const seenFields = new Set<string>();
    const checkPart = (part: ReceivedPart): string | undefined => {
      if (!fields.includes(part.field)) return `ERR_UPLOAD_BAD_FIELD: unexpected field "${part.field}" (this server takes ${fields.join(', ')})`;
      if (seenFields.has(part.field)) return `ERR_UPLOAD_BAD_FIELD: field "${part.field}" sent twice`;
      seenFields.add(part.field);
      if (part.filename === undefined) return `ERR_UPLOAD_BAD_FIELD: field "${part.field}" is not a file (no filename)`;
      if (!typeAccepted(spec, part.contentType)) return `ERR_UPLOAD_BAD_TYPE: ${part.contentType ?? 'no content type'} is not accepted here (${spec.limits.contentTypes.join(', ')})`;
      return undefined;
    };
    const checkSize = (part: ReceivedPart): string | undefined =>
      part.size > spec.limits.maxBytes ? `ERR_UPLOAD_FILE_TOO_BIG: "${part.field}" is over ${spec.limits.maxBytes} bytes` : undefined;
    const result = await readMultipart(request, boundary, checkPart, checkSize);
    if (!result.ok) {
      answer(response, 200, { error: result.reason });
      return;
    }
    if (result.parts.length === 0) {
      answer(response, 200, { error: `ERR_UPLOAD_NO_FILE: no file in ${fields.join(', ')}` });
      return;
    }
    if (result.parts.some((part) => part.size === 0)) {
      answer(response, 200, { error: 'ERR_UPLOAD_EMPTY_FILE: a file is empty' });
      return;
    }
    if (failure?.kind === 'error') {
      answer(response, 200, { error: failure.error });
      return;
    }
    const upload = store.received(spec.name, ticket.ownerId, result.parts);
    answer(response, 200, replyFor(spec, upload, ticket.videoId));
  };
}
