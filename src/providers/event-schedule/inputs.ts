/**
 * The inputs of Event Schedule writes: the vendor-only fields of `providerOptions['event-schedule']` (strict schemas
 * of the documented create/update fields, docs/vendors/event-schedule.md, "Events"), and the conversions from the
 * normalized model to the vendor's bodies (major units, UTC wall clock, duration in hours, the ticket list).
 */
import { z } from 'zod';
import type { EventScopedListParams } from '../../core/model.js';
import { NotFoundError } from '../../core/errors.js';
import { invalidField, ownProviderOptions } from '../../core/input.js';
import { fromMinorUnits, type Money } from '../../core/money.js';
import { assertListParams } from '../../core/strict.js';
import { toUtcInstant } from '../../core/time.js';
import { PROVIDER } from './config.js';
import { recordId } from './ids.js';
import { toEsDateTime } from './normalize.js';
import type { EsTicket, EsTicketInput } from './schemas.js';

/** A `tickets[]` item of an event write (TicketInput; never an `id`: the server would skip the item). */
const TicketInputSchema = z.strictObject({
  type: z.string().min(1).max(255),
  quantity: z.number().int().nonnegative().optional(),
  price: z.number().nonnegative().optional(),
  description: z.string().max(1000).optional(),
  sales_start_at: z.string().optional(),
  sales_end_at: z.string().optional(),
  volume_discount: z
    .strictObject({ min_quantity: z.number().int().min(2), type: z.enum(['percentage', 'fixed']), value: z.number().positive() })
    .optional(),
  is_pass: z.boolean().optional(),
  pass_usage_type: z.enum(['per_occurrence', 'total']).optional(),
  pass_max_uses: z.number().int().positive().nullable().optional(),
  pass_valid_days: z.number().int().positive().nullable().optional(),
  pass_scope: z.enum(['this_event', 'sub_schedule', 'specific_events']).optional(),
  pass_allow_booking: z.boolean().optional(),
  pass_admits_per_event: z.number().int().min(1).optional(),
});

/**
 * Vendor-only fields of `events.create` / `events.update` (`providerOptions['event-schedule']`), exactly the
 * documented create/update fields (docs/vendors/event-schedule.md, "Events"): a typo is named, never dropped.
 */
export const EventProviderOptionsSchema = z.strictObject({
  /** The schedule to create on (overrides the config's `schedule`). Create only. */
  subdomain: z.string().min(1).optional(),
  short_description: z.string().max(500).nullable().optional(),
  event_url: z.string().max(255).nullable().optional(),
  registration_url: z.string().max(2048).nullable().optional(),
  event_password: z.string().max(255).nullable().optional(),
  is_draft: z.boolean().optional(),
  is_private: z.boolean().optional(),
  is_internal: z.boolean().optional(),
  rsvp_enabled: z.boolean().optional(),
  rsvp_limit: z.number().int().positive().nullable().optional(),
  category_id: z.number().int().nullable().optional(),
  category: z.string().max(255).nullable().optional(),
  schedule: z.string().max(255).nullable().optional(),
  schedule_type: z.enum(['single', 'recurring']).optional(),
  recurring_frequency: z.enum(['daily', 'weekly', 'every_n_weeks', 'monthly_date', 'monthly_weekday', 'yearly']).optional(),
  days_of_week: z.string().regex(/^[01]{7}$/, 'seven 0/1 digits, Sunday first').optional(),
  recurring_interval: z.number().int().min(2).optional(),
  recurring_end_type: z.enum(['never', 'on_date', 'after_events']).optional(),
  recurring_end_value: z.string().nullable().optional(),
  tickets_enabled: z.boolean().optional(),
  payment_method: z.enum(['cash', 'stripe', 'invoiceninja', 'payment_url', 'payfast', 'manual']).optional(),
  payment_instructions: z.string().max(5000).nullable().optional(),
  tickets: z.array(TicketInputSchema).optional(),
  addons: z
    .array(
      z.strictObject({
        type: z.string().min(1).max(255),
        quantity: z.number().int().nonnegative().optional(),
        price: z.number().nonnegative().optional(),
        description: z.string().max(1000).optional(),
        url: z.string().max(2000).optional(),
      }),
    )
    .optional(),
  event_parts: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(255),
        description: z.string().max(1000).optional(),
        start_time: z.string().max(10).optional(),
        end_time: z.string().max(10).optional(),
      }),
    )
    .optional(),
  venue_id: z.string().nullable().optional(),
  venue_name: z.string().max(255).optional(),
  venue_address1: z.string().max(255).optional(),
  members: z.array(z.strictObject({ name: z.string().optional(), email: z.string().optional() })).optional(),
});

/** Vendor-only ticket fields (`providerOptions['event-schedule']` on ticket type writes). */
export const TicketProviderOptionsSchema = z.strictObject({
  sales_start_at: z.string().nullable().optional(),
  sales_end_at: z.string().nullable().optional(),
  volume_discount: z
    .strictObject({ min_quantity: z.number().int().min(2), type: z.enum(['percentage', 'fixed']), value: z.number().positive() })
    .nullable()
    .optional(),
});

