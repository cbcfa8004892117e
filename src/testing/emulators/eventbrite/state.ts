/**
 * Eventbrite emulator state: organizations, events (single, series parents and their occurrences), ticket
 * classes, orders, attendees, venues and webhooks, in creation order, plus the operations shared by the
 * route handlers and the seed builders, and continuation paging with opaque tokens.
 */
import { announce } from './announce.js';
import { EmulatorHttpError, json, type EmulatorEnv, type EmulatorRequest, type EmulatorResponse, type IdCounters } from '../../framework/index.js';
import { fingerprint, fromBase64Url, toBase64Url } from './codec.js';
import {
  EB_BASE_URL,
  EB_DEFAULT_PAGE_SIZE,
  EB_ORGANIZATION_ID,
  EB_ORGANIZATION_NAME,
  EB_USER_ID,
  addCosts,
  costsWire,
  dateTimeTz,
  ebInstant,
  escapeHtml,
  feesOf,
  htmlToText,
  idOf,
  moneyWire,
  slugify,
  splitName,
  type AttendeeWire,
  type CostsWire,
  type EventStatusWire,
  type EventWire,
  type LogoWire,
  type OrderStatusWire,
  type OrganizerWire,
  type OrderWire,
  type OrganizationWire,
  type TicketClassWire,
  type VenueWire,
  type WebhookWire,
} from './wire.js';

export interface EventRow {
  wire: EventWire;
  /** Deleted events stay as tombstones (a second delete is `ALREADY_DELETED`) but are never read. */
  deleted: boolean;
  /** Series parents: their occurrences, in creation order. */
  children: EventRow[];
  ticketClasses: TicketClassWire[];
  orders: OrderRow[];
  attendees: AttendeeWire[];
}

export interface OrderRow {
  wire: OrderWire;
  event: EventRow;
  attendees: AttendeeWire[];
}

export interface OrgRow {
  wire: OrganizationWire;
  /** The organization's organizer (every event of the organization is shown under it). */
  organizer: OrganizerWire;
  events: EventRow[];
  orders: OrderRow[];
  attendees: AttendeeWire[];
  webhooks: WebhookWire[];
}

export interface EbState {
  organizations: Map<string, OrgRow>;
  /** Organizations in creation order (what `GET /users/me/organizations/` lists). */
  organizationList: OrgRow[];
  events: Map<string, EventRow>;
  /** `rule`: on a series occurrence, the id of the parent's ticket class this one was made from (else `null`). */
  ticketClasses: Map<string, TicketClassRow>;
  orders: Map<string, OrderRow>;
  attendees: Map<string, { wire: AttendeeWire; order: OrderRow }>;
  venues: Map<string, VenueWire>;
  webhooks: Map<string, { wire: WebhookWire; org: OrgRow }>;
  /** Images (event logos, organizer logos). Media upload is not emulated: logos come from seeds. */
  logos: Map<string, LogoWire>;
}

export interface TicketClassRow {
  wire: TicketClassWire;
  event: EventRow;
  rule: string | null;
}

export type EbEnv = EmulatorEnv<EbState>;
export type Req = EmulatorRequest<EbState>;

function orgWire(id: string, name: string): OrganizationWire {
  return { id, name, vertical: 'default', image_id: null, _type: 'organization' };
}

/**
 * A logo image, shaped like the captures' `logo` (crop mask, original, display URL, aspect ratio, edge colour). The
 * sizes, colour and image host are emulator conventions (`EB_LOGO_GUESS`).
 */
export function insertLogo(logos: Map<string, LogoWire>, ids: IdCounters): LogoWire {
  const id = idOf('logo', ids.next('logo'));
  const { width, height, edgeColor, host } = EB_LOGO_GUESS;
  const original = `${host}/images/${id}/original.png`;
  const logo: LogoWire = {
    crop_mask: { top_left: { x: 0, y: 0 }, width, height },
    original: { url: original, width, height },
    id,
    url: `${original}?h=200&w=450&rect=0%2C0%2C${width}%2C${height}`,
    aspect_ratio: String(width / height),
    edge_color: edgeColor,
    edge_color_set: true,
  };
  logos.set(id, logo);
  return logo;
}

