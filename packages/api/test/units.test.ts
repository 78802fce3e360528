// The pure pieces, on their own: wire encoding, secret names, unbatchable methods, VKScript
// generation, backoff bounds.
import { apiMethodMeta, apiMethodNames } from '@vkts/types';
import { describe, expect, it, vi } from 'vitest';
import { startAttempt } from '../src/attempt.js';
import { isSecretParamName, isUploadSaveMethod } from '../src/index.js';
import { backoffDelay } from '../src/backoff.js';
import { buildExecuteCode } from '../src/execute-script.js';
import { redactParams, scrubToken } from '../src/redact.js';
import { toWireParams } from '../src/wire-params.js';

describe('toWireParams', () => {
  it('follows the metadata of each param', () => {
    expect(
      toWireParams(
        { group_id: 1, message_new: true, message_reply: false, fields: ['sex', 'city'], keyboard: { one_time: true }, skipped: undefined, gone: null },
        { ...apiMethodMeta['groups.setCallbackSettings'].params, ...apiMethodMeta['groups.getMembers'].params, ...apiMethodMeta['messages.send'].params },
      ),
    ).toEqual({ group_id: '1', message_new: '1', message_reply: '0', fields: 'sex,city', keyboard: '{"one_time":true}' });
  });

  it('passes strings through for lists and JSON, and encodes unknown params by their value', () => {
    const meta = apiMethodMeta['messages.send'].params;
    expect(toWireParams({ peer_ids: '1,2', keyboard: '{"a":1}' }, meta)).toEqual({ peer_ids: '1,2', keyboard: '{"a":1}' });
    expect(toWireParams({ flag: true, list: [1, 'a'], obj: { x: [1] }, n: 0, s: '' }, {})).toEqual({ flag: '1', list: '1,a', obj: '{"x":[1]}', n: '0', s: '' });
    expect(toWireParams({ extended: 1 }, apiMethodMeta['groups.get'].params)).toEqual({ extended: '1' });
  });
});

describe('secrets', () => {
  it.each(['access_token', 'token', 'captcha_key', 'secret_key', 'client_secret', 'secret', 'access_key', 'key', 'password', 'refresh_token', 'push_tokens'])(
    '%s is secret',
    (name) => expect(isSecretParamName(name)).toBe(true),
  );
  it.each(['keyboard', 'group_id', 'message', 'code', 'hash', 'monkey', 'keyword'])('%s is not', (name) => expect(isSecretParamName(name)).toBe(false));

  it('redacts values and scrubs the token out of text', () => {
    expect(redactParams({ captcha_key: 'abc', peer_id: '1' })).toEqual({ captcha_key: '[redacted]', peer_id: '1' });
    expect(scrubToken('invalid access_token vk1.a.SECRETSECRET (4)', 'vk1.a.SECRETSECRET')).toBe('invalid access_token [redacted] (4)');
  });
});

describe('upload-save methods (never batched)', () => {
  it('are derived from the method names and their params', () => {
    expect(apiMethodNames.filter(isUploadSaveMethod)).toEqual([
      'appWidgets.saveAppImage',
      'appWidgets.saveGroupImage',
      'docs.save',
      'market.saveProductPhoto',
      'market.saveProductPhotoBulk',
      'photos.save',
      'photos.saveMarketAlbumPhoto',
      'photos.saveMessagesPhoto',
      'photos.saveOwnerCoverPhoto',
      'photos.saveOwnerPhoto',
      'photos.saveWallPhoto',
      'polls.savePhoto',
      'stories.save',
      'video.save',
      'video.saveUploadedThumb',
    ]);
    expect(isUploadSaveMethod('audio.save')).toBe(true);
    expect(isUploadSaveMethod('account.saveProfileInfo')).toBe(false);
    expect(isUploadSaveMethod('pages.save')).toBe(false);
  });
});

describe('buildExecuteCode', () => {
  it('emits one API call per entry with JSON-escaped params', () => {
    expect(buildExecuteCode([{ method: 'messages.send', params: { message: 'a "quote"\n});API.x({', peer_id: '1' } }])).toBe(
      'return [API.messages.send({"message":"a \\"quote\\"\\n});API.x({","peer_id":"1"})];',
    );
  });

  it('refuses a method name that is not one', () => {
    expect(() => buildExecuteCode([{ method: 'users.get(1);API.x', params: {} }])).toThrow('Cannot batch method');
  });
});

describe('backoffDelay', () => {
  it('stays within [0, min(max, base · 2^retry))', () => {
    for (let retry = 0; retry < 10; retry += 1) {
      for (let i = 0; i < 50; i += 1) {
        const delay = backoffDelay(retry, 100, 2000);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(2000, 100 * 2 ** retry));
      }
    }
  });
});

describe('startAttempt (the signal is made on first use)', () => {
  it('a signal made late still aborts at the attempt deadline, as a timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const attempt = startAttempt('users.get', undefined, 60);
      vi.advanceTimersByTime(40);
      const { signal } = attempt;
      expect(signal.aborted).toBe(false);
      // The deadline counts from the attempt's start, not from when the signal was made.
      vi.advanceTimersByTime(19);
      expect(signal.aborted).toBe(false);
      vi.advanceTimersByTime(1);
      expect(signal.aborted).toBe(true);
      expect(attempt.abortError()).toMatchObject({ kind: 'timeout', message: 'users.get: no answer within 60 ms' });
      attempt.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('expire() before the signal is made gives an aborted signal and a timeout error', () => {
    const attempt = startAttempt('users.get', undefined, 30_000);
    attempt.expire();
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.abortError()).toMatchObject({ kind: 'timeout' });
    attempt.dispose();
  });

  it("follows the caller's signal, with its reason as the cause; dispose removes the listener", () => {
    const controller = new AbortController();
    const attempt = startAttempt('users.get', controller.signal, 30_000);
    expect(attempt.signal.aborted).toBe(false);
    const reason = new Error('stop');
    controller.abort(reason);
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.abortError()).toMatchObject({ kind: 'aborted', cause: reason });
    attempt.dispose();

    const other = new AbortController();
    const disposed = startAttempt('users.get', other.signal, 30_000);
    const { signal } = disposed;
    disposed.dispose();
    other.abort();
    expect(signal.aborted).toBe(false);
  });
});
