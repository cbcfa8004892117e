/**
 * Equaticket deliveries → `WebhookEvent` (docs/webhooks.md, "Event types"). The envelope is documented:
 * `{ id: 'evt_…', type, created_at, data }`, with four types. The payloads go through the adapter's own schemas and
 * normalizers (src/providers/equaticket), which already read the webhook names (`order_id`, `ticket_id`).
 */
import { normalizeAttendee, normalizeOrder, TicketTypeIds, equaticketIds, type EqNormalizeContext } from '../../providers/equaticket/normalize.js';
import { EqAttendeeSchema, EqOrderSchema } from '../../providers/equaticket/schemas.js';
import type { WebhookEvent } from '../types.js';
import { collectingContext, firstIssue, idOf, instantOf, isObject, refOf, text, webhookEvent, type JsonObject } from './shared.js';

function contextOf(envelope: JsonObject, warnings: string[]): EqNormalizeContext {
  // Whether the envelope carries `livemode` is not documented (docs/webhooks.md): read when present.
  const livemode = typeof envelope.livemode === 'boolean' ? envelope.livemode : null;
  return { ...collectingContext(warnings), livemode, ticketTypeIds: new TicketTypeIds() };
}

/** `order.created` fires once the payment is confirmed (documented), so an order with no `status` is paid. */
function createdOrder(data: JsonObject, ctx: EqNormalizeContext, warnings: string[]) {
  const parsed = EqOrderSchema.safeParse(data);
  if (!parsed.success) {
    warnings.push(firstIssue(parsed.error, 'data'));
    return null;
  }
  const order = normalizeOrder(parsed.data, ctx);
  return order.status === 'unknown' && order.statusRaw === null ? { ...order, status: 'paid' as const } : order;
}

/** `ticket.checked_in` fires on a successful scan (documented), so the ticket is checked in. */
function checkedInAttendee(data: JsonObject, ctx: EqNormalizeContext, warnings: string[]) {
  const parsed = EqAttendeeSchema.safeParse(data);
  if (!parsed.success) {
    warnings.push(firstIssue(parsed.error, 'data'));
    return null;
  }
  const attendee = normalizeAttendee(parsed.data, ctx);
  return attendee.checkedIn === null ? { ...attendee, checkedIn: true } : attendee;
}

export function parseEquaticket(envelope: JsonObject, typeRaw: string): WebhookEvent {
  const warnings: string[] = [];
  const data: JsonObject = isObject(envelope.data) ? envelope.data : {};
  if (!isObject(envelope.data)) warnings.push('data: missing or not an object');
  const ctx = contextOf(envelope, warnings);
  const orderId = idOf(data.order_id ?? data.id);
  const eventId = idOf(data.event_id);
  const eventRef = eventId === null ? null : equaticketIds.event(eventId);
  const common = {
    provider: 'equaticket' as const,
    typeRaw,
    id: text(envelope.id),
    occurredAt: instantOf(envelope.created_at),
    warnings,
    raw: envelope,
  };
  switch (typeRaw) {
    case 'order.created': {
      const order = createdOrder(data, ctx, warnings);
      return webhookEvent({ ...common, type: 'order.created', data: order, ref: refOf('order', order?.id ?? orderId, order?.remoteId ?? orderId, order?.eventId ?? eventRef) });
    }
    case 'order.refunded':
      // Too thin for an Order (no amount, no buyer): the ids, and resolveWebhook fetches the order.
      return webhookEvent({ ...common, type: 'order.refunded', data: null, ref: refOf('order', orderId === null ? null : equaticketIds.order(orderId), orderId, eventRef) });
    case 'event.sold_out':
      // Only the id and title: resolveWebhook fetches the event.
      return webhookEvent({ ...common, type: 'event.sold_out', data: null, ref: refOf('event', eventRef, eventId, eventRef) });
    case 'ticket.checked_in': {
      const attendee = checkedInAttendee(data, ctx, warnings);
      const ticketId = idOf(data.ticket_id ?? data.id);
      return webhookEvent({
        ...common,
        type: 'attendee.checked_in',
        data: attendee,
        ref: refOf('attendee', attendee?.id ?? (ticketId === null ? null : equaticketIds.attendee(ticketId)), ticketId, attendee?.eventId ?? eventRef),
      });
    }
    default:
      return webhookEvent({ ...common, type: 'unknown', data: envelope.data ?? null, ref: null });
  }
}
