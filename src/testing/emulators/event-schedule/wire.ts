/**
 * Event Schedule wire shapes, constants, time and money helpers, and the normalized view of the wire, written from
 * the vendor's documentation (docs/vendors/event-schedule.md), never from the adapter: this folder imports only the
 * emulator framework and its declared contract (the model types and the normalized id format, `joinIdParts`).
 *
 * The normalized ids are ticketkit's own scheme for this vendor (docs/vendors/event-schedule.md, "Ids"), held here
 * as this emulator's own copy (`ES_NORMALIZED_IDS`): event = event id; a single event's date = event id; a recurring
 * occurrence = eventId:localDate; ticket type = eventId:ticketId; order = sale id; attendee = saleId:unit (from 1).
 */
import type { Attendee, AttendeeStatus, Event, EventDate, Money, Order, OrderStatus, TicketType } from '../../framework/contract.js';
import { decimalToMinor, decimalsOf, isoUtc, joinIdParts, moneyOf as frameworkMoney } from '../../framework/index.js';

/** ticketkit's normalized ids for Event Schedule (the emulator's own copy; see the module comment). */
export const ES_NORMALIZED_IDS = {
  event: (eventId: string) => eventId,
  occurrence: (eventId: string, localDate: string) => joinIdParts(eventId, localDate),
  ticketType: (eventId: string, ticketId: string) => joinIdParts(eventId, ticketId),
  order: (saleId: string) => saleId,
  attendee: (saleId: string, unit: number) => joinIdParts(saleId, unit),
};

/** ISO-4217 codes the runtime knows (the emulator's own list, not the SDK's table), upper-case. */
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** An ISO-4217 code, upper-cased, or `null` when it is not one. */
export function currencyCode(code: unknown): string | null {
  if (typeof code !== 'string') return null;
  const upper = code.trim().toUpperCase();
  return KNOWN_CURRENCIES.has(upper) ? upper : null;
}

/** A normalized time (`2026-01-01T00:00:00Z`). */
const isoFromMs = isoUtc;

export const ES_PROVIDER = 'event-schedule' as const;
/** "Base URL and transport": the hosted API root. */
export const ES_BASE_URL = 'https://eventschedule.com/api';
export const ES_BASE_PATH = '/api';
/** The hosted public host of schedule pages (`https://<subdomain>.eventschedule.com`). */
export const ES_PUBLIC_HOST = 'eventschedule.com';

/** The account every emulator starts with: one owner and one Pro venue schedule. */
export const ES_DEFAULT_USER = { name: 'Emulated Owner', email: 'owner@example.com', password: 'correct-horse-battery' } as const;
/** The key `createMockClient` uses. Any well-formed key (32 lowercase hex) is accepted for the default user. */
export const ES_TEST_KEY = '0000000000000000000000000000e5e5';
/** "Authentication": keys are 32 lowercase hex characters. */
export const ES_KEY_PATTERN = /^[0-9a-f]{32}$/;
/** The default schedule: a Pro venue schedule named "Main Hall", whose generated subdomain is `main`. */
export const ES_DEFAULT_SCHEDULE = { name: 'Main Hall', type: 'venue', timezone: 'America/New_York', address1: '1 Main Street', city: 'Springfield' } as const;

