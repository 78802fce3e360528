import { inspect } from 'node:util';
import { Readable } from 'node:stream';
import type { FakeVk } from '@vkts/testing';
import { FormData, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadInputError, UploadResultError, UploadServerError, UploadSizeError, UploadTransportError, VkUploadError, VktsError } from '../src/index.js';
import { clientsFor, GROUP_TOKEN, startFake } from './helpers.js';

let fake: FakeVk;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(() => fake.close());

const BYTES = Buffer.alloc(64 * 1024, 1);

/** An upload URL of `flow` from the fake, as a client would get it. */
async function uploadUrl(method: 'photos.getMessagesUploadServer' | 'photos.getUploadServer' | 'stories.getPhotoUploadServer'): Promise<string> {
  const { userApi } = clientsFor(fake);
  const server = await userApi.call(method, {});
  return server.upload_url;
}

async function postRaw(url: string, form: FormData): Promise<unknown> {
  const answer = await request(url, { method: 'POST', body: form });
  return answer.body.json();
}

function expectNoSecrets(error: unknown): void {
  const text = `${String(error)} ${JSON.stringify(error)} ${inspect(error, { depth: 5 })}`;
  expect(text).not.toContain(GROUP_TOKEN);
  expect(text).not.toMatch(/key=[0-9a-f]/);
}

describe('the fake upload server is strict', () => {
  it('refuses a wrong field name', async () => {
    const form = new FormData();
    form.append('file', new Blob([BYTES], { type: 'image/jpeg' }), 'a.jpg');
    expect(await postRaw(await uploadUrl('photos.getMessagesUploadServer'), form)).toEqual({ error: expect.stringMatching(/^ERR_UPLOAD_BAD_FIELD: unexpected field "file"/) });
  });

  it('refuses more files than the flow takes', async () => {
    const form = new FormData();
    for (let i = 1; i <= 6; i++) form.append(`file${i}`, new Blob([BYTES], { type: 'image/jpeg' }), 'a.jpg');
    expect(await postRaw(await uploadUrl('photos.getUploadServer'), form)).toEqual({ error: expect.stringMatching(/unexpected field "file6"/) });
  });

  it('refuses a file over the flow limit without storing it', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(10 * 1024 * 1024 + 1)], { type: 'image/jpeg' }), 'a.jpg');
    expect(await postRaw(await uploadUrl('stories.getPhotoUploadServer'), form)).toEqual({ error: expect.stringMatching(/^ERR_UPLOAD_FILE_TOO_BIG/) });
  });

  it('refuses a content type the flow does not take, and a body that is not multipart', async () => {
    const form = new FormData();
    form.append('photo', new Blob([BYTES], { type: 'application/pdf' }), 'a.pdf');
    expect(await postRaw(await uploadUrl('photos.getMessagesUploadServer'), form)).toEqual({ error: expect.stringMatching(/^ERR_UPLOAD_BAD_TYPE/) });
    const answer = await request(await uploadUrl('photos.getMessagesUploadServer'), { method: 'POST', body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(await answer.body.json()).toEqual({ error: expect.stringMatching(/multipart/) });
  });
});

describe('the error classes', () => {
  it('are VktsErrors under VkUploadError with codes upload.<what>, in toJSON too', () => {
    const errors = [
      new UploadInputError('messagePhoto', 'source is missing'),
      new UploadSizeError('storyPhoto', 0, 11, 10),
      new UploadServerError('wallPhoto', 'ERR_UPLOAD_BAD_IMAGE_SIZE', 200, 'https://pu.vk.com/c1/upload.php'),
      new UploadTransportError('document', 'timeout', 'the upload took over 5 ms', 3),
      new UploadResultError('messagePhoto', 'photos.saveMessagesPhoto', 'without an id'),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(VktsError);
      expect(error).toBeInstanceOf(VkUploadError);
      expect(error.toJSON()).toMatchObject({ name: error.name, code: error.code, flow: error.flow });
    }
    expect(errors.map((error) => error.code)).toEqual(['upload.input', 'upload.size', 'upload.server', 'upload.transport', 'upload.result']);
  });
});