/** Vendor-only sale fields (`providerOptions['event-schedule']` on `orders.create`). */
export const SaleProviderOptionsSchema = z.strictObject({
  /** The occurrence date `Y-m-d` (instead of `eventDateId`). */
  event_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a Y-m-d date').optional(),
  /** Encoded add-on id → quantity. */
  addons: z.record(z.string(), z.number().int().nonnegative()).optional(),
});

/**
 * This vendor's `providerOptions` entry of a write input, read from the input as given (the model's parse has
 * checked its shape, but a parsed copy no longer shows a `__proto__` key), checked by `schema`.
 */
export function vendorOptions<S extends z.ZodType>(input: unknown, schema: S): z.output<S> {
  const providerOptions = (input as { providerOptions?: Partial<Record<typeof PROVIDER, unknown>> } | null)?.providerOptions;
  return ownProviderOptions(PROVIDER, providerOptions, schema);
}

function decimalNumber(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A stored ticket as a `tickets[]` input item for a PUT (never with its `id`, "Events"). */
export function ticketInputOf(t: EsTicket): EsTicketInput {
  const input: EsTicketInput = { type: t.type ?? '' };
  if (typeof t.quantity === 'number') input.quantity = t.quantity;
  const price = decimalNumber(t.price);
  if (price !== undefined) input.price = price;
  if (t.description) input.description = t.description;
  const salesStart = t.sales_start_at ? toEsDateTime(t.sales_start_at) ?? t.sales_start_at : null;
  const salesEnd = t.sales_end_at ? toEsDateTime(t.sales_end_at) ?? t.sales_end_at : null;
  if (salesStart) input.sales_start_at = salesStart;
  if (salesEnd) input.sales_end_at = salesEnd;
  if (t.volume_discount) input.volume_discount = t.volume_discount;
  if (t.is_pass) {
    input.is_pass = true;
    for (const key of ['pass_usage_type', 'pass_max_uses', 'pass_valid_days', 'pass_scope', 'pass_allow_booking', 'pass_admits_per_event'] as const) {
      const value = t[key];
      if (value !== null && value !== undefined) input[key] = value;
    }
  }
  return input;
}

export function majorUnits(price: Money, field: string): number {
  if (!Number.isSafeInteger(price.amount) || price.amount < 0) {
    throw invalidField(PROVIDER, `${field}.amount`, `expected a non-negative integer in minor units, got ${price.amount}`);
  }
  const text = fromMinorUnits(price.amount, price.currency);
  if (text === null) throw invalidField(PROVIDER, `${field}.currency`, `unknown ISO-4217 code ${JSON.stringify(price.currency)}`);
  return Number(text);
}

export function utcWallClock(field: string, value: string): string {
  const text = toEsDateTime(value);
  if (text === null) throw invalidField(PROVIDER, field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return text;
}

/** Hours between two instants, for `duration` (0-8760, decimals allowed). */
export function durationHours(start: string, end: string): number {
  const ms = Date.parse(toUtcInstant(end) ?? '') - Date.parse(toUtcInstant(start) ?? '');
  if (!Number.isFinite(ms)) throw invalidField(PROVIDER, 'end', `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(end)}`);
  if (ms <= 0) throw invalidField(PROVIDER, 'end', 'must be after start');
  const hours = ms / 3_600_000;
  if (hours > 8760) throw invalidField(PROVIDER, 'end', 'Event Schedule events last at most 8760 hours (duration)');
  return hours;
}

export function ticketSalesTimes(options: z.output<typeof TicketProviderOptionsSchema>): Partial<EsTicketInput> {
  const out = { ...options } as Partial<EsTicketInput>;
  for (const key of ['sales_start_at', 'sales_end_at'] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    out[key] = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? value : utcWallClock(key, value);
  }
  if (options.volume_discount === null) delete out.volume_discount;
  return out;
}

/**
 * The `eventId` of an event-scoped list (`eventDates.list`, `ticketTypes.list`): required, a valid record id, and the
 * only key besides `limit` and `cursor`.
 */
export function scopedEventId(method: string, params: EventScopedListParams): string {
  if (params === undefined || params === null) throw invalidField(PROVIDER, 'eventId', `${method} needs { eventId }`);
  assertListParams(PROVIDER, method, params, ['eventId']);
  if (params.eventId === undefined) throw invalidField(PROVIDER, 'eventId', `${method} needs { eventId }`);
  return recordId(params.eventId, 'eventId');
}

export function ticketGone(id: string): NotFoundError {
  return new NotFoundError({
    provider: PROVIDER,
    message: `Ticket type ${id} is not on its event. Ticket ids change on every ticket-list write: list the event's ticket types again.`,
  });
}

