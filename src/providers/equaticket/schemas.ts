/**
 * Equaticket wire schemas. Responses are read leniently (unknown fields kept, most fields optional): the vendor
 * documents no REST response body (see docs/vendors/equaticket.md). Ids are coerced to strings.
 */
import { z } from 'zod';

/**
 * Ids are strings (UUIDs); a numeric id is turned into its string. Anything else (`null` where an id is required,
 * an object, an empty string) is refused: a bare `z.coerce.string()` would turn it into `"null"` or
 * `"[object Object]"` and route later calls to nonsense. The union is checked first, then coerced (no transform:
 * zod's transforms cost about four times as much, and these schemas run on every item of a listing).
 */
const id = z
  .union([z.string().min(1), z.number().finite()], { error: 'expected an id (a non-empty string or a number)' })
  .pipe(z.coerce.string());
const optionalString = z.string().nullish();
const optionalInt = z.number().int().nullish();
const optionalBool = z.boolean().nullish();

export const EqEventSchema = z
  .looseObject({
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
export type EqAttendee = z.infer<typeof EqAttendeeSchema>;

/** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): subscription fields are undocumented; everything is optional. */
export const EqWebhookSchema = z.looseObject({
  id,
  url: optionalString,
  events: z.array(z.string()).nullish(),
  active: optionalBool,
  enabled: optionalBool,
  secret: optionalString,
  created_at: optionalString,
});
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
export type EqWebhookDelivery = z.infer<typeof EqWebhookDeliverySchema>;

function buildListEnvelope<T extends z.ZodType>(item: T) {
  return z.looseObject({
    livemode: z.boolean().nullish(),
    data: z.array(item),
    has_more: z.boolean().nullish(),
    next_cursor: z.string().nullish(),
  });
}

const envelopes = new WeakMap<z.ZodType, z.ZodType>();

/** The documented list envelope, built once per item schema (zod compiles a schema on first use). */
export function listEnvelope<T extends z.ZodType>(item: T): ReturnType<typeof buildListEnvelope<T>> {
  let envelope = envelopes.get(item);
  if (!envelope) {
    envelope = buildListEnvelope(item);
    envelopes.set(item, envelope);
  }
  return envelope as ReturnType<typeof buildListEnvelope<T>>;
}

/**
 * A single object, bare or wrapped in `{ livemode, data }` (the shape is not documented: both are accepted).
 */
export function singleObject<T extends z.ZodType>(item: T) {
  return z.unknown().transform((value, ctx) => {
    const wrapped =
      value !== null && typeof value === 'object' && !Array.isArray(value) && 'data' in value &&
      typeof (value as { data: unknown }).data === 'object' && (value as { data: unknown }).data !== null &&
      !Array.isArray((value as { data: unknown }).data);
    const inner = wrapped ? (value as { data: unknown }).data : value;
    const result = item.safeParse(inner);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [...(wrapped ? ['data'] : []), ...issue.path] } as never);
      return z.NEVER;
    }
    const livemode = wrapped ? (value as { livemode?: unknown }).livemode : undefined;
    return { object: result.data as z.output<T>, livemode: typeof livemode === 'boolean' ? livemode : null };
  });
}

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

export interface EqEventCreateBody {
  title: string;
  slug?: string;
  timezone: string;
  starts_at: string;
  currency: string;
}
export type EqEventUpdateBody = Partial<EqEventCreateBody>;

export interface EqTicketTypeCreateBody {
  name: string;
  price: number;
  currency: string;
  quantity_total?: number | null;
}
export type EqTicketTypeUpdateBody = Partial<EqTicketTypeCreateBody>;

export interface EqWebhookCreateBody {
  url: string;
  events: string[];
  active?: boolean;
}
