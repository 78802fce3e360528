// The documentation site's URL scheme, in one place. Generated JSDoc links and the site's
// own pages both use these functions, so the scheme cannot drift between them.
//
//   method  groups.getById  → {DOCS_BASE_URL}/api/groups.html#getById
//   method  execute         → {DOCS_BASE_URL}/api/execute.html#execute   (no namespace: its own page)
//   event   message_new     → {DOCS_BASE_URL}/events/message_new.html
//
// `.html` is kept in the URLs so the built site works from any static host (no clean-URL
// rewrites needed).

/** Where the built site is published. The only constant to change when it moves. */
export const DOCS_BASE_URL = 'https://vkts.github.io/vkts';

/** Page (without `.html`) of a method's namespace, relative to the site root: `api/groups`. */
export function namespacePage(method: string): string {
  const dot = method.indexOf('.');
  return `api/${dot === -1 ? method : method.slice(0, dot)}`;
}

/** Anchor of a method's section on its namespace page: `getById` for `groups.getById`. */
export function methodAnchor(method: string): string {
  const dot = method.indexOf('.');
  return dot === -1 ? method : method.slice(dot + 1);
}

/** Site-relative link to a method's section: `/api/groups.html#getById`. */
export function methodPath(method: string): string {
  return `/${namespacePage(method)}.html#${methodAnchor(method)}`;
}

/** Absolute URL of a method's section, for the `Guide:` line of generated JSDoc. */
export function methodDocsUrl(method: string): string {
  return `${DOCS_BASE_URL}${methodPath(method)}`;
}

/** Site-relative link to a community event's page: `/events/message_new.html`. */
export function eventPath(eventType: string): string {
  return `/events/${eventType}.html`;
}

/** Absolute URL of a community event's page. */
export function eventDocsUrl(eventType: string): string {
  return `${DOCS_BASE_URL}${eventPath(eventType)}`;
}
