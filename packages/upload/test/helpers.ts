// Shared set-up: the fake VK from @vkts/testing, an API client and an uploader pointed at it, and a
// small HTTP server for URL sources.
import { createServer, type Server } from 'node:http';
import { createApi, type Api } from '@vkts/api';
import { createFakeVk, type FakeVk } from '@vkts/testing';
import { apiMethodMeta, uploadFlows, type UploadFlowName } from '@vkts/types';
import { onTestFinished } from 'vitest';
import { createUpload, type Upload, type UploadOptions } from '../src/index.js';

export const GROUP_ID = 1;
export const USER_ID = 10;
export const GROUP_TOKEN = 'vk1.a.GROUP-SECRET-upload-77c1';
export const USER_TOKEN = 'vk1.a.USER-SECRET-upload-93d2';
export const SERVICE_TOKEN = 'vk1.a.SERVICE-SECRET-upload-1aa0';

export function startFake(): Promise<FakeVk> {
  return createFakeVk({
    groups: [{ id: GROUP_ID, name: 'Test', screen_name: 'club1' }],
    tokens: [
      { token: GROUP_TOKEN, type: 'group', groupId: GROUP_ID },
      { token: USER_TOKEN, type: 'user', userId: USER_ID },
      { token: SERVICE_TOKEN, type: 'service' },
    ],
    rateLimit: false,
  });
}

/**
 * Clients of `fake`: `upload` with the token type the flow's methods accept (a community token
 * where both steps allow one, else a user token, else a service token), and a user-token `userApi`.
 */
export function clientsFor(fake: FakeVk, options: UploadOptions = {}, flow: UploadFlowName = 'messagePhoto'): { api: Api; userApi: Api; upload: Upload } {
  const spec = uploadFlows[flow];
  const methods = [spec.getServer.method, ...(spec.save ? [spec.save.method] : [])];
  const allows = (type: 'group' | 'user' | 'service'): boolean => methods.every((method) => apiMethodMeta[method].tokenTypes.includes(type));
  const [token, tokenType] = allows('group') ? [GROUP_TOKEN, 'group' as const] : allows('user') ? [USER_TOKEN, 'user' as const] : [SERVICE_TOKEN, 'service' as const];
  const api = createApi({ token, tokenType, baseUrl: fake.url, rateLimit: false });
  const userApi = createApi({ token: USER_TOKEN, baseUrl: fake.url, rateLimit: false });
  onTestFinished(async () => {
    await Promise.all([api.close(), userApi.close()]);
  });
  return { api, userApi, upload: createUpload(api, { retryDelayMs: 1, maxRetryDelayMs: 2, ...options }) };
}

/** Serves `bytes` at `/<name>` with a Content-Length and the given type; resolves with its base URL. */
export async function serveFile(bytes: Uint8Array, contentType: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': bytes.byteLength });
    response.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
