import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FakeVk } from '@vkts/testing';
import { uploadFlows, type UploadFlowName } from '@vkts/types';
import { apiValidators } from '@vkts/types/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadSource } from '../src/index.js';
import { clientsFor, GROUP_ID, serveFile, startFake } from './helpers.js';

// Every flow, end to end over real HTTP against the fake, once per kind of source.

const EXT: Partial<Record<UploadFlowName, string>> = {
  messageDocument: 'pdf',
  wallDocument: 'pdf',
  document: 'pdf',
  audioMessage: 'ogg',
  graffiti: 'png',
  storyVideo: 'mp4',
  video: 'mp4',
};
const TYPE: Record<string, string> = { jpg: 'image/jpeg', pdf: 'application/pdf', ogg: 'audio/ogg', png: 'image/png', mp4: 'video/mp4' };
const extOf = (flow: UploadFlowName): string => EXT[flow] ?? 'jpg';

/** Params each flow needs besides its source (required ones, as the generated types demand). */
const PARAMS: Record<UploadFlowName, Record<string, unknown>> = {
  messagePhoto: { peer_id: 2000000001 },
  messageDocument: { peer_id: 2000000001, title: 'report' },
  audioMessage: { peer_id: 2000000001 },
  graffiti: { peer_id: 2000000001 },
  wallPhoto: { group_id: GROUP_ID, caption: 'hi' },
  wallDocument: { group_id: GROUP_ID },
  document: { group_id: GROUP_ID },
  albumPhotos: { group_id: GROUP_ID, album_id: 5 },
  ownerPhoto: { owner_id: -GROUP_ID },
  ownerCover: { group_id: GROUP_ID, crop_x: 0, crop_y: 0, crop_x2: 1590, crop_y2: 400 },
  chatPhoto: { chat_id: 1 },
  marketProductPhoto: { group_id: GROUP_ID },
  marketAlbumPhoto: { group_id: GROUP_ID },
  pollPhoto: { owner_id: -GROUP_ID },
  storyPhoto: { group_id: GROUP_ID, add_to_news: true },
  storyVideo: { group_id: GROUP_ID },
  video: { name: 'clip', group_id: GROUP_ID },
  videoThumb: { owner_id: -GROUP_ID, video_id: 1 },
  appWidgetImage: { image_type: '510x128' },
  groupWidgetImage: { image_type: '510x128' },
};

const BYTES = Buffer.alloc(3000, 7);
const KINDS = ['buffer', 'blob', 'readable', 'web-stream', 'path', 'url'] as const;
type Kind = (typeof KINDS)[number];

let fake: FakeVk;
let dir: string;
let files: Awaited<ReturnType<typeof serveFile>>[] = [];

beforeAll(async () => {
  fake = await startFake();
  dir = await mkdtemp(path.join(tmpdir(), 'vkts-upload-'));
});
afterAll(async () => {
  await fake.close();
  await Promise.all(files.map((file) => file.close()));
  await rm(dir, { recursive: true, force: true });
});

async function sourceOf(kind: Kind, flow: UploadFlowName): Promise<UploadSource> {
  const ext = extOf(flow);
  const type = TYPE[ext] ?? 'application/octet-stream';
  switch (kind) {
    case 'buffer':
      return { value: new Uint8Array(BYTES), contentType: type };
    case 'blob':
      return new File([BYTES], `upload.${ext}`, { type });
    case 'readable':
      return { value: Readable.from([BYTES.subarray(0, 1000), BYTES.subarray(1000)]), filename: `upload.${ext}` };
    case 'web-stream':
      return { value: Readable.toWeb(Readable.from([BYTES])) as ReadableStream<Uint8Array>, filename: `upload.${ext}` };
    case 'path': {
      const file = path.join(dir, `${flow}.${ext}`);
      await writeFile(file, BYTES);
      return file;
    }
    case 'url': {
      const served = await serveFile(BYTES, type);
      files.push(served);
      return new URL(`${served.url}/upload.${ext}`);
    }
  }
}