/** Emulator convention (no vendor fact): every logo is a 2:1 image of these sizes on this host. */
export const EB_LOGO_GUESS = { width: 2160, height: 1080, edgeColor: '#fcfcfc', host: 'https://img.evbuc.com' } as const;

/**
 * The organizer of an organization, with every field of the captured `expand=organizer` object. The social handles
 * and descriptions are derived from the name (emulator convention); the event counts are computed when it is read.
 */
function organizerOf(ids: IdCounters, logos: Map<string, LogoWire>, organizationId: string, name: string): OrganizerWire {
  const id = idOf('organizer', ids.next('organizer'));
  const slug = slugify(name);
  const text = `${name} organizes events on Eventbrite.`;
  return {
    description: { text, html: `<p>${escapeHtml(text)}</p>` },
    long_description: { text, html: `<p>${escapeHtml(text)}</p>` },
    resource_uri: `${EB_BASE_URL}/organizers/${id}/`,
    _type: 'organizer',
    id,
    name,
    url: `https://www.eventbrite.com/o/${slug}-${id}`,
    twitter: `@${slug.replace(/-/g, '')}`,
    facebook: slug.replace(/-/g, ''),
    instagram: id,
    organization_id: organizationId,
    disable_marketing_opt_in: false,
    logo_id: insertLogo(logos, ids).id,
  };
}

function orgRow(ids: IdCounters, logos: Map<string, LogoWire>, id: string, name: string): OrgRow {
  return { wire: orgWire(id, name), organizer: organizerOf(ids, logos, id, name), events: [], orders: [], attendees: [], webhooks: [] };
}

export function createEbState(env: { ids: IdCounters }): EbState {
  const logos = new Map<string, LogoWire>();
  const org = orgRow(env.ids, logos, EB_ORGANIZATION_ID, EB_ORGANIZATION_NAME);
  return {
    organizations: new Map([[org.wire.id, org]]),
    organizationList: [org],
    events: new Map(),
    ticketClasses: new Map(),
    orders: new Map(),
    attendees: new Map(),
    venues: new Map(),
    webhooks: new Map(),
    logos,
  };
}

export function insertOrganization(env: EbEnv, name: string): OrgRow {
  const id = idOf('organization', env.ids.next('organization'));
  const org = orgRow(env.ids, env.state.logos, id, name);
  env.state.organizations.set(id, org);
  env.state.organizationList.push(org);
  return org;
}

export function insertVenue(env: EbEnv, name: string, address: string | null): VenueWire {
  const id = idOf('venue', env.ids.next('venue'));
  const venue: VenueWire = {
    id,
    name,
    address: {
      address_1: address,
      address_2: null,
      city: null,
      region: null,
      postal_code: null,
      country: null,
      latitude: null,
      longitude: null,
      localized_address_display: address,
      localized_area_display: null,
      localized_multi_line_address_display: address ? [address] : [],
    },
    resource_uri: `${EB_BASE_URL}/venues/${id}/`,
    age_restriction: null,
    capacity: null,
    latitude: null,
    longitude: null,
  };
  env.state.venues.set(id, venue);
  return venue;
}

export interface NewEvent {
  name: string;
  descriptionHtml: string | null;
  summary: string | null;
  timezone: string;
  startMs: number;
  endMs: number;
  currency: string;
  status: EventStatusWire;
  isSeriesParent: boolean;
  parent: EventRow | null;
  onlineEvent: boolean;
  listed: boolean;
  inviteOnly: boolean;
  shareable: boolean;
  capacity: number | null;
  venueId: string | null;
  locale: string;
  /** A logo of `EbState.logos`, or `null`. */
  logoId?: string | null;
  extra?: Partial<EventWire>;
}

