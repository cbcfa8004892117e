/**
 * Seaty wire schemas (docs/vendors/seaty.md, "Endpoints" and "Guesses"). Lenient: unknown fields are kept (`z.looseObject`), and
 * fields the docs mark nullable (or do not document at all) are `nullish`. Ids are integers on the wire; a numeric
 * string is tolerated. The schemas describe what Seaty sends and change nothing (no transform), so a page of records
 * passes the compiled accept path (`fastParser`) as it is; the normalizer turns ids into strings.
 */
import { z } from 'zod';
import { fastParser } from '../../core/fast-parse.js';

/**
 * An integer id (documented as `integer`; its digits as a string are tolerated and kept as sent: the native layer
 * returns what Seaty sent, the normalizer reads both, see `idText` in normalize.ts).
 */
export const seatyId = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]);
const str = z.string().nullish();
const int = z.number().int().nullish();
const bool = z.boolean().nullish();

/** Event (list item and `GET /v1/events/{id}` have the same fields). */
export const SeatyEventSchema = z.looseObject({
  id: seatyId,
  tag: str,
  name: str,
  organisation_id: seatyId.nullish(),
  type: str,
  description: str,
  date_created: str,
  time_zone_id: str,
  venue_id: seatyId.nullish(),
  tour_id: seatyId.nullish(),
  currency_symbol: str,
  unlisted: bool,
  private: bool,
  ticketing_enabled: bool,
  buying_enabled: bool,
});
/** Seaty's event object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyEvent = z.infer<typeof SeatyEventSchema>;

/** EventDate (list item of `/v1/events/{id}/dates`). `time_type`'s meaning is undocumented: kept raw. */
export const SeatyEventDateSchema = z.looseObject({
  id: seatyId,
  event_id: seatyId.nullish(),
  date: str,
  end_date: str,
  time_type: int,
  name: str,
  sold_out: bool,
  suspend: bool,
});
/** Seaty's event date object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyEventDate = z.infer<typeof SeatyEventDateSchema>;

/** EventDate detail (`GET /v1/dates/{id}`): every list field plus the parent's tag and name. */
export const SeatyEventDateDetailSchema = SeatyEventDateSchema.extend({
  event_tag: str,
  event_name: str,
  information_header: str,
  information: str,
});
/**
 * Seaty's event date detail object as `client.native` returns it (read leniently: fields Seaty adds later are kept).
 */
export type SeatyEventDateDetail = z.infer<typeof SeatyEventDateDetailSchema>;

/** TicketCategory. `price` is pence; `people` is how many one ticket admits. */
export const SeatyTicketCategorySchema = z.looseObject({
  id: seatyId,
  name: str,
  description: str,
  price: int,
  people: int,
  sort_index: int,
  limit: int,
  minimum_per_order: int,
  hidden: bool,
});
/** Seaty's ticket category object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyTicketCategory = z.infer<typeof SeatyTicketCategorySchema>;

/** Order (`GET /v1/orders/{id}`). Every amount is integer pence. */
export const SeatyOrderSchema = z.looseObject({
  id: seatyId,
  order_guid: str,
  date: str,
  email: str,
  attendee_name: str,
  event_date_id: seatyId.nullish(),
  allow_marketing: bool,
  ticket_count: int,
  tickets_subtotal: int,
  discount_total: int,
  total: int,
  amount_paid: int,
  amount_refunded: int,
  balance: int,
  notes: str,
  event_name: str,
  date_of_event: str,
});
/** Seaty's order object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyOrder = z.infer<typeof SeatyOrderSchema>;

/**
 * An order in a date's list (`GET /v1/dates/{id}/orders`): the stored table stops after seven rows, so
 * it is typed as the same (all-optional) fields as an order (GUESS: docs/vendors/seaty.md, Guesses).
 */
export const SeatyDateOrderSchema = SeatyOrderSchema;
/** Seaty's date order object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyDateOrder = SeatyOrder;

/**
 * OrderTicket. Only `ticket_category_id` is documented; every other name here is a GUESS (docs/vendors/seaty.md,
 * Guesses) and therefore optional.
 */
