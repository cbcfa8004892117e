/**
 * Eventbrite v3 wire schemas (docs/vendors/eventbrite.md, Wire schemas), lenient: unknown fields are kept. Typed against
 * the real payloads (test/eventbrite/fixtures) where they differ from the API Blueprint.
 *
 * The entities the normalized layer reads (events, ticket classes, orders, attendees and what they nest) are described
 * once and read two ways:
 * - **native** (`EbEventSchema`, ...): what `client.native` returns. A field Eventbrite leaves out comes out as `null`
 *   (never `undefined`), ids are strings (a number is turned into one).
 * - **sent** (`EbEventSentSchema`, ...): what Eventbrite sends, as it is: a field may be missing, an id may be a
 *   number. Nothing is filled in or converted, so a page zod would return unchanged passes the compiled accept path
 *   (`fastParser`) without a copy; the normalizer turns `undefined` into `null` and ids into strings.
 */
import { z } from 'zod';

/** An Eventbrite id as sent: a string (not necessarily numeric, `"690507907-1"`), or a number. */
const sentId = z.union([z.string(), z.number()]);
/** Eventbrite ids are strings and may be non-numeric (`"690507907-1"`); a number is turned into a string. */
export const ebId = sentId.transform(String);

/** The two readings of one description: see the module comment. */
type Reading = 'native' | 'sent';

/** A field Eventbrite may leave out or send as `null`: native fills in `null`, sent takes it as it is. */
type Maybe<R extends Reading, T extends z.ZodType> = R extends 'native' ? z.ZodDefault<z.ZodNullable<T>> : z.ZodOptional<z.ZodNullable<T>>;

type Id<R extends Reading> = R extends 'native' ? typeof ebId : typeof sentId;

interface Reader<R extends Reading> {
  /** A required id. */
  id: Id<R>;
  /** An id that may be left out (`Maybe` of `id`, spelt out: TypeScript cannot infer it through `maybe`). */
  maybeId: Maybe<R, Id<R>>;
  maybe<T extends z.ZodType>(schema: T): Maybe<R, T>;
}

const NATIVE: Reader<'native'> = { id: ebId, maybeId: ebId.nullable().default(null), maybe: (schema) => schema.nullable().default(null) };
const SENT: Reader<'sent'> = { id: sentId, maybeId: sentId.nullish(), maybe: (schema) => schema.nullish() };

/** The leaf fields of one reading. */
function leavesOf<R extends Reading>(r: Reader<R>) {
  return {
    nid: r.maybeId,
    str: r.maybe(z.string()),
    num: r.maybe(z.number()),
    bool: r.maybe(z.boolean()),
    strList: r.maybe(z.array(z.string())),
  };
}
type Leaves<R extends Reading> = ReturnType<typeof leavesOf<R>>;

/** Money, text, dates, places and images: the parts events and orders are made of. */
function partsOf<R extends Reading>(r: Reader<R>, { nid, str, num, bool, strList }: Leaves<R>) {
  /** Money in responses: `value` is in minor units; `major_value` and `display` are informative only. */
  const Money = z.looseObject({
    currency: z.string(),
    value: z.number().int(),
    major_value: str,
    display: str,
  });
  const money = r.maybe(Money);

  /** `{ text, html }` (multipart text). */
  const MultipartText = z.looseObject({ text: str, html: str });
  const mtext = r.maybe(MultipartText);

  /** `{ timezone, utc, local }`. */
  const DateTimeTz = z.looseObject({ timezone: str, utc: str, local: str });

  const Address = z.looseObject({
    address_1: str,
    address_2: str,
    city: str,
    region: str,
    postal_code: str,
    country: str,
    latitude: str,
    longitude: str,
    localized_address_display: str,
    localized_area_display: str,
    localized_multi_line_address_display: strList,
  });

  const Venue = z.looseObject({
    id: nid,
    name: str,
    address: r.maybe(Address),
    capacity: num,
    age_restriction: str,
    latitude: str,
    longitude: str,
    resource_uri: str,
  });

  /** The organizer (`expand=organizer`), with the fields of the real payloads. */
  const Organizer = z.looseObject({
    id: nid,
    name: str,
    url: str,
    organization_id: nid,
    description: mtext,
    long_description: mtext,
    resource_uri: str,
    logo_id: nid,
    num_past_events: num,
    num_future_events: num,
    twitter: str,
    facebook: str,
    instagram: str,
    disable_marketing_opt_in: bool,
  });

  /** An image (an event's `logo`), shaped as in the real payloads. */
  const Logo = z.looseObject({
    id: nid,
    url: str,
    aspect_ratio: str,
    edge_color: str,
    edge_color_set: bool,
    crop_mask: r.maybe(z.looseObject({ top_left: r.maybe(z.looseObject({ x: num, y: num })), width: num, height: num })),
    original: r.maybe(z.looseObject({ url: str, width: num, height: num })),
  });

  return { Money, money, MultipartText, mtext, DateTimeTz, Address, Venue, Organizer, Logo };
}
type Parts<R extends Reading> = ReturnType<typeof partsOf<R>>;

