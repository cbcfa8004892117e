/**
 * `s.order()`: an order on one date of a seeded event, with its tickets, discount and payments. Seaty has no order
 * status: the money says it (docs/vendors/seaty.md, Money), so a status is seeded as the payments that make it.
 */
import { isoUtc, padded, sequentialUuid } from '../../../framework/index.js';
import { applyPayments, insertOrderRow, type EventRow, type OrderRow } from '../state.js';
import { ONLINE_PAYMENT_TYPE_ID_GUESS, type CategoryWire, type DateWire, type OrderWire, type PaymentWire } from '../wire.js';
import { eventOrThrow, ID_BASE, penceOf, type SeedContext } from './context.js';
import { createDate } from './event-date.js';
import { bad, cannotHold, flag, instantMs, text, type SeatySeedOrderInput } from './input.js';
import { categoryOrThrow, createCategory } from './ticket-type.js';

type OrderStatusSeed = 'paid' | 'pending' | 'partially_refunded' | 'refunded';

interface OrderMoney {
  subtotal: number;
  discount: number;
  total: number;
  status: OrderStatusSeed;
  /** For a pending order: what was paid so far. */
  paidSoFar: number;
}

interface Line {
  category: CategoryWire;
  quantity: number;
}

export function createOrder(seed: SeedContext, input: SeatySeedOrderInput): OrderRow {
  const event = eventOrThrow(seed, input?.eventId);
  if (input.buyer?.phone !== undefined && input.buyer.phone !== null) throw cannotHold('order.buyer.phone', 'Seaty orders carry no phone number');
  const date = orderDate(seed, event, input.eventDateId);
  const lines = orderLines(seed, event, input);
  const money = orderMoney(event, input, lines);
  const wire = orderWire(seed, event, date, input, lines, money);
  const row: OrderRow = { wire, eventId: event.wire.id, tickets: [], payments: [], discounts: [] };
  addTickets(seed, row, lines);
  if (input.discount) {
    const d = seed.env.ids.next('discount');
    const code = input.discount.code === undefined ? `CODE${padded(d, 3)}` : (text('discount.code', input.discount.code, false) as string);
    row.discounts.push({ id: ID_BASE.discount + d, code, name: null, amount: money.discount });
  }
  addPayments(seed, row, money);
  applyPayments(row);
  insertOrderRow(seed.state, row);
  return row;
}

/** The date the order is on: the one named (under the event), else the event's first date (made when it has none). */
function orderDate(seed: SeedContext, event: EventRow, eventDateId: unknown): DateWire {
  if (eventDateId === undefined) return event.dates.items[0] ?? createDate(seed, { eventId: String(event.wire.id) });
  const found = typeof eventDateId === 'string' && /^\d+$/.test(eventDateId) ? seed.state.dates.get(Number(eventDateId)) : undefined;
  if (!found || found.event_id !== event.wire.id) throw bad('eventDateId', `no date ${JSON.stringify(eventDateId)} under event ${event.wire.id}`);
  return found;
}

/** The lines: the categories named, or one ticket of the event's first category (made when it has none). */
function orderLines(seed: SeedContext, event: EventRow, input: SeatySeedOrderInput): Line[] {
  const lines = (input.lines ?? [null]).map((line) => {
    const quantity = line?.quantity ?? 1;
    if (!Number.isSafeInteger(quantity) || quantity < 1) throw bad('lines.quantity', `expected a positive integer, got ${quantity}`);
    const category = line === null ? (event.categories.items[0] ?? createCategory(seed, { eventId: String(event.wire.id) })) : categoryOrThrow(event, line.ticketTypeId);
    return { category, quantity };
  });
  if (lines.length === 0) throw bad('lines', 'an order needs at least one line');
  return lines;
}