export const SeatyOrderTicketSchema = z.looseObject({
  id: seatyId.nullish(),
  order_id: seatyId.nullish(),
  ticket_category_id: seatyId.nullish(),
  price: int,
  paid: bool,
  checked_in: bool,
  date_checked_in: str,
  seat_category: str,
  row: str,
  seat: str,
  barcode: str,
  guid: str,
});
/** Seaty's order ticket object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyOrderTicket = z.infer<typeof SeatyOrderTicketSchema>;

/**
 * Payment. The only documented payment object is the `balance.payment_recorded` webhook data; that
 * `/orders/{id}/payments` items share it is a GUESS. `type_id` may be any integer (Seaty's internal codes).
 */
export const SeatyPaymentSchema = z.looseObject({
  id: seatyId.nullish(),
  guid: str,
  event_id: seatyId.nullish(),
  order_id: seatyId.nullish(),
  payee_email: str,
  amount: int,
  type_id: int,
  is_refund: bool,
  date_payment_made: str,
  notes: str,
});
/** Seaty's payment object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyPayment = z.infer<typeof SeatyPaymentSchema>;

/** Discount: the field names are a GUESS (none is documented). */
export const SeatyDiscountSchema = z.looseObject({
  id: seatyId.nullish(),
  code: str,
  name: str,
  description: str,
  amount: int,
  discount_amount: int,
  percentage: z.number().nullish(),
});
/** Seaty's discount object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyDiscount = z.infer<typeof SeatyDiscountSchema>;

/** DateSummary: one bare rollup row; the field names are a GUESS (none is documented). */
export const SeatyDateSummarySchema = z.looseObject({
  event_date_id: seatyId.nullish(),
  order_count: int,
  ticket_count: int,
  capacity: int,
  remaining: int,
  checked_in_count: int,
  tickets_subtotal: int,
  discount_total: int,
  total: int,
  amount_paid: int,
  amount_refunded: int,
  balance: int,
});
/** Seaty's date summary object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyDateSummary = z.infer<typeof SeatyDateSummarySchema>;

/** Attendee: a distinct person (a contact), keyed by `email`; there is no `id`. */
export const SeatyAttendeeSchema = z.looseObject({
  email: z.string(),
  attendee_name: str,
  order_count: int,
  allow_marketing: bool,
  member_email: str,
});
/** Seaty's attendee object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyAttendee = z.infer<typeof SeatyAttendeeSchema>;

/** The list envelope: `data` / `links` / `meta`. `links` and `meta` are read tolerantly. */
export function seatyListEnvelope<T extends z.ZodType>(item: T) {
  return z.looseObject({
    data: z.array(item),
    links: z
      .looseObject({
        first: str,
        last: str,
        prev: str,
        next: str,
      })
      .nullish(),
    meta: z
      .looseObject({
        current_page: int,
        per_page: int,
        from: int,
        to: int,
        total: int,
        path: str,
      })
      .nullish(),
  });
}
/** Seaty's list envelope object as `client.native` returns it (read leniently: fields Seaty adds later are kept). */
export type SeatyListEnvelope<T> = {
  data: T[];
  links?: { first?: string | null; last?: string | null; prev?: string | null; next?: string | null } | null;
  meta?: {
    current_page?: number | null;
    per_page?: number | null;
    from?: number | null;
    to?: number | null;
    total?: number | null;
    path?: string | null;
  } | null;
};

/**
 * A single record. Documented as bare; a `{ data: {...} }` wrapper is tolerated since the balance-payment
 * response is not documented at all.
 */
export function seatySingle<T extends z.ZodType>(item: T) {
  return z.unknown().transform((value, ctx): z.output<T> => {
    const inner = unwrapSingle(value);
    const wrapped = inner !== value;
    const result = item.safeParse(inner);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ ...issue, path: [...(wrapped ? ['data'] : []), ...issue.path] } as never);
      }
      return z.NEVER;
    }
    return result.data as z.output<T>;
  });
}

