/**
 * Equaticket wire schemas: what Equaticket sends, described as it is. Responses are read leniently (unknown fields
 * kept, most fields optional): the vendor documents no REST response body (see docs/vendors/equaticket.md). The
 * schemas hold no transform, so a page the vendor sent as expected is accepted as it is by the fast accept path
 * (`fastParser`, src/core/fast-parse.ts) and never copied; the normalizers turn ids into strings.
 */
import { z } from 'zod';
import { fastParser } from '../../core/fast-parse.js';

/**
 * An id as Equaticket may send it: a non-empty string (the UUIDs of its webhook payloads) or a number. Anything else
 * (`null` where an id is required, an object, an empty string) is refused, so no entity is ever routed by `"null"`
 * or `"[object Object]"`. The normalizers write a number id as its string (`idText`); the native layer returns it
 * as sent.
 */
const id = z.union([z.string().min(1), z.number()], { error: 'expected an id (a non-empty string or a number)' });
/** A wire id: a string, or a number when Equaticket sends one. */
export type EqId = z.infer<typeof id>;
const optionalString = z.string().nullish();
const optionalInt = z.number().int().nullish();
const optionalBool = z.boolean().nullish();

export const EqEventSchema = z.looseObject({
    id,
    title: optionalString,
    slug: optionalString,
    timezone: optionalString,
    starts_at: optionalString,
    ends_at: optionalString,
    currency: optionalString,
    status: optionalString,
    description: optionalString,
    created_at: optionalString,
    updated_at: optionalString,
    livemode: optionalBool,
  });
/** Equaticket's event object as `client.native` returns it (read leniently: fields Equaticket adds later are kept). */
export type EqEvent = z.infer<typeof EqEventSchema>;

export const EqTicketTypeSchema = z.looseObject({
  id,
  event_id: id.nullish(),
  name: optionalString,
  description: optionalString,
  price: optionalInt,
  currency: optionalString,
  quantity_total: optionalInt,
  /** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): the sold count's name is not documented. */
  quantity_sold: optionalInt,
  created_at: optionalString,
  updated_at: optionalString,
});
/**
 * Equaticket's ticket type object as `client.native` returns it (read leniently: fields Equaticket adds later are
 * kept).
 */
export type EqTicketType = z.infer<typeof EqTicketTypeSchema>;

export const EqOrderSchema = z
  .looseObject({
    id: id.nullish(),
    /** The webhook name of the id; REST may use either. */
    order_id: id.nullish(),
    order_number: optionalString,
    event_id: id.nullish(),
    buyer_name: optionalString,
    buyer_email: optionalString,
    buyer_phone: optionalString,
    total_amount: optionalInt,
    currency: optionalString,
    status: optionalString,
    is_test_data: optionalBool,
    ticket_count: optionalInt,
    created_at: optionalString,
    updated_at: optionalString,
    tickets: z
      .array(
        z.looseObject({
          ticket_type_id: id.nullish(),
          ticket_type_name: optionalString,
          name: optionalString,
          quantity: optionalInt,
          price: optionalInt,
        }),
      )
      .nullish(),
  })
  // REST may name the id `id` or, like the webhooks, `order_id`; an order with neither cannot be routed.
  .refine((o) => o.id != null || o.order_id != null, { message: 'an order needs an id (id or order_id)', path: ['id'] });
/** Equaticket's order object as `client.native` returns it (read leniently: fields Equaticket adds later are kept). */
export type EqOrder = z.infer<typeof EqOrderSchema>;

export const EqAttendeeSchema = z
  .looseObject({
    id: id.nullish(),
    ticket_id: id.nullish(),
    ticket_code: optionalString,
    event_id: id.nullish(),
    order_id: id.nullish(),
    ticket_type_id: id.nullish(),
    buyer_name: optionalString,
    buyer_email: optionalString,
    name: optionalString,
    email: optionalString,
    status: optionalString,
    checked_in: optionalBool,
    is_test_data: optionalBool,
    created_at: optionalString,
    updated_at: optionalString,
  })
  // REST may name the id `id` or, like the webhooks, `ticket_id`; a ticket with neither cannot be identified.
  .refine((a) => a.id != null || a.ticket_id != null, { message: 'an attendee (ticket) needs an id (id or ticket_id)', path: ['id'] });
