// The `dispatcher` option is typed by the part of undici's Dispatcher the clients use (`dispatch`,
// see @vkts/internals' http-exchange), so consumers' type-checks need not load undici's
// declarations. undici's `request()` wants its own Dispatcher class, so a given dispatcher is
// wrapped in one that hands every request on to it; undici's `request()` needs nothing but `dispatch`.
import type { HttpDispatcher } from '@vkts/types';
import { Dispatcher } from 'undici';

class ForwardingDispatcher extends Dispatcher {
  readonly #target: HttpDispatcher;

  constructor(target: HttpDispatcher) {
    super();
    this.#target = target;
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    return this.#target.dispatch(options, handler);
  }
}

/** An undici Dispatcher that sends through `target` (itself when it already is one of this undici's). */
export function undiciDispatcher(target: HttpDispatcher): Dispatcher {
  return target instanceof Dispatcher ? target : new ForwardingDispatcher(target);
}
