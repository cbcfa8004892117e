/** Seed builders of sales: orders (`s.order`) and attendees, the ticket units of sales (`s.attendee`). */
import type { Attendee, Order } from '../../../framework/contract.js';
import { assertSeedKeys, type SeedAttendeeInput, type SeedOrderInput } from '../../../framework/index.js';
import { saleSecret } from '../routes.js';
import { addSold, insertSale, soldOn } from '../state.js';
import { announceSale } from '../webhooks.js';
import { ATTENDEE_STATUS_TO_SALE, ES_PROVIDER, ORDER_STATUS_TO_WIRE, esId, toAttendees, toOrder, type EsEventRow, type EsSaleRow, type EsTicketRow } from '../wire.js';
import { SEED_KEYS, bad, cannotHold, count, eventOrThrow, instantMs, rejectPresent, saleDate, seedKeys, tableValue, text, ticketOrThrow, type SeedContext } from './common.js';
import { createTicketType } from './tickets.js';

type SaleInput = Omit<SeedOrderInput, 'status'> & { status: EsSaleRow['status'] };
type Line = { ticket: EsTicketRow; quantity: number };

/** The lines of a new sale: as given, or one unit of the event's first ticket type (made when it has none). */
function saleLines(c: SeedContext, event: EsEventRow, input: SaleInput): Line[] {
  if (input.lines !== undefined && !Array.isArray(input.lines)) throw bad('lines', 'expected an array of { ticketTypeId, quantity }');
  const lines = (input.lines ?? [{ ticketTypeId: '' }]).map((line, i) => {
    const quantity = count(`lines.${i}.quantity`, line.quantity, 1) ?? 1;
    const ticket =
      input.lines === undefined
        ? ([...event.tickets].filter((t) => !t.retired).sort((a, b) => a.seq - b.seq)[0] ?? createTicketType(c, { eventId: event.id }).ticket)
        : ticketOrThrow(event, line.ticketTypeId, `lines.${i}.ticketTypeId`);
    return { ticket, quantity };
  });
  if (lines.length === 0) throw bad('lines', 'an order needs at least one line');
  return lines;
}

/** A sale that holds seats takes them from the occurrence's stock (refused beyond it). */
function holdSeats(event: EsEventRow, date: string, lines: Line[]): void {
  for (const { ticket, quantity } of lines) {
    if (ticket.quantity > 0 && soldOn(event, ticket.id, date) + quantity > ticket.quantity) {
      throw bad('lines', `ticket type ${ticket.type} has ${ticket.quantity - soldOn(event, ticket.id, date)} left on ${date}`);
    }
  }
  for (const { ticket, quantity } of lines) addSold(event, ticket.id, date, quantity);
}

function createSale(c: SeedContext, input: SaleInput): EsSaleRow {
  const event = eventOrThrow(c, input.eventId);
  const date = saleDate(c, event, input.eventDateId);
  const lines = saleLines(c, event, input);
  // Every value checked before the stock changes.
  const name = text('buyer.name', input.buyer?.name);
  const email = text('buyer.email', input.buyer?.email);
  const phone = text('buyer.phone', input.buyer?.phone, true);
  const at = instantMs('createdAt', input.createdAt, c.env.stamp);
  if (input.status === 'unpaid' || input.status === 'paid' || input.status === 'amount_mismatch') holdSeats(event, date, lines);
  const n = c.env.ids.next('sale');
  const b = ++c.buyers;
  const merged = new Map<string, number>();
  for (const { ticket, quantity } of lines) merged.set(ticket.id, (merged.get(ticket.id) ?? 0) + quantity);
  const sale = insertSale(c.state, {
    id: esId('sale', n),
    event_id: event.id,
    subdomain: event.schedules[0]!,
    user_id: c.state.defaultUserId,
    name: name ?? `Buyer ${b}`,
    email: email ?? `buyer${b}@example.com`,
    phone: phone ?? null,
    event_date: date,
    status: input.status,
    payment_method: event.payment_method,
    payment_amount: lines.reduce((sum, l) => sum + l.ticket.price * l.quantity, 0),
    transaction_reference: null,
    secret: saleSecret(n),
    tickets: [...merged].map(([ticket_id, quantity]) => ({ ticket_id, quantity })),
    created_at: at,
    updated_at: at,
    deleted: false,
  });
  // A mid-test seed is a buyer at the vendor: announced as the API's sale creation is.
  announceSale(c.env, 'sale.created', sale);
  return sale;
}