function ticketClassOf<R extends Reading>(r: Reader<R>, { nid, str, num, bool, strList }: Leaves<R>, { Money, money }: Parts<R>) {
  /** Ticket class. `cost`/`fee`/`tax` are flat Money in real payloads; see `ticketClassPrices`. */
  return z.looseObject({
    id: r.id,
    resource_uri: str,
    event_id: nid,
    name: str,
    display_name: str,
    description: str,
    sorting: num,
    /** Money, or (per the API Blueprint only) an object nesting `cost`/`fee`/`tax`; see `ticketClassPrices`. */
    cost: r.maybe(z.union([Money, z.looseObject({ cost: money, fee: money, tax: money, actual_cost: money, actual_fee: money })])),
    fee: money,
    tax: money,
    actual_cost: money,
    actual_fee: money,
    donation: bool,
    free: bool,
    minimum_quantity: num,
    maximum_quantity: num,
    maximum_quantity_per_order: num,
    capacity: num,
    quantity_total: num,
    quantity_sold: num,
    on_sale_status: str,
    sales_start: str,
    sales_end: str,
    sales_start_after: str,
    hidden: bool,
    include_fee: bool,
    split_fee: bool,
    hide_description: bool,
    hide_sale_dates: bool,
    auto_hide: bool,
    auto_hide_before: str,
    auto_hide_after: str,
    order_confirmation_message: str,
    sales_channels: strList,
    delivery_methods: strList,
    has_pdf_ticket: bool,
    variants: r.maybe(z.array(z.unknown())),
    inventory_tier_id: nid,
    image_id: nid,
    category: str,
  });

}

function eventOf<R extends Reading>(
  r: Reader<R>,
  { nid, str, num, bool }: Leaves<R>,
  { money, mtext, DateTimeTz, Venue, Organizer, Logo }: Parts<R>,
  TicketClass: ReturnType<typeof ticketClassOf<R>>,
) {
  /** Event; series parents use the same shape (`is_series_parent: true`). */
  return z.looseObject({
    id: r.id,
    resource_uri: str,
    name: mtext,
    summary: str,
    description: mtext,
    url: str,
    vanity_url: str,
    start: r.maybe(DateTimeTz),
    end: r.maybe(DateTimeTz),
    created: str,
    changed: str,
    published: str,
    status: str,
    currency: str,
    online_event: bool,
    organization_id: nid,
    organizer_id: nid,
    venue_id: nid,
    logo_id: nid,
    format_id: nid,
    category_id: nid,
    subcategory_id: nid,
    listed: bool,
    shareable: bool,
    invite_only: bool,
    show_remaining: bool,
    password: str,
    capacity: num,
    capacity_is_custom: bool,
    /** A number in real payloads, a string in the API Blueprint. */
    tx_time_limit: r.maybe(z.union([z.number(), z.string()])),
    hide_start_date: bool,
    hide_end_date: bool,
    locale: str,
    is_locked: bool,
    privacy_setting: str,
    is_series: bool,
    is_series_parent: bool,
    /** On series occurrences: the parent's event id. */
    series_id: nid,
    is_reserved_seating: bool,
    show_pick_a_seat: bool,
    show_seatmap_thumbnail: bool,
    show_colors_in_seatmap_thumbnail: bool,
    is_externally_ticketed: bool,
    is_free: bool,
    source: str,
    version: str,
    inventory_type: str,
    facebook_event_id: nid,
    // expansions
    venue: r.maybe(Venue),
    organizer: r.maybe(Organizer),
    logo: r.maybe(Logo),
    ticket_classes: r.maybe(z.array(TicketClass)),
    ticket_availability: r.maybe(
      z.looseObject({
        has_available_tickets: bool,
        is_sold_out: bool,
        minimum_ticket_price: money,
        maximum_ticket_price: money,
        waitlist_available: bool,
      }),
    ),
  });

}

/** An attendee and its parts. */
function attendeeOf<R extends Reading>(r: Reader<R>, { nid, str, num, bool }: Leaves<R>, { money }: Parts<R>) {
  const Barcode = z.looseObject({
    barcode: str,
    status: str,
    created: str,
    changed: str,
    checkin_type: num,
    checkin_method: str,
    is_printed: bool,
    qr_code_url: str,
  });

  const AttendeeProfile = z.looseObject({
    name: str,
    email: str,
    first_name: str,
    last_name: str,
    prefix: str,
    suffix: str,
    age: num,
    job_title: str,
    company: str,
    website: str,
    blog: str,
    gender: str,
    birth_date: str,
    cell_phone: str,
    work_phone: str,
    addresses: r.maybe(z.looseObject({})),
  });

  const AttendeeCosts = z.looseObject({
    base_price: money,
    eventbrite_fee: money,
    gross: money,
    payment_fee: money,
    tax: money,
  });

  /** Attendee: one per ticket. */
  const Attendee = z.looseObject({
    id: r.id,
    resource_uri: str,
    created: str,
    changed: str,
    ticket_class_id: nid,
    ticket_class_name: str,
    variant_id: nid,
    quantity: num,
    costs: r.maybe(AttendeeCosts),
    profile: r.maybe(AttendeeProfile),
    answers: r.maybe(z.array(z.unknown())),
    barcodes: r.maybe(z.array(Barcode)),
    team: r.maybe(z.looseObject({})),
    affiliate: str,
    checked_in: bool,
    /** Two "l"s, unlike the event's `canceled`. */
    cancelled: bool,
    refunded: bool,
    /** Human label (`Attending`, `Checked In`, `Not Attending`, `Deleted`); scheduled for deprecation. */
    status: str,
    event_id: nid,
    order_id: nid,
    guestlist_id: nid,
    invited_by: str,
    delivery_method: str,
  });

  return { Barcode, AttendeeProfile, AttendeeCosts, Attendee };
}

