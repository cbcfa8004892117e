/**
 * Eventbrite v3 wire shapes, constants and the normalized view of them, written from the vendor's documentation and
 * real captured payloads (never from the adapter): see docs/vendors/eventbrite.md, "Emulator: rules and guesses".
 * The normalized view follows the declared contract (framework/contract.ts): the model's types and the id format.
 */
import type { Attendee, AttendeeStatus, Event, EventDate, EventStatus, Money, Order, OrderLine, OrderStatus, TicketType } from '../../framework/contract.js';
import { joinIdParts as composeId } from '../../framework/contract.js';
import { minorToDecimal, moneyOf as money } from '../../framework/money.js';
import { currencyCode as normalizeCurrency } from './codec.js';

export const EB_PROVIDER = 'eventbrite' as const;
/** Documented base URL. */
export const EB_BASE_URL = 'https://www.eventbriteapi.com/v3';
export const EB_BASE_PATH = '/v3';
/** The token `createMockClient` uses (any well-formed token is accepted). */
export const EB_TEST_TOKEN = 'EMULATORPRIVATETOKEN0001';
/** The organization every emulator starts with (Eventbrite organization ids are numeric strings). */
export const EB_ORGANIZATION_ID = '761112223330';
export const EB_ORGANIZATION_NAME = 'Emulated Organization';
/** The user the token belongs to. */
export const EB_USER_ID = '512340000001';
/** Documented: "about 50" objects per page by default. */
export const EB_DEFAULT_PAGE_SIZE = 50;
/**
 * Guess: what an OAuth/private token looks like (not documented). Anything else is 400 `INVALID_AUTH`,
 * the documented answer for a bad token.
 */
export const EB_TOKEN_PATTERN_GUESS = /^[A-Za-z0-9_.-]{8,}$/;
/**
 * Guess: a series parent read or updated at `/events/{id}/` (the docs say it "cannot be read here") answers
 * 404 `NOT_FOUND`; it lives at `/series/{id}/`.
 */
export const EB_SERIES_PARENT_AT_EVENTS_STATUS_GUESS = 404;
/** Documented: the response header of a successful write, to echo for read-your-writes. */
export const EB_WAYPOINT_HEADER = 'Eventbrite-API-Waypoint-Token';
/** Documented: 2 000 calls per hour per token. */
export const EB_RATE_LIMIT_PER_HOUR = 2_000;

/**
 * Emulator conventions (no vendor fact): the Eventbrite fee of a paid ticket is 3.7 % of the price plus 79
 * minor units, the payment fee 2.9 % of the price, and tax is 0.
 */
export const EB_FEE_RULE_GUESS = { percent: 3.7, fixedMinor: 79, paymentPercent: 2.9 } as const;

/** Id formats: numeric strings in disjoint ranges, so an id never contains another kind's. */
export const EB_ID_BASE = {
  event: 100_000_000_000,
  ticketClass: 200_000_000,
  order: 300_000_000,
  attendee: 4_000_000_000,
  venue: 50_000_000,
  organizer: 60_000_000_000,
  webhook: 7_000_000,
  organization: 761_112_223_330,
  logo: 180_000_000,
} as const;

export function idOf(kind: keyof typeof EB_ID_BASE, n: number): string {
  return String(EB_ID_BASE[kind] + n);
}

// ---- wire types ----

export interface MoneyWire {
  currency: string;
  value: number;
  major_value: string;
  display: string;
}

export interface DateTimeTzWire {
  timezone: string;
  local: string;
  utc: string;
}

export interface VenueWire {
  id: string;
  name: string;
  address: {
    address_1: string | null;
    address_2: string | null;
    city: string | null;
    region: string | null;
    postal_code: string | null;
    country: string | null;
    latitude: string | null;
    longitude: string | null;
    localized_address_display: string | null;
    localized_area_display: string | null;
    localized_multi_line_address_display: string[];
  };
  resource_uri: string;
  age_restriction: null;
  capacity: null;
  latitude: string | null;
  longitude: string | null;
}

export type EventStatusWire = 'draft' | 'live' | 'started' | 'ended' | 'completed' | 'canceled';