/** Creates an event (or a series occurrence when `parent` is given) in `org`. */
export function insertEvent(env: EbEnv, org: OrgRow, input: NewEvent, at: number): EventRow {
  const id = idOf('event', env.ids.next('event'));
  const created = ebInstant(at);
  const descriptionText = input.descriptionHtml === null ? null : textOf(input.descriptionHtml);
  const wire: EventWire = {
    name: { text: textOf(input.name), html: input.name },
    description: { text: descriptionText, html: input.descriptionHtml },
    url: `https://www.eventbrite.com/e/${slugify(textOf(input.name))}-tickets-${id}`,
    start: dateTimeTz(input.startMs, input.timezone),
    end: dateTimeTz(input.endMs, input.timezone),
    organization_id: org.wire.id,
    created,
    changed: created,
    published: input.status === 'draft' ? null : created,
    capacity: input.capacity,
    capacity_is_custom: input.capacity !== null,
    status: input.status,
    currency: input.currency,
    listed: input.listed,
    shareable: input.shareable,
    invite_only: input.inviteOnly,
    online_event: input.onlineEvent,
    show_remaining: false,
    tx_time_limit: 480,
    hide_start_date: false,
    hide_end_date: false,
    locale: input.locale,
    is_locked: false,
    privacy_setting: 'unlocked',
    is_series: input.isSeriesParent || input.parent !== null,
    is_series_parent: input.isSeriesParent,
    ...(input.parent ? { series_id: input.parent.wire.id } : {}),
    inventory_type: 'limited',
    is_reserved_seating: false,
    show_pick_a_seat: false,
    show_seatmap_thumbnail: false,
    show_colors_in_seatmap_thumbnail: false,
    source: 'api',
    is_free: true,
    version: null,
    summary: input.summary ?? descriptionText,
    facebook_event_id: null,
    logo_id: input.logoId ?? null,
    organizer_id: org.organizer.id,
    venue_id: input.venueId,
    category_id: null,
    subcategory_id: null,
    format_id: null,
    id,
    resource_uri: `${EB_BASE_URL}/${input.isSeriesParent ? 'series' : 'events'}/${id}/`,
    is_externally_ticketed: false,
    ...input.extra,
  };
  const row: EventRow = { wire, deleted: false, children: [], ticketClasses: [], orders: [], attendees: [] };
  env.state.events.set(id, row);
  org.events.push(row);
  if (input.parent) {
    input.parent.children.push(row);
    // A new occurrence gets a ticket class for each ticket class (rule) of its series parent.
    for (const rule of input.parent.ticketClasses) insertTicketClass(env, row, occurrenceClassOf(rule, row), rule.id);
  }
  return row;
}

/** Plain text of an html value. */
export const textOf = htmlToText;
/** The html of a plain text. */
export const htmlOf = escapeHtml;

export function orgOfEvent(env: EbEnv, event: EventRow): OrgRow {
  return env.state.organizations.get(event.wire.organization_id)!;
}

export interface NewTicketClass {
  name: string;
  description: string | null;
  /** Minor units; `null` for a free class. */
  cost: number | null;
  donation: boolean;
  quantityTotal: number;
  quantitySold: number;
  minimumQuantity: number;
  maximumQuantity: number | null;
  hidden: boolean;
  salesStartMs: number;
  salesEndMs: number;
  salesChannels: string[];
}

/** The input of an occurrence's ticket class made from a series parent's ticket class (`rule`). */
export function occurrenceClassOf(rule: TicketClassWire, occurrence: EventRow): NewTicketClass {
  return {
    name: rule.name,
    description: rule.description,
    cost: rule.cost ? rule.cost.value : null,
    donation: rule.donation,
    quantityTotal: rule.quantity_total,
    quantitySold: 0,
    minimumQuantity: rule.minimum_quantity,
    maximumQuantity: rule.maximum_quantity,
    hidden: rule.hidden,
    salesStartMs: Date.parse(rule.sales_start),
    // Sales end one hour before each occurrence starts (the documented default for an empty sales_end).
    salesEndMs: Date.parse(occurrence.wire.start.utc) - 3_600_000,
    salesChannels: [...rule.sales_channels],
  };
}

/** The ticket classes of series occurrences made from the parent's ticket class `ruleId`. */
export function classesOfRule(env: EbEnv, parent: EventRow, ruleId: string): TicketClassWire[] {
  return parent.children.flatMap((child) => child.ticketClasses.filter((tc) => env.state.ticketClasses.get(tc.id)?.rule === ruleId));
}

/**
 * Creates a ticket class. On a series parent it is the rule of every occurrence: each occurrence (now and
 * later) gets its own ticket class made from it, which is what orders on that date sell.
 */