/** An order (with its attendees and event when expanded) and the organization. */
function orderOf<R extends Reading>(
  r: Reader<R>,
  { nid, str, num, bool }: Leaves<R>,
  { money }: Parts<R>,
  Attendee: ReturnType<typeof attendeeOf<R>>['Attendee'],
  Event: ReturnType<typeof eventOf<R>>,
) {
  const OrderCosts = z.looseObject({
    base_price: money,
    display_price: money,
    display_fee: money,
    gross: money,
    eventbrite_fee: money,
    payment_fee: money,
    tax: money,
    price_before_discount: money,
    discount_amount: money,
    discount_type: str,
    has_gts_tax: bool,
    tax_name: str,
  });

  /** Order. `attendees` only with `expand=attendees`. */
  const Order = z.looseObject({
    id: r.id,
    resource_uri: str,
    created: str,
    changed: str,
    name: str,
    first_name: str,
    last_name: str,
    email: str,
    costs: r.maybe(OrderCosts),
    event_id: nid,
    time_remaining: num,
    status: str,
    promo_code: str,
    attendees: r.maybe(z.array(Attendee)),
    event: r.maybe(Event),
  });

  /** Organization. */
  const Organization = z.looseObject({
    id: r.id,
    name: str,
    image_id: nid,
    vertical: str,
    parent_id: nid,
    locale: str,
  });
  return { OrderCosts, Order, Organization };
}

/** The entities the normalized layer reads, in one reading. */
function entities<R extends Reading>(r: Reader<R>) {
  const leaves = leavesOf(r);
  const parts = partsOf(r, leaves);
  const TicketClass = ticketClassOf(r, leaves, parts);
  const Event = eventOf(r, leaves, parts, TicketClass);
  const attendee = attendeeOf(r, leaves, parts);
  return { ...parts, TicketClass, Event, ...attendee, ...orderOf(r, leaves, parts, attendee.Attendee, Event) };
}

const native = entities(NATIVE);
const sent = entities(SENT);

export const EbMoneySchema = native.Money;
/** Eventbrite's money object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept). */
export type EbMoney = z.infer<typeof EbMoneySchema>;
export const EbMultipartTextSchema = native.MultipartText;
/**
 * Eventbrite's multipart text object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbMultipartText = z.infer<typeof EbMultipartTextSchema>;
export const EbDateTimeTzSchema = native.DateTimeTz;
/**
 * Eventbrite's date time tz object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbDateTimeTz = z.infer<typeof EbDateTimeTzSchema>;
export const EbAddressSchema = native.Address;
/**
 * Eventbrite's address object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 */
export type EbAddress = z.infer<typeof EbAddressSchema>;
export const EbVenueSchema = native.Venue;
/** Eventbrite's venue object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept). */
export type EbVenue = z.infer<typeof EbVenueSchema>;
export const EbOrganizerSchema = native.Organizer;
/**
 * Eventbrite's organizer object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbOrganizer = z.infer<typeof EbOrganizerSchema>;
export const EbLogoSchema = native.Logo;
/** Eventbrite's logo object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept). */
export type EbLogo = z.infer<typeof EbLogoSchema>;
/** Ticket class. `cost`/`fee`/`tax` are flat Money in real payloads; see `ticketClassPrices`. */
export const EbTicketClassSchema = native.TicketClass;
/**
 * Eventbrite's ticket class object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept). Ticket class. `cost`/`fee`/`tax` are flat Money in real payloads; see `ticketClassPrices`.
 */
export type EbTicketClass = z.infer<typeof EbTicketClassSchema>;
/** Event; series parents use the same shape (`is_series_parent: true`). */
export const EbEventSchema = native.Event;
/**
 * Eventbrite's event object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 * Event; series parents use the same shape (`is_series_parent: true`).
 */
export type EbEvent = z.infer<typeof EbEventSchema>;
export const EbBarcodeSchema = native.Barcode;
/**
 * Eventbrite's barcode object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 */
export type EbBarcode = z.infer<typeof EbBarcodeSchema>;
export const EbAttendeeProfileSchema = native.AttendeeProfile;
/**
 * Eventbrite's attendee profile object as `client.native` returns it (read leniently: fields Eventbrite adds later
 * are kept).
 */
