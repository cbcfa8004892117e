/** The seed builder of ticket types (`s.ticketType`): a ticket inside its event. */
import type { Money, TicketType } from '../../../framework/contract.js';
import { assertSeedKeys, type SeedTicketTypeInput } from '../../../framework/index.js';
import { addSold, firstOccurrenceDate, newTicket } from '../state.js';
import { ES_PROVIDER, currencyCode, moneyToThousandths, toTicketType, type EsEventRow, type EsTicketRow } from '../wire.js';
import { SEED_KEYS, bad, eventOrThrow, rejectPresent, seedKeys, text, type SeedContext } from './common.js';

/** A price as the database holds it (thousandths of a major unit); default 250.00 in the event's currency. */
function priceOf(event: EsEventRow, price: Money | null | undefined): number {
  if (price === undefined) return 25_000;
  if (price === null) return 0;
  if (typeof price !== 'object') throw bad('price', `expected { amount, currency } or null, got ${JSON.stringify(price)}`);
  if (currencyCode(price.currency) !== event.ticket_currency_code) {
    throw bad('price.currency', `must be the event's currency ${event.ticket_currency_code} (got ${JSON.stringify(price.currency)})`);
  }
  const th = moneyToThousandths(price);
  if (th === null) throw bad('price.amount', `expected a non-negative integer in minor units, got ${price.amount}`);
  return th;
}

/** Adds a ticket to its event (and turns the event's tickets on). */
export function createTicketType(c: SeedContext, input: SeedTicketTypeInput): { event: EsEventRow; ticket: EsTicketRow } {
  const event = eventOrThrow(c, input?.eventId);
  rejectPresent(input, ['createdAt'], 'ticketType', 'Event Schedule ticket types have no timestamps');
  const price = priceOf(event, input.price);
  const quantity = input.quantityTotal === undefined ? 100 : input.quantityTotal === null ? 0 : input.quantityTotal;
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw bad('quantityTotal', `expected a non-negative integer or null, got ${input.quantityTotal}`);
  const sold = input.quantitySold ?? 0;
  if (!Number.isSafeInteger(sold) || sold < 0 || (quantity > 0 && sold > quantity)) throw bad('quantitySold', `expected 0..quantityTotal, got ${input.quantitySold}`);
  const existing = event.tickets.filter((t) => !t.retired).length;
  const ticket = newTicket(c.env, {
    type: text('name', input.name) ?? (existing === 0 ? 'General Admission' : `Ticket type ${existing + 1}`),
    price,
    quantity,
    description: text('description', input.description, true) ?? null,
    sales_start_at: null,
    sales_end_at: null,
    extra: {},
  });
  event.tickets.push(ticket);
  event.tickets_enabled = true;
  if (sold > 0) addSold(event, ticket.id, firstOccurrenceDate(c.state, event)!, sold);
  return { event, ticket };
}

export function seedTicketType(c: SeedContext, input: SeedTicketTypeInput): TicketType {
  seedKeys('ticketType', input);
  if (input.price) assertSeedKeys(ES_PROVIDER, 'ticketType', input.price, SEED_KEYS.price);
  const { event, ticket } = createTicketType(c, input);
  return toTicketType(ticket, event);
}