export function insertTicketClass(env: EbEnv, event: EventRow, input: NewTicketClass, rule: string | null = null): TicketClassWire {
  const id = idOf('ticketClass', env.ids.next('ticketClass'));
  const currency = event.wire.currency;
  const wire: TicketClassWire = {
    resource_uri: `${EB_BASE_URL}/events/${event.wire.id}/ticket_classes/${id}/`,
    id,
    event_id: event.wire.id,
    name: input.name,
    description: input.description,
    donation: input.donation,
    free: input.cost === null && !input.donation,
    minimum_quantity: input.minimumQuantity,
    maximum_quantity: input.maximumQuantity,
    maximum_quantity_per_order: input.maximumQuantity ?? 10,
    on_sale_status: 'AVAILABLE',
    quantity_total: input.quantityTotal,
    quantity_sold: input.quantitySold,
    sales_start: ebInstant(input.salesStartMs),
    sales_end: ebInstant(input.salesEndMs),
    hidden: input.hidden,
    include_fee: false,
    split_fee: false,
    hide_description: true,
    auto_hide: false,
    variants: [],
    has_pdf_ticket: true,
    sales_channels: input.salesChannels,
  };
  setCost(wire, input.cost, currency);
  event.ticketClasses.push(wire);
  if (input.cost !== null && input.cost > 0) event.wire.is_free = false;
  env.state.ticketClasses.set(id, { wire, event, rule });
  refreshSoldOut(wire);
  if (event.wire.is_series_parent) {
    for (const child of event.children) {
      if (!child.deleted) insertTicketClass(env, child, occurrenceClassOf(wire, child), id);
    }
  }
  return wire;
}

/** Sets (or removes) the Money fields of a ticket class for a price in minor units. */
export function setCost(wire: TicketClassWire, cost: number | null, currency: string): void {
  delete wire.cost;
  delete wire.fee;
  delete wire.tax;
  delete wire.actual_cost;
  delete wire.actual_fee;
  if (cost === null) {
    wire.free = !wire.donation;
    return;
  }
  const fees = feesOf(cost);
  wire.free = false;
  wire.actual_cost = moneyWire(cost, currency);
  wire.actual_fee = moneyWire(fees.eventbrite, currency);
  wire.cost = moneyWire(cost, currency);
  wire.fee = moneyWire(fees.eventbrite, currency);
  wire.tax = moneyWire(0, currency);
}

/** Moves an event (without paid sales) to another currency: its ticket class prices and order costs follow. */
export function changeCurrency(event: EventRow, currency: string): void {
  event.wire.currency = currency;
  for (const tc of event.ticketClasses) setCost(tc, tc.cost ? tc.cost.value : null, currency);
  const recost = (c: CostsWire): CostsWire => costsWire(c.base_price.value, c.eventbrite_fee.value, c.payment_fee.value, currency);
  for (const order of event.orders) {
    order.wire.costs = recost(order.wire.costs);
    for (const a of order.attendees) a.costs = recost(a.costs);
  }
}

export function refreshSoldOut(wire: TicketClassWire): void {
  wire.on_sale_status = wire.quantity_sold >= wire.quantity_total && !wire.donation ? 'SOLD_OUT' : 'AVAILABLE';
}

export function priceOf(wire: TicketClassWire): number {
  return wire.cost?.value ?? 0;
}

export interface NewOrder {
  buyerName: string;
  buyerEmail: string;
  status: OrderStatusWire;
  lines: Array<{ ticketClass: TicketClassWire; quantity: number }>;
  attendee?: { name?: string; email?: string; phone?: string | null; company?: string | null; jobTitle?: string | null };
  checkedIn?: boolean;
}

/** Creates an order on an occurrence (or a single event) with one attendee per ticket. */
export function insertOrder(env: EbEnv, event: EventRow, input: NewOrder, at: number): OrderRow {
  const org = orgOfEvent(env, event);
  const id = idOf('order', env.ids.next('order'));
  const { first, last } = splitName(input.buyerName);
  const created = ebInstant(at);
  const currency = event.wire.currency;
  const wire: OrderWire = {
    // The tickets' costs, summed below once they are in (the key keeps its place in the wire object).
    costs: undefined as unknown as CostsWire,
    resource_uri: `${EB_BASE_URL}/orders/${id}/`,
    id,
    changed: created,
    created,
    name: input.buyerName,
    first_name: first,
    last_name: last,
    email: input.buyerEmail,
    status: input.status,
    time_remaining: null,
    event_id: event.wire.id,
  };
  const row: OrderRow = { wire, event, attendees: [] };
  env.state.orders.set(id, row);
  event.orders.push(row);
  org.orders.push(row);
  for (const line of input.lines) {
    for (let i = 0; i < line.quantity; i++) {
      addAttendee(env, row, line.ticketClass, input.attendee ?? {}, input.checkedIn === true, at);
    }
  }
  // The order's costs are its tickets' costs, summed once (not re-priced ticket by ticket: seeding 100 000 orders).
  wire.costs = sumCosts(row.attendees, currency);
  if (wire.status === 'placed') announce(env, 'order.placed', `/orders/${id}/`, event.wire.id);
  return row;
}

