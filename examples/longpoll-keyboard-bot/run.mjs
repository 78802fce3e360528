// @ts-check
// The demo: the bot from bot.mjs on Bots Long Poll against the fake VK from @vkts/testing, all on
// 127.0.0.1. A user writes, the bot uploads a photo (to the fake's upload server) and answers
// with it and an inline keyboard, the user presses the callback button, the bot answers with a
// snackbar. Runs the BUILT packages (dist/): run `pnpm build` first. Exits 0 only if everything
// it shows actually happened. `--vk-io` runs the vk-io equivalent (vk-io-bot.mjs) the same way.
import { Agent } from 'node:http';
import { createVk } from '@vkts/sdk';
import { createFakeVk } from '@vkts/testing';
import { createBot } from './bot.mjs';

const GROUP_ID = 1;
const USER_ID = 100;
const TOKEN = 'demo-community-token';

/** @param {string} line */
const log = (line) => console.log(line);

/** Resolves once `condition()` holds (checked every few ms); gives up after 20 s. */
async function until(/** @type {() => boolean} */ condition, /** @type {string} */ what) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 20_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Starts the bot of bot.mjs, or with `--vk-io` the one of vk-io-bot.mjs, on the fake VK.
 * @param {import('@vkts/testing').FakeVk} fake
 * @returns {Promise<{ stop: () => Promise<void> }>}
 */
async function startBot(fake) {
  if (process.argv.includes('--vk-io')) {
    const [{ VK }, vkIoBot] = await Promise.all([import('vk-io'), import('./vk-io-bot.mjs')]);
    // vk-io's default agent speaks only https; the fake is plain http on 127.0.0.1.
    const agent = /** @type {import('node:https').Agent} */ (/** @type {unknown} */ (new Agent({ keepAlive: true })));
    const vk = new VK({ token: TOKEN, apiBaseUrl: `${fake.url}/method`, pollingGroupId: GROUP_ID, agent });
    // vk-io has no setup(): Long Poll and its events are switched on by hand (or in the community settings).
    await vk.api.groups.setLongPollSettings({ group_id: GROUP_ID, enabled: 1, api_version: '5.199', message_new: 1, message_event: 1 });
    log('setup (by hand): Long Poll on for message_event, message_new');
    const updates = vkIoBot.createBot(vk);
    await updates.start();
    return { stop: () => updates.stop() };
  }
  const vk = createVk({ token: TOKEN, tokenType: 'group', baseUrl: fake.url });
  const bot = createBot(vk);
  const setup = await bot.setup();
  log(`setup: Long Poll on for ${setup.enabled.join(', ')}`);
  const running = bot.start();
  return {
    async stop() {
      await bot.stop();
      await running;
      await vk.close();
    },
  };
}

async function main() {
  const fake = await createFakeVk({ groups: [{ id: GROUP_ID, name: 'Demo community' }], tokens: [{ token: TOKEN, type: 'group', groupId: GROUP_ID }] });
  /** @type {{ stop: () => Promise<void> } | undefined} */
  let bot;
  const problems = [];
  try {
    bot = await startBot(fake);
    const lp = fake.longPoll.group(GROUP_ID);
    await until(() => lp.inFlight === 1, 'the first poll');

    log(`\n→ user ${USER_ID} writes "hi"`);
    lp.push({
      type: 'message_new',
      object: {
        message: { date: Math.floor(Date.now() / 1000), from_id: USER_ID, id: 1, out: 0, peer_id: USER_ID, text: 'hi', conversation_message_id: 1 },
        client_info: { button_actions: ['text', 'callback'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
      },
    });
    await until(() => fake.sentMessages.length === 1, 'the reply');
    const reply = fake.sentMessages[0];
    // The upload's three steps as the fake saw them: get the server, POST the file there, save it.
    const [getServer, save] = fake.requests.filter((request) => request.method?.startsWith('photos.')).map((request) => request.method);
    const received = fake.uploads.received.map(({ parts }) => parts.map((part) => `${part.field}=${part.size} bytes of ${part.contentType}`).join(', '));
    log(`← bot: uploads the photo: ${getServer} → POST to the upload server (${received.join('; ')}) → ${save}`);
    const photo = fake.uploads.find(reply?.attachments[0] ?? '');
    log(`← bot: messages.send(peer_id=${reply?.peerId}, ${JSON.stringify(reply?.text)}) with keyboard ${JSON.stringify(reply?.keyboard)}`);
    log(`        and attachment ${reply?.attachments.join(',')} (a ${photo?.kind ?? 'missing'} uploaded by the ${photo?.flow ?? 'no'} flow, owner ${photo?.ownerId})`);

    const button = reply?.keyboard?.buttons[0]?.[0]?.action;
    if (button?.type !== 'callback') throw new Error('the reply has no callback button');
    log(`\n→ user ${USER_ID} presses "${button.label}"`);
    lp.push({ type: 'message_event', object: { user_id: USER_ID, peer_id: USER_ID, event_id: 'demo-event-1', payload: JSON.parse(button.payload ?? '{}'), conversation_message_id: 2 } });
    await until(() => fake.eventAnswers.length === 1, 'the answer');
    const answer = fake.eventAnswers[0];
    log(`← bot: messages.sendMessageEventAnswer(event_id=${answer?.eventId}, event_data=${JSON.stringify(answer?.eventData)})`);

    if (reply?.text !== 'Press the button' || reply.keyboard?.inline !== true) problems.push('the keyboard reply was not sent');
    if (reply?.attachments.length !== 1 || photo?.kind !== 'photo' || photo.flow !== 'messagePhoto' || photo.ownerId !== -GROUP_ID) problems.push('the reply has no uploaded photo');
    if (answer?.eventData?.type !== 'show_snackbar' || answer.eventData.text !== 'Done') problems.push('the button was not answered with the snackbar');
  } finally {
    await bot?.stop(); // after a failure too: a Long Poll left running would keep the process alive
    await fake.close();
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
