// messages.send / messages.edit / messages.sendMessageEventAnswer checked the way VK checks them,
// before the generic param validation: a bad keyboard is VK's error 911 ("Keyboard format is
// invalid"), a bad template, payload, attachment or random_id is error 100 naming the param.
// Rules: https://dev.vk.com/ru/api/bots/development/keyboard (keyboards, callback answers),
// https://dev.vk.com/ru/api/bots/development/messages (carousels), messages.send (random_id).
import { FakeVkError, paramError } from './vk-error.js';
import type { WireParams } from './wire-params.js';

const KEYBOARD_LIMITS = {
  standard: { rows: 10, buttonsPerRow: 5, buttons: 40 },
  inline: { rows: 6, buttonsPerRow: 5, buttons: 10 },
} as const;
const MAX_LABEL = 40;
const MAX_PAYLOAD = 255;
const COLORS = new Set(['primary', 'secondary', 'negative', 'positive']);
const COLORED = new Set(['text', 'callback']);
const INTENTS = new Set(['confirmed_notification', 'promo_newsletter', 'non_promo_newsletter']);
/** Fields each button action takes besides `type` (and `payload`, which every action may have). */
const ACTION_FIELDS: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  text: { required: ['label'], optional: [] },
  open_link: { required: ['label', 'link'], optional: [] },
  location: { required: [], optional: [] },
  vkpay: { required: ['hash'], optional: [] },
  open_app: { required: ['label', 'app_id'], optional: ['owner_id', 'hash'] },
  callback: { required: ['label'], optional: [] },
  intent_subscribe: { required: ['label', 'intent'], optional: ['subscribe_id'] },
  intent_unsubscribe: { required: ['label', 'intent'], optional: ['subscribe_id'] },
};
const ATTACHMENT = /^(photo|video|audio|doc|wall|wall_reply|market|market_album|poll|story|audio_message|audio_playlist|graffiti|album|podcast)(-?\d+)_(\d+)(?:_[A-Za-z0-9_-]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const INTEGER = /^-?\d+$/;

/** Thrown inside the checks; becomes error 911 or 100 at the edge. */
class Invalid extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Invalid(`${what} is not valid JSON`);
  }
}

function checkPayload(value: unknown, where: string): void {
  if (value === undefined) return;
  if (typeof value !== 'string') throw new Invalid(`${where}: payload must be a JSON string`);
  if (value.length > MAX_PAYLOAD) throw new Invalid(`${where}: payload is longer than ${MAX_PAYLOAD} characters`);
  parseJson(value, `${where}: payload`);
}

function checkButton(button: unknown, where: string): void {
  if (!isRecord(button) || !isRecord(button['action'])) throw new Invalid(`${where}: a button needs an action object`);
  const action = button['action'];
  const type = action['type'];
  const fields = typeof type === 'string' ? ACTION_FIELDS[type] : undefined;
  if (fields === undefined) throw new Invalid(`${where}: unknown action type ${JSON.stringify(type)}`);
  for (const name of fields.required) {
    if (action[name] === undefined || action[name] === '') throw new Invalid(`${where}: a ${String(type)} button needs ${name}`);
  }
  for (const name of Object.keys(action)) {
    if (name !== 'type' && name !== 'payload' && !fields.required.includes(name) && !fields.optional.includes(name)) {
      throw new Invalid(`${where}: a ${String(type)} button has no field ${name}`);
    }
  }
  const label = action['label'];
  if (label !== undefined && (typeof label !== 'string' || label.length > MAX_LABEL)) throw new Invalid(`${where}: label must be a string of at most ${MAX_LABEL} characters`);
  if (type === 'open_app' && !Number.isInteger(action['app_id'])) throw new Invalid(`${where}: app_id must be an integer`);
  if ((type === 'intent_subscribe' || type === 'intent_unsubscribe') && !INTENTS.has(String(action['intent']))) throw new Invalid(`${where}: unknown intent`);
  checkPayload(action['payload'], where);
  const color = button['color'];
  if (color !== undefined) {
    if (!COLORED.has(String(type))) throw new Invalid(`${where}: only text and callback buttons have a colour`);
    if (typeof color !== 'string' || !COLORS.has(color)) throw new Invalid(`${where}: unknown colour ${JSON.stringify(color)}`);
  }
}

function checkKeyboard(value: unknown): void {
  if (!isRecord(value) || !Array.isArray(value['buttons'])) throw new Invalid('keyboard must be an object with buttons');
  const inline = value['inline'] === true;
  const limits = KEYBOARD_LIMITS[inline ? 'inline' : 'standard'];
  const rows: unknown[] = value['buttons'];
  if (inline && value['one_time'] === true) throw new Invalid('one_time is not supported by inline keyboards');
  if (rows.length > limits.rows) throw new Invalid(`at most ${limits.rows} rows`);
  let total = 0;
  rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length === 0) throw new Invalid(`row ${r + 1} must be a non-empty array of buttons`);
    if (row.length > limits.buttonsPerRow) throw new Invalid(`at most ${limits.buttonsPerRow} buttons a row`);
    total += row.length;
    row.forEach((button: unknown, b) => checkButton(button, `button ${b + 1} of row ${r + 1}`));
  });
  if (total > limits.buttons) throw new Invalid(`at most ${limits.buttons} buttons`);
}

