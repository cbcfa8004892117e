/** Writes shared by the HTTP handlers and the seed builders (so both keep the same invariants). */
import { isoUtc, padded, sequentialUuid, type EmulatorEnv } from '../../framework/index.js';
import type { EqState, ModeStore } from './state.js';
import {
  EQ_ID_KIND,
  type EqEventStatus,
  type EqEventWire,
  type EqOrderLineWire,
  type EqOrderWire,
  type EqTicketStatus,
  type EqTicketTypeWire,
  type EqTicketWire,
  type EqWebhookWire,
} from './wire.js';
import { announceOrderCreated, announceSoldOutIfLast } from './webhooks.js';

export type EqEnv = EmulatorEnv<EqState>;

export function storeFor(env: EqEnv, livemode: boolean): ModeStore {
  return livemode ? env.state.live : env.state.test;
}

/** The store that holds an event (seeds may address either mode), or `null`. */
export function findEvent(env: EqEnv, eventId: string): { store: ModeStore; event: EqEventWire } | null {
  for (const store of [env.state.test, env.state.live]) {
    const event = store.events.get(eventId);
    if (event) return { store, event };
  }
  return null;
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'event';
}

export function slugTaken(store: ModeStore, slug: string, exceptId?: string): boolean {
  for (const row of store.events.all.items) if (row.wire.slug === slug && row.id !== exceptId) return true;
  return false;
}

/** A slug for a title, unique in the store (documented: generated from the title; unique per org is a guess). */
export function uniqueSlug(store: ModeStore, title: string): string {
  const base = slugify(title);
  let slug = base;
  for (let n = 2; slugTaken(store, slug); n++) slug = `${base}-${n}`;
  return slug;
}

export interface NewEvent {
  title: string;
  slug: string;
  timezone: string;
  starts_at: string;
  currency: string;
  status: EqEventStatus;
}

export function insertEvent(env: EqEnv, store: ModeStore, fields: NewEvent, at: number): EqEventWire {
  const id = sequentialUuid(EQ_ID_KIND.event, env.ids.next('event'));
  const stamp = isoUtc(at);
  const wire: EqEventWire = { id, ...fields, created_at: stamp, updated_at: stamp };
  store.events.add({ at, id, wire });
  return wire;
}

export interface NewTicketType {
  name: string;
  price: number;
  currency: string;
  quantity_total: number | null;
  quantity_sold: number;
}

export function insertTicketType(env: EqEnv, store: ModeStore, event: EqEventWire, fields: NewTicketType, at: number): EqTicketTypeWire {
  const id = sequentialUuid(EQ_ID_KIND.ticketType, env.ids.next('ticketType'));
  const stamp = isoUtc(at);
  const wire: EqTicketTypeWire = { id, event_id: event.id, ...fields, created_at: stamp, updated_at: stamp };
  store.ticketTypes.add({ at, id, wire }, event.id);
  return wire;
}

/** The event's ticket types, oldest first. */
export function ticketTypesOf(store: ModeStore, eventId: string): EqTicketTypeWire[] {
  return store.ticketTypes.of(eventId).items.map((row) => row.wire);
}

export interface NewOrder {
  buyer_name: string;
  buyer_email: string;
  buyer_phone?: string;
  status: string;
  lines: Array<{ type: EqTicketTypeWire; quantity: number }>;
  total_amount?: number;
}

/**
 * Inserts an order and issues its tickets: one per seat, `valid` for a confirmed order, `refunded` for a
 * refunded one, the first `refunded` and the rest `valid` for a partially refunded one, `voided` for a
 * cancelled one, none for a pending or expired one (Equaticket only holds seats during checkout).
 * Valid tickets count in the ticket type's `quantity_sold`.
 */
export function insertOrder(
  env: EqEnv,
  store: ModeStore,
  event: EqEventWire,
  fields: NewOrder,
  at: number,
): { order: EqOrderWire; tickets: EqTicketWire[] } {
  const n = env.ids.next('order');
  const id = sequentialUuid(EQ_ID_KIND.order, n);
  const stamp = isoUtc(at);
  const lines: EqOrderLineWire[] = fields.lines.map(({ type, quantity }) => ({
    ticket_type_id: type.id,
    ticket_type_name: type.name,
    quantity,
    price: type.price,
  }));
  const ticketCount = lines.reduce((sum, line) => sum + line.quantity, 0);
  const wire: EqOrderWire = {
    id,
    order_number: `EQ-${1000 + n}`,
    event_id: event.id,
    buyer_name: fields.buyer_name,
    buyer_email: fields.buyer_email,
    ...(fields.buyer_phone !== undefined ? { buyer_phone: fields.buyer_phone } : {}),
    total_amount: fields.total_amount ?? lines.reduce((sum, line) => sum + line.quantity * line.price, 0),
    currency: event.currency,
    status: fields.status,
    is_test_data: !store.livemode,
    ticket_count: ticketCount,
    tickets: lines,
    created_at: stamp,
    updated_at: stamp,
  };
  store.orders.add({ at, id, wire }, event.id);
  const tickets: EqTicketWire[] = [];
  let seat = 0;
  for (const { type, quantity } of fields.lines) {
    for (let i = 0; i < quantity; i++, seat++) {
      const status = ticketStatusFor(fields.status, seat);
      if (status !== null) tickets.push(insertTicket(env, store, wire, type, status, at));
    }
  }
  announceOrderCreated(env, store, wire);
  if (tickets.some((t) => t.status === 'valid')) announceSoldOutIfLast(env, store, event);
  return { order: wire, tickets };
}

function ticketStatusFor(orderStatus: string, seat: number): EqTicketStatus | null {
  switch (orderStatus) {
    case 'confirmed':
      return 'valid';
    case 'refunded':
      return 'refunded';
    case 'partially_refunded':
      return seat === 0 ? 'refunded' : 'valid';
    case 'cancelled':
      return 'voided';
    default:
      return null;
  }
}

export function insertTicket(
  env: EqEnv,
  store: ModeStore,
  order: EqOrderWire,
  type: EqTicketTypeWire,
  status: EqTicketStatus,
  at: number,
): EqTicketWire {
  const n = env.ids.next('ticket');
  const id = sequentialUuid(EQ_ID_KIND.ticket, n);
  const stamp = isoUtc(at);
  const wire: EqTicketWire = {
    id,
    ticket_code: ticketCode(n),
    event_id: order.event_id,
    order_id: order.id,
    ticket_type_id: type.id,
    buyer_name: order.buyer_name,
    buyer_email: order.buyer_email,
    status,
    checked_in: false,
    is_test_data: !store.livemode,
    created_at: stamp,
    updated_at: stamp,
  };
  store.tickets.add({ at, id, wire }, order.event_id);
  if (status === 'valid') type.quantity_sold += 1;
  return wire;
}

/** An 8-character code like the documented `ABCD1234`, deterministic per ticket. */
function ticketCode(n: number): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  let prefix = '';
  let rest = Math.floor(n / 10000);
  for (let i = 0; i < 4; i++) {
    prefix = letters[rest % letters.length]! + prefix;
    rest = Math.floor(rest / letters.length);
  }
  return `${prefix}${padded(n % 10000, 4)}`;
}

export function insertWebhook(env: EqEnv, store: ModeStore, url: string, events: string[], active: boolean, at: number): EqWebhookWire {
  const id = sequentialUuid(EQ_ID_KIND.webhook, env.ids.next('webhook'));
  const wire: EqWebhookWire = { id, url, events, active, created_at: isoUtc(at) };
  store.webhooks.add({ at, id, wire });
  return wire;
}
