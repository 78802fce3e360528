// Which stream an event goes to: the first route that matches, else the default stream.
import type { AnyEvent, CallbackEventType, DirectEventContext } from '@vkts/events';
import { nonEmptyString } from './options.js';

/** Events of these types go to `stream`. */
export interface TypeRoute {
  readonly types: readonly CallbackEventType[];
  readonly stream: string;
}

/** Events `match` says yes to go to `stream` (for unknown types, communities, payload contents). */
export interface PredicateRoute {
  readonly match: (event: AnyEvent, context: DirectEventContext) => boolean;
  readonly stream: string;
}

export type RelayRoute = TypeRoute | PredicateRoute;

export type StreamChooser = (event: AnyEvent, context: DirectEventContext) => string;

export function streamChooser(caller: string, routes: readonly RelayRoute[] | undefined, fallback: string): StreamChooser {
  if (routes === undefined || routes.length === 0) return () => fallback;
  if (!Array.isArray(routes)) throw new TypeError(`${caller}: \`routes\` must be an array of { types, stream } or { match, stream }`);
  const byType = new Map<string, string>();
  const predicates: PredicateRoute[] = [];
  routes.forEach((route: RelayRoute, index) => {
    nonEmptyString(caller, `routes[${index}].stream`, route.stream);
    if ('types' in route && Array.isArray(route.types)) {
      // The first route naming a type wins, as in a list read top to bottom.
      for (const type of route.types) if (!byType.has(type)) byType.set(type, route.stream);
      // A predicate before this route still goes first for its events: keep the order.
      const types = new Set<string>(route.types);
      predicates.push({ match: (event) => types.has(event.type), stream: route.stream });
    } else if ('match' in route && typeof route.match === 'function') {
      predicates.push(route);
    } else {
      throw new TypeError(`${caller}: \`routes[${index}]\` needs \`types\` (an array of event types) or \`match\` (a function)`);
    }
  });
  const onlyTypes = routes.every((route) => 'types' in route);
  if (onlyTypes) return (event) => byType.get(event.type) ?? fallback;
  return (event, context) => {
    for (const route of predicates) if (route.match(event, context)) return route.stream;
    return fallback;
  };
}