function elementShape(element: Record<string, unknown>): string {
  const buttons = element['buttons'];
  return `${['title', 'description', 'photo_id', 'action'].filter((key) => element[key] !== undefined).join(',')}/${Array.isArray(buttons) ? buttons.length : 0}`;
}

function checkTemplate(value: unknown): void {
  if (!isRecord(value) || value['type'] !== 'carousel') throw new Invalid('type must be carousel');
  const elements = value['elements'];
  if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10) throw new Invalid('elements must hold 1 to 10 elements');
  let first: string | undefined;
  elements.forEach((element: unknown, index) => {
    const where = `element ${index + 1}`;
    if (!isRecord(element)) throw new Invalid(`${where} must be an object`);
    for (const field of ['title', 'description']) {
      const text = element[field];
      if (text !== undefined && (typeof text !== 'string' || text.length > 80)) throw new Invalid(`${where}: ${field} must be at most 80 characters`);
    }
    if (element['title'] === undefined && element['photo_id'] === undefined) throw new Invalid(`${where} needs photo_id or title`);
    const buttons = element['buttons'];
    if (!Array.isArray(buttons) || buttons.length === 0 || buttons.length > 3) throw new Invalid(`${where} needs 1 to 3 buttons`);
    buttons.forEach((button: unknown, b) => checkButton(button, `${where}, button ${b + 1}`));
    const action = element['action'];
    if (action !== undefined && !(isRecord(action) && (action['type'] === 'open_photo' || (action['type'] === 'open_link' && typeof action['link'] === 'string')))) {
      throw new Invalid(`${where}: action must be open_link with a link or open_photo`);
    }
    const shape = elementShape(element);
    first ??= shape;
    if (shape !== first) throw new Invalid(`${where} is not shaped like the first element`);
  });
}

function checkEventData(value: unknown): void {
  if (!isRecord(value)) throw new Invalid('must be a JSON object');
  switch (value['type']) {
    case 'show_snackbar': {
      const text = value['text'];
      if (typeof text !== 'string' || text.length === 0 || text.length > 90) throw new Invalid('show_snackbar needs a text of 1 to 90 characters');
      return;
    }
    case 'open_link':
      if (typeof value['link'] !== 'string' || value['link'] === '') throw new Invalid('open_link needs a link');
      return;
    case 'open_app':
      if (!Number.isInteger(value['app_id'])) throw new Invalid('open_app needs an integer app_id');
      return;
    default:
      throw new Invalid(`unknown type ${JSON.stringify(value['type'])}`);
  }
}

function asParamError(name: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof Invalid) throw paramError(`${name} is invalid: ${error.message}`);
    throw error;
  }
}

/**
 * VK's range of random_id: its docs ask for "a large range (up to int64)", and clients such as
 * vk-io send 17-digit ids, so any signed 64-bit integer is accepted. Returns the wire params for
 * the generic validator, where numbers must be safe: an id beyond 2^53 − 1 is replaced there by
 * its remainder modulo 2^53 − 1 (the handler reads the exact text from the wire params).
 */
function checkRandomId(wire: WireParams): WireParams {
  const text = wire.get('random_id');
  if (text === undefined) return wire;
  if (!INTEGER.test(text)) throw paramError('random_id not integer');
  const value = BigInt(text);
  if (value < INT64_MIN || value > INT64_MAX) throw paramError('random_id is invalid: out of the signed 64-bit range');
  if (Number.isSafeInteger(Number(text))) return wire;
  const safe = new Map(wire);
  safe.set('random_id', String(value % BigInt(Number.MAX_SAFE_INTEGER)));
  return safe;
}

/**
 * The wire params of a messages call after VK's own checks (throws FakeVkError 911 or 100);
 * other methods pass through untouched.
 */
export function checkMessageParams(method: string, wire: WireParams): WireParams {
  if (method !== 'messages.send' && method !== 'messages.edit' && method !== 'messages.sendMessageEventAnswer') return wire;
  const keyboard = wire.get('keyboard');
  if (keyboard !== undefined) {
    try {
      checkKeyboard(parseJson(keyboard, 'keyboard'));
    } catch (error) {
      if (error instanceof Invalid) throw new FakeVkError(911, `Keyboard format is invalid: ${error.message}`);
      throw error;
    }
  }
  const template = wire.get('template');
  if (template !== undefined) {
    asParamError('template', () => checkTemplate(parseJson(template, 'template')));
    const message = wire.get('message');
    if (message === undefined || message === '') throw paramError('message is undefined (a template needs a message text)');
  }
  const payload = wire.get('payload');
  if (payload !== undefined) asParamError('payload', () => parseJson(payload, 'payload'));
  const eventData = wire.get('event_data');
  if (eventData !== undefined) asParamError('event_data', () => checkEventData(parseJson(eventData, 'event_data')));
  const attachment = wire.get('attachment');
  if (attachment !== undefined && attachment !== '') {
    asParamError('attachment', () => {
      for (const item of attachment.split(',')) {
        if (!ATTACHMENT.test(item.trim())) throw new Invalid(`${JSON.stringify(item)} is not <type><owner_id>_<id>[_<access_key>]`);
      }
    });
  }
  return method === 'messages.edit' ? wire : checkRandomId(wire);
}