describe('client errors', () => {
  it('refuses too many files before any request', async () => {
    const { upload } = clientsFor(fake, {}, 'albumPhotos');
    const before = fake.requests.length;
    const error = await upload.albumPhotos({ source: [BYTES, BYTES, BYTES, BYTES, BYTES, BYTES] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadInputError);
    expect(error).toBeInstanceOf(VktsError);
    expect(error).toMatchObject({ code: 'upload.input', flow: 'albumPhotos' });
    expect(String(error)).toContain('6 files given, VK takes at most 5');
    expect(fake.requests.length).toBe(before);
  });

  it('refuses an oversize file of known size before any request', async () => {
    const { upload } = clientsFor(fake);
    const before = fake.requests.length;
    const error = await upload.storyPhoto({ source: Buffer.alloc(10 * 1024 * 1024 + 1) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadSizeError);
    expect(error).toMatchObject({ code: 'upload.size', flow: 'storyPhoto', size: 10 * 1024 * 1024 + 1, limit: 10 * 1024 * 1024 });
    const declared = await upload.storyPhoto({ source: { value: Readable.from([BYTES]), size: 20 * 1024 * 1024 } }).catch((e: unknown) => e);
    expect(declared).toBeInstanceOf(UploadSizeError);
    expect(fake.requests.length).toBe(before);
  });

  it('stops a stream of unknown size as soon as it passes the limit', async () => {
    const { upload } = clientsFor(fake);
    const chunks = function* (): Generator<Buffer> {
      for (let i = 0; i < 200; i++) yield Buffer.alloc(64 * 1024);
    };
    const error = await upload.storyPhoto({ source: Readable.from(chunks()) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadSizeError);
    expect((error as UploadSizeError).size).toBeGreaterThan(10 * 1024 * 1024);
  });

  it('turns an upload server error reply into UploadServerError naming the flow and reason', async () => {
    const { upload } = clientsFor(fake, {}, 'marketProductPhoto');
    fake.uploads.failNext({ flow: 'marketProductPhoto', kind: 'error', error: 'ERR_UPLOAD_BAD_IMAGE_SIZE: market photo min size 400x400' });
    const error = await upload.marketProductPhoto({ group_id: 1, source: BYTES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadServerError);
    expect(error).toMatchObject({ code: 'upload.server', flow: 'marketProductPhoto', reason: 'ERR_UPLOAD_BAD_IMAGE_SIZE: market photo min size 400x400', status: 200 });
    expect((error as UploadServerError).url).toMatch(/\/upload\/[0-9a-f]+\?\[redacted\]$/);
    expectNoSecrets(error);
  });

  it('rejects a content type the flow does not take, naming it', async () => {
    const { upload } = clientsFor(fake);
    const error = await upload.messagePhoto({ peer_id: 1, source: { value: BYTES, filename: 'a.pdf' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadInputError);
    expect(String(error)).toContain('application/pdf');
  });

  it('retries after a reset mid-upload with a fresh upload URL', async () => {
    const { upload } = clientsFor(fake);
    const calls = fake.calls.length;
    fake.uploads.failNext({ flow: 'messagePhoto', kind: 'reset', afterBytes: 1000 });
    const result = await upload.messagePhoto({ peer_id: 1, source: Buffer.alloc(512 * 1024, 3) });
    expect(result.attachment).toMatch(/^photo-1_/);
    const methods = fake.calls.slice(calls).map((call) => call.method);
    expect(methods).toEqual(['photos.getMessagesUploadServer', 'photos.getMessagesUploadServer', 'photos.saveMessagesPhoto']);
  });

  it('retries a 5xx and gives up after `retries`, without the URL keys in the error', async () => {
    const { upload } = clientsFor(fake, { retries: 1 }, 'wallPhoto');
    fake.uploads.failNext({ flow: 'wallPhoto', kind: 'status', status: 502 });
    await expect(upload.wallPhoto({ source: BYTES })).resolves.toMatchObject({ attachments: [expect.stringMatching(/^photo/)] });
    fake.uploads.failNext({ flow: 'wallPhoto', kind: 'status', status: 503 });
    fake.uploads.failNext({ flow: 'wallPhoto', kind: 'status', status: 503 });
    const error = await upload.wallPhoto({ source: BYTES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadTransportError);
    expect(error).toMatchObject({ code: 'upload.transport', kind: 'status', attempts: 2 });
    expectNoSecrets(error);
  });

  it('does not retry a stream that was partly sent, and says why', async () => {
    const { upload } = clientsFor(fake);
    fake.uploads.failNext({ flow: 'messagePhoto', kind: 'reset', afterBytes: 1000 });
    const error = await upload.messagePhoto({ peer_id: 1, source: Readable.from([BYTES, BYTES, BYTES]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadTransportError);
    expect(error).toMatchObject({ kind: 'not_repeatable' });
    expectNoSecrets(error);
  });

  it('aborts with the caller signal mid-upload', async () => {
    const { upload } = clientsFor(fake, {}, 'document');
    const controller = new AbortController();
    let sent = 0;
    const endless = new Readable({
      read() {
        sent++;
        if (sent === 4) controller.abort(new Error('user gave up'));
        this.push(Buffer.alloc(16 * 1024));
      },
    });
    const error = await upload.document({ source: endless }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toEqual(new Error('user gave up'));
  });

  it('times out a stalled upload', async () => {
    const { upload } = clientsFor(fake, { retries: 0 }, 'document');
    const stalled = new Readable({ read() {} });
    stalled.push(Buffer.alloc(1024));
    const error = await upload.document({ source: stalled }, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadTransportError);
    expect(error).toMatchObject({ kind: 'timeout' });
    stalled.destroy();
  });

  it('names an unknown param and a missing source', async () => {
    const { upload } = clientsFor(fake);
    // @ts-expect-error: not a param of this flow
    await expect(upload.messagePhoto({ peer_id: 1, source: BYTES, album_id: 3 })).rejects.toThrow(/unknown param album_id/);
    // @ts-expect-error: source is required
    await expect(upload.messagePhoto({ peer_id: 1 })).rejects.toThrow(/source is missing/);
  });
});

it('uploads a 200 MB stream with bounded memory (the fake counts it without storing it)', async () => {
  const { upload } = clientsFor(fake, {}, 'document');
  const total = 200 * 1024 * 1024;
  const chunk = Buffer.alloc(256 * 1024, 9);
  let produced = 0;
  const source = new Readable({
    read() {
      if (produced >= total) {
        this.push(null);
        return;
      }
      produced += chunk.length;
      this.push(chunk);
    },
  });
  const result = await upload.document({ source: { value: source, filename: 'big.bin' } });
  expect(result.attachment).toMatch(/^doc\d+_/);
  const received = fake.uploads.received.at(-1);
  expect(received?.parts[0]?.size).toBe(total);
});
