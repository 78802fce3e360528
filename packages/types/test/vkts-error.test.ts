// VktsError: one base for every vkts error, recognised across copies of @vkts/types (the ESM and
// CJS builds loaded side by side are two different class objects, like two installed versions).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { VktsError, markAsVktsError } from '../src/index.js';

class SomeError extends VktsError {
  override readonly name = 'SomeError';
}

class BuiltInBased extends TypeError {
  readonly code = 'test.built_in';
  static {
    markAsVktsError(this);
  }
}

describe('VktsError', () => {
  it('carries code, message and cause', () => {
    const cause = new Error('root');
    const error = new SomeError('test.some', 'it broke', { cause });
    expect(error).toMatchObject({ name: 'SomeError', code: 'test.some', message: 'it broke', cause });
    expect(new VktsError(14, 'captcha').code).toBe(14);
  });

  it('instanceof: subclasses by their prototype chain, VktsError by the mark', () => {
    const error = new SomeError('test.some', 'x');
    expect(error).toBeInstanceOf(VktsError);
    expect(error).toBeInstanceOf(SomeError);
    expect(error).toBeInstanceOf(Error);
    expect(new VktsError('test.base', 'x')).not.toBeInstanceOf(SomeError);
    expect(new Error('plain')).not.toBeInstanceOf(VktsError);
    expect(null).not.toBeInstanceOf(VktsError);
    expect({ code: 'test.fake' }).not.toBeInstanceOf(VktsError);
  });

  it('a marked class keeps its built-in base and counts as VktsError', () => {
    const error = new BuiltInBased('bad input');
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBeInstanceOf(VktsError);
    expect(error).not.toBeInstanceOf(SomeError);
  });

  it('holds across two copies of the package (the built CJS and ESM entries)', async () => {
    const cjs = createRequire(import.meta.url)('@vkts/types') as { VktsError: typeof VktsError };
    const esm = (await import('@vkts/types')) as { VktsError: typeof VktsError };
    expect(cjs.VktsError).not.toBe(esm.VktsError);
    expect(new cjs.VktsError('test.cjs', 'x')).toBeInstanceOf(esm.VktsError);
    expect(new esm.VktsError('test.esm', 'x')).toBeInstanceOf(cjs.VktsError);
    expect(new SomeError('test.src', 'x')).toBeInstanceOf(cjs.VktsError);
  });
});