/**
 * Equaticket's attendee object as `client.native` returns it (read leniently: fields Equaticket adds later are kept).
 */
export type EqAttendee = z.infer<typeof EqAttendeeSchema>;

/**
 * Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): subscription fields are undocumented; everything is
 * optional.
 */
export const EqWebhookSchema = z.looseObject({
  id,
  url: optionalString,
  events: z.array(z.string()).nullish(),
  active: optionalBool,
  enabled: optionalBool,
  secret: optionalString,
  created_at: optionalString,
});
/**
 * Equaticket's webhook object as `client.native` returns it (read leniently: fields Equaticket adds later are kept).
 */
export type EqWebhook = z.infer<typeof EqWebhookSchema>;

export const EqWebhookDeliverySchema = z.looseObject({
  id,
  event_id: optionalString,
  type: optionalString,
  status: optionalString,
  response_status: optionalInt,
  attempts: optionalInt,
  created_at: optionalString,
});
/**
 * Equaticket's webhook delivery object as `client.native` returns it (read leniently: fields Equaticket adds later
 * are kept).
 */
export type EqWebhookDelivery = z.infer<typeof EqWebhookDeliverySchema>;

function listEnvelope<T extends z.ZodType>(item: T) {
  return z.looseObject({
    livemode: z.boolean().nullish(),
    data: z.array(item),
    has_more: z.boolean().nullish(),
    next_cursor: z.string().nullish(),
  });
}

/** The documented list envelope of each list endpoint, built once (see docs/vendors/equaticket.md, Paging). */
export const EqEventPageSchema = listEnvelope(EqEventSchema);
export const EqTicketTypePageSchema = listEnvelope(EqTicketTypeSchema);
export const EqOrderPageSchema = listEnvelope(EqOrderSchema);
export const EqAttendeePageSchema = listEnvelope(EqAttendeeSchema);
export const EqWebhookPageSchema = listEnvelope(EqWebhookSchema);
export const EqWebhookDeliveryPageSchema = listEnvelope(EqWebhookDeliverySchema);

/** One page of a list endpoint, as Equaticket sends it. */
export interface EqListPage<T> {
  livemode?: boolean | null;
  data: T[];
  has_more?: boolean | null;
  next_cursor?: string | null;
}

/** Parses one page: the payload itself when it is as expected (no copy), else zod's error naming the field. */
export type EqPageParser<T> = (payload: unknown) => EqListPage<T>;

/** The page parsers, compiled once: the hot path of a big listing. */
export const parseEventPage: EqPageParser<EqEvent> = fastParser(EqEventPageSchema);
export const parseTicketTypePage: EqPageParser<EqTicketType> = fastParser(EqTicketTypePageSchema);
export const parseOrderPage: EqPageParser<EqOrder> = fastParser(EqOrderPageSchema);
export const parseAttendeePage: EqPageParser<EqAttendee> = fastParser(EqAttendeePageSchema);
export const parseWebhookPage: EqPageParser<EqWebhook> = fastParser(EqWebhookPageSchema);
export const parseWebhookDeliveryPage: EqPageParser<EqWebhookDelivery> = fastParser(EqWebhookDeliveryPageSchema);

/** A single object plus the `livemode` of its envelope when it was wrapped. */
export interface EqSingle<T> {
  /** The object, vendor-shaped. */
  object: T;
  /** `true` for live data, `false` for test data; `null` when the answer does not say. */
  livemode: boolean | null;
}

function isWrapped(value: unknown): value is { data: object; livemode?: unknown } {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('data' in value)) return false;
  const data = (value as { data: unknown }).data;
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/**
 * The parser of a single object, bare or wrapped in `{ livemode, data }` (the shape is not documented: both are
 * accepted; see docs/vendors/equaticket.md, "Guesses of the adapter"). Built once per schema. An invalid object is a
 * `ZodError` whose paths start at the payload (`data.id` when wrapped).
 */