export type EbAttendeeProfile = z.infer<typeof EbAttendeeProfileSchema>;
export const EbAttendeeCostsSchema = native.AttendeeCosts;
/**
 * Eventbrite's attendee costs object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbAttendeeCosts = z.infer<typeof EbAttendeeCostsSchema>;
/** Attendee: one per ticket. */
export const EbAttendeeSchema = native.Attendee;
/**
 * Eventbrite's attendee object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 * Attendee: one per ticket.
 */
export type EbAttendee = z.infer<typeof EbAttendeeSchema>;
export const EbOrderCostsSchema = native.OrderCosts;
/**
 * Eventbrite's order costs object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbOrderCosts = z.infer<typeof EbOrderCostsSchema>;
/** Order. `attendees` only with `expand=attendees`. */
export const EbOrderSchema = native.Order;
/**
 * Eventbrite's order object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 * Order. `attendees` only with `expand=attendees`.
 */
export type EbOrder = z.infer<typeof EbOrderSchema>;
export const EbOrganizationSchema = native.Organization;
/**
 * Eventbrite's organization object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbOrganization = z.infer<typeof EbOrganizationSchema>;

// ---- as Eventbrite sends them (the normalized layer's hot path) ----

export const EbMoneySentSchema = sent.Money;
/**
 * Eventbrite's money object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what the
 * normalized layer reads; `client.native` returns the filled-in `EbMoney`.
 */
export type EbMoneySent = z.infer<typeof EbMoneySentSchema>;
export const EbMultipartTextSentSchema = sent.MultipartText;
/**
 * Eventbrite's multipart text object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what
 * the normalized layer reads; `client.native` returns the filled-in `EbMultipartText`.
 */
export type EbMultipartTextSent = z.infer<typeof EbMultipartTextSentSchema>;
export const EbDateTimeTzSentSchema = sent.DateTimeTz;
/**
 * Eventbrite's date time tz object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what
 * the normalized layer reads; `client.native` returns the filled-in `EbDateTimeTz`.
 */
export type EbDateTimeTzSent = z.infer<typeof EbDateTimeTzSentSchema>;
export const EbAddressSentSchema = sent.Address;
/**
 * Eventbrite's address object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what the
 * normalized layer reads; `client.native` returns the filled-in `EbAddress`.
 */
export type EbAddressSent = z.infer<typeof EbAddressSentSchema>;
export const EbVenueSentSchema = sent.Venue;
/**
 * Eventbrite's venue object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what the
 * normalized layer reads; `client.native` returns the filled-in `EbVenue`.
 */
export type EbVenueSent = z.infer<typeof EbVenueSentSchema>;
export const EbOrganizerSentSchema = sent.Organizer;
/**
 * Eventbrite's organizer object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what the
 * normalized layer reads; `client.native` returns the filled-in `EbOrganizer`.
 */
export type EbOrganizerSent = z.infer<typeof EbOrganizerSentSchema>;
export const EbLogoSentSchema = sent.Logo;
/**
 * Eventbrite's logo object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what the
 * normalized layer reads; `client.native` returns the filled-in `EbLogo`.
 */
export type EbLogoSent = z.infer<typeof EbLogoSentSchema>;
export const EbTicketClassSentSchema = sent.TicketClass;
/**
 * Eventbrite's ticket class object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what
 * the normalized layer reads; `client.native` returns the filled-in `EbTicketClass`.
 */
export type EbTicketClassSent = z.infer<typeof EbTicketClassSentSchema>;
export const EbEventSentSchema = sent.Event;
/**
 * Eventbrite's event object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what the
 * normalized layer reads; `client.native` returns the filled-in `EbEvent`.
 */
export type EbEventSent = z.infer<typeof EbEventSentSchema>;
export const EbBarcodeSentSchema = sent.Barcode;
/**
 * Eventbrite's barcode object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what the
 * normalized layer reads; `client.native` returns the filled-in `EbBarcode`.
 */
export type EbBarcodeSent = z.infer<typeof EbBarcodeSentSchema>;
export const EbAttendeeProfileSentSchema = sent.AttendeeProfile;
/**
 * Eventbrite's attendee profile object exactly as Eventbrite sends it (fields may be missing, ids may be numbers):
 * what the normalized layer reads; `client.native` returns the filled-in `EbAttendeeProfile`.
 */
export type EbAttendeeProfileSent = z.infer<typeof EbAttendeeProfileSentSchema>;
export const EbAttendeeCostsSentSchema = sent.AttendeeCosts;
/**
 * Eventbrite's attendee costs object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what
 * the normalized layer reads; `client.native` returns the filled-in `EbAttendeeCosts`.
 */
export type EbAttendeeCostsSent = z.infer<typeof EbAttendeeCostsSentSchema>;
export const EbAttendeeSentSchema = sent.Attendee;
/**
 * Eventbrite's attendee object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what the
 * normalized layer reads; `client.native` returns the filled-in `EbAttendee`.
 */
export type EbAttendeeSent = z.infer<typeof EbAttendeeSentSchema>;
export const EbOrderCostsSentSchema = sent.OrderCosts;
/**
 * Eventbrite's order costs object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what
 * the normalized layer reads; `client.native` returns the filled-in `EbOrderCosts`.
 */