/** The order's money, checked against the status asked for (a free order cannot owe or be refunded). */
function orderMoney(event: EventRow, input: SeatySeedOrderInput, lines: Line[]): OrderMoney {
  const subtotal = lines.reduce((sum, l) => sum + l.category.price * l.quantity, 0);
  const discount = input.discount ? penceOf('discount.amount', event.wire, input.discount.amount) : 0;
  if (discount > subtotal) throw bad('discount.amount', `cannot exceed the tickets subtotal (${subtotal} pence)`);
  const total = subtotal - discount;
  const status = (input.status ?? 'paid') as OrderStatusSeed;
  const paidSoFar = input.amountPaid ? penceOf('amountPaid', event.wire, input.amountPaid) : 0;
  if (input.amountPaid && status !== 'pending') throw bad('amountPaid', "only a 'pending' order takes amountPaid (the other statuses set it)");
  if (status !== 'paid' && status !== 'pending' && status !== 'partially_refunded' && status !== 'refunded') {
    throw bad('status', `Seaty orders have no status; it follows from the money: paid, pending, partially_refunded or refunded, not ${JSON.stringify(status)}`);
  }
  if (status !== 'paid' && total <= 0) throw bad('status', `a free order is always settled, so it cannot be '${status}'`);
  if (status === 'pending' && paidSoFar >= total) throw bad('amountPaid', `a pending order owes money: pay less than the total (${total} pence)`);
  if (status === 'partially_refunded' && total < 2) throw bad('status', 'a partial refund needs a total of at least 2 pence');
  return { subtotal, discount, total, status, paidSoFar };
}

function orderWire(seed: SeedContext, event: EventRow, date: DateWire, input: SeatySeedOrderInput, lines: Line[], money: OrderMoney): OrderWire {
  const at = instantMs('createdAt', input.createdAt, seed.env.stamp);
  const n = seed.env.ids.next('order');
  const buyerNo = ++seed.counters.buyers;
  const buyer = input.buyer ?? {};
  return {
    id: ID_BASE.order + n,
    order_guid: sequentialUuid(5, n),
    date: isoUtc(at),
    email: buyer.email === undefined || buyer.email === null ? `buyer${buyerNo}@example.com` : text('buyer.email', buyer.email, false),
    attendee_name: buyer.name === undefined || buyer.name === null ? `Buyer ${buyerNo}` : text('buyer.name', buyer.name, false),
    event_date_id: date.id,
    allow_marketing: input.allowMarketing === undefined ? false : flag('allowMarketing', input.allowMarketing),
    ticket_count: lines.reduce((sum, l) => sum + l.quantity, 0),
    tickets_subtotal: money.subtotal,
    discount_total: money.discount,
    total: money.total,
    amount_paid: 0,
    amount_refunded: 0,
    balance: money.total,
    notes: input.notes === undefined ? null : text('notes', input.notes),
    event_name: event.wire.name,
    date_of_event: date.date,
  };
}

/** One ticket per unit of each line, at the category's price. */
function addTickets(seed: SeedContext, row: OrderRow, lines: Line[]): void {
  for (const { category, quantity } of lines) {
    for (let i = 0; i < quantity; i++) {
      row.tickets.push({
        id: ID_BASE.ticket + seed.env.ids.next('ticket'),
        order_id: row.wire.id,
        ticket_category_id: category.id,
        price: category.price,
        paid: false,
        checked_in: false,
        date_checked_in: null,
        seat: null,
      });
    }
  }
}

/** The payments (and refunds) that give the order its status. */
function addPayments(seed: SeedContext, row: OrderRow, money: OrderMoney): void {
  const pay = (amount: number, isRefund: boolean) => {
    const p = seed.env.ids.next('payment');
    const payment: PaymentWire = {
      id: ID_BASE.payment + p,
      guid: sequentialUuid(7, p),
      event_id: row.eventId,
      payee_email: row.wire.email!,
      amount,
      type_id: ONLINE_PAYMENT_TYPE_ID_GUESS,
      is_refund: isRefund,
      date_payment_made: `${row.wire.date.slice(0, 10)}T00:00:00Z`,
      notes: '',
    };
    row.payments.push(payment);
  };
  const { status, total, paidSoFar } = money;
  if (status === 'pending' && paidSoFar > 0) pay(paidSoFar, false);
  if (status !== 'pending' && total > 0) pay(total, false);
  if (status === 'partially_refunded') pay(Math.floor(total / 2), true);
  if (status === 'refunded') pay(total, true);
}
