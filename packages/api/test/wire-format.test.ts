// What goes over the wire, read back from the fake's request log: path, Bearer token, `v`,
// `lang`, and each param encoded the way its metadata says.
import type { FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_ID, GROUP_TOKEN, clientFor, recordRequests, startFake, startServer } from './helpers.js';

describe('wire format', () => {
  let fake: FakeVk;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(() => fake.close());

  it('POSTs a form to /method/<name> with the token only in a Bearer header', async () => {
    const api = clientFor(fake);
    const sent = recordRequests(fake);
    await api.groups.getById({ group_ids: [GROUP_ID] });
    const [request] = sent();
    expect(request).toMatchObject({
      method: 'groups.getById',
      httpMethod: 'POST',
      path: '/method/groups.getById',
      params: { group_ids: '1', v: '5.199' },
    });
    expect(request?.headers['authorization']).toBe('Bearer [REDACTED]');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.params).not.toHaveProperty('access_token');
  });

  it('never puts the token in the URL or the body (seen by a plain server)', async () => {
    let seen = '';
    const server = await startServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen = `${req.url ?? ''}\n${body}\n${req.headers.authorization ?? ''}`;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"response":1}');
      });
    });
    const api = clientFor(server);
    await api.groups.getById({ group_ids: [1] });
    const [url = '', body = '', authorization] = seen.split('\n');
    expect(authorization).toBe(`Bearer ${GROUP_TOKEN}`);
    expect(url).toBe('/method/groups.getById');
    expect(url + body).not.toContain(GROUP_TOKEN);
  });

  it('encodes lists comma-joined, booleans as 1/0, and leaves undefined out', async () => {
    const api = clientFor(fake);
    const sent = recordRequests(fake);
    const { server_id } = await api.groups.addCallbackServer({ group_id: GROUP_ID, url: 'https://bot.example/a', title: 'A' });
    await api.groups.setCallbackSettings({ group_id: GROUP_ID, server_id, message_new: true, message_reply: false, wall_post_new: undefined });
    await api.groups.getCallbackServers({ group_id: GROUP_ID, server_ids: [server_id, server_id + 1] });
    const [, settings, servers] = sent();
    expect(settings?.params).toEqual({ group_id: '1', server_id: String(server_id), message_new: '1', message_reply: '0', v: '5.199' });
    expect(servers?.params.server_ids).toBe(`${server_id},${server_id + 1}`);
    expect(fake.callbackServers(GROUP_ID).find((s) => s.id === server_id)?.events).toMatchObject({ message_new: 1, message_reply: 0 });
  });

  it("accepts VK's own 0/1 for boolean params", async () => {
    const api = clientFor(fake);
    const sent = recordRequests(fake);
    await api.groups.get({ extended: 1 }, { batch: false }).catch(() => undefined);
    expect(sent()[0]?.params.extended).toBe('1');
  });

  it('stringifies JSON-valued params and passes JSON text through', async () => {
    const api = clientFor(fake);
    const sent = recordRequests(fake);
    const keyboard = { one_time: true, buttons: [[{ action: { type: 'text' as const, label: 'Hi' } }]] };
    await api.messages.send({ peer_id: 10, message: 'a', keyboard });
    await api.messages.send({ peer_id: 10, message: 'b', keyboard: JSON.stringify(keyboard) });
    const [first, second] = sent();
    expect(JSON.parse(first?.params.keyboard ?? '')).toEqual(keyboard);
    expect(second?.params.keyboard).toBe(JSON.stringify(keyboard));
    expect(fake.sentMessages.at(-1)).toMatchObject({ text: 'b' });
  });

  it('keeps a path in baseUrl, round-trips reserved characters, and reads a reply that starts with a BOM', async () => {
    let seen = { url: '', form: new URLSearchParams() };
    const server = await startServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen = { url: req.url ?? '', form: new URLSearchParams(body) };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"response":[]}')]));
      });
    });
    const api = clientFor({ url: `${server.url}/vk/` }, { lang: 'en' });
    const text = 'a b+c&d=e%f\'"(){}[];,!~*\u{1F600}';
    await expect(api.users.get({ user_ids: [text, 'x\ud800y'] })).resolves.toEqual([]);
    expect(seen.url).toBe('/vk/method/users.get');
    // A lone surrogate is sent as U+FFFD, as URLSearchParams would.
    expect(Object.fromEntries(seen.form)).toEqual({ user_ids: `${text},x\uFFFDy`, v: '5.199', lang: 'en' });
  });

  it('sends `lang` when set and the configured version', async () => {
    let form = new URLSearchParams();
    const server = await startServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        form = new URLSearchParams(body);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end('{"response":[]}');
      });
    });
    const api = clientFor(server, { lang: 'en', apiVersion: '5.131' });
    await api.users.get({ user_ids: ['durov'] });
    expect(Object.fromEntries(form)).toEqual({ user_ids: 'durov', v: '5.131', lang: 'en' });
  });
});