export type EbOrderCostsSent = z.infer<typeof EbOrderCostsSentSchema>;
export const EbOrderSentSchema = sent.Order;
/**
 * Eventbrite's order object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what the
 * normalized layer reads; `client.native` returns the filled-in `EbOrder`.
 */
export type EbOrderSent = z.infer<typeof EbOrderSentSchema>;
export const EbOrganizationSentSchema = sent.Organization;
/**
 * Eventbrite's organization object exactly as Eventbrite sends it (fields may be missing, ids may be numbers): what
 * the normalized layer reads; `client.native` returns the filled-in `EbOrganization`.
 */
export type EbOrganizationSent = z.infer<typeof EbOrganizationSentSchema>;

// ---- native only ----

const nid = NATIVE.maybeId;
const str = NATIVE.maybe(z.string());
const num = NATIVE.maybe(z.number());
const bool = NATIVE.maybe(z.boolean());
const strList = NATIVE.maybe(z.array(z.string()));
const mtext = NATIVE.maybe(EbMultipartTextSchema);

export const EbUserSchema = z.looseObject({
  id: ebId,
  name: str,
  first_name: str,
  last_name: str,
  is_public: bool,
  image_id: nid,
  emails: z
    .array(z.looseObject({ email: str, verified: bool, primary: bool }))
    .nullable()
    .default(null),
});
/** Eventbrite's user object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept). */
export type EbUser = z.infer<typeof EbUserSchema>;

/** Webhook. */
export const EbWebhookSchema = z.looseObject({
  id: ebId,
  resource_uri: str,
  endpoint_url: str,
  actions: strList,
  event_id: nid,
  user_id: nid,
  created: str,
});
/**
 * Eventbrite's webhook object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 */
export type EbWebhook = z.infer<typeof EbWebhookSchema>;

export const EbDisplaySettingsSchema = z.looseObject({
  show_start_date: bool,
  show_end_date: bool,
  show_start_end_time: bool,
  show_timezone: bool,
  show_map: bool,
  show_remaining: bool,
  show_organizer_facebook: bool,
  show_organizer_twitter: bool,
  show_facebook_friends_going: bool,
  terminology: str,
});
/**
 * Eventbrite's display settings object as `client.native` returns it (read leniently: fields Eventbrite adds later
 * are kept).
 */
export type EbDisplaySettings = z.infer<typeof EbDisplaySettingsSchema>;

export const EbTicketBuyerSettingsSchema = z.looseObject({
  confirmation_message: mtext,
  instructions: mtext,
  event_id: nid,
  refund_request_enabled: bool,
  redirect_url: str,
  sales_ended_message: mtext,
  allow_attendee_update: bool,
  survey_name: str,
  survey_info: mtext,
  survey_time_limit: num,
  survey_respondent: str,
  survey_ticket_classes: strList,
});
/**
 * Eventbrite's ticket buyer settings object as `client.native` returns it (read leniently: fields Eventbrite adds
 * later are kept).
 */
export type EbTicketBuyerSettings = z.infer<typeof EbTicketBuyerSettingsSchema>;

export const EbQuestionSchema = z.looseObject({
  id: ebId,
  resource_uri: str,
  question: mtext,
  type: str,
  required: bool,
  respondent: str,
  waiver: str,
  canned_type: str,
  choices: z.array(z.unknown()).nullable().default(null),
  ticket_classes: z.array(z.unknown()).nullable().default(null),
  parent_id: nid,
  parent_choice_id: nid,
  display_answer_on_order: bool,
});
/**
 * Eventbrite's question object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 */
export type EbQuestion = z.infer<typeof EbQuestionSchema>;

export const EbTeamSchema = z.looseObject({
  id: ebId,
  name: str,
  creator: z.looseObject({}).nullable().default(null),
  changed: str,
  created: str,
  attendee_count: num,
  token: str,
  event_id: nid,
  date_joined: str,
});
/** Eventbrite's team object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept). */
export type EbTeam = z.infer<typeof EbTeamSchema>;

export const EbTicketGroupSchema = z.looseObject({
  id: nid,
  name: str,
  status: str,
  event_ticket_ids: z.record(z.string(), z.array(ebId)).nullable().default(null),
  tickets: z.array(z.looseObject({})).nullable().default(null),
});
/**
 * Eventbrite's ticket group object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbTicketGroup = z.infer<typeof EbTicketGroupSchema>;

/** Cross-event discounts (the current replacement of the deprecated per-event discount endpoints). */
export const EbDiscountSchema = z.looseObject({
  id: ebId,
  type: str,
  code: str,
  amount_off: z.union([z.string(), z.number()]).nullable().default(null),
  percent_off: z.union([z.string(), z.number()]).nullable().default(null),
  event_id: nid,
  ticket_class_ids: z.array(ebId).nullable().default(null),
  quantity_available: num,
  quantity_sold: num,
  start_date: str,
  end_date: str,
});
/**
 * Eventbrite's discount object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 */