export function seedOrder(c: SeedContext, input: SeedOrderInput): Order {
  seedKeys('order', input);
  if (input.buyer !== undefined) assertSeedKeys(ES_PROVIDER, 'order', input.buyer, SEED_KEYS.buyer);
  if (Array.isArray(input.lines)) for (const line of input.lines) assertSeedKeys(ES_PROVIDER, 'order', line, SEED_KEYS.line);
  const status = tableValue(ORDER_STATUS_TO_WIRE, String(input.status ?? 'paid'));
  if (status === undefined) throw bad('status', `Event Schedule sales cannot be ${JSON.stringify(input.status)}`);
  return toOrder(createSale(c, { ...input, status }), c.view);
}

/** One more ticket unit on an existing sale (its last line, or a new line at its end). */
function addUnit(c: SeedContext, event: EsEventRow, input: SeedAttendeeInput, status: EsSaleRow['status']): Attendee {
  const sale = typeof input.orderId === 'string' ? c.state.sales.get(input.orderId) : undefined;
  if (!sale || sale.event_id !== event.id) throw bad('orderId', `no seeded order ${JSON.stringify(input.orderId)} on event ${event.id}`);
  for (const [field, value] of [['name', sale.name], ['email', sale.email], ['phone', sale.phone]] as const) {
    if (input[field] !== undefined && input[field] !== value) throw bad(field, `an attendee carries its sale's buyer ${field} (${JSON.stringify(value)})`);
  }
  if (input.status !== undefined && status !== sale.status) throw bad('status', `an attendee has its sale's status (${sale.status})`);
  const ticket = input.ticketTypeId !== undefined ? ticketOrThrow(event, input.ticketTypeId) : event.tickets.find((t) => t.id === sale.tickets[0]!.ticket_id)!;
  const index = sale.tickets.findIndex((l) => l.ticket_id === ticket.id);
  // Units are numbered across the sale's lines: only the last line can grow without renumbering others.
  if (index >= 0 && index !== sale.tickets.length - 1) throw bad('ticketTypeId', 'add the unit to the last line of the sale (or seed a new sale)');
  const updatedAt = instantMs('createdAt', input.createdAt, c.env.stamp);
  if (sale.status === 'unpaid' || sale.status === 'paid') {
    if (ticket.quantity > 0 && soldOn(event, ticket.id, sale.event_date) + 1 > ticket.quantity) throw bad('ticketTypeId', `ticket type ${ticket.type} is sold out`);
    addSold(event, ticket.id, sale.event_date, 1);
  }
  if (index >= 0) sale.tickets[index]!.quantity += 1;
  else sale.tickets.push({ ticket_id: ticket.id, quantity: 1 });
  sale.payment_amount += ticket.price;
  sale.updated_at = updatedAt;
  const units = toAttendees(sale);
  return units[units.length - 1]!;
}

export function seedAttendee(c: SeedContext, input: SeedAttendeeInput): Attendee {
  seedKeys('attendee', input);
  const event = eventOrThrow(c, input?.eventId);
  rejectPresent(input, ['company', 'jobTitle'], 'attendee', 'sales carry only the buyer name, email and phone');
  if (input.checkedIn === true) throw cannotHold('attendee.checkedIn', 'the API exposes no check-in state');
  if (input.checkedIn !== undefined && input.checkedIn !== false) throw bad('checkedIn', `expected true or false, got ${JSON.stringify(input.checkedIn)}`);
  const status = tableValue(ATTENDEE_STATUS_TO_SALE, String(input.status ?? 'attending'));
  if (status === undefined) throw bad('status', `Event Schedule attendees cannot be ${JSON.stringify(input.status)}`);
  if (input.orderId !== undefined) return addUnit(c, event, input, status);
  const sale = createSale(c, {
    eventId: event.id,
    status,
    buyer: { name: input.name, email: input.email, phone: input.phone },
    ...(input.ticketTypeId !== undefined ? { lines: [{ ticketTypeId: input.ticketTypeId, quantity: 1 }] } : {}),
    createdAt: input.createdAt,
  });
  return toAttendees(sale)[0]!;
}