/** The record inside a `{ data: {...} }` wrapper (an object without `id` whose `data` is an object), else the value. */
function unwrapSingle(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'id' in value || !('data' in value)) return value;
  const data = (value as { data: unknown }).data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? data : value;
}

/**
 * How one kind of record is read, built once per schema and compiled on first use: a list page (the envelope with its
 * items) and a single record, each through the accept path (`fastParser`: a payload zod would return unchanged is used
 * as it is; anything else goes to zod, for its result or the error naming the field).
 */
export interface SeatyReader<T> {
  list(payload: unknown): SeatyListEnvelope<T>;
  single(payload: unknown): T;
}

export function seatyReader<S extends z.ZodType>(item: S): SeatyReader<z.output<S>> {
  let list: ((payload: unknown) => SeatyListEnvelope<z.output<S>>) | null = null;
  let accept: ((payload: unknown) => z.output<S>) | null = null;
  let single: z.ZodType | null = null;
  return {
    list: (payload) => (list ??= fastParser(seatyListEnvelope(item)) as (payload: unknown) => SeatyListEnvelope<z.output<S>>)(payload),
    single: (payload) => {
      accept ??= fastParser(item);
      const inner = unwrapSingle(payload);
      try {
        return accept(inner);
      } catch {
        // The error of the whole answer (its paths under `data` when wrapped), as zod reports it.
        single ??= seatySingle(item);
        return single.parse(payload) as z.output<S>;
      }
    },
  };
}

/** The reader of each kind of record (module level: each list envelope is built, and compiled, once). */
export const SEATY_READERS = {
  event: seatyReader(SeatyEventSchema),
  eventDate: seatyReader(SeatyEventDateSchema),
  eventDateDetail: seatyReader(SeatyEventDateDetailSchema),
  ticketCategory: seatyReader(SeatyTicketCategorySchema),
  order: seatyReader(SeatyOrderSchema),
  dateOrder: seatyReader(SeatyDateOrderSchema),
  orderTicket: seatyReader(SeatyOrderTicketSchema),
  payment: seatyReader(SeatyPaymentSchema),
  discount: seatyReader(SeatyDiscountSchema),
  dateSummary: seatyReader(SeatyDateSummarySchema),
  attendee: seatyReader(SeatyAttendeeSchema),
} as const;

/** Payment-method codes that may be sent. Reading may return any other integer. */
export const SEATY_PAYMENT_TYPE = { cash: 1, cheque: 2, card: 3, bank_transfer: 4 } as const;
/** The name of a payment method that may be sent: a key of `SEATY_PAYMENT_TYPE`. */
export type SeatyPaymentMethod = keyof typeof SEATY_PAYMENT_TYPE;

/**
 * The `POST /v1/events/{id}/balance-payments` body as the native layer checks it before sending: exactly the
 * documented fields (strict: a misspelt field is refused, not sent), `amount` a positive integer of pence (refunds
 * too), `type_id` one of the four methods that may be sent, `date_payment_made` an ISO date.
 */
export const SeatyBalancePaymentBodySchema = z.strictObject({
  payee_email: z.string().email(),
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  type_id: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  notes: z.string().optional(),
  is_refund: z.boolean().optional(),
  date_payment_made: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)').optional(),
});

/** The `POST /v1/events/{id}/balance-payments` body. */
export interface SeatyBalancePaymentBody {
  /** The email of the buyer whose order the payment is for. */
  payee_email: string;
  /** Pence, always positive (also for refunds). */
  amount: number;
  /** 1 cash, 2 cheque, 3 card taken outside Seaty, 4 bank transfer. */
  type_id: 1 | 2 | 3 | 4;
  /** A note kept with the payment. */
  notes?: string;
  /** `true` for money paid back (the `amount` stays positive). */
  is_refund?: boolean;
  /** ISO date (`YYYY-MM-DD`); Seaty defaults to today. */
  date_payment_made?: string;
}
