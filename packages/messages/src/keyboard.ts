// The keyboard builder. A Keyboard IS the schema's MessagesKeyboard (its own enumerable fields
// are exactly `buttons`, `one_time`, `inline`), so it goes straight into messages.send's
// `keyboard` param and serialises there once. VK's limits are enforced as buttons are added,
// so the error points at the line that broke them.
import type { MessagesKeyboard, MessagesKeyboardButton } from '@vkts/types';
import {
  appButton,
  callbackButton,
  linkButton,
  locationButton,
  subscribeButton,
  textButton,
  unsubscribeButton,
  vkPayButton,
  type AppButtonOptions,
  type ColoredButtonOptions,
  type IntentButtonOptions,
  type LabelledButtonOptions,
} from './buttons.js';
import { MessageLimitError } from './errors.js';
import { MAX_LABEL_LENGTH } from './buttons.js';
import { MAX_PAYLOAD_LENGTH } from './payload.js';

export type KeyboardKind = 'standard' | 'inline';

interface KeyboardLimits {
  readonly rows: number;
  readonly buttonsPerRow: number;
  readonly buttons: number;
}

/** VK's limits: a standard keyboard is at most 5 × 10 with 40 buttons, an inline one 5 × 6 with 10. */
export const KEYBOARD_LIMITS: Readonly<Record<KeyboardKind, KeyboardLimits>> = {
  standard: { rows: 10, buttonsPerRow: 5, buttons: 40 },
  inline: { rows: 6, buttonsPerRow: 5, buttons: 10 },
};

const COLORED_ACTIONS: ReadonlySet<string> = new Set(['text', 'callback']);

/**
 * A keyboard under construction and the finished one at once: pass it as `keyboard` to
 * messages.send. `P` is the type of its button payloads (read them back with `payloadOf<P>`).
 */
export class Keyboard<P = unknown, K extends KeyboardKind = KeyboardKind> implements MessagesKeyboard {
  readonly buttons: MessagesKeyboardButton[][] = [];
  declare one_time?: boolean;
  declare inline?: boolean;
  readonly #kind: K;
  #count = 0;
  #rowOpen = false;

  constructor(kind: K) {
    this.#kind = kind;
    if (kind === 'inline') this.inline = true;
  }

  /** `standard` (under the input field) or `inline` (inside the message). */
  get kind(): K {
    return this.#kind;
  }

  /** Start a new row; the next button goes on it. Two calls in a row leave no empty row. */
  row(): this {
    this.#rowOpen = false;
    return this;
  }

  /** Hide the keyboard after a text or location button is pressed (standard keyboards only). */
  oneTime(this: Keyboard<P, 'standard'>, enabled = true): Keyboard<P, 'standard'> {
    if (this.#kind !== 'standard') throw new MessageLimitError('one-time-inline', 'inline keyboard: VK does not support one_time on inline keyboards');
    this.one_time = enabled;
    return this;
  }

  text(label: string, options?: ColoredButtonOptions<P>): this {
    return this.add(textButton(label, options));
  }

  callback(label: string, options?: ColoredButtonOptions<P>): this {
    return this.add(callbackButton(label, options));
  }

  link(label: string, link: string, options?: LabelledButtonOptions<P>): this {
    return this.add(linkButton(label, link, options));
  }

  location(options?: LabelledButtonOptions<P>): this {
    return this.add(locationButton(options));
  }

  vkPay(hash: string, options?: LabelledButtonOptions<P>): this {
    return this.add(vkPayButton(hash, options));
  }

  app(label: string, options: AppButtonOptions<P>): this {
    return this.add(appButton(label, options));
  }

  subscribe(label: string, options: IntentButtonOptions<P>): this {
    return this.add(subscribeButton(label, options));
  }

  unsubscribe(label: string, options: IntentButtonOptions<P>): this {
    return this.add(unsubscribeButton(label, options));
  }

  /** Add a button object made elsewhere (e.g. by `textButton`); the same limits apply. */
  add(button: MessagesKeyboardButton): this {
    const limits = KEYBOARD_LIMITS[this.#kind];
    const what = `${this.#kind} keyboard`;
    // Buttons from the factories are checked already; these catch hand-made ones.
    const action = button.action;
    if ('label' in action && action.label.length > MAX_LABEL_LENGTH) {
      throw new MessageLimitError('label-length', `${what}: a ${action.type} button's label is ${action.label.length} characters; VK allows at most ${MAX_LABEL_LENGTH}`, MAX_LABEL_LENGTH);
    }
    if (action.payload !== undefined && action.payload.length > MAX_PAYLOAD_LENGTH) {
      throw new MessageLimitError('payload-length', `${what}: a ${action.type} button's payload is ${action.payload.length} characters; VK allows at most ${MAX_PAYLOAD_LENGTH}`, MAX_PAYLOAD_LENGTH);
    }
    if (button.color !== undefined && !COLORED_ACTIONS.has(button.action.type)) {
      throw new MessageLimitError('color', `${what}: a ${button.action.type} button cannot have a colour (VK colours text and callback buttons only)`);
    }
    if (this.#count + 1 > limits.buttons) {
      throw new MessageLimitError('buttons', `${what}: at most ${limits.buttons} buttons; this would be button ${this.#count + 1}`, limits.buttons);
    }
    let row = this.buttons.at(-1);
    if (!this.#rowOpen || row === undefined) {
      if (this.buttons.length + 1 > limits.rows) {
        throw new MessageLimitError('rows', `${what}: at most ${limits.rows} rows; this would be row ${this.buttons.length + 1}`, limits.rows);
      }
      row = [];
      this.buttons.push(row);
      this.#rowOpen = true;
    }
    if (row.length + 1 > limits.buttonsPerRow) {
      throw new MessageLimitError(
        'buttons-per-row',
        `${what}: at most ${limits.buttonsPerRow} buttons a row; this would be button ${row.length + 1} of row ${this.buttons.length} (call .row() first)`,
        limits.buttonsPerRow,
      );
    }
    row.push(button);
    this.#count += 1;
    return this;
  }

  /** The keyboard as VK's JSON text (what messages.send receives). */
  toString(): string {
    return JSON.stringify(this);
  }
}

/** The empty keyboard: VK removes the current one when it receives `{ "buttons": [] }`. */
export interface RemovedKeyboard extends MessagesKeyboard {
  readonly buttons: [];
}

export interface KeyboardFactory {
  /** A keyboard shown under the input field (at most 10 rows, 5 buttons a row, 40 buttons). */
  <P = unknown>(): Keyboard<P, 'standard'>;
  /** A keyboard shown inside the message (at most 6 rows, 5 buttons a row, 10 buttons; no one_time). */
  inline<P = unknown>(): Keyboard<P, 'inline'>;
  /** `{ buttons: [] }`: removes the keyboard. */
  remove(): RemovedKeyboard;
}

function standardKeyboard<P = unknown>(): Keyboard<P, 'standard'> {
  return new Keyboard<P, 'standard'>('standard');
}

/** Build a keyboard: `keyboard().text('Yes').text('No')`, `keyboard.inline<Payload>()`, `keyboard.remove()`. */
export const keyboard: KeyboardFactory = Object.assign(standardKeyboard, {
  inline: <P = unknown>(): Keyboard<P, 'inline'> => new Keyboard<P, 'inline'>('inline'),
  remove: (): RemovedKeyboard => ({ buttons: [] }),
});
