/**
 * Event Schedule emulator state: users and keys, schedules (with their Pro flag and owner), events with
 * inline tickets and per-date sold counters, and sales. Events are kept sorted on `starts_at` and sales on
 * `created_at`, so list pages are served without sorting per request.
 */
import { SortedList, type EmulatorEnv } from '../../framework/index.js';
import {
  ES_DEFAULT_SCHEDULE,
  ES_READ_LIMIT,
  ES_WRITE_LIMIT,
  ES_DEFAULT_USER,
  ES_PUBLIC_HOST,
  ES_TEST_KEY,
  decimalNumber,
  decimalString,
  esId,
  eventUrl,
  isoOffset,
  localYmd,
  parseNaiveUtc,
  FAN_CONTENT_FIELDS_GUESS,
  type EsEventRow,
  type EsFanContentRow,
  type EsFeedbackRow,
  type EsGroupWire,
  type EsSaleRow,
  type EsScheduleWire,
  type EsTicketRow,
  type ViewContext,
} from './wire.js';

export interface EsUser {
  id: string;
  name: string;
  email: string;
  password: string;
  /** The key issued by register/login (the default user accepts any well-formed key). */
  apiKey: string | null;
  keyExpiresAt: number | null;
}

/**
 * An Event Schedule plan (`s.schedule({ plan })`): `free` schedules are hidden from the API, as on hosted Event
 * Schedule; `enterprise` allows unlisted and internal events.
 */
export type EsPlan = 'free' | 'pro' | 'enterprise';

export interface EsScheduleRow {
  wire: EsScheduleWire;
  ownerId: string;
  /** Hosted plan gate ("Base URL and transport"): non-Pro schedules are hidden from lists and 403 on show. */
  plan: EsPlan;
  deleted: boolean;
  /** A talent schedule's YouTube channel, shown in the `members` of its events (not part of the schedule JSON). */
  youtubeUrl: string | null;
}

export function isPro(row: EsScheduleRow): boolean {
  return row.plan !== 'free';
}

export interface RateBucket {
  count: number;
  expiresAt: number;
}

export interface EsState {
  users: Map<string, EsUser>;
  defaultUserId: string;
  /** Issued keys → user id. */
  keys: Map<string, string>;
  /** Failed lookups per key string (the brute-force lock). */
  failures: Map<string, { count: number; last: number }>;
  /** Registration codes per email. */
  codes: Map<string, string>;
  schedules: Map<string, EsScheduleRow>;
  scheduleOrder: EsScheduleRow[];
  events: Map<string, EsEventRow>;
  eventsByStart: SortedList<EsEventRow>;
  sales: Map<string, EsSaleRow>;
  salesByCreated: SortedList<EsSaleRow>;
  /**
   * The rate-limit figures (enforced when asked; `s.rateLimits()` may lower them): `reads`/`writes` of the
   * middleware's per-IP buckets; `createEvent` is the extra Laravel throttle of `POST /events/{subdomain}` per user and path.
   */
  rate: {
    reads: number;
    writes: number;
    createEvent: Map<string, RateBucket>;
  };
  /** The auth routes' own limits ("Rate limits"), always on: codes per email, registrations and failed logins per IP. */
  authLimits: { codes: Map<string, RateBucket>; registrations: RateBucket; loginFailures: RateBucket };
  ticketSeq: number;
  /** Post-event ratings (`GET /feedback`), oldest first. */
  feedback: EsFeedbackRow[];
  /** Fan submissions (`GET /fan-content`), oldest first. */
  fanContent: EsFanContentRow[];
}

export type EsEnv = EmulatorEnv<EsState>;