export interface EventWire {
  name: { text: string; html: string };
  description: { text: string | null; html: string | null };
  url: string;
  start: DateTimeTzWire;
  end: DateTimeTzWire;
  organization_id: string;
  created: string;
  changed: string;
  published: string | null;
  capacity: number | null;
  capacity_is_custom: boolean;
  status: EventStatusWire;
  currency: string;
  listed: boolean;
  shareable: boolean;
  invite_only: boolean;
  online_event: boolean;
  show_remaining: boolean;
  tx_time_limit: number;
  hide_start_date: boolean;
  hide_end_date: boolean;
  locale: string;
  is_locked: boolean;
  privacy_setting: string;
  is_series: boolean;
  is_series_parent: boolean;
  /** Only on series occurrences. */
  series_id?: string;
  inventory_type: string;
  is_reserved_seating: boolean;
  show_pick_a_seat: boolean;
  show_seatmap_thumbnail: boolean;
  show_colors_in_seatmap_thumbnail: boolean;
  source: string;
  is_free: boolean;
  version: null;
  summary: string | null;
  facebook_event_id: null;
  /** A logo of `EbState.logos`; the event's `logo` (always sent, as in the captures) is that logo or `null`. */
  logo_id: string | null;
  organizer_id: string;
  venue_id: string | null;
  category_id: null;
  subcategory_id: null;
  format_id: null;
  id: string;
  resource_uri: string;
  is_externally_ticketed: boolean;
}

/** An image as the captures show it (`logo` of an event; an organizer's `logo_id` points at one). */
export interface LogoWire {
  crop_mask: { top_left: { x: number; y: number }; width: number; height: number };
  original: { url: string; width: number; height: number };
  id: string;
  url: string;
  aspect_ratio: string;
  edge_color: string;
  edge_color_set: boolean;
}

/** The organizer (the public profile events are shown under), full as `expand=organizer` returns it in the captures. */
export interface OrganizerWire {
  description: { text: string; html: string };
  long_description: { text: string; html: string };
  resource_uri: string;
  _type: 'organizer';
  id: string;
  name: string;
  url: string;
  twitter: string;
  facebook: string;
  instagram: string;
  organization_id: string;
  disable_marketing_opt_in: boolean;
  logo_id: string;
}

export interface TicketClassWire {
  resource_uri: string;
  id: string;
  event_id: string;
  name: string;
  description: string | null;
  donation: boolean;
  free: boolean;
  minimum_quantity: number;
  maximum_quantity: number | null;
  maximum_quantity_per_order: number;
  on_sale_status: string;
  quantity_total: number;
  quantity_sold: number;
  sales_start: string;
  sales_end: string;
  hidden: boolean;
  include_fee: boolean;
  split_fee: boolean;
  hide_description: boolean;
  auto_hide: boolean;
  variants: unknown[];
  has_pdf_ticket: boolean;
  sales_channels: string[];
  /** Paid classes only (left out on free ones, as in the real capture). */
  cost?: MoneyWire;
  fee?: MoneyWire;
  tax?: MoneyWire;
  actual_cost?: MoneyWire;
  actual_fee?: MoneyWire;
}

export interface CostsWire {
  base_price: MoneyWire;
  eventbrite_fee: MoneyWire;
  gross: MoneyWire;
  payment_fee: MoneyWire;
  tax: MoneyWire;
}

export type OrderStatusWire = 'started' | 'pending' | 'placed' | 'abandoned' | 'refunded' | 'deleted';

export interface OrderWire {
  costs: CostsWire;
  resource_uri: string;
  id: string;
  changed: string;
  created: string;
  name: string;
  first_name: string;
  last_name: string;
  email: string;
  status: OrderStatusWire;
  time_remaining: null;
  event_id: string;
}

