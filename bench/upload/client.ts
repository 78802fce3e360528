/**
 * Child process of bench/upload/run.ts: one uploader (`vkts` = @vkts/upload, or `vk-io`'s Upload)
 * against the fake VK the parent runs, so the CPU and memory counted are this process's alone.
 *
 *   node --import tsx client.ts <vkts|vk-io> <fake url> <photos N | stream BYTES>
 *
 * `photos N`: N sequential message-photo uploads of one 100 KB image after a warm-up; prints wall
 * time and CPU (user + system). `stream BYTES`: one message-document upload of BYTES from a
 * Readable of unknown length; prints the RSS before it and the process's peak RSS.
 * Prints one JSON line on stdout.
 */
import http from 'node:http';
import type https from 'node:https';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { createApi } from '@vkts/api';
import { createUpload } from '@vkts/upload';
import { API, Upload } from 'vk-io';

export const TOKEN = 'bench-upload-group-token';
const PEER_ID = 2000000001;
const PHOTO = Buffer.alloc(100 * 1024, 0x5a);
const WARMUP = 30;

interface Uploader {
  photo(): Promise<string>;
  stream(source: Readable): Promise<string>;
  close(): Promise<void>;
}

function vkts(url: string): Uploader {
  const api = createApi({ token: TOKEN, tokenType: 'group', baseUrl: url, rateLimit: false });
  const upload = createUpload(api);
  return {
    photo: async () => (await upload.messagePhoto({ peer_id: PEER_ID, source: { value: PHOTO, filename: 'p.jpg' } })).attachment,
    stream: async (source) => (await upload.messageDocument({ peer_id: PEER_ID, source: { value: source, filename: 'big.bin' } })).attachment,
    close: () => api.close(),
  };
}

function vkio(url: string): Uploader {
  const agent = new http.Agent({ keepAlive: true });
  // vk-io types `agent` as an https.Agent; node-fetch needs one matching the URL's protocol.
  const httpAgent = agent as unknown as https.Agent;
  const api = new API({ token: TOKEN, apiBaseUrl: `${url}/method`, apiVersion: '5.199', apiLimit: Number.MAX_SAFE_INTEGER, agent: httpAgent });
  const upload = new Upload({ api, agent: httpAgent, uploadTimeout: 600_000 });
  return {
    photo: async () => (await upload.messagePhoto({ peer_id: PEER_ID, source: { value: PHOTO, filename: 'p.jpg', contentType: 'image/jpeg' } })).toString(),
    stream: async (source) => (await upload.messageDocument({ peer_id: PEER_ID, source: { value: source, filename: 'big.bin' } })).toString(),
    close: async () => agent.destroy(),
  };
}

function zeros(total: number): Readable {
  const chunk = Buffer.alloc(64 * 1024);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const size = Math.min(chunk.length, total - sent);
      sent += size;
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
}

async function main(): Promise<void> {
  const [side, url, mode, count] = process.argv.slice(2);
  if ((side !== 'vkts' && side !== 'vk-io') || url === undefined || (mode !== 'photos' && mode !== 'stream') || count === undefined) {
    throw new Error('usage: client.ts <vkts|vk-io> <fake url> <photos N | stream BYTES>');
  }
  const uploader = side === 'vkts' ? vkts(url) : vkio(url);
  try {
    for (let i = 0; i < WARMUP; i++) await uploader.photo();
    if (mode === 'photos') {
      const n = Number(count);
      const cpu = process.cpuUsage();
      const start = performance.now();
      for (let i = 0; i < n; i++) await uploader.photo();
      const wallMs = performance.now() - start;
      const used = process.cpuUsage(cpu);
      console.log(JSON.stringify({ side, uploads: n, wallMs, cpuUs: used.user + used.system }));
    } else {
      global.gc?.();
      const baselineRss = process.memoryUsage.rss();
      const attachment = await uploader.stream(zeros(Number(count)));
      console.log(JSON.stringify({ side, bytes: Number(count), baselineRss, peakRss: process.resourceUsage().maxRSS * 1024, attachment }));
    }
  } finally {
    await uploader.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