const byStart = (a: EsEventRow, b: EsEventRow): number =>
  a.starts_at < b.starts_at ? -1 : a.starts_at > b.starts_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const byCreated = (a: EsSaleRow, b: EsSaleRow): number => a.created_at - b.created_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function createEsState(env: Omit<EmulatorEnv<never>, 'state'>): EsState {
  const userId = esId('user', env.ids.next('user'));
  const state: EsState = {
    users: new Map([[userId, { id: userId, ...ES_DEFAULT_USER, apiKey: ES_TEST_KEY, keyExpiresAt: null }]]),
    defaultUserId: userId,
    keys: new Map(),
    failures: new Map(),
    codes: new Map(),
    schedules: new Map(),
    scheduleOrder: [],
    events: new Map(),
    eventsByStart: new SortedList(byStart),
    sales: new Map(),
    salesByCreated: new SortedList(byCreated),
    rate: { reads: ES_READ_LIMIT, writes: ES_WRITE_LIMIT, createEvent: new Map() },
    authLimits: { codes: new Map(), registrations: { count: 0, expiresAt: 0 }, loginFailures: { count: 0, expiresAt: 0 } },
    ticketSeq: 0,
    feedback: [],
    fanContent: [],
  };
  insertSchedule(env, state, userId, { ...ES_DEFAULT_SCHEDULE }, 'pro', env.now());
  return state;
}

// ---- schedules ----