describe.each(Object.keys(uploadFlows) as UploadFlowName[])('%s', (flow) => {
  it.each(KINDS)('uploads from a %s source and saves', async (kind) => {
    const { userApi, upload } = clientsFor(fake, {}, flow);
    const before = fake.uploads.received.length;
    const params = { ...PARAMS[flow], source: await sourceOf(kind, flow) };
    const run = upload[flow] as (params: object) => Promise<{ response: unknown; attachments?: readonly string[] }>;
    const result = await run(params);

    const spec = uploadFlows[flow];
    const received = fake.uploads.received.slice(before);
    expect(received).toHaveLength(1);
    expect(received[0]?.flow).toBe(flow);
    expect(received[0]?.parts.map((part) => part.size)).toEqual([BYTES.length]);
    expect(received[0]?.saved).toBe(flow !== 'video');
    // The fake's answers are what the schema promises.
    const method = spec.save?.method ?? spec.getServer.method;
    expect(Object.values(apiValidators[method].responses).some((validator) => validator.safeParse(result.response).success)).toBe(true);

    if (spec.result === 'none') {
      expect(result.attachments).toBeUndefined();
      return;
    }
    const [attachment] = result.attachments ?? [];
    expect(attachment).toMatch(/^(photo|doc|story|video)-?\d+_\d+_[0-9a-f]+$/);
    expect(fake.uploads.find(attachment ?? '')).toBeDefined();
    if (spec.result === 'photos') {
      const photos = await userApi.photos.getById({ photos: [(attachment ?? '').slice('photo'.length)] });
      expect(photos).toHaveLength(1);
    }
    if (spec.result === 'doc') {
      const docs = await userApi.docs.getById({ docs: [(attachment ?? '').slice('doc'.length)] });
      expect(docs).toHaveLength(1);
    }
  });
});

it('messages.send carries the uploaded photo, and the fake can resolve it', async () => {
  const { api, upload } = clientsFor(fake);
  const { attachment, response } = await upload.messagePhoto({ peer_id: 5, source: BYTES });
  expect(response[0]?.owner_id).toBe(-GROUP_ID);
  await api.messages.send({ peer_id: 5, attachment });
  const sent = fake.sentMessages.at(-1);
  expect(sent?.params.attachment).toEqual(attachment);
  expect(fake.uploads.find(attachment)?.kind).toBe('photo');
});

it('albumPhotos sends up to five files as file1..file5 in one request and keeps their order', async () => {
  const { upload } = clientsFor(fake, {}, 'albumPhotos');
  const before = fake.uploads.received.length;
  const result = await upload.albumPhotos({ album_id: 5, group_id: GROUP_ID, source: [BYTES, BYTES.subarray(0, 10), BYTES.subarray(0, 20), BYTES.subarray(0, 30), BYTES.subarray(0, 40)] });
  const received = fake.uploads.received.slice(before);
  expect(received).toHaveLength(1);
  expect(received[0]?.parts.map((part) => [part.field, part.size])).toEqual([
    ['file1', 3000],
    ['file2', 10],
    ['file3', 20],
    ['file4', 30],
    ['file5', 40],
  ]);
  expect(result.attachments).toHaveLength(5);
});

it('attachments() runs several uploads with bounded concurrency and keeps their order', async () => {
  const { upload } = clientsFor(fake);
  const attachments = await upload.attachments(
    [
      { flow: 'messagePhoto', params: { peer_id: 1, source: BYTES } },
      { flow: 'messageDocument', params: { peer_id: 1, source: { value: BYTES, filename: 'a.pdf' } } },
      { flow: 'graffiti', params: { peer_id: 1, source: { value: BYTES, filename: 'g.png' } } },
      { flow: 'messagePhoto', params: { peer_id: 1, source: BYTES } },
    ],
    { concurrency: 2 },
  );
  expect(attachments.map((a) => /^[a-z]+/.exec(a)?.[0])).toEqual(['photo', 'doc', 'doc', 'photo']);
});
