import { randomInt } from 'node:crypto';
import { FakeVkError, defaultErrorMessage } from './vk-error.js';

export interface FailNextOptions {
  /** How many of the next calls fail. @default 1 */
  times?: number;
  /** error_msg to send. @default VK's description of the code */
  message?: string;
}

interface PlannedFailure {
  code: number;
  message: string;
  remaining: number;
}

/** Programmed errors (`fake.failNext`) per method, used up in order. */
export class FailurePlan {
  readonly #planned = new Map<string, PlannedFailure[]>();

  add(method: string, code: number, options: FailNextOptions = {}): void {
    const times = options.times ?? 1;
    if (!Number.isInteger(code) || code < 1) throw new TypeError(`failNext: the error code must be a positive integer, got ${String(code)}`);
    if (!Number.isInteger(times) || times < 1) throw new TypeError(`failNext: times must be a positive integer, got ${String(options.times)}`);
    const queue = this.#planned.get(method) ?? [];
    queue.push({ code, message: options.message ?? defaultErrorMessage(code), remaining: times });
    this.#planned.set(method, queue);
  }

  /**
   * The failure the next call of `method` gets, used up. With `captchaSolved` (the call came
   * back with a valid captcha answer) a planned captcha is let through without being used up,
   * the way VK lets the solved request pass.
   */
  take(method: string, captchaSolved: boolean): { code: number; message: string } | undefined {
    const queue = this.#planned.get(method);
    const next = queue?.[0];
    if (queue === undefined || next === undefined) return undefined;
    if (captchaSolved && next.code === 14) return undefined;
    next.remaining--;
    if (next.remaining === 0) queue.shift();
    return { code: next.code, message: next.message };
  }
}

/** Captchas handed out with error 14, each answerable once with captcha_sid + captcha_key. */
export class CaptchaBook {
  readonly #open = new Set<string>();
  readonly #baseUrl: () => string;

  constructor(baseUrl: () => string) {
    this.#baseUrl = baseUrl;
  }

  /** Error 14 with a fresh captcha, as VK sends it. */
  challenge(message = defaultErrorMessage(14)): FakeVkError {
    const sid = String(randomInt(100_000_000, 999_999_999));
    this.#open.add(sid);
    return new FakeVkError(14, message, { captcha_sid: sid, captcha_img: `${this.#baseUrl()}/captcha.php?sid=${sid}&s=1` });
  }

  /** True when `sid` was handed out and not answered yet; answering closes it. */
  answer(sid: string, key: string): boolean {
    if (key === '' || !this.#open.has(sid)) return false;
    this.#open.delete(sid);
    return true;
  }
}

/** The error a planned failure is answered with; captchas and validations get VK's extra fields. */
export function plannedError(failure: { code: number; message: string }, captchas: CaptchaBook, baseUrl: string): FakeVkError {
  if (failure.code === 14) return captchas.challenge(failure.message);
  if (failure.code === 17) {
    return new FakeVkError(17, failure.message, { redirect_uri: `${baseUrl}/validate?sid=${randomInt(100_000_000, 999_999_999)}` });
  }
  return new FakeVkError(failure.code, failure.message);
}