/** The sum of the tickets' costs. */
function sumCosts(attendees: readonly AttendeeWire[], currency: string): CostsWire {
  let base = 0;
  let eventbriteFee = 0;
  let paymentFee = 0;
  for (const a of attendees) {
    base += a.costs.base_price.value;
    eventbriteFee += a.costs.eventbrite_fee.value;
    paymentFee += a.costs.payment_fee.value;
  }
  return costsWire(base, eventbriteFee, paymentFee, currency);
}

/** Adds an attendee (one ticket) to an order: costs, sold counts and barcodes follow. */
export function insertAttendee(
  env: EbEnv,
  order: OrderRow,
  ticketClass: TicketClassWire,
  person: NonNullable<NewOrder['attendee']>,
  checkedIn: boolean,
  at: number,
): AttendeeWire {
  const wire = addAttendee(env, order, ticketClass, person, checkedIn, at);
  order.wire.costs = addCosts(order.wire.costs, wire.costs);
  return wire;
}

/** An attendee on an order (its sold count, barcode and indexes), leaving the order's costs to the caller. */
function addAttendee(
  env: EbEnv,
  order: OrderRow,
  ticketClass: TicketClassWire,
  person: NonNullable<NewOrder['attendee']>,
  checkedIn: boolean,
  at: number,
): AttendeeWire {
  const id = idOf('attendee', env.ids.next('attendee'));
  const created = ebInstant(at);
  const currency = order.event.wire.currency;
  const price = priceOf(ticketClass);
  const fees = feesOf(price);
  const costs = costsWire(price, fees.eventbrite, fees.payment, currency);
  const name = person.name ?? order.wire.name;
  const email = person.email ?? order.wire.email;
  const { first, last } = splitName(name);
  const refunded = order.wire.status === 'refunded';
  const cancelled = refunded || order.wire.status === 'deleted' || order.wire.status === 'abandoned';
  const barcode = `${order.wire.id}${id}001`;
  const wire: AttendeeWire = {
    team: null,
    costs,
    resource_uri: `${EB_BASE_URL}/orders/${order.wire.id}/attendees/${id}/`,
    id,
    changed: created,
    created,
    quantity: 1,
    variant_id: null,
    profile: {
      first_name: first,
      last_name: last,
      addresses: { home: {}, ship: {}, work: {}, bill: {} },
      name,
      email,
      ...(person.phone ? { cell_phone: person.phone } : {}),
      ...(person.company ? { company: person.company } : {}),
      ...(person.jobTitle ? { job_title: person.jobTitle } : {}),
    },
    barcodes: [
      {
        status: refunded ? 'refunded' : checkedIn ? 'used' : 'unused',
        barcode,
        created,
        changed: created,
        checkin_type: checkedIn ? 1 : 0,
        checkin_method: checkedIn ? 'scan' : 'search',
        is_printed: false,
        qr_code_url: `https://www.eventbriteapi.com/qrcode/${barcode}/?sig=EMULATED`,
      },
    ],
    answers: [],
    checked_in: checkedIn,
    cancelled,
    refunded,
    affiliate: null,
    guestlist_id: null,
    invited_by: null,
    status: cancelled ? 'Not Attending' : checkedIn ? 'Checked In' : 'Attending',
    ticket_class_name: ticketClass.name,
    delivery_method: 'electronic',
    event_id: order.event.wire.id,
    order_id: order.wire.id,
    ticket_class_id: ticketClass.id,
  };
  order.attendees.push(wire);
  order.event.attendees.push(wire);
  orgOfEvent(env, order.event).attendees.push(wire);
  env.state.attendees.set(id, { wire, order });
  order.wire.changed = created;
  if (!cancelled) {
    ticketClass.quantity_sold += 1;
    refreshSoldOut(ticketClass);
  }
  return wire;
}