export type EbDiscount = z.infer<typeof EbDiscountSchema>;

export const EbScheduleSchema = z.looseObject({
  id: nid,
  occurrence_duration: num,
  recurrence_rule: str,
  created_event_ids: z.array(ebId).nullable().default(null),
});
/**
 * Eventbrite's schedule object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 */
export type EbSchedule = z.infer<typeof EbScheduleSchema>;

export const EbDescriptionSchema = z.looseObject({ description: str });
/**
 * Eventbrite's description object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbDescription = z.infer<typeof EbDescriptionSchema>;

/** Any object the docs do not describe (transfers, members, roles, delete results). */
export const EbUntypedSchema = z.looseObject({});
/**
 * Eventbrite's untyped object as `client.native` returns it (read leniently: fields Eventbrite adds later are kept).
 * Any object the docs do not describe (transfers, members, roles, delete results).
 */
export type EbUntyped = z.infer<typeof EbUntypedSchema>;

/** Publish, unpublish, cancel and delete answer `{ "<verb>": true }`. */
export const EbFlagResultSchema = z.looseObject({
  published: bool,
  unpublished: bool,
  canceled: bool,
  deleted: bool,
});
/**
 * Eventbrite's flag result object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbFlagResult = z.infer<typeof EbFlagResultSchema>;

/**
 * The pagination object (docs/vendors/eventbrite.md, Paging). Every field may be missing in practice (`has_more_items` is absent
 * from older payloads, `continuation` from page-number ones); a non-boolean `has_more_items` counts as absent.
 */
export const EbPaginationSchema = z.looseObject({
  page_number: num,
  page_size: num,
  object_count: num,
  page_count: num,
  continuation: str,
  has_more_items: z.boolean().nullable().default(null).catch(null),
});
/**
 * Eventbrite's pagination object as `client.native` returns it (read leniently: fields Eventbrite adds later are
 * kept).
 */
export type EbPagination = z.infer<typeof EbPaginationSchema>;

/** The error envelope (docs/vendors/eventbrite.md, Errors). */
export const EbErrorEnvelopeSchema = z.looseObject({
  status_code: z.number().nullish(),
  error: z.string().nullish(),
  error_description: z.string().nullish(),
  error_detail: z.unknown().optional(),
  denied_permissions: z.unknown().optional(),
});

// ---- request bodies (JSON, wrapped by resource: docs/vendors/eventbrite.md, Native layer) ----

/** Money in a JSON request body: the object form (the `"USD,4500"` string also works). */
export interface EbMoneyInput {
  /** ISO 4217 code; must be the event's currency. */
  currency: string;
  /** The amount in minor units (the currency's ISO 4217 exponent): 4500 USD is $45.00, 4500 JPY is ¥4500. */
  value: number;
}

/**
 * The fields of an event create or update (`{ event: ... }`). On create `name`, `start`, `end` and `currency` are
 * required; on update every field is optional. Fields Eventbrite adds later pass through the index signature.
 */
export interface EbEventWrite {
  /** The event name as HTML; must not be blank. Required on create. */
  name?: {
    /** The name as HTML. */
    html: string;
  };
  /** The description as HTML. Deprecated by Eventbrite in favour of `summary`; the two cannot be combined. */
  description?: {
    /** The description as HTML. */
    html: string;
  };
  /** Plain-text summary, at most 140 characters. Cannot be combined with `description`. */
  summary?: string;
  /** The organizer shown on the event page. */
  organizer_id?: string;
  /**
   * Start: `utc` as `YYYY-MM-DDThh:mm:ssZ` and the Olson `timezone` (`local` is ignored on input). Required on
   * create.
   */
  start?: {
    /** UTC instant, `YYYY-MM-DDThh:mm:ssZ`. */
    utc: string;
    /** Olson timezone, e.g. `America/Los_Angeles`. */
    timezone: string;
  };
  /** End, in the same timezone as `start`. Required on create. */
  end?: {
    /** UTC instant, `YYYY-MM-DDThh:mm:ssZ`. */
    utc: string;
    /** Olson timezone; the same as `start`'s. */
    timezone: string;
  };
  /** Hide the start date on the event page. */
  hide_start_date?: boolean;
  /** Hide the end date on the event page. */
  hide_end_date?: boolean;
  /**
   * ISO 4217 currency of every ticket class. Required on create; cannot be changed later (`CANNOT_UPDATE_CURRENCY`).
   */
  currency?: string;
  /** The venue. Cannot be combined with `online_event: true`. */
  venue_id?: string;
  /** An online event (no venue). */
  online_event?: boolean;
  /** Publicly listed (default `true`). Cannot be combined with `invite_only` or `password`. */
  listed?: boolean;
  /** An uploaded image's id, shown as the event logo. */
  logo_id?: string;
  /** Eventbrite category id. */
  category_id?: string;
  /** Eventbrite subcategory id (US only). */
  subcategory_id?: string;
  /** Eventbrite format id (conference, class, party...). */
  format_id?: string;
  /** Show social sharing buttons. Cannot be combined with `invite_only`. */
  shareable?: boolean;
  /** Only invited people can register. */
  invite_only?: boolean;
  /** Password an unlisted event's page asks for. */
  password?: string;
  /** Total capacity; left out, the sum of the ticket classes' capacities. */
  capacity?: number;
  /** Show how many tickets are left on the event page. */
  show_remaining?: boolean;
  /** Reserved seating (seats chosen from a seat map). */
  is_reserved_seating?: boolean;
  /** Reserved seating: let buyers pick their seat. */
  show_pick_a_seat?: boolean;
  /** Reserved seating: show a seat-map thumbnail. */
  show_seatmap_thumbnail?: boolean;
  /** Reserved seating: show price colours in the seat-map thumbnail. */
  show_colors_in_seatmap_thumbnail?: boolean;
  /** Where the event was created from (default: the API). Create only (`CANNOT_UPDATE_SOURCE`). */
  source?: string;
  /** On create, `true` makes a series parent; add its occurrences with `createSchedule`. */
  is_series?: boolean;
  /** Locale of the event page, e.g. `en_US` (the default). */
  locale?: string;
  [extra: string]: unknown;
}
/** The body of `createEvent`, `updateEvent` and `updateSeries`: the event fields wrapped as Eventbrite expects. */
export interface EbEventBody {
  /** The fields to create or change. */
  event: EbEventWrite;
}