/** "Paging". */
export const ES_DEFAULT_PER_PAGE = 100;
export const ES_MAX_PER_PAGE = 500;
/** Inferred ("Paging"): `/schedules` falls back to Laravel's default of 15 for 0 or non-numeric `per_page`. */
export const ES_SCHEDULES_FALLBACK_PER_PAGE = 15;
/** "Rate limits": the per-IP buckets (enforced when asked: `rateLimits: true` or `s.rateLimits()`). */
export const ES_READ_LIMIT = 300;
export const ES_WRITE_LIMIT = 30;
/** "Rate limits": what the buckets are counted per, the client IP (one IP in the emulator: every key shares them). */
export const ES_RATE_SCOPE = 'client-ip';
/** Inferred ("Rate limits"): the counter expires 60 s after the last successful request. */
export const ES_RATE_WINDOW_MS = 60_000;
/** "Rate limits": the create-event throttle (Laravel `throttle:30,1`): 30 per user and path per fixed minute. */
export const ES_CREATE_EVENT_LIMIT = 30;
export const ES_CREATE_EVENT_WINDOW_MS = 60_000;
/** "Rate limits": auth route limits (always on). */
export const ES_SEND_CODE_LIMIT = 5;
export const ES_SEND_CODE_TTL_MS = 60 * 60_000;
export const ES_REGISTER_LIMIT = 3;
export const ES_REGISTER_TTL_MS = 60 * 60_000;
export const ES_LOGIN_FAILURE_LIMIT = 5;
export const ES_LOGIN_FAILURE_TTL_MS = 15 * 60_000;
/** "Authentication": 10 failed lookups of one key string lock it for 15 minutes after the last failure. */
export const ES_LOCK_AFTER_FAILURES = 10;
export const ES_LOCK_MS = 15 * 60_000;
/** "Authentication": issued keys last exactly one year. */
export const ES_KEY_LIFETIME_MS = 365 * 24 * 60 * 60_000;
/** "Rate limits": at most 50 owned schedules (hosted). */
export const ES_MAX_SCHEDULES = 50;
/** Guess: the currency an event has when none is sent (the column default is not in the reference). */
export const ES_DEFAULT_CURRENCY_GUESS = 'USD';
/** "Events": flyer image types and size. */
export const ES_FLYER_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp'];
export const ES_FLYER_MAX_BYTES = 10_240 * 1024;
/** "Endpoints": the global categories in id order. */
export const ES_CATEGORIES = [
  'Art & Culture',
  'Business Networking',
  'Community',
  'Concerts',
  'Education',
  'Food & Drink',
  'Health & Fitness',
  'Parties & Festivals',
  'Personal Growth',
  'Sports',
  'Spirituality',
  'Tech',
].map((name, i) => ({ id: i + 1, name }));
export const ES_LANGUAGES = ['ar', 'de', 'en', 'es', 'et', 'fr', 'he', 'it', 'nl', 'pt', 'ro', 'ru'];
export const ES_PAYMENT_METHODS = ['cash', 'stripe', 'invoiceninja', 'payment_url', 'payfast'];

/** Exact texts (docs/vendors/event-schedule.md). */
export const ES_TEXT = {
  keyRequired: 'API key is required',
  keyInvalid: 'Invalid API key',
  keyExpired: 'API key expired',
  keyLocked: 'API key temporarily blocked',
  rateLimited: 'Rate limit exceeded',
  proGate: 'API usage is limited to Pro accounts',
  unauthorized: 'Unauthorized',
  validation: 'Validation failed',
  scheduleNotFound: 'Schedule not found',
  groupNotFound: 'Sub-schedule not found',
  eventNotFound: 'Event not found',
  saleNotFound: 'Sale not found',
  serverError: 'An unexpected error occurred',
  tooManyCodes: 'Too many verification code requests. Please try again later.',
  tooManyRegistrations: 'Too many registration attempts. Please try again later.',
  tooManyLogins: 'Too many login attempts. Please try again later.',
  /** Laravel's throttle answer (with `Accept: application/json`). */
  tooManyAttempts: 'Too Many Attempts.',
} as const;

// ---- ids ("Ids": Sqids strings, at least 6 characters of [a-zA-Z0-9], opaque) ----

const ALPHABET = 'k3G7QAe51FCsPW92uEOyq4Bg6Sp8YzVTmnU0liwDxaXRJfdjLvZhbctrHNoIMK';
const SPACE = 62n ** 8n;
/** One salt per kind: ids of different kinds differ. Fan content shares one salt across its types (see below). */
const KIND_SALT: Record<string, bigint> = { user: 3n, schedule: 5n, group: 7n, event: 11n, ticket: 13n, sale: 17n, part: 19n, feedback: 23n, fan: 29n };

