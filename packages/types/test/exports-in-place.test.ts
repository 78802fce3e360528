// The declarations build step that exports each declaration where it stands (exports-in-place.ts, run by tsdown.config.ts).
import { describe, expect, it } from 'vitest';
import { exportsInPlace } from '../exports-in-place.js';

describe('exportsInPlace', () => {
  it('moves plain and type-only exports onto their declarations, overloads and merged interfaces included', () => {
    const code = [
      'interface A {}',
      'interface A { x: 1 }',
      'type B = A;',
      'declare function f(x: 1): 1;',
      'declare function f(x: 2): 2;',
      'declare abstract class C {}',
      'export { type A, B, C, f };',
      '',
    ].join('\n');
    expect(exportsInPlace(code)).toBe(
      [
        'export interface A {}',
        'export interface A { x: 1 }',
        'export type B = A;',
        'export declare function f(x: 1): 1;',
        'export declare function f(x: 2): 2;',
        'export declare abstract class C {}',
        'export {};',
        '',
      ].join('\n'),
    );
  });

  it('keeps renamed names, type-only exports of values and names declared elsewhere in the list', () => {
    const code = ['import { Z } from "z";', 'declare const v: 1;', 'type T = 1;', 'export { T as U, type v, Z };', ''].join('\n');
    expect(exportsInPlace(code)).toBe(['import { Z } from "z";', 'declare const v: 1;', 'type T = 1;', 'export { T as U, type v, Z };', ''].join('\n'));
  });

  it('leaves a file without an export list as it is', () => {
    expect(exportsInPlace('export type A = 1;\n')).toBe('export type A = 1;\n');
  });
});