export interface AttendeeWire {
  team: null;
  costs: CostsWire;
  resource_uri: string;
  id: string;
  changed: string;
  created: string;
  quantity: 1;
  variant_id: null;
  profile: {
    first_name: string;
    last_name: string;
    addresses: { home: Record<string, never>; ship: Record<string, never>; work: Record<string, never>; bill: Record<string, never> };
    name: string;
    email: string;
    cell_phone?: string;
    company?: string;
    job_title?: string;
  };
  barcodes: Array<{
    status: 'unused' | 'used' | 'refunded';
    barcode: string;
    created: string;
    changed: string;
    checkin_type: number;
    /** On every barcode, as in the captures: `search` on an unused one, `scan` once scanned in. */
    checkin_method: 'scan' | 'search';
    is_printed: boolean;
    qr_code_url: string;
  }>;
  answers: unknown[];
  checked_in: boolean;
  cancelled: boolean;
  refunded: boolean;
  affiliate: null;
  guestlist_id: null;
  invited_by: null;
  status: 'Attending' | 'Checked In' | 'Not Attending' | 'Deleted';
  ticket_class_name: string;
  delivery_method: 'electronic';
  event_id: string;
  order_id: string;
  ticket_class_id: string;
}

/** An organization as Eventbrite sends it (what the emulator seeds and `GET /users/me/organizations/` lists). */
export interface OrganizationWire {
  /** Numeric id, as a string. */
  id: string;
  /** Display name. */
  name: string;
  /** Eventbrite's business vertical (the emulator always says `default`). */
  vertical: 'default';
  /** Logo image id (the emulator has none). */
  image_id: null;
  /** Eventbrite's object type tag. */
  _type: 'organization';
}

/** A webhook subscription as Eventbrite sends it (what `s.webhook` returns). */
export interface WebhookWire {
  /** Numeric id, as a string. */
  id: string;
  /** The API URL of this subscription. */
  resource_uri: string;
  /** Where deliveries are POSTed. */
  endpoint_url: string;
  /** The actions it receives (`order.placed`, `event.published`...). */
  actions: string[];
  /** Only this event's actions, or `null` for every event of the organization. */
  event_id: string | null;
  /** The user who created it. */
  user_id: string;
  /** Creation time, `YYYY-MM-DDThh:mm:ssZ`. */
  created: string;
}

// ---- wire helpers ----

/** `YYYY-MM-DDThh:mm:ssZ` (no fractional seconds, as in every documented example). */
export function ebInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** The local-time formatter of each time zone, built once (see `CURRENCY_FORMATS`). */
const LOCAL_FORMATS = new Map<string, Intl.DateTimeFormat>();

function localFormat(timezone: string): Intl.DateTimeFormat {
  let format = LOCAL_FORMATS.get(timezone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    LOCAL_FORMATS.set(timezone, format);
  }
  return format;
}

/** The naive local time of an instant in a zone: `YYYY-MM-DDThh:mm:ss`. */
export function localOf(ms: number, timezone: string): string {
  const parts = localFormat(timezone).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

export function dateTimeTz(ms: number, timezone: string): DateTimeTzWire {
  return { timezone, local: localOf(ms, timezone), utc: ebInstant(ms) };
}

/**
 * The en-US currency formatter of each currency, built once: constructing an `Intl.NumberFormat` costs ~0.1 ms, and
 * seeding builds five Money objects per ticket (100 000 orders would spend most of a minute here otherwise).
 * `null`: the runtime cannot format that currency.
 */
const CURRENCY_FORMATS = new Map<string, Intl.NumberFormat | null>();

function currencyFormat(currency: string): Intl.NumberFormat | null {
  let format = CURRENCY_FORMATS.get(currency);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    } catch {
      format = null;
    }
    CURRENCY_FORMATS.set(currency, format);
  }
  return format;
}

/** A wire Money; `display` is formatted for en-US, like the captures (clients must not parse it). */
export function moneyWire(value: number, currency: string): MoneyWire {
  const major = minorToDecimal(value, currency);
  const format = currencyFormat(currency);
  const display = format === null ? `${major} ${currency}` : format.format(Number(major));
  return { display, currency, value, major_value: major };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The text of an html field: tags dropped, the three entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'event' : slug;
}

export function splitName(name: string): { first: string; last: string } {
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  return space < 0 ? { first: trimmed, last: '' } : { first: trimmed.slice(0, space), last: trimmed.slice(space + 1) };
}