function singleParser<S extends z.ZodType>(item: S): (payload: unknown) => EqSingle<z.output<S>> {
  const parse = fastParser(item);
  return (payload) => {
    if (!isWrapped(payload)) return { object: parse(payload), livemode: null };
    let object: z.output<S>;
    try {
      object = parse(payload.data);
    } catch (error) {
      if (!(error instanceof z.ZodError)) throw error;
      throw new z.ZodError(error.issues.map((issue) => ({ ...issue, path: ['data', ...issue.path] })));
    }
    return { object, livemode: typeof payload.livemode === 'boolean' ? payload.livemode : null };
  };
}

export const parseSingleEvent = singleParser(EqEventSchema);
export const parseSingleTicketType = singleParser(EqTicketTypeSchema);
export const parseSingleOrder = singleParser(EqOrderSchema);
export const parseSingleWebhook = singleParser(EqWebhookSchema);

export const EqErrorEnvelopeSchema = z.looseObject({
  error: z.looseObject({
    code: z.string().nullish(),
    message: z.string().nullish(),
    request_id: z.string().nullish(),
    param: z.string().nullish(),
    doc_url: z.string().nullish(),
  }),
});

// ---- request bodies of the native layer ----
// Strict: a misspelt field is a `ValidationError` naming it (and the field meant), never sent. Only the keys and
// their types are checked; which fields are required is the vendor's to say (it answers 400 with `param`).

/** The documented event fields (create and update). */
export const EqEventBodySchema = z.strictObject({
  title: z.string().optional(),
  slug: z.string().optional(),
  timezone: z.string().optional(),
  starts_at: z.string().optional(),
  currency: z.string().optional(),
});

/** The documented ticket type fields (create and update): amounts are integers in the currency's minor unit. */
export const EqTicketTypeBodySchema = z.strictObject({
  name: z.string().optional(),
  price: z.number().int().nonnegative().optional(),
  currency: z.string().optional(),
  quantity_total: z.number().int().nonnegative().nullable().optional(),
});

/** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): the subscription body is not documented. */
export const EqWebhookBodySchema = z.strictObject({
  url: z.string().optional(),
  events: z.array(z.string()).optional(),
  active: z.boolean().optional(),
});

/** The event create body that the matching `client.native` method sends to Equaticket. */
export interface EqEventCreateBody {
  /** The event's title. */
  title: string;
  /** URL slug of the event page. */
  slug?: string;
  /** IANA timezone of the event. */
  timezone: string;
  /** Start, an ISO-8601 instant. */
  starts_at: string;
  /** Currency of its tickets, lowercase ISO 4217 (`usd`). */
  currency: string;
}
/** The event update body that the matching `client.native` method sends to Equaticket. */
export type EqEventUpdateBody = Partial<EqEventCreateBody>;

/** The ticket type create body that the matching `client.native` method sends to Equaticket. */
export interface EqTicketTypeCreateBody {
  /** The name buyers see. */
  name: string;
  /** Price per ticket in the currency's smallest unit (`2500` is $25.00 in `usd`). */
  price: number;
  /** Lowercase ISO 4217 code, as the event's. */
  currency: string;
  /** Capacity, or `null` for unlimited. */
  quantity_total?: number | null;
}
/** The ticket type update body that the matching `client.native` method sends to Equaticket. */
export type EqTicketTypeUpdateBody = Partial<EqTicketTypeCreateBody>;

/** The webhook create body that the matching `client.native` method sends to Equaticket. */
export interface EqWebhookCreateBody {
  /** The HTTPS endpoint deliveries are POSTed to. */
  url: string;
  /** The Equaticket event types to receive (`order.created`, `order.refunded`...). */
  events: string[];
  /** Whether deliveries are sent. */
  active?: boolean;
}
