// Plain-JS type guards of community events (`callbackEventChecks[type](value)`,
// `isCallbackEvent(value)`): the verdicts of the zod validators on `@vkts/types/zod`
// (`callbackEventValidators`, `zCallbackEvent`) without loading zod, and several times faster.
// They answer only true or false; for the issues of a rejected event, run its zod validator.
export { callbackEventChecks, isCallbackEvent } from './gen/events-check.gen.js';
