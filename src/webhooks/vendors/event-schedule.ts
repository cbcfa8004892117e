/**
 * Event Schedule deliveries → `WebhookEvent` (docs/webhooks.md, "Event types"). The body is
 * `{ event: '<type>', timestamp: '<ISO>', data }`, where `data` is the record as the API returns it (a sale, with its
 * `secret`; an event) or, for `feedback.submitted`, a small object of its own. Sales and events go through the
 * adapter's own schemas and normalizers (src/providers/event-schedule).
 */
import { eventScheduleIds, normalizeEvent, normalizeOrder, saleEventFacts } from '../../providers/event-schedule/normalize.js';
import { EsEventSchema, EsSaleSchema } from '../../providers/event-schedule/schemas.js';
import type { Event, Order } from '../../core/model.js';
import type { NormalizeContext } from '../../core/normalize.js';
import type { EventWebhookType, OrderWebhookType, WebhookEvent, WebhookFeedback } from '../types.js';
import { scrubEventSchedule } from '../scrub.js';
import { collectingContext, firstIssue, idOf, instantOf, isObject, refOf, text, webhookEvent, type JsonObject } from './shared.js';

/** The vendor's sale types: `data` is the sale (a normalized `Order`). Scans and pass bookings act on the whole sale. */
const SALE_TYPES: Readonly<Record<string, OrderWebhookType>> = {
  'sale.created': 'order.created',
  'sale.paid': 'order.paid',
  'sale.refunded': 'order.refunded',
  'sale.cancelled': 'order.cancelled',
  'installment.paid': 'order.installment_paid',
  'installment.failed': 'order.installment_failed',
  'ticket.scanned': 'order.checked_in',
  'ticket.booked': 'order.booked',
  'ticket.booking_cancelled': 'order.booking_cancelled',
};

/** The vendor's event types: `data` is the event (a normalized `Event`). */
const EVENT_TYPES: Readonly<Record<string, EventWebhookType>> = {
  'event.created': 'event.created',
  'event.updated': 'event.updated',
  'event.deleted': 'event.deleted',
  'event.cancelled': 'event.cancelled',
};

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * The sale as an `Order`. A sale carries no currency (it lives on the event), so `total` and the line prices are
 * `null` here with a warning; `resolveWebhook` fetches the order with them. The sale's `secret` is never copied.
 */
function saleOrder(data: JsonObject, ctx: NormalizeContext, warnings: string[]): Order | null {
  const parsed = EsSaleSchema.safeParse(data);
  if (!parsed.success) {
    warnings.push(firstIssue(parsed.error, 'data'));
    return null;
  }
  return normalizeOrder(parsed.data, saleEventFacts(null), ctx);
}

/** The event as an `Event`: its time zone belongs to its schedule, which the payload does not carry (`null`). */
function eventOf(data: JsonObject, ctx: NormalizeContext, warnings: string[]): Event | null {
  const parsed = EsEventSchema.safeParse(data);
  if (!parsed.success) {
    warnings.push(firstIssue(parsed.error, 'data'));
    return null;
  }
  return normalizeEvent(parsed.data, null, ctx);
}

function feedbackOf(data: JsonObject): WebhookFeedback {
  const eventRemoteId = idOf(data.event_id);
  return {
    eventId: eventRemoteId === null ? null : eventScheduleIds.event(eventRemoteId),
    eventName: text(data.event_name),
    eventDate: text(data.event_date),
    name: text(data.attendee_name),
    email: text(data.attendee_email),
    rating: typeof data.rating === 'number' ? data.rating : null,
    comment: text(data.comment),
  };
}

export function parseEventSchedule(body: JsonObject, typeRaw: string): WebhookEvent {
  const warnings: string[] = [];
  const ctx = collectingContext(warnings);
  const data: JsonObject = isObject(body.data) ? body.data : {};
  const raw = scrubEventSchedule(body);
  // No delivery id; the signed body's `timestamp` is when the delivery was built (the same on its retries).
  const common = { provider: 'event-schedule' as const, typeRaw, id: null, occurredAt: instantOf(body.timestamp), warnings, raw };
  const saleType = own(SALE_TYPES, typeRaw);
  if (saleType !== undefined) {
    const order = saleOrder(data, ctx, warnings);
    const saleId = idOf(data.id);
    const eventId = idOf(data.event_id);
    return webhookEvent({
      ...common,
      type: saleType,
      data: order,
      ref: refOf('order', order?.id ?? saleId, saleId, order?.eventId ?? (eventId === null ? null : eventScheduleIds.event(eventId))),
    });
  }
  const eventType = own(EVENT_TYPES, typeRaw);
  if (eventType !== undefined) {
    const event = eventOf(data, ctx, warnings);
    const eventId = idOf(data.id);
    const id = eventId === null ? null : eventScheduleIds.event(eventId);
    return webhookEvent({ ...common, type: eventType, data: event, ref: refOf('event', id, eventId, id) });
  }
  if (typeRaw === 'feedback.submitted') {
    const feedback = feedbackOf(data);
    return webhookEvent({ ...common, type: 'feedback.submitted', data: feedback, ref: refOf('event', feedback.eventId, idOf(data.event_id), feedback.eventId) });
  }
  return webhookEvent({ ...common, type: 'unknown', data: (raw as JsonObject).data ?? null, ref: null });
}
