// The consumer program of bench:typecheck, written with vk-io: 20 API calls and 10 event handlers.
// vkts.ts is the same program written with vkts; keep the two equivalent.
import { VK } from 'vk-io';

const vk = new VK({ token: 'token' });
const { api, updates } = vk;

export async function calls(): Promise<number> {
  const groups = await api.groups.getById({ group_ids: ['apiclub'] });
  const members = await api.groups.getMembers({ group_id: '1', count: 100 });
  const users = await api.users.get({ user_ids: ['1'], fields: ['photo_100'] });
  const sent = await api.messages.send({ peer_id: 1, message: 'hi', random_id: 0 });
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
  await api.groups.setLongPollSettings({ group_id: 1, enabled: 1, message_new: 1 });
  const friends = await api.friends.get({ user_id: 1 });
  const likes = await api.likes.getList({ type: 'post', owner_id: -1, item_id: 1 });
  const utils = await api.utils.resolveScreenName({ screen_name: 'apiclub' });
  const board = await api.board.getTopics({ group_id: 1 });
  await api.messages.setActivity({ peer_id: 1, type: 'typing' });
  return (
    (groups.groups?.length ?? 0) +
    members.count +
    users.length +
    Number(sent) +
    history.count +
    conversations.count +
    wall.count +
    photos.upload_url.length +
    docs.upload_url.length +
    server.ts.length +
    friends.count +
    likes.count +
    (utils.object_id ?? 0) +
    board.count
  );
}

updates.on('message_new', async (context) => {
  await context.send(context.text ?? '');
});
updates.on('message_reply', (context) => console.log(context.text));
updates.on('message_edit', (context) => console.log(context.conversationMessageId));
updates.on('message_allow', (context) => console.log(context.userId));
updates.on('message_event', (context) => console.log(context.eventPayload));
updates.on('group_join', (context) => console.log(context.userId, context.joinType));
updates.on('group_leave', (context) => console.log(context.userId, context.isSelfLeave));
updates.on('wall_post_new', (context) => console.log(context.wall.id));
updates.on('wall_reply_new', (context) => console.log(context.text));
updates.on('like_add', (context) => console.log(context.likerId));

export const longPoll = updates.startPolling();