/** A deterministic, Sqids-looking id (8 characters) for counter `n` of a kind; distinct per kind. */
export function esId(kind: keyof typeof KIND_SALT, n: number): string {
  // An affine map with a multiplier coprime to 62^8: injective per kind, and the digits look scattered.
  let x = (BigInt(n) * 158329674399979n + (KIND_SALT[kind] ?? 1n) * 91_000_003_517n) % SPACE;
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = ALPHABET[Number(x % 62n)]! + out;
    x /= 62n;
  }
  return out;
}

/** A deterministic 32-hex API key for counter `n`. */
export function esKey(n: number): string {
  return `e5${n.toString(16).padStart(30, '0')}`;
}

// ---- time ("Events": `starts_at` is UTC `Y-m-d H:i:s`; created/updated are ISO with +00:00) ----

export function naiveUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export function parseNaiveUtc(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return Number.isNaN(ms) || naiveUtc(ms) !== value ? null : ms;
}

/** `2026-03-01T18:00:00+00:00` (the vendor's offset form). */
export function isoOffset(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

export function isYmd(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wall(ms: number, tz: string): Wall {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? '0');
  return { y: n('year'), mo: n('month'), d: n('day'), h: n('hour') % 24, mi: n('minute'), s: n('second') };
}

/** The local calendar date `Y-m-d` of an instant in a zone. */
export function localYmd(ms: number, tz: string): string {
  const w = wall(ms, tz);
  return `${String(w.y).padStart(4, '0')}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

/** The instant of a local wall-clock time on a local date (DST-aware). */
export function localToUtcMs(ymd: string, h: number, mi: number, s: number, tz: string): number {
  const [y, mo, d] = ymd.split('-').map(Number) as [number, number, number];
  const target = Date.UTC(y, mo - 1, d, h, mi, s);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const w = wall(guess, tz);
    const diff = target - Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
    if (diff === 0) break;
    guess += diff;
  }
  return guess;
}

/** The local time of day of an instant. */
export function localTime(ms: number, tz: string): { h: number; mi: number; s: number } {
  const w = wall(ms, tz);
  return { h: w.h, mi: w.mi, s: w.s };
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

// ---- money ("Sales (orders) and attendees": decimal major units; ticket prices stored as decimal(13,3)) ----

/** A price held as integer thousandths of a major unit (the DB's decimal(13,3)). */
export type Thousandths = number;

/** `"25.000"`, as MySQL returns a decimal(13,3). */
export function decimalString(th: Thousandths): string {
  const sign = th < 0 ? '-' : '';
  const abs = Math.abs(th);
  return `${sign}${Math.floor(abs / 1000)}.${String(abs % 1000).padStart(3, '0')}`;
}

/** A PHP float of a decimal amount (sale `payment_amount`, sale ticket `price`). */
export function decimalNumber(th: Thousandths): number {
  return Number(decimalString(th));
}

/** A JSON number (or numeric string) ≥ 0 as thousandths, or `null` when it is not one. */
export function toThousandths(value: unknown): Thousandths | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return null;
  const th = Math.round(Number((n * 1000).toPrecision(15)));
  return Number.isSafeInteger(th) ? th : null;
}

/** Money (minor units) as thousandths of a major unit. */
export function moneyToThousandths(price: Money): Thousandths | null {
  const code = currencyCode(price.currency);
  if (code === null || !Number.isSafeInteger(price.amount) || price.amount < 0) return null;
  const exponent = decimalsOf(code);
  if (exponent > 3) return null;
  return price.amount * 10 ** (3 - exponent);
}

// ---- wire objects ("Records") ----

/** A sub-schedule (group) as Event Schedule sends it (`s.schedule(...).groups`). */
export interface EsGroupWire {
  /** Encoded id. */
  id: string;
  /** Display name. */
  name: string;
  /** Generated from the name; pass it as an event's `schedule`. */
  slug: string;
  /** Display colour (usually `#RRGGBB`), or `null`. */
  color: string | null;
}

/** A schedule as Event Schedule sends it (what `s.schedule` returns): a venue, a talent or a curator. */
export interface EsScheduleWire {
  /** Encoded id. */
  id: string;
  /** The stable handle every schedule path uses; generated from the name. */
  subdomain: string;
  /** Public page URL (`""` while the schedule is unclaimed). */
  url: string;
  /** A venue, a talent (performer) or a curator. */
  type: 'venue' | 'talent' | 'curator';
  /** Display name. */
  name: string;
  /** Contact email (lowercased), or `null`. */
  email: string | null;
  /** Phone (digits), or `null`. */
  phone: string | null;
  /** `1` when the phone is shown publicly (an integer, as the vendor sends it). */
  show_phone: 0 | 1;
  /** Website URL, or `null`. */
  website: string | null;
  /** Long description (raw Markdown), or `null`. */
  description: string | null;
  /** Short description, or `null`. */
  short_description: string | null;
  /** IANA timezone: the key to the schedule's local times. */
  timezone: string | null;
  /** Language code, or `null`. */
  language_code: string | null;
  /** Absolute URL of the profile image, or `null`. */
  profile_image_url: string | null;
  /** Street address, or `null`. */
  address1: string | null;
  /** City, or `null`. */
  city: string | null;
  /** State or region, or `null`. */
  state: string | null;
  /** Postal code, or `null`. */
  postal_code: string | null;
  /** Lowercase ISO 3166 alpha-2 code (`us`), or `null`. */
  country_code: string | null;
  /** ISO-8601 creation time. */
  created_at: string;
  /** ISO-8601 time of the last change. */
  updated_at: string;
  /** Its sub-schedules. */
  groups: EsGroupWire[];
}

export interface EsTicketRow {
  id: string;
  type: string;
  price: Thousandths;
  quantity: number;
  description: string | null;
  sales_start_at: number | null;
  sales_end_at: number | null;
  /** Extra sub-keys passed through to the saver (volume_discount, pass settings). */
  extra: Record<string, unknown>;
  /** Creation order, for "the first ticket type". */
  seq: number;
  /** Soft-deleted (replaced by a later ticket list). Sales keep pointing at it. */
  retired: boolean;
}

export interface EsEventRow {
  id: string;
  name: string;
  short_description: string | null;
  description: string | null;
  starts_at: string;
  duration: number | null;
  category_id: number | null;
  is_private: boolean;
  is_draft: boolean;
  is_internal: boolean;
  event_password: string | null;
  event_url: string | null;
  registration_url: string | null;
  flyer_image_url: string | null;
  schedule_type: 'single' | 'recurring';
  recurring_frequency: string | null;
  recurring_interval: number | null;
  days_of_week: string | null;
  recurring_end_type: string | null;
  recurring_end_value: string | null;
  rsvp_enabled: boolean;
  rsvp_limit: number | null;
  tickets_enabled: boolean;
  tickets: EsTicketRow[];
  event_parts: Array<{ id: string; name: string; description: string | null; start_time: string | null; end_time: string | null }>;
  ticket_currency_code: string;
  payment_method: string;
  payment_instructions: string | null;
  /** Subdomains of the schedules the event is on; the first is the creator. */
  schedules: string[];
  /** Sub-schedule (group) id per schedule subdomain. */
  groups: Record<string, string>;
  /** Sold units per ticket id and occurrence date. */
  sold: Map<string, Map<string, number>>;
  created_at: number;
  updated_at: number;
}

export interface EsSaleTicketRow {
  ticket_id: string;
  quantity: number;
}

export interface EsSaleRow {
  id: string;
  event_id: string;
  subdomain: string;
  user_id: string;
  name: string;
  email: string;
  phone: string | null;
  event_date: string;
  status: 'unpaid' | 'paid' | 'cancelled' | 'refunded' | 'expired' | 'amount_mismatch';
  payment_method: string;
  payment_amount: Thousandths;
  transaction_reference: string | null;
  secret: string;
  tickets: EsSaleTicketRow[];
  created_at: number;
  updated_at: number;
  deleted: boolean;
}

/** Post-event feedback (`GET /feedback`, fields of the vendor's OpenAPI `Feedback`). */
export interface EsFeedbackRow {
  id: string;
  event_id: string;
  event_date: string | null;
  rating: number;
  comment: string | null;
  attendee_name: string | null;
  attendee_email: string | null;
  created_at: number;
}

export type EsFanContentType = 'comment' | 'photo' | 'video';

/**
 * A fan submission (`GET /fan-content`, fields of the vendor's OpenAPI `FanContent`). Ids are unique only per
 * `type` (documented): the emulator numbers each type on its own, so a comment and a photo can share an id.
 */
export interface EsFanContentRow {
  id: string;
  type: EsFanContentType;
  event_id: string;
  event_part_id: string | null;
  event_date: string | null;
  submitted_by: string;
  is_guest_submission: boolean;
  is_approved: boolean;
  /** The type's own content: the comment text, the photo URL, or the YouTube watch URL. */
  content: string;
  created_at: number;
}

/** Guess: the embeddable URL of a YouTube watch URL (`https://www.youtube.com/embed/<video id>`). */
export function youtubeEmbedUrlGuess(watchUrl: string): string {
  let videoId = '';
  try {
    const url = new URL(watchUrl);
    videoId = url.hostname === 'youtu.be' ? url.pathname.slice(1) : (url.searchParams.get('v') ?? url.pathname.split('/').pop() ?? '');
  } catch {
    videoId = '';
  }
  return `https://www.youtube.com/embed/${encodeURIComponent(videoId)}`;
}

/**
 * Guess: a fan-content item carries only its own type's content fields (`comment`; `photo_url`; `youtube_url` with
 * `embed_url`): the OpenAPI spec marks each "(type=…)" and none of them nullable.
 */
export const FAN_CONTENT_FIELDS_GUESS: Record<EsFanContentType, (content: string) => Record<string, string>> = {
  comment: (text) => ({ comment: text }),
  photo: (url) => ({ photo_url: url }),
  video: (url) => ({ youtube_url: url, embed_url: youtubeEmbedUrlGuess(url) }),
};

// ---- normalized statuses ----

export const ORDER_STATUS_TO_WIRE: Partial<Record<OrderStatus, EsSaleRow['status']>> = {
  pending: 'unpaid',
  paid: 'paid',
  cancelled: 'cancelled',
  refunded: 'refunded',
  expired: 'expired',
  unknown: 'amount_mismatch',
};
const ORDER_STATUS_FROM_WIRE: Record<EsSaleRow['status'], OrderStatus> = {
  unpaid: 'pending',
  paid: 'paid',
  cancelled: 'cancelled',
  refunded: 'refunded',
  expired: 'expired',
  amount_mismatch: 'unknown',
};
export const ATTENDEE_STATUS_TO_SALE: Partial<Record<AttendeeStatus, EsSaleRow['status']>> = {
  attending: 'paid',
  unpaid: 'unpaid',
  cancelled: 'cancelled',
  refunded: 'refunded',
};
const ATTENDEE_STATUS_FROM_WIRE: Record<EsSaleRow['status'], AttendeeStatus> = {
  paid: 'attending',
  unpaid: 'unpaid',
  cancelled: 'cancelled',
  refunded: 'refunded',
  expired: 'cancelled',
  amount_mismatch: 'unknown',
};

// ---- what the client returns for the wire (the normalized view) ----

/** What the normalized view needs to know besides the rows. */
export interface ViewContext {
  /** The time zone the client resolves for an event (its creator schedule's), or `null`. */
  timezoneOf(event: EsEventRow): string | null;
  event(id: string): EsEventRow | null;
  schedule(subdomain: string): EsScheduleWire | null;
}

function moneyOf(th: Thousandths, currency: string): Money | null {
  const code = currencyCode(currency);
  return code === null ? null : frameworkMoney(decimalToMinor(decimalString(th), code), code);
}

function endOf(startMs: number | null, duration: number | null): string | null {
  if (startMs === null || duration === null || !(duration > 0)) return null;
  return isoFromMs(startMs + Math.round(duration * 3_600_000));
}

function venueOf(event: EsEventRow, view: ViewContext): Event['venue'] {
  const venue = event.schedules.map((s) => view.schedule(s)).find((s) => s?.type === 'venue') ?? null;
  return venue === null ? null : { remoteId: venue.id, name: venue.name, address: venue.address1 };
}

export function toEvent(e: EsEventRow, view: ViewContext): Event {
  const start = parseNaiveUtc(e.starts_at);
  return {
    id: e.id,
    provider: ES_PROVIDER,
    remoteId: e.id,
    createdAt: isoFromMs(e.created_at),
    updatedAt: isoFromMs(e.updated_at),
    name: e.name,
    description: e.description,
    slug: null,
    url: eventUrl(e),
    status: e.is_draft ? 'draft' : 'scheduled',
    statusRaw: null,
    timezone: view.timezoneOf(e),
    start: start === null ? null : isoFromMs(start),
    end: endOf(start, e.duration),
    currency: currencyCode(e.ticket_currency_code),
    isOnline: null,
    venue: venueOf(e, view),
    visibility: e.is_internal ? 'private' : e.is_private ? 'unlisted' : 'public',
    capacity: e.rsvp_enabled && e.rsvp_limit !== null ? e.rsvp_limit : null,
    ticketingEnabled: e.tickets_enabled,
  };
}

export function eventUrl(e: EsEventRow): string {
  const slug = e.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'event';
  return e.schedules[0] ? `https://${e.schedules[0]}.${ES_PUBLIC_HOST}/${slug}/${e.id}` : '';
}

/** A single event's one date (id = the event's id). */
export function toSingleDate(e: EsEventRow): EventDate {
  const start = parseNaiveUtc(e.starts_at);
  return {
    id: e.id,
    provider: ES_PROVIDER,
    remoteId: e.id,
    createdAt: isoFromMs(e.created_at),
    updatedAt: isoFromMs(e.updated_at),
    eventId: e.id,
    name: null,
    start: start === null ? null : isoFromMs(start),
    end: endOf(start, e.duration),
    soldOut: null,
    salesSuspended: null,
  };
}

/** An occurrence of a recurring event on a local date: the first occurrence's local time of day. */
export function toOccurrence(e: EsEventRow, ymd: string, tz: string | null): EventDate {
  const first = parseNaiveUtc(e.starts_at);
  let start: number | null = null;
  if (first !== null && tz !== null) {
    const t = localTime(first, tz);
    start = localToUtcMs(ymd, t.h, t.mi, t.s, tz);
  }
  const id = ES_NORMALIZED_IDS.occurrence(e.id, ymd);
  return {
    id,
    provider: ES_PROVIDER,
    remoteId: id,
    createdAt: isoFromMs(e.created_at),
    updatedAt: isoFromMs(e.updated_at),
    eventId: e.id,
    name: null,
    start: start === null ? null : isoFromMs(start),
    end: endOf(start, e.duration),
    soldOut: null,
    salesSuspended: null,
  };
}

export function toTicketType(t: EsTicketRow, e: EsEventRow): TicketType {
  const admits = t.extra.is_pass === true && typeof t.extra.pass_admits_per_event === 'number' ? (t.extra.pass_admits_per_event as number) : 1;
  return {
    id: ES_NORMALIZED_IDS.ticketType(e.id, t.id),
    provider: ES_PROVIDER,
    remoteId: t.id,
    createdAt: null,
    updatedAt: null,
    eventId: e.id,
    name: t.type,
    description: t.description,
    price: moneyOf(t.price, e.ticket_currency_code),
    fee: null,
    isFree: t.price === 0,
    quantityTotal: t.quantity > 0 ? t.quantity : null,
    quantitySold: null,
    minPerOrder: null,
    maxPerOrder: null,
    salesStart: t.sales_start_at === null ? null : isoFromMs(t.sales_start_at),
    salesEnd: t.sales_end_at === null ? null : isoFromMs(t.sales_end_at),
    hidden: null,
    admits,
  };
}

function ticketOf(e: EsEventRow | null, id: string): EsTicketRow | null {
  return e?.tickets.find((t) => t.id === id) ?? null;
}

export function toOrder(s: EsSaleRow, view: ViewContext): Order {
  const event = view.event(s.event_id);
  const currency = event?.ticket_currency_code ?? null;
  const money = (th: Thousandths) => (currency === null ? null : moneyOf(th, currency));
  const total = money(s.payment_amount);
  return {
    id: s.id,
    provider: ES_PROVIDER,
    remoteId: s.id,
    createdAt: isoFromMs(s.created_at),
    updatedAt: isoFromMs(s.updated_at),
    eventId: s.event_id,
    eventDateId: event === null ? null : event.schedule_type === 'recurring' ? ES_NORMALIZED_IDS.occurrence(event.id, s.event_date) : event.id,
    reference: null,
    status: ORDER_STATUS_FROM_WIRE[s.status],
    statusRaw: s.status,
    buyer: { name: s.name, email: s.email, phone: s.phone },
    total,
    subtotal: null,
    discount: null,
    fees: null,
    tax: null,
    amountPaid: null,
    amountRefunded: null,
    // The API has no balance: an unpaid sale owes its total, a cancelled or expired one nothing; a paid one may be an
    // instalment plan marked paid at its first payment, so what is left is not known.
    amountDue: total === null ? null : s.status === 'unpaid' ? total : s.status === 'cancelled' || s.status === 'expired' ? { amount: 0, currency: total.currency } : null,
    ticketCount: s.tickets.reduce((sum, t) => sum + t.quantity, 0),
    lines: s.tickets.map((line) => {
      const ticket = ticketOf(event, line.ticket_id);
      return {
        ticketTypeId: ES_NORMALIZED_IDS.ticketType(s.event_id, line.ticket_id),
        name: ticket?.type ?? null,
        quantity: line.quantity,
        // The ticket type's current price ("Sales (orders) and attendees").
        unitPrice: ticket === null ? null : money(ticket.price),
      };
    }),
    testMode: null,
  };
}

export function toAttendees(s: EsSaleRow): Attendee[] {
  const out: Attendee[] = [];
  let unit = 0;
  for (const line of s.tickets) {
    for (let i = 0; i < line.quantity; i++) {
      unit += 1;
      const id = ES_NORMALIZED_IDS.attendee(s.id, unit);
      out.push({
        id,
        provider: ES_PROVIDER,
        remoteId: id,
        createdAt: isoFromMs(s.created_at),
        updatedAt: isoFromMs(s.updated_at),
        eventId: s.event_id,
        orderId: s.id,
        ticketTypeId: ES_NORMALIZED_IDS.ticketType(s.event_id, line.ticket_id),
        name: s.name,
        email: s.email,
        phone: s.phone,
        company: null,
        jobTitle: null,
        status: ATTENDEE_STATUS_FROM_WIRE[s.status],
        statusRaw: s.status,
        checkedIn: null,
        barcode: null,
      });
    }
  }
  return out;
}
