import type { TypeNode } from '../ir/types.js';
import { widens } from './canonical.js';

/**
 * Whether a change breaks a TypeScript consumer of our packages: a call or a field access that
 * compiled before no longer compiles, or a value it reads changes type. The rules:
 *
 * | change                                   | breaking?                                       |
 * |------------------------------------------|-------------------------------------------------|
 * | method removed / added                   | yes / no                                        |
 * | param removed                            | yes                                             |
 * | param added                              | yes if required, no if optional                 |
 * | param optional → required                | yes                                             |
 * | param required → optional                | no                                              |
 * | param type changed                       | yes, unless the new type only widens the old    |
 * | response variant removed / added         | yes / no                                        |
 * | response variant points elsewhere        | yes (the type the caller receives changed)      |
 * | output field removed / added             | yes / no                                        |
 * | output field required → optional        | yes (the access may now be undefined)           |
 * | output field optional → required         | no                                              |
 * | output field type changed                | yes — any change changes the type a reader sees |
 * | definition removed / added               | yes / no                                        |
 * | event removed / added                    | yes / no                                        |
 * | event loses / gains a transport          | yes / no                                        |
 * | event payload definition changed         | yes if that definition's changes break          |
 * | error removed / added                    | yes / no                                        |
 * | error code changed                       | yes                                             |
 *
 * "Output" is everything a consumer reads: responses, event payloads and every definition they
 * reach. A definition reached only from params (e.g. the `users_fields` enum) is "input": its
 * fields follow the param rules, so adding an enum value there is not breaking. A definition
 * reached from both sides, or from neither, is treated as output — the stricter reading.
 * "Widens": every value the old type accepted is still accepted (see canonical.ts `widens`).
 */
export type Direction = 'input' | 'output';

export const METHOD_ADDED_BREAKS = false;
export const METHOD_REMOVED_BREAKS = true;
export const RESPONSE_ADDED_BREAKS = false;
export const RESPONSE_REMOVED_BREAKS = true;
export const RESPONSE_RETARGETED_BREAKS = true;
export const DEFINITION_ADDED_BREAKS = false;
export const DEFINITION_REMOVED_BREAKS = true;
export const EVENT_ADDED_BREAKS = false;
export const EVENT_REMOVED_BREAKS = true;
export const TRANSPORT_ADDED_BREAKS = false;
export const TRANSPORT_REMOVED_BREAKS = true;
export const ERROR_ADDED_BREAKS = false;
export const ERROR_REMOVED_BREAKS = true;
export const ERROR_CODE_CHANGED_BREAKS = true;

/** A param or field appeared. */
export function memberAddedBreaks(direction: Direction, required: boolean): boolean {
  return direction === 'input' && required;
}

/** A param or field disappeared: code naming it no longer compiles. */
export function memberRemovedBreaks(): boolean {
  return true;
}

/** An optional param or field became required. */
export function becameRequiredBreaks(direction: Direction): boolean {
  return direction === 'input';
}

/** A required param or field became optional. */
export function becameOptionalBreaks(direction: Direction): boolean {
  return direction === 'output';
}

/** The type of a param or field changed (their canonical strings differ). */
export function typeChangeBreaks(direction: Direction, from: TypeNode, to: TypeNode): boolean {
  return direction === 'output' || !widens(from, to);
}