/** "Ids" (subdomains): the first free left-to-right prefix of the name's words, then a numeric suffix. */
export function generateSubdomain(state: EsState, name: string): string {
  const words = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) words.push('schedule');
  for (let i = 1; i <= words.length; i++) {
    const candidate = words.slice(0, i).join('-');
    if (!state.schedules.has(candidate)) return candidate;
  }
  const base = words.join('-');
  for (let n = 2; ; n++) if (!state.schedules.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface ScheduleFields {
  name: string;
  type: 'venue' | 'talent' | 'curator';
  email?: string | null;
  description?: string | null;
  short_description?: string | null;
  timezone?: string | null;
  language_code?: string | null;
  website?: string | null;
  address1?: string | null;
  city?: string | null;
  state?: string | null;
  postal_code?: string | null;
  country_code?: string | null;
  /** Talent schedules only: shown as the member's `youtube_url`. */
  youtube_url?: string | null;
}

export function insertSchedule(
  env: Omit<EmulatorEnv<never>, 'state'>,
  state: EsState,
  ownerId: string,
  fields: ScheduleFields,
  plan: EsPlan,
  at: number,
): EsScheduleRow {
  const subdomain = generateSubdomain(state, fields.name);
  const owner = state.users.get(ownerId);
  const wire: EsScheduleWire = {
    id: esId('schedule', env.ids.next('schedule')),
    subdomain,
    url: `https://${subdomain}.${ES_PUBLIC_HOST}`,
    type: fields.type,
    name: fields.name,
    email: (fields.email ?? owner?.email ?? null)?.toLowerCase() ?? null,
    phone: null,
    show_phone: 0,
    website: fields.website ?? null,
    description: fields.description ?? null,
    short_description: fields.short_description ?? null,
    timezone: fields.timezone ?? 'America/New_York',
    language_code: fields.language_code ?? 'en',
    profile_image_url: null,
    address1: fields.address1 ?? null,
    city: fields.city ?? null,
    state: fields.state ?? null,
    postal_code: fields.postal_code ?? null,
    country_code: fields.country_code?.toLowerCase() ?? 'us',
    created_at: isoOffset(at),
    updated_at: isoOffset(at),
    groups: [],
  };
  const row: EsScheduleRow = { wire, ownerId, plan, deleted: false, youtubeUrl: fields.youtube_url ?? null };
  state.schedules.set(subdomain, row);
  state.scheduleOrder.push(row);
  return row;
}

export function liveSchedule(state: EsState, subdomain: string): EsScheduleRow | null {
  const row = state.schedules.get(subdomain);
  return row && !row.deleted ? row : null;
}

export function defaultSchedule(state: EsState): EsScheduleRow {
  return state.scheduleOrder[0]!;
}

// ---- events ----

export function insertEvent(state: EsState, event: EsEventRow): EsEventRow {
  state.events.set(event.id, event);
  state.eventsByStart.insert(event);
  return event;
}

/** Re-sorts an event after its `starts_at` changed. */
export function moveEvent(state: EsState, event: EsEventRow, startsAt: string): void {
  state.eventsByStart.remove(event);
  event.starts_at = startsAt;
  state.eventsByStart.insert(event);
}

export function removeEvent(state: EsState, event: EsEventRow): void {
  state.events.delete(event.id);
  state.eventsByStart.remove(event);
  // "Events": the event's sales go with it (foreign-key cascade).
  for (const sale of [...state.salesByCreated.items]) {
    if (sale.event_id === event.id) {
      state.sales.delete(sale.id);
      state.salesByCreated.remove(sale);
    }
  }
}

export function newTicket(env: EsEnv, fields: Omit<EsTicketRow, 'id' | 'seq' | 'retired'>): EsTicketRow {
  env.state.ticketSeq += 1;
  return { ...fields, id: esId('ticket', env.ids.next('ticket')), seq: env.state.ticketSeq, retired: false };
}

/** Live tickets in the vendor's order: price descending ("Events"), then creation order. */
export function liveTickets(event: EsEventRow): EsTicketRow[] {
  return event.tickets.filter((t) => !t.retired).sort((a, b) => b.price - a.price || a.seq - b.seq);
}

/** The event's schedules the emulator holds (deleted ones excluded). */
export function schedulesOf(state: EsState, event: EsEventRow): EsScheduleRow[] {
  return event.schedules.map((s) => liveSchedule(state, s)).filter((s): s is EsScheduleRow => s !== null);
}

/** "Base URL and transport" (plan gate): an event is visible through the API when one of its schedules is Pro. */
export function eventIsPro(state: EsState, event: EsEventRow): boolean {
  return schedulesOf(state, event).some(isPro);
}

export function canManageEvent(state: EsState, event: EsEventRow, userId: string): boolean {
  return schedulesOf(state, event).some((s) => s.ownerId === userId);
}

/** The creator schedule's time zone ("Events"), or the default. */
export function creatorTimezone(state: EsState, event: EsEventRow): string {
  const creator = event.schedules[0] ? state.schedules.get(event.schedules[0]) : undefined;
  return creator?.wire.timezone ?? 'America/New_York';
}

/** The local date of the event's first occurrence in its creator schedule's zone. */
export function firstOccurrenceDate(state: EsState, event: EsEventRow): string | null {
  const ms = parseNaiveUtc(event.starts_at);
  return ms === null ? null : localYmd(ms, creatorTimezone(state, event));
}

export function soldOn(event: EsEventRow, ticketId: string, date: string): number {
  return event.sold.get(ticketId)?.get(date) ?? 0;
}

export function addSold(event: EsEventRow, ticketId: string, date: string, delta: number): void {
  let perDate = event.sold.get(ticketId);
  if (!perDate) event.sold.set(ticketId, (perDate = new Map()));
  perDate.set(date, Math.max(0, (perDate.get(date) ?? 0) + delta));
}

// ---- sales ----

export function insertSale(state: EsState, sale: EsSaleRow): EsSaleRow {
  state.sales.set(sale.id, sale);
  state.salesByCreated.insert(sale);
  return sale;
}

/** Seats of an unpaid or paid sale return to stock (refund, cancel, delete). */
export function releaseSeats(state: EsState, sale: EsSaleRow): void {
  const event = state.events.get(sale.event_id);
  if (!event) return;
  for (const line of sale.tickets) addSold(event, line.ticket_id, sale.event_date, -line.quantity);
}

// ---- JSON ("Records") ----

export function scheduleJson(row: EsScheduleRow): EsScheduleWire {
  return { ...row.wire, groups: row.wire.groups.map((g) => ({ ...g })) };
}

function ticketJson(t: EsTicketRow): Record<string, unknown> {
  return {
    id: t.id,
    type: t.type,
    price: decimalString(t.price),
    quantity: t.quantity,
    description: t.description,
    sales_start_at: t.sales_start_at === null ? null : isoOffset(t.sales_start_at),
    sales_end_at: t.sales_end_at === null ? null : isoOffset(t.sales_end_at),
    volume_discount: (t.extra.volume_discount as unknown) ?? null,
    is_pass: t.extra.is_pass === true,
    ...(t.extra.is_pass === true
      ? Object.fromEntries(Object.entries(t.extra).filter(([k]) => k.startsWith('pass_')))
      : {}),
  };
}

function groupRef(row: EsScheduleRow, groupId: string | undefined): Pick<EsGroupWire, 'id' | 'name' | 'slug'> | null {
  const group = groupId === undefined ? undefined : row.wire.groups.find((g) => g.id === groupId);
  return group ? { id: group.id, name: group.name, slug: group.slug } : null;
}

export function eventJson(state: EsState, e: EsEventRow): Record<string, unknown> {
  const schedules = schedulesOf(state, e);
  const venue = schedules.find((s) => s.wire.type === 'venue') ?? null;
  const category = e.category_id === null ? null : ES_CATEGORY_NAMES.get(e.category_id) ?? null;
  const out: Record<string, unknown> = {
    id: e.id,
    url: eventUrl(e),
    name: e.name,
    short_description: e.short_description,
    description: e.description,
    starts_at: e.starts_at,
    duration: e.duration,
    category_id: e.category_id,
    category_name: category,
    category_color: null,
    is_private: e.is_private,
    is_draft: e.is_draft,
    is_internal: e.is_internal,
    is_password_protected: e.is_private && e.event_password !== null,
    event_url: e.event_url,
    registration_url: e.registration_url,
    venue_id: venue?.wire.id ?? null,
    venue_name: venue?.wire.name ?? null,
    venue_address1: venue?.wire.address1 ?? null,
    venue_subdomain: venue?.wire.subdomain ?? null,
    flyer_image_url: e.flyer_image_url,
    schedule_type: e.schedule_type,
  };
  if (e.schedule_type === 'recurring') {
    out.recurring_frequency = e.recurring_frequency;
    out.recurring_interval = e.recurring_interval;
    out.days_of_week = e.days_of_week;
    out.recurring_end_type = e.recurring_end_type;
    out.recurring_end_value = e.recurring_end_value;
  }
  out.rsvp_enabled = e.rsvp_enabled;
  out.rsvp_limit = e.rsvp_limit;
  out.tickets_enabled = e.tickets_enabled;
  if (e.tickets_enabled) {
    out.tickets = liveTickets(e).map(ticketJson);
    out.addons = [];
  }
  out.members = membersJson(schedules);
  out.event_parts = e.event_parts.map((p) => ({ ...p }));
  out.ticket_currency_code = e.ticket_currency_code;
  out.payment_method = e.payment_method;
  out.terms_url = null;
  out.schedules = schedules.map((s) => {
    const group = groupRef(s, e.groups[s.wire.subdomain]);
    return { id: s.wire.id, subdomain: s.wire.subdomain, name: s.wire.name, type: s.wire.type, ...(group ? { group } : {}) };
  });
  out.created_at = isoOffset(e.created_at);
  out.updated_at = isoOffset(e.updated_at);
  return out;
}

/**
 * An event's talent: a map keyed by each talent schedule's id, `{ name, email, youtube_url }` (docs/vendors/
 * event-schedule.md, "Events"). PHP serializes an empty map as `[]`, so an event without talent answers `[]`.
 */
function membersJson(schedules: EsScheduleRow[]): Record<string, { name: string; email: string | null; youtube_url: string | null }> | [] {
  const talent = schedules.filter((s) => s.wire.type === 'talent');
  if (talent.length === 0) return [];
  return Object.fromEntries(talent.map((s) => [s.wire.id, { name: s.wire.name, email: s.wire.email, youtube_url: s.youtubeUrl }]));
}

const ES_CATEGORY_NAMES = new Map<number, string>([
  [1, 'Art & Culture'],
  [2, 'Business Networking'],
  [3, 'Community'],
  [4, 'Concerts'],
  [5, 'Education'],
  [6, 'Food & Drink'],
  [7, 'Health & Fitness'],
  [8, 'Parties & Festivals'],
  [9, 'Personal Growth'],
  [10, 'Sports'],
  [11, 'Spirituality'],
  [12, 'Tech'],
]);

export function saleJson(state: EsState, s: EsSaleRow, withSecret: boolean): Record<string, unknown> {
  const event = state.events.get(s.event_id) ?? null;
  return {
    id: s.id,
    event_id: s.event_id,
    event_name: event?.name ?? null,
    subdomain: s.subdomain,
    name: s.name,
    email: s.email,
    phone: s.phone,
    event_date: s.event_date,
    status: s.status,
    payment_method: s.payment_method,
    payment_amount: decimalNumber(s.payment_amount),
    volume_discount_amount: null,
    discount_amount: null,
    gift_card_amount: null,
    order_id: null,
    is_order_primary: true,
    transaction_reference: s.transaction_reference,
    ...(withSecret ? { secret: s.secret } : {}),
    created_at: isoOffset(s.created_at),
    updated_at: isoOffset(s.updated_at),
    tickets: s.tickets.map((line) => {
      const ticket = event?.tickets.find((t) => t.id === line.ticket_id) ?? null;
      return {
        ticket_id: line.ticket_id,
        quantity: line.quantity,
        // The ticket type's current price, read at response time ("Sales (orders) and attendees").
        price: ticket === null ? 0 : decimalNumber(ticket.price),
        type: ticket?.type ?? '',
        is_addon: false,
        is_pass: ticket?.extra.is_pass === true,
      };
    }),
    total_quantity: s.tickets.reduce((sum, t) => sum + t.quantity, 0),
    group_id: null,
    is_primary: true,
  };
}

export function feedbackJson(state: EsState, f: EsFeedbackRow): Record<string, unknown> {
  return {
    id: f.id,
    event_id: f.event_id,
    event_name: state.events.get(f.event_id)?.name ?? '',
    event_date: f.event_date,
    rating: f.rating,
    comment: f.comment,
    attendee_name: f.attendee_name,
    attendee_email: f.attendee_email,
    created_at: isoOffset(f.created_at),
  };
}

export function fanContentJson(state: EsState, c: EsFanContentRow): Record<string, unknown> {
  return {
    id: c.id,
    type: c.type,
    event_id: c.event_id,
    event_name: state.events.get(c.event_id)?.name ?? '',
    event_part_id: c.event_part_id,
    event_date: c.event_date,
    submitted_by: c.submitted_by,
    is_guest_submission: c.is_guest_submission,
    is_approved: c.is_approved,
    ...FAN_CONTENT_FIELDS_GUESS[c.type](c.content),
    created_at: isoOffset(c.created_at),
  };
}

// ---- the normalized view's context (what the client resolves) ----

/** The subdomain `createMockClient` configures as `schedule` (the adapter prefers it for time zones). */
export function viewOf(state: EsState): ViewContext {
  const preferred = defaultSchedule(state).wire.subdomain;
  return {
    timezoneOf(event) {
      const subdomains = event.schedules.filter((s) => liveSchedule(state, s) !== null);
      const chosen = subdomains.includes(preferred) ? preferred : subdomains.length === 1 ? subdomains[0]! : null;
      const row = chosen === null ? null : liveSchedule(state, chosen);
      // The client reads it with GET /schedules/{subdomain}: owner only, Pro only.
      if (row === null || !isPro(row) || row.ownerId !== state.defaultUserId) return null;
      return row.wire.timezone;
    },
    event: (id) => state.events.get(id) ?? null,
    schedule: (subdomain) => liveSchedule(state, subdomain)?.wire ?? null,
  };
}
