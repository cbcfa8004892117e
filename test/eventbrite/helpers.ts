/** A hand-written fake Eventbrite for wire tests: routes by method and path, records every request. */
import { readFileSync } from 'node:fs';
import { createClient, type TicketingClient } from '../../src/index.js';
import { createEventbriteClient, type EventbriteClient } from '../../src/providers/eventbrite/index.js';
import { json, scriptedFetch, type SeenRequest } from '../helpers/wire.js';

export const TOKEN = 'EBTOKENSECRET123456';
export const ORG = '698566935713';
export const BASE = 'https://www.eventbriteapi.com/v3';

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** A real captured payload from test/eventbrite/fixtures (see SOURCES.md there; a fresh copy each time). */
export function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
}

export { json };
export type { SeenRequest };

export type Route = (req: SeenRequest) => Response | Promise<Response>;

/** An Eventbrite error body with its status. */
export function ebError(status: number, error: string, description: string, extra: Record<string, unknown> = {}): Response {
  return json({ status_code: status, error, error_description: description, ...extra }, { status });
}

/**
 * A fetch that answers `"METHOD /path/"` (path without the `/v3` prefix) from `routes`; a route may be a list of
 * answers served in order (the last one repeats). Anything else is a 404 NOT_FOUND.
 */
export function fakeEventbrite(routes: Record<string, Route | Response | Array<Route | Response>>) {
  const counters = new Map<string, number>();
  const wire = scriptedFetch([
    async (req) => {
      const key = `${req.method} ${req.path.replace(/^\/v3/, '')}`;
      const entry = routes[key];
      if (entry === undefined) return ebError(404, 'NOT_FOUND', `no route for ${key}`);
      const list = Array.isArray(entry) ? entry : [entry];
      const n = counters.get(key) ?? 0;
      counters.set(key, n + 1);
      const answer = list[Math.min(n, list.length - 1)]!;
      return answer instanceof Response ? answer.clone() : answer(req);
    },
  ]);
  return wire;
}

export interface SetupOptions {
  organizationId?: string | null;
  logs?: string[];
  extra?: Record<string, unknown>;
}

function logger(logs: string[]) {
  const push = (level: string) => (m: string, d?: Record<string, unknown>) => logs.push(`${level} ${m} ${d ? JSON.stringify(d) : ''}`);
  return { error: push('error'), warn: push('warn'), info: push('info'), debug: push('debug') };
}

/** A generic client (`createClient`) over a fake Eventbrite. */
export function setup(routes: Parameters<typeof fakeEventbrite>[0], options: SetupOptions = {}) {
  const wire = fakeEventbrite(routes);
  const logs = options.logs ?? [];
  const tk: TicketingClient = createClient({
    provider: 'eventbrite',
    token: TOKEN,
    ...(options.organizationId === null ? {} : { organizationId: options.organizationId ?? ORG }),
    fetch: wire.fetch,
    maxRetries: 0,
    logger: logger(logs),
    ...options.extra,
  });
  return { tk, seen: wire.seen, logs };
}

/** The vendor-typed client (`createEventbriteClient`) over a fake Eventbrite. */
export function setupTyped(routes: Parameters<typeof fakeEventbrite>[0], options: SetupOptions = {}) {
  const wire = fakeEventbrite(routes);
  const logs = options.logs ?? [];
  const eb: EventbriteClient = createEventbriteClient({
    token: TOKEN,
    ...(options.organizationId === null ? {} : { organizationId: options.organizationId ?? ORG }),
    fetch: wire.fetch,
    maxRetries: 0,
    logger: logger(logs),
    ...options.extra,
  });
  return { eb, seen: wire.seen, logs };
}

export function page(key: string, items: unknown[], pagination: Record<string, unknown> = { page_number: 1, page_size: 50, has_more_items: false }) {
  return json({ pagination, [key]: items });
}
