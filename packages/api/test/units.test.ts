// The pure pieces, on their own: wire encoding, secret names, unbatchable methods, VKScript
// generation.
import { apiMethodMeta, apiMethodNames } from '@vkts/types';
import { describe, expect, it, vi } from 'vitest';
import { startAttempt } from '../src/attempt.js';
import { isSecretParamName, isUploadSaveMethod } from '../src/index.js';
import { buildExecuteCode } from '../src/execute-script.js';
import { redactParams } from '../src/redact.js';
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

  it('redacts secret-looking param values', () => {
    expect(redactParams({ captcha_key: 'abc', peer_id: '1' })).toEqual({ captcha_key: '[redacted]', peer_id: '1' });
  });
});

describe('upload-save methods (never batched)', () => {
  it('are derived from the method names and their params', () => {
    // Landmarks present in every schema version since 5.131, not the whole list: the list comes
    // from the schema and changes with it (a test must survive a schema bump).
    const found = apiMethodNames.filter(isUploadSaveMethod);
    for (const method of ['docs.save', 'photos.save', 'photos.saveMessagesPhoto', 'photos.saveWallPhoto', 'video.save']) expect(found).toContain(method);
    expect(found.every((method) => /^[A-Za-z]+\.save/.test(method))).toBe(true);
    expect(found.length).toBeLessThan(apiMethodNames.filter((method) => /^[A-Za-z]+\.save/.test(method)).length);
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