/**
 * Body of `copyEvent` (`POST /events/{id}/copy/`), flat (not wrapped). Every field is an override; left out, the
 * original's value is kept.
 */
export interface EbEventCopyBody {
  /** The copy's name. */
  name?: string;
  /** The copy's start (UTC datetime), from now to 10 years ahead. */
  start_date?: string;
  /** The copy's end (UTC datetime), 1 minute to 365 days after the start. */
  end_date?: string;
  /** The copy's Olson timezone. */
  timezone?: string;
  /** The copy's plain-text summary (API Blueprint only). */
  summary?: string;
}

/**
 * The fields of a ticket class create or update (`{ ticket_class: ... }`). `name` is required on create, and
 * `capacity` (or the older `quantity_total`) for a paid or free class. Fields Eventbrite adds later pass through the
 * index signature.
 */
export interface EbTicketClassWrite {
  /** The class name buyers see. Required on create. */
  name?: string;
  /** Description shown under the name. */
  description?: string;
  /** How many can be sold. Deprecated by Eventbrite in favour of `capacity`. */
  quantity_total?: number;
  /** How many can be sold; for a donation class 0 or `null` means unlimited. */
  capacity?: number | null;
  /**
   * Price per ticket in the event currency: `{ currency, value }` in minor units, or the `"USD,4500"` string. Left
   * out for free and donation classes.
   */
  cost?: EbMoneyInput | string;
  /** The buyer chooses the amount. Cannot be combined with `cost`, `free` or a minimum quantity. */
  donation?: boolean;
  /** A free class. Cannot be combined with `cost`. */
  free?: boolean;
  /** Absorb the fees into the displayed price. */
  include_fee?: boolean;
  /** Absorb the payment fee and pass on Eventbrite's fee. Being deprecated (`SPLIT_FEES_DEPRECATED`). */
  split_fee?: boolean;
  /** Hide the description on the event page. */
  hide_description?: boolean;
  /** Where it is sold: `online`, `atd` (at the door), or both. */
  sales_channels?: string[];
  /** When sales open (UTC datetime); left out, when the event is published. */
  sales_start?: string;
  /** When sales close (UTC datetime); left out, one hour before the event starts. */
  sales_end?: string;
  /** A ticket class id: sales open when that class sells out. */
  sales_start_after?: string;
  /** Fewest tickets of this class per order. */
  minimum_quantity?: number;
  /** Most tickets of this class per order; left out, unlimited. */
  maximum_quantity?: number;
  /** Hide the class outside its sales window (see `auto_hide_before`, `auto_hide_after`). */
  auto_hide?: boolean;
  /** With `auto_hide`: hidden before this time (UTC datetime). */
  auto_hide_before?: string;
  /** With `auto_hide`: hidden after this time (UTC datetime). */
  auto_hide_after?: string;
  /** Hidden from the event page. */
  hidden?: boolean;
  /** Message added to the order confirmation for this class. */
  order_confirmation_message?: string;
  /** How tickets reach the buyer: `electronic`, `will_call`, `standard_shipping`, `third_party_shipping`. */
  delivery_methods?: string[];
  /** Position among the event's classes (API Blueprint only). */
  sorting?: number;
  /** Whether a PDF ticket is issued (API Blueprint only). */
  has_pdf_ticket?: boolean;
  /** The inventory tier; required on tiered events (API Blueprint only). */
  inventory_tier_id?: string;
  /** An uploaded image's id for the class; `null` on update removes it (API Blueprint only). */
  image_id?: string | null;
  [extra: string]: unknown;
}
/** The body of `createTicketClass` and `updateTicketClass`: the class fields wrapped as Eventbrite expects. */
export interface EbTicketClassBody {
  /** The fields to create or change. */
  ticket_class: EbTicketClassWrite;
}

