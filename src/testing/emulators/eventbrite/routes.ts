/**
 * The Eventbrite route table (docs/vendors/eventbrite.md, "Emulator: rules and guesses"): users and organizations, events (with
 * series), lifecycle, ticket classes, orders, attendees and webhooks. Every path ends in `/`; a request
 * without it finds no route (404 `NOT_FOUND`).
 */
import { announce, EB_WEBHOOK_ACTIONS } from './announce.js';
import { EmulatorHttpError, json, type EmulatorResponse, type RouteDef } from '../../framework/index.js';
import {
  changeCurrency,
  classesOfRule,
  insertEvent,
  insertTicketClass,
  insertWebhook,
  liveOrders,
  orgOfEvent,
  pageOf,
  priceOf,
  refreshSoldOut,
  setCost,
  textOf,
  htmlOf,
  type EbEnv,
  type EbState,
  type EventRow,
  type OrderRow,
  type OrgRow,
  type Req,
} from './state.js';
import { currencyCode as normalizeCurrency } from './codec.js';
import {
  EB_BASE_PATH,
  EB_SERIES_PARENT_AT_EVENTS_STATUS_GUESS,
  EB_USER_ID,
  dateTimeTz,
  ebInstant,
  type AttendeeWire,
  type EventWire,
  type TicketClassWire,
} from './wire.js';

/** What `authenticate` returns for a well-formed token. */
export interface EbAuth {
  token: string;
}

/**
 * The Eventbrite emulator's operations: what `mock.calls[].op` records and `mock.faults` targets (typed per vendor
 * through `EmulatorDefinition`'s operation parameter, checked at run time against the routes below).
 */
export type EventbriteOperation =
  | 'users.me'
  | 'organizations.list'
  | 'events.list'
  | 'events.create'
  | 'events.get'
  | 'events.update'
  | 'events.delete'
  | 'events.publish'
  | 'events.unpublish'
  | 'events.cancel'
  | 'events.copy'
  | 'events.description'
  | 'eventDates.list'
  | 'ticketTypes.list'
  | 'ticketTypes.create'
  | 'ticketTypes.get'
  | 'ticketTypes.update'
  | 'ticketTypes.delete'
  | 'orders.list'
  | 'orders.get'
  | 'attendees.list'
  | 'attendees.get'
  | 'webhooks.list'
  | 'webhooks.create'
  | 'webhooks.delete';

/** A route whose operation is one of `EventbriteOperation` (a typo in the table is a type error). */
type Route = RouteDef<EbState, EbAuth> & { op: EventbriteOperation };
const P = EB_BASE_PATH;

// ---- errors ----

/** An endpoint error code (400 unless said otherwise). */
const codeError = (code: string, description: string, status = 400) => new EmulatorHttpError(status, description, { code });
/** `ARGUMENTS_ERROR` with `error_detail` `{ ARGUMENTS_ERROR: { field: [codes] } }`. */
function argumentsError(detail: Record<string, string[]>): EmulatorHttpError {
  const text = Object.entries(detail)
    .map(([field, codes]) => `${field} - ${codes.join(', ')}`)
    .join('; ');
  return new EmulatorHttpError(400, `There are errors with your arguments: ${text}`, { code: 'ARGUMENTS_ERROR', detail });
}
const notFound = (what: string) => codeError('NOT_FOUND', `The ${what} you requested does not exist.`, 404);

// ---- lookups ----

function orgOf(req: Req): OrgRow {
  const org = req.env.state.organizations.get(req.params.org!);
  if (!org) throw notFound('organization');
  return org;
}

function eventRow(req: Req, id = req.params.id!): EventRow {
  const row = req.env.state.events.get(id);
  if (!row || row.deleted) throw notFound('event');
  return row;
}

/** An event read or written at `/events/{id}/`: a series parent lives at `/series/{id}/` (guess: 404). */
function plainEvent(req: Req): EventRow {
  const row = eventRow(req);
  if (row.wire.is_series_parent) {
    throw codeError('NOT_FOUND', `Event ${row.wire.id} is a series parent: use /series/${row.wire.id}/.`, EB_SERIES_PARENT_AT_EVENTS_STATUS_GUESS);
  }
  return row;
}

function seriesParent(req: Req): EventRow {
  const row = eventRow(req);
  if (!row.wire.is_series_parent) throw notFound('series');
  return row;
}

function ticketClassOf(req: Req, event: EventRow): TicketClassWire {
  const found = req.env.state.ticketClasses.get(req.params.tc!);
  if (!found || found.event !== event) throw notFound('ticket class');
  return found.wire;
}

// ---- request helpers ----

function bodyObject(req: Req): Record<string, unknown> {
  if (req.text === '') return {};
  const body = req.json;
  if (body === null || body === undefined || typeof body !== 'object' || Array.isArray(body)) {
    throw codeError('INVALID_BODY', 'The request body is not valid JSON.');
  }
  return body as Record<string, unknown>;
}

/** The resource-wrapped part of a body (`{ "event": {...} }`). */
function wrapped(req: Req, key: string, required: boolean): Record<string, unknown> {
  const body = bodyObject(req);
  const inner = body[key];
  if (inner === undefined) {
    if (required) throw argumentsError({ [key]: ['MISSING'] });
    return {};
  }
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) throw argumentsError({ [key]: ['INVALID'] });
  return inner as Record<string, unknown>;
}

/** An expansion tree: `event.venue,attendees` → { event: { venue }, attendees }. */
type ExpandTree = Map<string, ExpandTree>;

