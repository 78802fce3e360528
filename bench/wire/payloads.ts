/**
 * Realistic, distinct VK answers for bench:wire: 1,000 community members with `fields`, 200
 * history messages, and a Bots Long Poll batch of 100 `message_new` events. Every object differs
 * (ids, names, texts, dates) — identical repeated objects would flatter the compressors and every
 * parser. Deterministic: a seeded generator, so each run measures the same bytes.
 */
import { mulberry32 } from '../lib/random.js';

const FIRST = ['Александр', 'Мария', 'Дмитрий', 'Анна', 'Иван', 'Екатерина', 'Сергей', 'Ольга', 'Никита', 'Полина', 'Артём', 'Дарья', 'Максим', 'Алина', 'Egor', 'Sofia', 'Kirill', 'Viktoria'];
const LAST = ['Иванов', 'Смирнова', 'Кузнецов', 'Попова', 'Васильев', 'Петрова', 'Соколов', 'Михайлова', 'Новиков', 'Фёдорова', 'Морозов', 'Волкова', 'Lebedev', 'Kozlova'];
const CITIES = [[1, 'Москва'], [2, 'Санкт-Петербург'], [49, 'Екатеринбург'], [99, 'Новосибирск'], [60, 'Казань'], [95, 'Нижний Новгород'], [314, 'Киев'], [282, 'Минск']] as const;
const WORDS = 'привет как дела сегодня завтра встреча в офисе давай созвонимся вечером отправил документы посмотри пожалуйста спасибо большое хорошо понял да нет может быть ссылка на файл фото с концерта когда будешь дома напиши мне ok thanks see you tomorrow meeting at 10 link deadline'.split(' ');
const STATUSES = ['', '', '', 'на работе', 'в отпуске до 20-го', 'Live and learn', 'пишите в телеграм', '🎸🎶', 'Only forward'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function sentence(next: () => number, min: number, max: number): string {
  const count = min + Math.floor(next() * (max - min + 1));
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(pick(next, WORDS));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + pick(next, ['.', '!', '?', '', ')']);
}

function photo(next: () => number, id: number, size: number): string {
  const hash = Math.floor(next() * 2 ** 48).toString(36);
  return `https://sun${1 + Math.floor(next() * 9)}-${10 + Math.floor(next() * 80)}.userapi.com/s/v1/ig2/${hash}${id.toString(36)}.jpg?size=${size}x${size}&quality=95&crop=0,0,${size},${size}&ava=1`;
}

/** `groups.getMembers` with `fields` (the ones bots commonly ask for). */
export const MEMBER_FIELDS = ['sex', 'bdate', 'city', 'photo_100', 'online', 'domain', 'has_mobile', 'last_seen', 'screen_name', 'verified', 'status'] as const;

export function membersAnswer(count: number): unknown {
  const next = mulberry32(1);
  const items = [];
  for (let i = 0; i < count; i++) {
    const id = 1_000_000 + Math.floor(next() * 800_000_000);
    const [cityId, cityTitle] = pick(next, CITIES);
    const domain = next() < 0.6 ? `id${id}` : `${pick(next, ['alex', 'maria', 'dm', 'anna', 'ivan', 'kate'])}_${Math.floor(next() * 100000)}`;
    items.push({
      id,
      first_name: pick(next, FIRST),
      last_name: pick(next, LAST),
      can_access_closed: next() < 0.8,
      is_closed: next() < 0.2,
      sex: next() < 0.5 ? 1 : 2,
      ...(next() < 0.7 ? { bdate: `${1 + Math.floor(next() * 28)}.${1 + Math.floor(next() * 12)}${next() < 0.6 ? `.${1960 + Math.floor(next() * 50)}` : ''}` } : {}),
      city: { id: cityId, title: cityTitle },
      photo_100: photo(next, id, 100),
      online: next() < 0.15 ? 1 : 0,
      domain,
      has_mobile: 1,
      last_seen: { time: 1_733_000_000 + Math.floor(next() * 5_000_000), platform: 1 + Math.floor(next() * 7) },
      screen_name: domain,
      verified: next() < 0.01 ? 1 : 0,
      status: pick(next, STATUSES),
    });
  }
  return { response: { count: 48_213, items } };
}

function message(next: () => number, id: number, peerId: number): Record<string, unknown> {
  const fromId = next() < 0.5 ? peerId : 1_000_000 + Math.floor(next() * 800_000_000);
  return {
    date: 1_733_000_000 + id * 37 + Math.floor(next() * 30),
    from_id: fromId,
    id,
    out: fromId === peerId ? 0 : 1,
    version: 10_000_000 + id * 3,
    attachments: [],
    conversation_message_id: id % 100_000,
    fwd_messages: [],
    important: false,
    is_hidden: false,
    peer_id: peerId,
    random_id: Math.floor(next() * 2 ** 31),
    text: sentence(next, 2, 24),
  };
}

/** `messages.getHistory` with `extended: 1`: items and the profiles they mention. */
export function historyAnswer(count: number): unknown {
  const next = mulberry32(2);
  const peerId = 2_000_000_017;
  const items = [];
  for (let i = 0; i < count; i++) items.push(message(next, 500_000 + count - i, peerId));
  return { response: { count: 12_345, items, profiles: [], groups: [], conversations: [] } };
}

/**
 * One realistic Bots Long Poll `message_new` update (API 5.199 layout) for message `id`: its own
 * sender, `event_id`, date and text drawn from `next`, so no two updates are alike.
 */
export function messageNewUpdate(next: () => number, id: number, groupId: number): Record<string, unknown> {
  const peerId = 1_000_000 + Math.floor(next() * 800_000_000);
  return {
    group_id: groupId,
    type: 'message_new',
    event_id: Array.from({ length: 5 }, () => Math.floor(next() * 2 ** 32).toString(16).padStart(8, '0')).join(''),
    v: '5.199',
    object: {
      message: { ...message(next, id, peerId), from_id: peerId, out: 0 },
      client_info: { button_actions: ['text', 'vkpay', 'open_app', 'location', 'open_link', 'callback', 'intent_subscribe', 'intent_unsubscribe'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    },
  };
}

/** A Bots Long Poll answer with `count` distinct `message_new` events, ts `ts`. */
export function longPollBatch(count: number, ts: number, groupId: number): unknown {
  const next = mulberry32(3 + ts);
  const updates = [];
  for (let i = 0; i < count; i++) updates.push(messageNewUpdate(next, ts * 1000 + i, groupId));
  return { ts: String(ts + 1), updates };
}
