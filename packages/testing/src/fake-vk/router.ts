/** An HTTP request as route handlers see it: the body is already read (and size-checked). */
export interface FakeHttpRequest {
  /** `GET`, `POST`, … */
  readonly method: string;
  readonly path: string;
  /** Values of `:name` segments of the route pattern. */
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: string;
  /** Lower-cased names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
}

interface ResponseBase {
  /** @default 200 */
  status?: number;
  headers?: Readonly<Record<string, string>>;
}

/**
 * A JSON or plain-text answer, or `{ reset: true }`: destroy the connection without answering
 * (what a dropped connection looks like to the client).
 */
export type FakeHttpResponse = (ResponseBase & { json: unknown }) | (ResponseBase & { text: string }) | { reset: true };

export type FakeRouteHandler = (request: FakeHttpRequest) => FakeHttpResponse | Promise<FakeHttpResponse>;

interface Route {
  method: string;
  segments: string[];
  handler: FakeRouteHandler;
}

export type RouteMatch =
  | { kind: 'found'; handler: FakeRouteHandler; pathParams: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'not-found' };

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * Path routing for the fake's HTTP server: `/method/:name` for the API, and whatever else
 * is added (the Bots Long Poll endpoint, upload servers, …). Patterns are literal segments
 * and `:name` placeholders; a route added later wins over an earlier one on the same path.
 */
export class Router {
  readonly #routes: Route[] = [];

  add(method: string, pattern: string, handler: FakeRouteHandler): void {
    if (!/^[A-Z]+$|^\*$/.test(method)) throw new TypeError(`route: the HTTP method must be upper-case (e.g. 'GET') or '*', got '${method}'`);
    if (!pattern.startsWith('/')) throw new TypeError(`route: the path must start with '/', got '${pattern}'`);
    this.#routes.unshift({ method, segments: splitPath(pattern), handler });
  }

  match(method: string, path: string): RouteMatch {
    const segments = splitPath(path);
    const allowed: string[] = [];
    for (const route of this.#routes) {
      const pathParams = matchSegments(route.segments, segments);
      if (pathParams === undefined) continue;
      if (route.method === '*' || route.method === method) return { kind: 'found', handler: route.handler, pathParams };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'not-found' };
  }
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const value = actual[index];
    if (value === undefined) return undefined;
    if (part.startsWith(':')) {
      params[part.slice(1)] = value;
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}