function treeOf(param: string | null, into: ExpandTree = new Map()): ExpandTree {
  for (const path of (param ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    let node = into;
    for (const name of path.split('.')) {
      if (!node.has(name)) node.set(name, new Map());
      node = node.get(name)!;
    }
  }
  return into;
}

function mergeTrees(a: ExpandTree | undefined, b: ExpandTree | undefined): ExpandTree {
  const out: ExpandTree = new Map();
  for (const tree of [a, b]) {
    for (const [name, sub] of tree ?? []) out.set(name, mergeTrees(out.get(name), sub));
  }
  return out;
}

/**
 * What to expand on one object of a response. v1 (`expand=a,b.c`) is relative to the top-level object, dots nesting
 * (up to 4 levels, as documented); v2 (`expand.<type>=a,b`) applies to every object of that type wherever it appears
 * (`expand.order=event&expand.event=venue`). See docs/vendors/eventbrite.md, Expansions. Guess: v2 applies to every
 * object of the named type, although the documentation ties it to a top-level `_type` that real events do not carry
 * (its own example, `expand.event=organizer,venue`, targets events).
 */
class Expand {
  private constructor(
    private readonly req: Req,
    private readonly type: string,
    private readonly tree: ExpandTree,
    private readonly depth: number,
  ) {}

  /** The expansions of the response's top-level object of `type`. */
  static top(req: Req, type: string): Expand {
    return new Expand(req, type, treeOf(req.query.get('expand')), 0);
  }

  private get own(): ExpandTree {
    return mergeTrees(this.tree, treeOf(this.req.query.get(`expand.${this.type}`)));
  }

  has(name: string): boolean {
    return this.depth < EB_EXPANSION_DEPTH && this.own.has(name);
  }

  /** The expansions of the object expanded as `name` (of type `type`). */
  child(name: string, type: string): Expand {
    return new Expand(this.req, type, this.own.get(name) ?? new Map(), this.depth + 1);
  }
}

/** Documented: expansions nest up to 4 levels. */
const EB_EXPANSION_DEPTH = 4;

function csvParam(req: Req, name: string): string[] | null {
  const raw = req.query.get(name);
  return raw === null ? null : raw.split(',').map((s) => s.trim()).filter(Boolean);
}

function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A documented datetime: `YYYY-MM-DDThh:mm:ssZ` (an offset or fractional seconds are accepted too). */
function instantMs(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function sinceParam(req: Req, name: string): number | null {
  const raw = req.query.get(name);
  if (raw === null) return null;
  const ms = instantMs(raw);
  if (ms === null) throw argumentsError({ [name]: ['INVALID'] });
  return ms;
}

/** A Money input: `{ currency, value }` (JSON) or `"USD,4500"` (documented). */
function moneyInput(field: string, value: unknown): { currency: string; value: number } {
  if (typeof value === 'string') {
    const m = /^([A-Za-z]{3}),(\d+)$/.exec(value.trim());
    if (m && normalizeCurrency(m[1]!) !== null) return { currency: m[1]!.toUpperCase(), value: Number(m[2]) };
  } else if (value && typeof value === 'object') {
    const v = value as { currency?: unknown; value?: unknown };
    if (typeof v.currency === 'string' && normalizeCurrency(v.currency) !== null && typeof v.value === 'number' && Number.isSafeInteger(v.value) && v.value >= 0) {
      return { currency: v.currency.toUpperCase(), value: v.value };
    }
  }
  throw argumentsError({ [field]: ['INVALID'] });
}

// ---- event views ----

/**
 * An event as sent: `logo` is always there (the logo object, or `null`: both captures carry it without being asked);
 * `venue`, `organizer` and `ticket_classes` when expanded.
 */
function eventView(req: Req, row: EventRow, expand = Expand.top(req, 'event')): Record<string, unknown> {
  const view: Record<string, unknown> = { ...row.wire, logo: row.wire.logo_id ? (req.env.state.logos.get(row.wire.logo_id) ?? null) : null };
  if (expand.has('venue')) view.venue = row.wire.venue_id ? (req.env.state.venues.get(row.wire.venue_id) ?? null) : null;
  if (expand.has('organizer')) view.organizer = organizerView(req, orgOfEvent(req.env as EbEnv, row));
  if (expand.has('ticket_classes')) {
    const inner = expand.child('ticket_classes', 'ticket_class');
    view.ticket_classes = row.ticketClasses.map((tc) => ticketClassView(req, tc, inner));
  }
  return view;
}

/** The full organizer, with its event counts as of now (past: ended; future: the rest), as in the captures. */
function organizerView(req: Req, org: OrgRow): Record<string, unknown> {
  const now = req.env.now();
  const events = org.events.filter((e) => !e.deleted && !e.wire.is_series_parent && e.wire.organizer_id === org.organizer.id);
  const past = events.filter((e) => Date.parse(e.wire.end.utc) < now).length;
  return { ...org.organizer, num_past_events: past, num_future_events: events.length - past };
}

function ticketClassView(req: Req, tc: TicketClassWire, expand = Expand.top(req, 'ticket_class')): Record<string, unknown> {
  const view: Record<string, unknown> = { ...tc };
  const owner = req.env.state.ticketClasses.get(tc.id)?.event;
  if (expand.has('event') && owner) view.event = eventView(req, owner, expand.child('event', 'event'));
  return view;
}

function orderView(req: Req, row: OrderRow, expand = Expand.top(req, 'order')): Record<string, unknown> {
  const view: Record<string, unknown> = { ...row.wire };
  if (expand.has('attendees')) {
    const inner = expand.child('attendees', 'attendee');
    view.attendees = row.attendees.map((a) => attendeeView(req, a, inner));
  }
  if (expand.has('event')) view.event = eventView(req, row.event, expand.child('event', 'event'));
  return view;
}

function attendeeView(req: Req, a: AttendeeWire, expand = Expand.top(req, 'attendee')): Record<string, unknown> {
  const view: Record<string, unknown> = { ...a };
  if (expand.has('order')) {
    const order = req.env.state.orders.get(a.order_id);
    view.order = order ? orderView(req, order, expand.child('order', 'order')) : null;
  }
  if (expand.has('event')) {
    const event = req.env.state.events.get(a.event_id);
    view.event = event ? eventView(req, event, expand.child('event', 'event')) : null;
  }
  return view;
}

const eventPath = (id: string) => `/events/${id}/`;
const ticketClassPath = (eventId: string, id: string) => `/events/${eventId}/ticket_classes/${id}/`;

function touch(req: Req, event: EventRow): void {
  event.wire.changed = ebInstant(req.env.stamp());
}

// ---- events: create and update ----

interface EventFields {
  name?: string;
  descriptionHtml?: string | null;
  summary?: string;
  start?: { ms: number; timezone: string };
  end?: { ms: number; timezone: string };
  currency?: string;
  flags: Partial<Pick<EventWire, 'online_event' | 'listed' | 'invite_only' | 'shareable' | 'show_remaining' | 'hide_start_date' | 'hide_end_date'>>;
  capacity?: number | null;
  venueId?: string | null;
  locale?: string;
  isSeries?: boolean;
  /** `null` removes the logo. */
  logoId?: string | null;
}

function htmlField(e: Record<string, unknown>, key: string): string | null | undefined {
  const value = e[key];
  if (value === undefined) return undefined;
  if (value === null) return null;
  const html = (value as { html?: unknown }).html;
  if (typeof value !== 'object' || (html !== undefined && html !== null && typeof html !== 'string')) throw argumentsError({ [`event.${key}.html`]: ['INVALID'] });
  return typeof html === 'string' ? html : null;
}

function timeField(e: Record<string, unknown>, key: 'start' | 'end', required: boolean): { ms: number; timezone: string } | undefined {
  const value = e[key] as { utc?: unknown; timezone?: unknown } | undefined;
  if (value === undefined) {
    if (required) throw argumentsError({ [`event.${key}`]: ['MISSING'] });
    return undefined;
  }
  if (value === null || typeof value !== 'object') throw argumentsError({ [`event.${key}`]: ['INVALID'] });
  if (value.utc === undefined) throw argumentsError({ [`event.${key}.utc`]: ['MISSING'] });
  if (value.timezone === undefined) throw argumentsError({ [`event.${key}.timezone`]: ['MISSING'] });
  const ms = instantMs(value.utc);
  if (ms === null) throw argumentsError({ [`event.${key}.utc`]: ['INVALID'] });
  if (!isTimeZone(value.timezone)) throw codeError('UNSUPPORTED_TIMEZONE', 'The time zone for the start and end times does not exist.');
  return { ms, timezone: value.timezone };
}

function readEventFields(req: Req, e: Record<string, unknown>, creating: boolean): EventFields {
  const name = htmlField(e, 'name');
  if (creating && (name === undefined || name === null)) throw argumentsError({ 'event.name.html': ['MISSING'] });
  if (name !== undefined && (name === null || textOf(name) === '')) throw argumentsError({ 'event.name.html': ['INVALID'] });
  const descriptionHtml = htmlField(e, 'description');
  const summary = e.summary;
  if (summary !== undefined && (typeof summary !== 'string' || summary.length > 140)) throw argumentsError({ 'event.summary': ['INVALID'] });
  if (summary !== undefined && descriptionHtml !== undefined && descriptionHtml !== null && descriptionHtml !== '') {
    throw codeError('SUMMARY_DESCRIPTION_CONFLICT', 'You cannot set both summary and description.');
  }
  const start = timeField(e, 'start', creating);
  const end = timeField(e, 'end', creating);
  let currency: string | undefined;
  if (e.currency !== undefined || creating) {
    if (e.currency === undefined) throw argumentsError({ 'event.currency': ['MISSING'] });
    const code = typeof e.currency === 'string' ? normalizeCurrency(e.currency) : null;
    if (code === null || code !== e.currency) throw argumentsError({ 'event.currency': ['INVALID'] });
    currency = code;
  }
  const flags: EventFields['flags'] = {};
  for (const key of ['online_event', 'listed', 'invite_only', 'shareable', 'show_remaining', 'hide_start_date', 'hide_end_date'] as const) {
    const value = e[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') throw argumentsError({ [`event.${key}`]: ['INVALID'] });
    flags[key] = value;
  }
  if (e.password !== undefined && e.password !== null && typeof e.password !== 'string') throw argumentsError({ 'event.password': ['INVALID'] });
  // Documented: `listed` cannot be combined with `invite_only` or `password`, nor `shareable` with `invite_only`.
  if (flags.listed === true && flags.invite_only === true) {
    throw codeError('INVITE_CONFLICT', 'You have set both listed and invite_only; these two options are mutually exclusive, and you are only allowed to set one.');
  }
  if (flags.listed === true && typeof e.password === 'string' && e.password !== '') {
    throw codeError('PASSWORD_CONFLICT', 'You have set both listed and password; these two options are mutually exclusive, and you are only allowed to set one.');
  }
  if (flags.shareable === true && flags.invite_only === true) {
    throw codeError('SHARE_INVITE_CONFLICT', 'You have set both shareable and invite_only; these two options are mutually exclusive, and you are only allowed to set one.');
  }
  let capacity: number | null | undefined;
  if (e.capacity !== undefined) {
    if (e.capacity !== null && !(typeof e.capacity === 'number' && Number.isSafeInteger(e.capacity) && e.capacity >= 0)) throw argumentsError({ 'event.capacity': ['INVALID'] });
    capacity = e.capacity as number | null;
  }
  let venueId: string | null | undefined;
  if (e.venue_id !== undefined) {
    if (e.venue_id !== null && (typeof e.venue_id !== 'string' || !req.env.state.venues.has(e.venue_id))) throw argumentsError({ 'event.venue_id': ['INVALID'] });
    venueId = e.venue_id as string | null;
  }
  const isSeries = e.is_series;
  if (isSeries !== undefined && typeof isSeries !== 'boolean') throw argumentsError({ 'event.is_series': ['INVALID'] });
  const locale = typeof e.locale === 'string' ? e.locale : undefined;
  // `logo_id` (or the deprecated `logo.id`) must name a logo the emulator holds (media upload is not emulated).
  const rawLogo = e.logo_id !== undefined ? e.logo_id : e.logo !== undefined && e.logo !== null && typeof e.logo === 'object' ? (e.logo as { id?: unknown }).id : undefined;
  if (rawLogo !== undefined && rawLogo !== null && (typeof rawLogo !== 'string' || !req.env.state.logos.has(rawLogo))) {
    throw argumentsError({ 'event.logo_id': ['INVALID'] });
  }
  const logoId = rawLogo as string | null | undefined;
  return {
    name: name ?? undefined,
    descriptionHtml,
    summary: summary as string | undefined,
    start,
    end,
    currency,
    flags,
    capacity,
    venueId,
    locale,
    isSeries: isSeries as boolean | undefined,
    logoId,
  };
}

/** Rules shared by create and update, on the event as it would be after the write. */
function checkEventRules(req: Req, start: { ms: number; timezone: string }, end: { ms: number; timezone: string }, flags: Pick<EventFields['flags'], 'online_event'>, venueId: string | null, checkPast: boolean): void {
  if (start.timezone !== end.timezone) {
    throw codeError('DIFFERENT_TIMEZONES', 'You have passed different timezones for the start and end times (they must be the same)');
  }
  if (end.ms <= start.ms) throw codeError('DATE_CONFLICT', 'End date must be after start date.');
  if (checkPast && start.ms < req.env.now()) throw codeError('INVALID_DATE', 'Start and end dates cannot be in the past.');
  if (flags.online_event === true && venueId !== null) {
    throw codeError('VENUE_AND_ONLINE', 'You have set both online_event and venue_id; an event can either have a venue or be online, but not both at the same time.');
  }
}

const createEvent = (req: Req): EmulatorResponse => {
  const org = orgOf(req);
  const f = readEventFields(req, wrapped(req, 'event', true), true);
  // An invite-only event is neither listed nor shareable unless the request says otherwise.
  const inviteOnly = f.flags.invite_only === true;
  const flags = { online_event: false, listed: !inviteOnly, invite_only: false, shareable: !inviteOnly, ...f.flags };
  checkEventRules(req, f.start!, f.end!, flags, f.venueId ?? null, true);
  const row = insertEvent(
    req.env as EbEnv,
    org,
    {
      name: f.name!,
      descriptionHtml: f.descriptionHtml ?? null,
      summary: f.summary ?? null,
      timezone: f.start!.timezone,
      startMs: f.start!.ms,
      endMs: f.end!.ms,
      currency: f.currency!,
      status: 'draft',
      isSeriesParent: f.isSeries === true,
      parent: null,
      onlineEvent: flags.online_event,
      listed: flags.listed,
      inviteOnly: flags.invite_only,
      shareable: flags.shareable,
      capacity: f.capacity ?? null,
      venueId: f.venueId ?? null,
      locale: f.locale ?? 'en_US',
      logoId: f.logoId ?? null,
    },
    req.env.stamp(),
  );
  announce(req.env as EbEnv, 'event.created', eventPath(row.wire.id), row.wire.id);
  return json(200, eventView(req, row));
};

function updateEvent(req: Req, row: EventRow): EmulatorResponse {
  const f = readEventFields(req, wrapped(req, 'event', true), false);
  const w = row.wire;
  if (f.isSeries !== undefined && f.isSeries !== w.is_series) {
    throw codeError('IS_SERIES_UPDATE_NOT_ALLOWED_ON_SERIES_EVENTS', 'is_series cannot be changed after creation.');
  }
  const start = f.start ?? { ms: Date.parse(w.start.utc), timezone: w.start.timezone };
  const end = f.end ?? { ms: Date.parse(w.end.utc), timezone: w.end.timezone };
  if ((f.start || f.end) && (w.status === 'ended' || w.status === 'completed')) {
    throw argumentsError({ [f.start ? 'event.start' : 'event.end']: ['CANNOT_CHANGE_DATES_FOR_ENDED_EVENT'] });
  }
  if (f.start && !f.end && f.start.timezone !== w.end.timezone) end.timezone = f.start.timezone;
  // Turning invite_only on unlists the event and stops sharing (unless the same request says otherwise).
  const flagUpdates: EventFields['flags'] = { ...(f.flags.invite_only === true ? { listed: false, shareable: false } : {}), ...f.flags };
  const flags = { online_event: w.online_event, listed: w.listed, invite_only: w.invite_only, shareable: w.shareable, ...flagUpdates };
  const venueId = f.venueId !== undefined ? f.venueId : w.venue_id;
  checkEventRules(req, start, end, flags, venueId, false);
  const targets = w.is_series_parent ? [row, ...row.children] : [row];
  if (f.currency !== undefined && f.currency !== w.currency) {
    // Documented: "Cannot update event with paid sales or reserved seats" (no reserved seating here).
    const paidSales = targets.some((t) => t.orders.some((o) => o.wire.costs.gross.value > 0));
    if (paidSales) throw codeError('CANNOT_UPDATE_CURRENCY', 'Cannot update event with paid sales or reserved seats.');
    for (const target of targets) changeCurrency(target, f.currency);
  }
  for (const target of targets) {
    const t = target.wire;
    // Name, description and flags propagate from a series parent to its occurrences; dates do not.
    if (f.name !== undefined) t.name = { text: textOf(f.name), html: f.name };
    if (f.descriptionHtml !== undefined) {
      t.description = { text: f.descriptionHtml === null ? null : textOf(f.descriptionHtml), html: f.descriptionHtml };
      t.summary = t.description.text;
    }
    if (f.summary !== undefined) t.summary = f.summary;
    Object.assign(t, flagUpdates);
  }
  if (f.start || f.end) {
    w.start = dateTimeTz(start.ms, start.timezone);
    w.end = dateTimeTz(end.ms, end.timezone);
  }
  if (f.capacity !== undefined) {
    w.capacity = f.capacity;
    w.capacity_is_custom = f.capacity !== null;
  }
  if (venueId !== w.venue_id) w.venue_id = venueId;
  if (f.locale !== undefined) w.locale = f.locale;
  if (f.logoId !== undefined) w.logo_id = f.logoId;
  for (const target of targets) touch(req, target);
  announce(req.env as EbEnv, 'event.updated', eventPath(w.id), w.id);
  return json(200, eventView(req, row));
}

// ---- lifecycle ----

function publish(req: Req): EmulatorResponse {
  const row = req.env.state.events.get(req.params.id!);
  if (!row) throw notFound('event');
  if (row.deleted || row.wire.status !== 'draft') {
    throw codeError('ALREADY_PUBLISHED_OR_DELETED', 'This event has already been published or deleted.');
  }
  if (row.wire.is_series_parent && row.children.filter((c) => !c.deleted).length === 0) {
    throw codeError('ERROR_CANNOT_PUBLISH_SERIES_WITH_NO_DATES', 'A series needs at least one date to be published.');
  }
  if (row.ticketClasses.length === 0) throw argumentsError({ 'event.tickets': ['MISSING'] });
  const at = ebInstant(req.env.stamp());
  for (const target of [row, ...row.children.filter((c) => !c.deleted)]) {
    target.wire.status = 'live';
    target.wire.published = at;
    target.wire.changed = at;
  }
  announce(req.env as EbEnv, 'event.published', eventPath(row.wire.id), row.wire.id);
  return json(200, { published: true });
}

function unpublish(req: Req): EmulatorResponse {
  const row = eventRow(req);
  if (row.wire.status !== 'live') throw codeError('NOT_PUBLISHED', 'This event is not published.');
  if (row.wire.series_id) throw codeError('CANNOT_UNPUBLISH', 'Series occurrences cannot be unpublished one by one.');
  const withOrders = [row, ...row.children].some((e) => e.orders.some((o) => o.wire.status !== 'abandoned'));
  if (withOrders) throw codeError('CANNOT_UNPUBLISH', 'This event has pending or completed orders and cannot be unpublished.');
  const at = ebInstant(req.env.stamp());
  for (const target of [row, ...row.children]) {
    target.wire.status = 'draft';
    target.wire.changed = at;
  }
  announce(req.env as EbEnv, 'event.unpublished', eventPath(row.wire.id), row.wire.id);
  return json(200, { unpublished: true });
}

function cancel(req: Req): EmulatorResponse {
  const row = eventRow(req);
  if (row.wire.status === 'canceled') throw codeError('ALREADY_CANCELED', 'This event has already been canceled.');
  // Documented: "In order for cancel to be permitted, there must be no pending or completed orders."
  if (liveOrders(row).length > 0) {
    throw codeError(
      'CANNOT_CANCEL',
      'You have attempted to cancel an event that has pending or completed sales of paid tickets. The event cannot be canceled until all of these sales are refunded.',
    );
  }
  const at = ebInstant(req.env.stamp());
  for (const target of [row, ...row.children]) {
    target.wire.status = 'canceled';
    target.wire.changed = at;
  }
  // No action is documented for a cancellation: the event's status changed, so it is an update.
  announce(req.env as EbEnv, 'event.updated', eventPath(row.wire.id), row.wire.id);
  return json(200, { canceled: true });
}

function remove(req: Req): EmulatorResponse {
  const row = req.env.state.events.get(req.params.id!);
  if (!row) throw notFound('event');
  if (row.deleted) throw codeError('ALREADY_DELETED', 'This event has already been deleted.');
  if (liveOrders(row).length > 0) throw codeError('CANNOT_DELETE', 'This event has pending or completed orders and cannot be deleted.');
  for (const target of [row, ...row.children]) target.deleted = true;
  req.env.stamp();
  return json(200, { deleted: true });
}

function copy(req: Req): EmulatorResponse {
  const row = eventRow(req);
  const body = bodyObject(req);
  const w = row.wire;
  const timezone = body.timezone === undefined ? w.start.timezone : body.timezone;
  if (!isTimeZone(timezone)) throw codeError('UNSUPPORTED_TIMEZONE', 'The timezone provided for start and end times is not supported.');
  const startMs = body.start_date === undefined ? Date.parse(w.start.utc) : instantMs(body.start_date);
  if (startMs === null || startMs < req.env.now()) throw codeError('INVALID_START_DATE', 'The start date must be between now and 10 years from now.');
  const endMs = body.end_date === undefined ? startMs + (Date.parse(w.end.utc) - Date.parse(w.start.utc)) : instantMs(body.end_date);
  if (endMs === null || endMs - startMs < 60_000 || endMs - startMs > 365 * 86_400_000) {
    throw codeError('INVALID_END_DATE', 'The end date must be between 1 minute and 365 days after the start date.');
  }
  const name = typeof body.name === 'string' && body.name.trim() !== '' ? htmlOf(body.name) : w.name.html;
  const env = req.env as EbEnv;
  const copyRow = insertEvent(
    env,
    orgOfEvent(env, row),
    {
      name,
      descriptionHtml: w.description.html,
      summary: typeof body.summary === 'string' ? body.summary : w.summary,
      timezone,
      startMs,
      endMs,
      currency: w.currency,
      status: 'draft',
      isSeriesParent: false,
      parent: null,
      onlineEvent: w.online_event,
      listed: w.listed,
      inviteOnly: w.invite_only,
      shareable: w.shareable,
      capacity: w.capacity,
      venueId: w.venue_id,
      locale: w.locale,
      logoId: w.logo_id,
    },
    env.stamp(),
  );
  for (const tc of row.ticketClasses) {
    insertTicketClass(env, copyRow, {
      name: tc.name,
      description: tc.description,
      cost: tc.cost ? tc.cost.value : null,
      donation: tc.donation,
      quantityTotal: tc.quantity_total,
      quantitySold: 0,
      minimumQuantity: tc.minimum_quantity,
      maximumQuantity: tc.maximum_quantity,
      hidden: tc.hidden,
      salesStartMs: Date.parse(copyRow.wire.created),
      salesEndMs: startMs - 3_600_000,
      salesChannels: [...tc.sales_channels],
    });
  }
  return json(200, eventView(req, copyRow));
}

// ---- listings ----

const EVENT_ORDER: Record<string, (a: EventRow, b: EventRow) => number> = {
  start_asc: (a, b) => a.wire.start.utc.localeCompare(b.wire.start.utc),
  start_desc: (a, b) => b.wire.start.utc.localeCompare(a.wire.start.utc),
  created_asc: () => 0,
  created_desc: () => 0,
  name_asc: (a, b) => a.wire.name.text.localeCompare(b.wire.name.text),
  name_desc: (a, b) => b.wire.name.text.localeCompare(a.wire.name.text),
};
const EVENT_STATUS_FILTERS = new Set(['all', 'draft', 'live', 'canceled', 'started', 'ended', 'completed']);

function listEvents(req: Req): EmulatorResponse {
  const org = orgOf(req);
  const parents = req.query.get('show_series_parent') === 'true';
  const statuses = csvParam(req, 'status');
  if (statuses && statuses.some((s) => !EVENT_STATUS_FILTERS.has(s))) throw argumentsError({ status: ['INVALID'] });
  const orderBy = req.query.get('order_by');
  if (orderBy !== null && !(orderBy in EVENT_ORDER)) throw argumentsError({ order_by: ['INVALID'] });
  const timeFilter = req.query.get('time_filter');
  if (timeFilter !== null && !['all', 'past', 'current_future'].includes(timeFilter)) throw argumentsError({ time_filter: ['INVALID'] });
  const name = req.query.get('name_filter')?.toLowerCase() ?? null;
  const currency = req.query.get('currency_filter');
  const now = req.env.now();
  const noFilter = !statuses && !name && !currency && (timeFilter === null || timeFilter === 'all');
  let rows = org.events.filter((e) => !e.deleted && (parents ? !e.wire.series_id : !e.wire.is_series_parent));
  if (!noFilter) {
    rows = rows.filter(
      (e) =>
        (!statuses || statuses.includes('all') || statuses.includes(e.wire.status)) &&
        (!name || e.wire.name.text.toLowerCase().includes(name)) &&
        (!currency || e.wire.currency === currency) &&
        (timeFilter !== 'past' || Date.parse(e.wire.end.utc) < now) &&
        (timeFilter !== 'current_future' || Date.parse(e.wire.end.utc) >= now),
    );
  }
  if (orderBy === 'created_desc') rows = [...rows].reverse();
  else if (orderBy) rows = [...rows].sort(EVENT_ORDER[orderBy]);
  return pageOf(req, 'events', rows, (row) => eventView(req, row));
}

const ORDER_STATUS_FILTERS: Record<string, (o: OrderRow) => boolean> = {
  active: (o) => o.wire.status === 'placed' || o.wire.status === 'pending' || o.wire.status === 'started',
  inactive: (o) => !(o.wire.status === 'placed' || o.wire.status === 'pending' || o.wire.status === 'started'),
  all: () => true,
  both: () => true,
  all_not_deleted: (o) => o.wire.status !== 'deleted',
};

function listOrders(req: Req, rows: OrderRow[]): EmulatorResponse {
  const status = req.query.get('status');
  if (status !== null && !(status in ORDER_STATUS_FILTERS)) throw argumentsError({ status: ['INVALID'] });
  const since = sinceParam(req, 'changed_since');
  const only = csvParam(req, 'only_emails');
  const exclude = csvParam(req, 'exclude_emails');
  let list = rows;
  if (status !== null || since !== null || only || exclude) {
    const keep = status === null ? () => true : ORDER_STATUS_FILTERS[status]!;
    list = rows.filter(
      (o) =>
        keep(o) &&
        (since === null || Date.parse(o.wire.changed) >= since) &&
        (!only || only.includes(o.wire.email)) &&
        (!exclude || !exclude.includes(o.wire.email)),
    );
  }
  return pageOf(req, 'orders', list, (row) => orderView(req, row));
}

const ATTENDEE_STATUS_FILTERS: Record<string, (a: AttendeeWire, req: Req) => boolean> = {
  attending: (a) => a.status === 'Attending' || a.status === 'Checked In',
  not_attending: (a) => a.status === 'Not Attending' || a.status === 'Deleted',
  unpaid: (a, req) => {
    const status = req.env.state.orders.get(a.order_id)?.wire.status;
    return status === 'pending' || status === 'started';
  },
};

function listAttendees(req: Req, rows: AttendeeWire[]): EmulatorResponse {
  const status = req.query.get('status');
  if (status !== null && !(status in ATTENDEE_STATUS_FILTERS)) throw argumentsError({ status: ['INVALID'] });
  const since = sinceParam(req, 'changed_since');
  const ids = csvParam(req, 'attendee_ids');
  let list = rows;
  if (status !== null || since !== null || ids) {
    list = rows.filter(
      (a) =>
        (status === null || ATTENDEE_STATUS_FILTERS[status]!(a, req)) &&
        (since === null || Date.parse(a.changed) >= since) &&
        (!ids || ids.includes(a.id)),
    );
  }
  return pageOf(req, 'attendees', list, (a) => attendeeView(req, a));
}

// ---- ticket classes ----

interface TicketFields {
  name?: string;
  description?: string | null;
  cost?: number | null;
  free?: boolean;
  donation?: boolean;
  quantityTotal?: number;
  minimumQuantity?: number;
  maximumQuantity?: number | null;
  hidden?: boolean;
  salesStart?: number;
  salesEnd?: number;
  salesChannels?: string[];
}

function readTicketFields(event: EventRow, t: Record<string, unknown>, creating: boolean): TicketFields {
  const f: TicketFields = {};
  if (t.name !== undefined || creating) {
    if (typeof t.name !== 'string' || t.name.trim() === '') throw argumentsError({ 'ticket_class.name': [t.name === undefined ? 'MISSING' : 'INVALID'] });
    f.name = t.name;
  }
  if (t.description !== undefined) {
    if (t.description !== null && typeof t.description !== 'string') throw argumentsError({ 'ticket_class.description': ['INVALID'] });
    f.description = t.description === '' ? null : (t.description as string | null);
  }
  for (const key of ['free', 'donation', 'hidden'] as const) {
    if (t[key] !== undefined && typeof t[key] !== 'boolean') throw argumentsError({ [`ticket_class.${key}`]: ['INVALID'] });
  }
  if (t.free !== undefined) f.free = t.free as boolean;
  if (t.donation !== undefined) f.donation = t.donation as boolean;
  if (t.hidden !== undefined) f.hidden = t.hidden as boolean;
  if (t.cost !== undefined && t.cost !== null) {
    const cost = moneyInput('ticket_class.cost', t.cost);
    if (cost.currency !== event.wire.currency) throw codeError('CURRENCY_MISMATCH', 'Event currency ticket currency must match.');
    f.cost = cost.value;
  }
  const quantity = t.quantity_total ?? t.capacity;
  if (quantity !== undefined && quantity !== null) {
    if (!(typeof quantity === 'number' && Number.isSafeInteger(quantity) && quantity >= 0)) throw argumentsError({ 'ticket_class.quantity_total': ['INVALID'] });
    f.quantityTotal = quantity;
  }
  for (const [key, field] of [['minimum_quantity', 'minimumQuantity'], ['maximum_quantity', 'maximumQuantity']] as const) {
    const value = t[key];
    if (value === undefined) continue;
    if (value === null && key === 'maximum_quantity') {
      f.maximumQuantity = null;
      continue;
    }
    if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) throw argumentsError({ [`ticket_class.${key}`]: ['INVALID'] });
    f[field] = value;
  }
  for (const [key, field] of [['sales_start', 'salesStart'], ['sales_end', 'salesEnd']] as const) {
    const value = t[key];
    if (value === undefined || value === null || value === '') continue;
    const ms = instantMs(value);
    if (ms === null) throw argumentsError({ [`ticket_class.${key}`]: ['INVALID'] });
    f[field] = ms;
  }
  if (t.sales_channels !== undefined) {
    if (!Array.isArray(t.sales_channels) || t.sales_channels.some((c) => c !== 'online' && c !== 'atd')) throw argumentsError({ 'ticket_class.sales_channels': ['INVALID'] });
    f.salesChannels = t.sales_channels as string[];
  }
  return f;
}

function checkTicketRules(free: boolean, donation: boolean, cost: number | null, quantity: number | undefined): void {
  if (donation && free) throw codeError('DONATION_AND_FREE', 'A ticket cannot be a donation and a free ticket.');
  if (donation && cost !== null && cost > 0) throw codeError('DONATION_AND_COST', 'A ticket cannot be a donation and a charged ticket.');
  if (free && cost !== null && cost > 0) throw codeError('FREE_AND_COST', 'A ticket cannot be a free ticket and a charged ticket.');
  if (!free && !donation && (cost === null || cost === 0)) throw codeError('NO_COST', 'A price must be set for a charged ticket.');
  if (!donation && quantity === undefined) throw codeError('NO_QUANTITY_TOTAL', 'A quantity total must be set for this ticket.');
}

function createTicketClass(req: Req): EmulatorResponse {
  const event = eventRow(req);
  const f = readTicketFields(event, wrapped(req, 'ticket_class', true), true);
  const donation = f.donation ?? false;
  const free = f.free ?? (f.cost === undefined && !donation);
  checkTicketRules(free, donation, f.cost ?? null, f.quantityTotal);
  const env = req.env as EbEnv;
  const created = env.stamp();
  const wire = insertTicketClass(env, event, {
    name: f.name!,
    description: f.description ?? null,
    cost: free || donation ? null : f.cost!,
    donation,
    quantityTotal: f.quantityTotal ?? 0,
    quantitySold: 0,
    minimumQuantity: f.minimumQuantity ?? 1,
    maximumQuantity: f.maximumQuantity ?? null,
    hidden: f.hidden ?? false,
    salesStartMs: f.salesStart ?? created,
    // Documented: empty means one hour before the event starts.
    salesEndMs: f.salesEnd ?? Date.parse(event.wire.start.utc) - 3_600_000,
    salesChannels: f.salesChannels ?? ['online', 'atd'],
  });
  touch(req, event);
  announce(env, 'ticket_class.created', ticketClassPath(event.wire.id, wire.id), event.wire.id);
  return json(200, ticketClassView(req, wire));
}

function updateTicketClass(req: Req): EmulatorResponse {
  const event = eventRow(req);
  const wire = ticketClassOf(req, event);
  const env = req.env as EbEnv;
  if (env.state.ticketClasses.get(wire.id)?.rule) {
    // Documented (ticket class update errors): a series occurrence's ticket is changed through its parent's rule.
    throw codeError('INVALID_TICKET', 'Cannot update child ticket directly, update parent ticket rule instead.');
  }
  const f = readTicketFields(event, wrapped(req, 'ticket_class', true), false);
  // On a series parent, the occurrences' ticket classes made from this one follow the update.
  const copies = event.wire.is_series_parent ? classesOfRule(env, event, wire.id) : [];
  const all = [wire, ...copies];
  const donation = f.donation ?? wire.donation;
  const currentCost = wire.cost ? wire.cost.value : null;
  const free = f.free ?? (f.cost !== undefined ? false : wire.free);
  const cost = free || donation ? null : (f.cost !== undefined ? f.cost : currentCost);
  checkTicketRules(free, donation, cost, f.quantityTotal ?? wire.quantity_total);
  if (cost !== currentCost && all.some((w) => w.quantity_sold > 0)) {
    throw codeError('CANNOT_UPDATE_COST', 'Cannot change the ticket price after tickets have been sold');
  }
  if (f.quantityTotal !== undefined && all.some((w) => f.quantityTotal! < w.quantity_sold)) {
    throw codeError('BAD_QUANTITIES', 'The quantity total cannot be below the quantity sold.');
  }
  for (const target of all) {
    if (f.name !== undefined) target.name = f.name;
    if (f.description !== undefined) target.description = f.description;
    if (f.quantityTotal !== undefined) target.quantity_total = f.quantityTotal;
    if (f.minimumQuantity !== undefined) target.minimum_quantity = f.minimumQuantity;
    if (f.maximumQuantity !== undefined) {
      target.maximum_quantity = f.maximumQuantity;
      target.maximum_quantity_per_order = f.maximumQuantity ?? 10;
    }
    if (f.hidden !== undefined) target.hidden = f.hidden;
    if (f.salesStart !== undefined) target.sales_start = ebInstant(f.salesStart);
    // An occurrence keeps its own sales end (one hour before it starts).
    if (f.salesEnd !== undefined && target === wire) target.sales_end = ebInstant(f.salesEnd);
    if (f.salesChannels !== undefined) target.sales_channels = [...f.salesChannels];
    target.donation = donation;
    const owner = env.state.ticketClasses.get(target.id)!.event;
    setCost(target, cost, owner.wire.currency);
    if (cost === null && !donation) target.free = true;
    refreshSoldOut(target);
    if (priceOf(target) > 0) owner.wire.is_free = false;
    if (owner !== event) touch(req, owner);
  }
  touch(req, event);
  announce(env, 'ticket_class.updated', ticketClassPath(event.wire.id, wire.id), event.wire.id);
  return json(200, ticketClassView(req, wire));
}

function deleteTicketClass(req: Req): EmulatorResponse {
  const event = eventRow(req);
  const wire = ticketClassOf(req, event);
  const env = req.env as EbEnv;
  // Deleting a series parent's ticket class deletes the occurrences' ticket classes made from it.
  const copies = event.wire.is_series_parent ? classesOfRule(env, event, wire.id) : [];
  const all = [wire, ...copies];
  const owners = all.map((w) => env.state.ticketClasses.get(w.id)!.event);
  if (all.some((w, i) => w.quantity_sold > 0 || owners[i]!.attendees.some((a) => a.ticket_class_id === w.id))) {
    throw codeError('HAS_ATTENDEES', 'This ticket class has attendees and cannot be deleted.');
  }
  if (event.wire.status === 'live' && event.ticketClasses.length === 1) {
    throw codeError('LAST_TICKET', 'The last ticket class of a published event cannot be deleted.');
  }
  all.forEach((w, i) => {
    const owner = owners[i]!;
    owner.ticketClasses.splice(owner.ticketClasses.indexOf(w), 1);
    env.state.ticketClasses.delete(w.id);
    if (owner !== event) touch(req, owner);
  });
  touch(req, event);
  announce(env, 'ticket_class.deleted', ticketClassPath(event.wire.id, wire.id), event.wire.id);
  return json(200, { deleted: true });
}

// ---- webhooks ----

const WEBHOOK_ACTIONS: ReadonlySet<string> = new Set(EB_WEBHOOK_ACTIONS);

function createWebhook(req: Req): EmulatorResponse {
  const org = orgOf(req);
  const body = bodyObject(req);
  if (typeof body.endpoint_url !== 'string' || !/^https?:\/\//.test(body.endpoint_url)) {
    throw argumentsError({ endpoint_url: [body.endpoint_url === undefined ? 'MISSING' : 'INVALID'] });
  }
  // Documented (old docs): without `actions`, the default is order.placed, event.published, event.unpublished.
  const actions =
    body.actions === undefined || body.actions === ''
      ? ['order.placed', 'event.published', 'event.unpublished']
      : typeof body.actions === 'string'
        ? body.actions.split(',').map((a) => a.trim()).filter(Boolean)
        : null;
  if (actions === null || actions.some((a) => !WEBHOOK_ACTIONS.has(a))) throw argumentsError({ actions: ['INVALID'] });
  let eventId: string | null = null;
  if (body.event_id !== undefined && body.event_id !== null && body.event_id !== '') {
    eventId = String(body.event_id);
    if (!req.env.state.events.has(eventId)) throw argumentsError({ event_id: ['INVALID'] });
  }
  const wire = insertWebhook(req.env as EbEnv, org, body.endpoint_url, actions, eventId, req.env.stamp());
  return json(200, wire);
}

/**
 * Guess: the reply to `DELETE /webhooks/{id}/` is an object whose fields are not documented; the emulator answers
 * like every documented delete of this API.
 */
export const EB_WEBHOOK_DELETED_GUESS = { deleted: true } as const;

// ---- the table ----

export const eventbriteRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: `${P}/users/me/`,
    op: 'users.me',
    handler: () => json(200, { id: EB_USER_ID, name: 'Emulated User', first_name: 'Emulated', last_name: 'User', is_public: false, image_id: null, emails: [{ email: 'owner@example.com', verified: true, primary: true }] }),
  },
  {
    method: 'GET',
    path: `${P}/users/:user/organizations/`,
    op: 'organizations.list',
    handler: (req) => {
      if (req.params.user !== 'me' && req.params.user !== EB_USER_ID) throw codeError('NOT_AUTHORIZED', 'You do not have permission to access this user.', 403);
      return pageOf(req, 'organizations', req.env.state.organizationList, (o) => o.wire);
    },
  },
  { method: 'GET', path: `${P}/organizations/:org/events/`, op: 'events.list', handler: (req) => listEvents(req) },
  { method: 'POST', path: `${P}/organizations/:org/events/`, op: 'events.create', handler: (req) => createEvent(req) },
  { method: 'GET', path: `${P}/events/:id/`, op: 'events.get', handler: (req) => json(200, eventView(req, plainEvent(req))) },
  { method: 'POST', path: `${P}/events/:id/`, op: 'events.update', handler: (req) => updateEvent(req, plainEvent(req)) },
  { method: 'DELETE', path: `${P}/events/:id/`, op: 'events.delete', handler: (req) => remove(req) },
  { method: 'POST', path: `${P}/events/:id/publish/`, op: 'events.publish', handler: (req) => publish(req) },
  { method: 'POST', path: `${P}/events/:id/unpublish/`, op: 'events.unpublish', handler: (req) => unpublish(req) },
  { method: 'POST', path: `${P}/events/:id/cancel/`, op: 'events.cancel', handler: (req) => cancel(req) },
  { method: 'POST', path: `${P}/events/:id/copy/`, op: 'events.copy', handler: (req) => copy(req) },
  {
    method: 'GET',
    path: `${P}/events/:id/description/`,
    op: 'events.description',
    handler: (req) => json(200, { description: eventRow(req).wire.description.html }),
  },
  { method: 'GET', path: `${P}/series/:id/`, op: 'events.get', handler: (req) => json(200, eventView(req, seriesParent(req))) },
  { method: 'POST', path: `${P}/series/:id/`, op: 'events.update', handler: (req) => updateEvent(req, seriesParent(req)) },
  {
    method: 'GET',
    path: `${P}/series/:id/events/`,
    op: 'eventDates.list',
    handler: (req) => {
      const parent = seriesParent(req);
      const children = parent.children.filter((c) => !c.deleted).sort((a, b) => a.wire.start.utc.localeCompare(b.wire.start.utc));
      return pageOf(req, 'events', children, (row) => eventView(req, row));
    },
  },
  { method: 'GET', path: `${P}/events/:id/ticket_classes/`, op: 'ticketTypes.list', handler: (req) => pageOf(req, 'ticket_classes', eventRow(req).ticketClasses, (tc) => ticketClassView(req, tc)) },
  { method: 'POST', path: `${P}/events/:id/ticket_classes/`, op: 'ticketTypes.create', handler: (req) => createTicketClass(req) },
  { method: 'GET', path: `${P}/events/:id/ticket_classes/:tc/`, op: 'ticketTypes.get', handler: (req) => json(200, ticketClassView(req, ticketClassOf(req, eventRow(req)))) },
  { method: 'POST', path: `${P}/events/:id/ticket_classes/:tc/`, op: 'ticketTypes.update', handler: (req) => updateTicketClass(req) },
  { method: 'DELETE', path: `${P}/events/:id/ticket_classes/:tc/`, op: 'ticketTypes.delete', handler: (req) => deleteTicketClass(req) },
  {
    method: 'GET',
    path: `${P}/events/:id/orders/`,
    op: 'orders.list',
    handler: (req) => {
      const event = eventRow(req);
      return listOrders(req, event.wire.is_series_parent ? [event, ...event.children].flatMap((e) => e.orders) : event.orders);
    },
  },
  { method: 'GET', path: `${P}/organizations/:org/orders/`, op: 'orders.list', handler: (req) => listOrders(req, orgOf(req).orders) },
  {
    method: 'GET',
    path: `${P}/orders/:order/`,
    op: 'orders.get',
    handler: (req) => {
      const row = req.env.state.orders.get(req.params.order!);
      if (!row || row.event.deleted) throw notFound('order');
      return json(200, orderView(req, row));
    },
  },
  {
    method: 'GET',
    path: `${P}/events/:id/attendees/`,
    op: 'attendees.list',
    handler: (req) => {
      const event = eventRow(req);
      return listAttendees(req, event.wire.is_series_parent ? [event, ...event.children].flatMap((e) => e.attendees) : event.attendees);
    },
  },
  { method: 'GET', path: `${P}/organizations/:org/attendees/`, op: 'attendees.list', handler: (req) => listAttendees(req, orgOf(req).attendees) },
  {
    method: 'GET',
    path: `${P}/events/:id/attendees/:attendee/`,
    op: 'attendees.get',
    handler: (req) => {
      const event = eventRow(req);
      const found = req.env.state.attendees.get(req.params.attendee!);
      if (!found || found.wire.event_id !== event.wire.id) throw notFound('attendee');
      return json(200, attendeeView(req, found.wire));
    },
  },
  { method: 'GET', path: `${P}/organizations/:org/webhooks/`, op: 'webhooks.list', handler: (req) => pageOf(req, 'webhooks', orgOf(req).webhooks) },
  { method: 'POST', path: `${P}/organizations/:org/webhooks/`, op: 'webhooks.create', handler: (req) => createWebhook(req) },
  {
    method: 'DELETE',
    path: `${P}/webhooks/:webhook/`,
    op: 'webhooks.delete',
    handler: (req) => {
      const found = req.env.state.webhooks.get(req.params.webhook!);
      if (!found) throw notFound('webhook');
      found.org.webhooks.splice(found.org.webhooks.indexOf(found.wire), 1);
      req.env.state.webhooks.delete(found.wire.id);
      return json(200, EB_WEBHOOK_DELETED_GUESS);
    },
  },
];