/** The body of the question create and update methods (custom and canned), wrapped as `{ question: ... }`. */
export interface EbQuestionBody {
  /** The question's fields. Fields Eventbrite adds later pass through the index signature. */
  question: {
    /** The question text as HTML (so the body nests `question.question.html`). */
    question?: { html: string };
    /** Whether an answer is required at checkout. */
    required?: boolean;
    /** The answer control: `checkbox`, `dropdown`, `text`, `paragraph`, `radio` or `waiver`. */
    type?: 'checkbox' | 'dropdown' | 'text' | 'paragraph' | 'radio' | 'waiver' | (string & {});
    /**
     * Asked once per order (`ticket_buyer`) or per ticket (`attendee`). Deprecated by Eventbrite in favour of ticket
     * buyer settings, yet still required on canned questions by some of its docs.
     */
    respondent?: 'ticket_buyer' | 'attendee' | (string & {});
    /** The waiver text, for `type: 'waiver'`. */
    waiver?: string;
    /** The options of a `checkbox`, `dropdown` or `radio` question. */
    choices?: Array<{ answer: { html: string } }>;
    /** Ask only buyers of these ticket classes; left out, all. */
    ticket_classes?: Array<{ id: string }>;
    /** Custom questions: the question this one follows up (shown for one of its choices). */
    parent_id?: string;
    /** With `parent_id`: the parent's choice that shows this question. */
    parent_choice_id?: string;
    /** Show the answer on the order. */
    display_answer_on_order?: boolean;
    /** Canned questions only: which built-in question (`first_name`, `email`, `cell_phone`, `company`, `age`...). */
    canned_type?: string;
    [extra: string]: unknown;
  };
}

/** The body of `updateDisplaySettings`: the display settings to change, wrapped as Eventbrite expects. */
export interface EbDisplaySettingsBody {
  /** The settings to change (the booleans of `EbDisplaySettings`; `terminology` as a string). */
  display_settings: Partial<Omit<EbDisplaySettings, 'terminology'>> & {
    /** The wording preset of the event page: `tickets_vertical` or `endurance_vertical`. */
    terminology?: string;
  } & Record<string, unknown>;
}

/** The body of `updateTicketBuyerSettings`: the checkout settings to change, wrapped as Eventbrite expects. */
export interface EbTicketBuyerSettingsBody {
  /** The settings to change. Fields Eventbrite adds later pass through the index signature. */
  ticket_buyer_settings: {
    /** Message on the order confirmation page, as HTML. */
    confirmation_message?: { html: string };
    /** Instructions shown to buyers, as HTML. */
    instructions?: { html: string };
    /** Whether buyers can request a refund. */
    refund_request_enabled?: boolean;
    /** Where to send buyers after checkout, instead of the confirmation message; `null` clears it. */
    redirect_url?: string | null;
    [extra: string]: unknown;
  };
}

/** The body of `createTicketGroup` and `updateTicketGroup`, wrapped as Eventbrite expects. */
export interface EbTicketGroupBody {
  /**
   * The group: its `name`, `status` (`live`, `archived`...) and `event_ticket_ids` (ticket class ids by event id).
   */
  ticket_group: {
    /** The group's name. */
    name?: string;
    /** `live`, `archived`... */
    status?: string;
    /** The ticket class ids in the group, by event id. */
    event_ticket_ids?: Record<string, string[]>;
    [extra: string]: unknown;
  };
}

/**
 * The body of `createDiscount` and `updateDiscount`, wrapped as Eventbrite expects. The fields pass through as given
 * (amounts are plain decimals in the event currency: docs/vendors/eventbrite.md, Native layer).
 */
export interface EbDiscountBody {
  /**
   * The discount's fields (`code`, `type`, `amount_off` or `percent_off`, `event_id`, `ticket_class_ids`,
   * `quantity_available`...).
   */
  discount: Record<string, unknown>;
}

/** The body of `createSchedule`: the recurrence that adds occurrences to a series. */
export interface EbScheduleBody {
  /** The recurrence. At most 120 occurrences per series. */
  schedule: {
    /** Each occurrence's length, in seconds. */
    occurrence_duration: number;
    /** An iCalendar `RRULE` for when occurrences start. */
    recurrence_rule: string;
  };
}

/** Body of `createWebhook`, flat (not wrapped). */
export interface EbWebhookCreateBody {
  /** The HTTPS URL Eventbrite posts deliveries to. */
  endpoint_url: string;
  /** Comma-joined action names, e.g. `"order.placed,event.published"`. */
  actions?: string;
  /** Only this event's actions; left out, every event of the organization. */
  event_id?: string;
}

/** Body of `createTeam`, flat (the docs name the fields without a wrapper). */
export interface EbTeamCreateBody {
  /** The event the team registers for. */
  public_event_id: string;
  /** The team's name. */
  name?: string;
  /** Password members need to join (see `checkTeamPassword`). */
  password?: string;
  /** The team's preferred start time (Eventbrite does not describe it further). */
  preferred_start_time?: string;
}
