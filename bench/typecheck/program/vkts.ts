// The consumer program of bench:typecheck, written with vkts: 20 API calls and 10 event handlers.
// vkio.ts is the same program written with vk-io; keep the two equivalent.
import { createApi } from '@vkts/api';
import { createCallback } from '@vkts/callback';
import { createBotsLongPoll } from '@vkts/longpoll';

const api = createApi({ token: 'token', tokenType: 'group' });
const callback = createCallback();
const { router } = callback;

export async function calls(): Promise<number> {
  const groups = await api.groups.getById({ group_ids: ['apiclub'] });
  const members = await api.groups.getMembers({ group_id: '1', count: 100 });
  const users = await api.users.get({ user_ids: ['1'], fields: ['photo_100'] });
  const sent = await api.messages.send({ peer_id: 1, message: 'hi' });
  const history = await api.messages.getHistory({ peer_id: 1, count: 20 });
  const conversations = await api.messages.getConversations({ count: 10 });
  await api.messages.edit({ peer_id: 1, cmid: 1, message: 'edited' });
  await api.messages.delete({ peer_id: 1, cmids: [1], delete_for_all: true });
  const wall = await api.wall.get({ domain: 'apiclub', count: 5 });
  const posted = await api.wall.post({ owner_id: -1, message: 'post' });
  await api.wall.createComment({ owner_id: -1, post_id: posted.post_id, message: 'comment' });
  const photos = await api.photos.getMessagesUploadServer({ peer_id: 1 });
  const docs = await api.docs.getMessagesUploadServer({ peer_id: 1, type: 'doc' });
  const server = await api.groups.getLongPollServer({ group_id: 1 });
  await api.groups.setLongPollSettings({ group_id: 1, enabled: true, message_new: true });
  const friends = await api.friends.get({ user_id: 1 });
  const likes = await api.likes.getList({ type: 'post', owner_id: -1, item_id: 1 });
  const utils = await api.utils.resolveScreenName({ screen_name: 'apiclub' });
  const board = await api.board.getTopics({ group_id: 1 });
  await api.messages.setActivity({ peer_id: 1, type: 'typing' });
  return (
    (groups.groups?.length ?? 0) +
    members.count +
    users.length +
    sent +
    history.count +
    conversations.count +
    wall.count +
    photos.upload_url.length +
    docs.upload_url.length +
    server.ts.length +
    friends.count +
    likes.count +
    (utils?.object_id ?? 0) +
    board.count
  );
}

router.on('message_new', async (event) => {
  await api.messages.send({ peer_id: event.object.message.peer_id, message: event.object.message.text });
});
router.on('message_reply', (event) => console.log(event.object.text));
router.on('message_edit', (event) => console.log(event.object.conversation_message_id));
router.on('message_allow', (event) => console.log(event.object.user_id));
router.on('message_event', (event) => console.log(event.object.payload));
router.on('group_join', (event) => console.log(event.object.user_id, event.object.join_type));
router.on('group_leave', (event) => console.log(event.object.user_id, event.object.self));
router.on('wall_post_new', (event) => console.log(event.object.id));
router.on('wall_reply_new', (event) => console.log(event.object.text));
router.on('like_add', (event) => console.log(event.object.liker_id));

export const longPoll = createBotsLongPoll({ api, router });
