// @ts-check
// The demo: the bot from bot.mjs against the fake VK from @vkts/testing, all on 127.0.0.1.
// It starts the fake and the bot's HTTP server, runs callback.setup() (the fake confirms the
// server by calling the bot, as VK does), has the fake deliver a message_new and a group_join,
// and shows events coming in and API calls going out. Runs the BUILT packages (dist/): run
// `pnpm build` first. Exits 0 only if everything it shows actually happened.
import { createServer } from 'node:http';

const GROUP_ID = 1;
const TOKEN = 'demo-community-token';
const USER_ID = 100;

/** @param {string} line */
const log = (line) => console.log(line);

async function load() {
  try {
    const [{ createApi }, { createFakeVk }, { createNodeMiddleware }, { createBot }] = await Promise.all([
      import('@vkts/api'),
      import('@vkts/testing'),
      import('@vkts/callback'),
      import('./bot.mjs'),
    ]);
    return { createApi, createFakeVk, createNodeMiddleware, createBot };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ERR_MODULE_NOT_FOUND') {
      console.error('The demo runs the built packages: run `npx --yes pnpm@10.34.8 build` first.');
      console.error(String(error));
      process.exit(1);
    }
    throw error;
  }
}

/** @param {import('@vkts/callback').CallbackSetupResult} result */
function describeSetup(result) {
  if (!result.changed) return 'nothing to change';
  return result.actions
    .map((action) => {
      switch (action.kind) {
        case 'deleted':
          return `deleted ${action.reason} server ${action.serverId}`;
        case 'added':
          return `added server ${action.serverId}`;
        case 'edited':
          return `edited server ${action.serverId} (${action.fields.join(', ')})`;
        case 'settings':
          return `events on: ${action.on.join(', ')} (${action.off} off), api ${action.apiVersion}`;
        case 'confirmed':
          return 'VK confirmed it';
      }
    })
    .join(' · ');
}

/** @param {import('@vkts/testing').FakeVkDelivery[]} deliveries */
function describeDeliveries(deliveries) {
  if (deliveries.length === 0) return '← not sent (no confirmed server has this event on)';
  return deliveries
    .map((d) => `← ${d.delivered ? 'ok' : 'NOT delivered'} from server ${d.serverId} after ${d.attempts.length} attempt(s): ${d.attempts.map((a) => `${a.status ?? 'no answer'} ${JSON.stringify(a.body)}`).join(', ')}`)
    .join('\n');
}

async function main() {
  const { createApi, createFakeVk, createNodeMiddleware, createBot } = await load();
  const fake = await createFakeVk({ groups: [{ id: GROUP_ID, name: 'Demo community' }], tokens: [{ token: TOKEN, type: 'group', groupId: GROUP_ID }] });
  const api = createApi({ token: TOKEN, tokenType: 'group', baseUrl: fake.url });
  const bot = createBot({ api, log });
  const server = createServer(createNodeMiddleware(bot));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the bot got no TCP port');
  const url = `http://127.0.0.1:${address.port}/vk`;
  const problems = [];

  try {
    log(`fake VK API at ${fake.url}; bot listening at ${url}`);

    log('\nsetup: callback.setup(api, { groupId, url })');
    const setup = await bot.setup(api, { groupId: GROUP_ID, url, title: 'demo bot', pollIntervalMs: 50 });
    log(`  ${describeSetup(setup)}`);
    const [vkServer] = fake.callbackServers(GROUP_ID);
    log(`  VK now lists server ${vkServer?.id}: status ${vkServer?.status}, secret set: ${vkServer?.secret_key ? 'yes' : 'no'}`);
    if (vkServer?.status !== 'ok') problems.push('the server was not confirmed');

    log(`\n→ VK delivers message_new (user ${USER_ID} writes "hello")`);
    const message = await fake.emit(GROUP_ID, {
      type: 'message_new',
      object: {
        message: { date: Math.floor(Date.now() / 1000), from_id: USER_ID, id: 1, out: 0, peer_id: USER_ID, text: 'hello', conversation_message_id: 1 },
        client_info: { button_actions: ['text'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
      },
    });
    log(describeDeliveries(message));

    log('\n→ VK delivers group_join (user 42 joins)');
    const join = await fake.emit(GROUP_ID, { type: 'group_join', object: { user_id: 42, join_type: 'join' } });
    log(describeDeliveries(join));

    log('\n→ VK delivers group_leave (switched off by setup: VK does not send it)');
    const leave = await fake.emit(GROUP_ID, { type: 'group_leave', object: { user_id: 42, self: 1 } });
    log(describeDeliveries(leave));

    log('\nsetup again (as on every start):');
    const again = await bot.setup(api, { groupId: GROUP_ID, url, title: 'demo bot', pollIntervalMs: 50 });
    log(`  ${describeSetup(again)}`);

    const sent = fake.sentMessages.map((m) => `${m.peerId}: ${JSON.stringify(m.text)}`);
    const calls = fake.calls.map((call) => call.method);
    log(`\nAPI calls VK received (${calls.length}): ${calls.join(', ')}`);
    log(`messages VK delivered: ${sent.join('; ') || 'none'}`);

    if (!message.every((d) => d.delivered) || message.length !== 1) problems.push('message_new was not delivered');
    if (!join.every((d) => d.delivered) || join.length !== 1) problems.push('group_join was not delivered');
    if (leave.length !== 0) problems.push('group_leave was sent although it is switched off');
    if (sent.length !== 1 || fake.sentMessages[0]?.text !== 'You said: hello') problems.push('the reply was not sent');
    const attachment = fake.sentMessages[0]?.params.attachment;
    const photo = typeof attachment === 'string' ? fake.uploads.find(attachment) : undefined;
    log(`photo attached to the reply: ${typeof attachment === 'string' ? attachment : 'none'} (${photo ? `uploaded ${fake.uploads.received.at(-1)?.parts[0]?.size ?? 0} bytes, saved by VK` : 'not found'})`);
    if (photo?.kind !== 'photo') problems.push('the reply carries no photo the bot uploaded');
    if (again.changed) problems.push('the second setup changed something');
  } finally {
    await bot.drain();
    await fake.close();
    await api.close();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }

  if (problems.length > 0) {
    console.error(`\ndemo FAILED: ${problems.join('; ')}`);
    process.exitCode = 1;
  } else {
    log('\ndemo OK');
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