/** Fees of one ticket at `price` (emulator convention `EB_FEE_RULE_GUESS`). */
export function feesOf(price: number): { eventbrite: number; payment: number } {
  if (price <= 0) return { eventbrite: 0, payment: 0 };
  return {
    eventbrite: Math.round((price * EB_FEE_RULE_GUESS.percent) / 100) + EB_FEE_RULE_GUESS.fixedMinor,
    payment: Math.round((price * EB_FEE_RULE_GUESS.paymentPercent) / 100),
  };
}

export function costsWire(base: number, eventbriteFee: number, paymentFee: number, currency: string): CostsWire {
  return {
    base_price: moneyWire(base, currency),
    eventbrite_fee: moneyWire(eventbriteFee, currency),
    gross: moneyWire(base + eventbriteFee + paymentFee, currency),
    payment_fee: moneyWire(paymentFee, currency),
    tax: moneyWire(0, currency),
  };
}

export function addCosts(a: CostsWire, b: CostsWire): CostsWire {
  const currency = a.base_price.currency;
  return costsWire(
    a.base_price.value + b.base_price.value,
    a.eventbrite_fee.value + b.eventbrite_fee.value,
    a.payment_fee.value + b.payment_fee.value,
    currency,
  );
}

// ---- status tables (docs/vendors/eventbrite.md, What maps to what) ----

export const EVENT_STATUS_TO_WIRE: Partial<Record<EventStatus, EventStatusWire>> = {
  draft: 'draft',
  scheduled: 'live',
  started: 'started',
  ended: 'ended',
  cancelled: 'canceled',
};
const EVENT_STATUS_FROM_WIRE: Record<string, EventStatus> = {
  draft: 'draft',
  live: 'scheduled',
  started: 'started',
  ended: 'ended',
  completed: 'ended',
  canceled: 'cancelled',
};

/** `refunded` and `deleted` are unverified wire values (third-party material only); the rest are documented. */
export const ORDER_STATUS_TO_WIRE: Partial<Record<OrderStatus, OrderStatusWire>> = {
  paid: 'placed',
  pending: 'pending',
  expired: 'abandoned',
  refunded: 'refunded',
  cancelled: 'deleted',
};
const ORDER_STATUS_FROM_WIRE: Record<string, OrderStatus> = {
  placed: 'paid',
  started: 'pending',
  pending: 'pending',
  abandoned: 'expired',
  refunded: 'refunded',
  deleted: 'cancelled',
};

// ---- the normalized view (what the client returns for these wire objects) ----

/** Normalized event ids: the event id; a series parent is `series:<id>`. */
export function eventKey(event: Pick<EventWire, 'id' | 'is_series_parent'>): string {
  return event.is_series_parent ? composeId('series', event.id) : composeId(event.id);
}

function moneyOf(wire: MoneyWire | undefined | null): Money | null {
  return wire ? money(wire.value, wire.currency) : null;
}

export function toEvent(e: EventWire, venue: VenueWire | null): Event {
  return {
    id: eventKey(e),
    provider: EB_PROVIDER,
    remoteId: e.id,
    createdAt: e.created,
    updatedAt: e.changed,
    name: e.name.text,
    description: e.description.text ?? e.summary,
    slug: null,
    url: e.url,
    status: EVENT_STATUS_FROM_WIRE[e.status] ?? 'unknown',
    statusRaw: e.status,
    timezone: e.start.timezone,
    start: e.start.utc,
    end: e.end.utc,
    currency: normalizeCurrency(e.currency),
    isOnline: e.online_event,
    venue: venue
      ? { remoteId: venue.id, name: venue.name, address: venue.address.localized_address_display }
      : e.venue_id
        ? { remoteId: e.venue_id, name: null, address: null }
        : null,
    visibility: e.invite_only ? 'private' : e.listed ? 'public' : 'unlisted',
    capacity: e.capacity,
    ticketingEnabled: null,
  };
}