export function insertWebhook(env: EbEnv, org: OrgRow, endpointUrl: string, actions: string[], eventId: string | null, at: number): WebhookWire {
  const id = idOf('webhook', env.ids.next('webhook'));
  const wire: WebhookWire = {
    id,
    resource_uri: `${EB_BASE_URL}/webhooks/${id}/`,
    endpoint_url: endpointUrl,
    actions,
    event_id: eventId,
    user_id: EB_USER_ID,
    created: ebInstant(at),
  };
  org.webhooks.push(wire);
  env.state.webhooks.set(id, { wire, org });
  return wire;
}

/** Orders that count as "pending or completed" sales (they block cancel, delete and unpublish). */
export function liveOrders(event: EventRow): OrderRow[] {
  const rows = [event, ...event.children].flatMap((e) => e.orders);
  return rows.filter((o) => o.wire.status === 'placed' || o.wire.status === 'pending' || o.wire.status === 'started');
}

// ---- continuation paging ----

interface TokenPayload {
  /** The listing: a hash of the path and the filters. */
  l: string;
  /** Offset of the next item. */
  o: number;
}

const PAGING_PARAMS = new Set(['continuation', 'page', 'page_size']);

function listingOf(req: Req): string {
  const filters = [...req.query.entries()]
    .filter(([k]) => !PAGING_PARAMS.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return fingerprint(`${req.path}?${JSON.stringify(filters)}`);
}

const badToken = () => new EmulatorHttpError(400, 'The continuation token you provided is invalid.', { code: 'BAD_CONTINUATION_TOKEN' });
const badPage = () => new EmulatorHttpError(400, 'The page number you provided is invalid.', { code: 'BAD_PAGE' });

function pageSizeOf(req: Req): number {
  const raw = req.query.get('page_size');
  let size = EB_DEFAULT_PAGE_SIZE;
  if (raw !== null) {
    if (!/^\d+$/.test(raw) || Number(raw) < 1) {
      throw new EmulatorHttpError(400, 'There are errors with your arguments: page_size - INVALID', {
        code: 'ARGUMENTS_ERROR',
        detail: { page_size: ['INVALID'] },
      });
    }
    size = Number(raw);
  }
  return req.env.pageSize === null ? size : Math.min(size, req.env.pageSize);
}

/**
 * One page of `items` under `key`: `continuation` (an opaque token bound to this path and these filters) or
 * `page` select it. The pagination object carries `has_more_items` and a `continuation` token on every page;
 * once everything has been read, the token yields an empty list (as documented).
 */
export function pageOf<T>(req: Req, key: string, items: readonly T[], map: (item: T) => unknown = (x) => x): EmulatorResponse {
  const size = pageSizeOf(req);
  const listing = listingOf(req);
  let offset = 0;
  const token = req.query.get('continuation');
  const page = req.query.get('page');
  if (token !== null && token !== '') {
    const text = fromBase64Url(token);
    let payload: Partial<TokenPayload> | null = null;
    try {
      payload = text === null ? null : (JSON.parse(text) as Partial<TokenPayload>);
    } catch {
      payload = null;
    }
    if (!payload || payload.l !== listing || typeof payload.o !== 'number' || !Number.isInteger(payload.o) || payload.o < 0) throw badToken();
    offset = payload.o;
  } else if (page !== null) {
    if (!/^\d+$/.test(page) || Number(page) < 1) throw badPage();
    offset = (Number(page) - 1) * size;
    if (Number(page) > 1 && offset >= items.length) throw badPage();
  }
  const slice = items.slice(offset, offset + size);
  const next = offset + slice.length;
  const hasMore = next < items.length;
  return json(200, {
    pagination: {
      object_count: items.length,
      page_number: Math.floor(offset / size) + 1,
      page_size: size,
      page_count: Math.max(1, Math.ceil(items.length / size)),
      continuation: toBase64Url(JSON.stringify({ l: listing, o: next } satisfies TokenPayload)),
      has_more_items: hasMore,
    },
    [key]: slice.map(map),
  });
}
