/** A hand-written fake of Event Schedule's wire for adapter tests: routes by method + path, records every request. */
import { createEventScheduleClient, type EventScheduleConfig } from '../../src/providers/event-schedule/index.js';

export const BASE = 'https://eventschedule.com/api';
export const KEY = '0123456789abcdef0123456789abcdef';

export interface SeenRequest {
  method: string;
  url: URL;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON, or the `FormData` of a multipart body, or `undefined`. */
  body: unknown;
  contentType: string | null;
}

export type Reply =
  | { status?: number; body?: unknown; headers?: Record<string, string> }
  | 'network-error'
  | 'connect-error';
export type Handler = (req: SeenRequest, n: number) => Reply | Promise<Reply>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

/** A fake `fetch`: `routes` maps `"GET /api/events"` (or a RegExp source on that string) to a handler. */
export function fakeVendor(routes: Record<string, Handler>) {
  const calls: SeenRequest[] = [];
  const counts = new Map<string, number>();
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input as RequestInfo, init);
    const url = new URL(request.url);
    const contentType = request.headers.get('content-type');
    let body: unknown;
    if (request.method !== 'GET') {
      if (contentType?.startsWith('multipart/form-data')) body = await request.formData();
      else {
        const text = await request.text();
        body = text ? JSON.parse(text) : undefined;
      }
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => (headers[k] = v));
    const seen: SeenRequest = {
      method: request.method,
      url,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      headers,
      body,
      contentType,
    };
    calls.push(seen);
    const key = `${seen.method} ${seen.path}`;
    const entry = Object.entries(routes).find(([pattern]) => pattern === key || new RegExp(`^${pattern}$`).test(key));
    if (!entry) return new Response(JSON.stringify({ message: `The route ${seen.path} could not be found.` }), { status: 404 });
    const n = (counts.get(entry[0]) ?? 0) + 1;
    counts.set(entry[0], n);
    const reply = await entry[1](seen, n);
    if (reply === 'network-error') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    if (reply === 'connect-error') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(text, {
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json', ...(reply.headers ?? {}) },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export function makeClient(fetch: typeof globalThis.fetch, extra: Partial<EventScheduleConfig> = {}) {
  return createEventScheduleClient({ apiKey: KEY, fetch, logLevel: 'off', ...extra });
}

/** The 7-field meta envelope for page `page` of `all` ("Paging"). */
export function pageOf<T>(all: T[], page: number, perPage: number, path = `${BASE}/events`) {
  const total = all.length;
  const last = Math.max(1, Math.ceil(total / perPage));
  const data = all.slice((page - 1) * perPage, page * perPage);
  return {
    data,
    meta: {
      current_page: page,
      from: data.length ? (page - 1) * perPage + 1 : null,
      last_page: last,
      per_page: perPage,
      to: data.length ? (page - 1) * perPage + data.length : null,
      total,
      path,
    },
  };
}

/** A handler serving `all` with the documented paging. */
export function paged<T>(all: T[], path?: string): Handler {
  return (req) => {
    const page = Number(req.query.page ?? '1');
    const perPage = Number(req.query.per_page ?? '100');
    if (perPage > 500) return json({ error: 'Validation failed', errors: { per_page: ['The per page field must not be greater than 500.'] } }, 422);
    return json(pageOf(all, page, perPage, path));
  };
}

export function esTicket(over: Record<string, unknown> = {}) {
  return {
    id: 'TkVip001',
    type: 'VIP',
    price: '25.000',
    quantity: 50,
    description: 'Front row',
    sales_start_at: null,
    sales_end_at: null,
    volume_discount: null,
    is_pass: false,
    ...over,
  };
}

export function esEvent(over: Record<string, unknown> = {}) {
  return {
    id: 'EvJazz01',
    url: 'https://live-music.eventschedule.com/jazz-night/EvJazz01',
    name: 'Jazz Night',
    short_description: null,
    description: 'An evening of jazz',
    starts_at: '2026-03-15 20:00:00',
    duration: 2.5,
    category_id: 4,
    category_name: 'Concerts',
    category_color: null,
    is_private: false,
    is_draft: false,
    is_internal: false,
    is_password_protected: false,
    event_url: null,
    registration_url: null,
    venue_id: 'VnBlue01',
    venue_name: 'The Blue Room',
    venue_address1: '12 Main St',
    venue_subdomain: 'blue-room',
    flyer_image_url: null,
    schedule_type: 'single',
    rsvp_enabled: false,
    rsvp_limit: null,
    tickets_enabled: true,
    tickets: [esTicket(), esTicket({ id: 'TkGen002', type: 'General', price: 19.99, quantity: 0, description: null })],
    addons: [],
    members: [],
    event_parts: [],
    ticket_currency_code: 'USD',
    payment_method: 'cash',
    terms_url: null,
    schedules: [{ id: 'ScLive01', subdomain: 'live-music', name: 'Live Music', type: 'venue' }],
    created_at: '2026-01-10T09:00:00+00:00',
    updated_at: '2026-01-11T10:30:00+00:00',
    ...over,
  };
}

export function esSchedule(over: Record<string, unknown> = {}) {
  return {
    id: 'ScLive01',
    subdomain: 'live-music',
    url: 'https://live-music.eventschedule.com',
    type: 'venue',
    name: 'Live Music',
    email: 'owner@example.com',
    phone: null,
    show_phone: 0,
    website: null,
    description: null,
    short_description: null,
    timezone: 'America/New_York',
    language_code: 'en',
    profile_image_url: null,
    address1: null,
    city: null,
    state: null,
    postal_code: null,
    country_code: 'us',
    created_at: '2026-01-01T00:00:00+00:00',
    updated_at: '2026-01-01T00:00:00+00:00',
    groups: [],
    ...over,
  };
}

export function esSale(over: Record<string, unknown> = {}) {
  return {
    id: 'SaOne001',
    event_id: 'EvJazz01',
    event_name: 'Jazz Night',
    subdomain: 'live-music',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    phone: null,
    event_date: '2026-03-15',
    status: 'unpaid',
    payment_method: 'cash',
    payment_amount: 69.99,
    volume_discount_amount: null,
    discount_amount: null,
    gift_card_amount: null,
    order_id: null,
    is_order_primary: true,
    transaction_reference: null,
    created_at: '2026-02-01T12:00:00+00:00',
    updated_at: '2026-02-01T12:00:00+00:00',
    tickets: [
      { ticket_id: 'TkVip001', quantity: 2, price: 25, type: 'VIP', is_addon: false, is_pass: false },
      { ticket_id: 'TkGen002', quantity: 1, price: 19.99, type: 'General', is_addon: false, is_pass: false },
    ],
    total_quantity: 3,
    group_id: null,
    is_primary: true,
    ...over,
  };
}