/** An occurrence: a series child (its event is the parent) or a single event (its own date). */
export function toEventDate(e: EventWire): EventDate {
  return {
    id: composeId(e.id),
    provider: EB_PROVIDER,
    remoteId: e.id,
    createdAt: e.created,
    updatedAt: e.changed,
    eventId: e.series_id ? composeId('series', e.series_id) : composeId(e.id),
    name: null,
    start: e.start.utc,
    end: e.end.utc,
    soldOut: null,
    salesSuspended: null,
  };
}

/** A ticket class; `parent` is the event it belongs to (its normalized id prefixes the ticket type id). */
export function toTicketType(t: TicketClassWire, parent: Pick<EventWire, 'id' | 'is_series_parent'>): TicketType {
  const eventId = eventKey(parent);
  return {
    id: parent.is_series_parent ? composeId('series', parent.id, t.id) : composeId(parent.id, t.id),
    provider: EB_PROVIDER,
    remoteId: t.id,
    createdAt: null,
    updatedAt: null,
    eventId,
    name: t.name,
    description: t.description,
    price: moneyOf(t.cost),
    fee: moneyOf(t.fee),
    isFree: t.free,
    quantityTotal: t.quantity_total,
    quantitySold: t.quantity_sold,
    minPerOrder: t.minimum_quantity,
    maxPerOrder: t.maximum_quantity ?? t.maximum_quantity_per_order,
    salesStart: t.sales_start,
    salesEnd: t.sales_end,
    hidden: t.hidden,
    admits: 1,
  };
}

/** An order with its attendees (the client reads orders with `expand=attendees`). */
export function toOrder(o: OrderWire, attendees: AttendeeWire[]): Order {
  const lines = new Map<string, OrderLine>();
  for (const a of attendees) {
    const line = lines.get(a.ticket_class_id);
    if (line) line.quantity += 1;
    else {
      lines.set(a.ticket_class_id, {
        ticketTypeId: composeId(a.event_id, a.ticket_class_id),
        name: a.ticket_class_name,
        quantity: 1,
        unitPrice: moneyOf(a.costs.base_price),
      });
    }
  }
  const c = o.costs;
  return {
    id: composeId(o.id),
    provider: EB_PROVIDER,
    remoteId: o.id,
    createdAt: o.created,
    updatedAt: o.changed,
    eventId: composeId(o.event_id),
    eventDateId: composeId(o.event_id),
    reference: null,
    status: ORDER_STATUS_FROM_WIRE[o.status] ?? 'unknown',
    statusRaw: o.status,
    buyer: { name: o.name, email: o.email, phone: null },
    total: moneyOf(c.gross),
    subtotal: moneyOf(c.base_price),
    discount: null,
    fees: money(c.eventbrite_fee.value + c.payment_fee.value, c.gross.currency),
    tax: moneyOf(c.tax),
    amountPaid: null,
    amountRefunded: null,
    amountDue: null,
    ticketCount: attendees.length,
    lines: [...lines.values()],
    testMode: null,
  };
}

export function toAttendee(a: AttendeeWire): Attendee {
  const status: AttendeeStatus = a.refunded
    ? 'refunded'
    : a.cancelled
      ? 'cancelled'
      : a.status === 'Attending' || a.status === 'Checked In'
        ? 'attending'
        : 'cancelled';
  return {
    id: composeId(a.event_id, a.id),
    provider: EB_PROVIDER,
    remoteId: a.id,
    createdAt: a.created,
    updatedAt: a.changed,
    eventId: composeId(a.event_id),
    orderId: composeId(a.order_id),
    ticketTypeId: composeId(a.event_id, a.ticket_class_id),
    name: a.profile.name,
    email: a.profile.email,
    phone: a.profile.cell_phone ?? null,
    company: a.profile.company ?? null,
    jobTitle: a.profile.job_title ?? null,
    status,
    statusRaw: a.status,
    checkedIn: a.checked_in,
    barcode: a.barcodes[0]?.barcode ?? null,
  };
}

/** GUESS: how the hourly limit's window moves (Eventbrite says "hourly", not how): a rolling hour, the strictest. */
export const EB_RATE_WINDOW_GUESS = 'rolling' as const;
